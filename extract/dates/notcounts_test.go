package dates

import "testing"

// TestDatesYearsBesideCounts: a year next to a count stays a date, two
// years joined by "or" are two dates, and a number that is an amount is no
// date.
func TestDatesYearsBesideCounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the EDTF of each date found, in order
	}{
		{"year opens a sentence before more than", "In 1961 more than 30 million people had died.", []string{"1961"}},
		{"by a year before more than", "By 1972 more than 400 communes had been dissolved.", []string{"1972"}},
		{"in a year before fewer than", "In 1959 fewer than 2,000 tractors reached the fields.", []string{"1959"}},
		{"year before a bare count", "In 1961 30 million people had died.", []string{"1961"}},
		{"two years joined by or", "The reforms came in 1958 or 1962, depending on the province.", []string{"1958", "1962"}},
		{"or with a later year", "The dam was finished in 1931 or 1932.", []string{"1931", "1932"}},
		{"an average is an amount", "Farms produced an average of 1200 kilograms per hectare.", nil},
		{"some before a range of calories", "Rations gave some 1800–2200 calories a day.", nil},
		{"more than as a count", "The army lost 1500 more men in the retreat.", nil},
		{"an average of a bare number", "The mills employed an average of 1200 each year.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Dates(tt.text) {
				got = append(got, d.EDTF)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Dates(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Dates(%q) = %v, want %v", tt.text, got, tt.want)
				}
			}
		})
	}
}
