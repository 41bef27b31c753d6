package quantities

import "testing"

// TestQuantitiesDigitRuns: a run of digit groups joined by full stops or
// commas that is no number as a whole (the lexer leaves it as numbers and
// marks) gives no quantity, while a footnote number joined to the full stop
// after a quantity leaves the quantity whole.
func TestQuantitiesDigitRuns(t *testing.T) {
	runClass(t, []classCase{
		{"IP address", "The server at 192.168.1.2 went down.", nil},
		{"version", "They installed release 2.4.1 of the software.", nil},
		{"years without a space", "Harvests failed in 1958,1959 and 1960.", nil},
		{"dotted date", "The decree of 12.03.1958 was repealed.", nil},
		{"footnote after a range", "Estimates vary between 2.6 and 5.0 million.2 The estimates of one researcher have varied.",
			[]quantityCase{rng("between 2.6 and 5.0 million", 2.6e6, 5e6, KindCount, "")}},
		{"footnote after a count", "Cattle herds fell from 7.5 million to 1.6 million.469 By 1933 a family owned less.",
			[]quantityCase{one("7.5 million", 7.5e6, KindCount, "", "none"), one("1.6 million", 1.6e6, KindCount, "", "none")}},
		{"thousands and a decimal stay one number", "Exports rose to 1,234.5 tonnes.",
			[]quantityCase{one("1,234.5 tonnes", 1234.5, KindMeasure, "t", "none")}},
	})
}
