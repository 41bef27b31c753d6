package quantities

import (
	"testing"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// FuzzQuantities checks that Quantities never panics and that its spans
// hold: inside the text, in order, without overlaps, with the bare span
// and the numeral inside the whole.
func FuzzQuantities(f *testing.F) {
	for _, s := range benchPassages {
		f.Add(s)
	}
	for _, s := range []string{"", "1", "-", "$", "½", "1½ million", "between 5 and", "one in every",
		"a quarter of a", "[12", "p.", "10-", "3/", "£5m–", "half a", "1,000,000,000,000,000,000,000,000 tons"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs := Quantities(text, dates.Dates(text))
		prev := 0
		for _, q := range qs {
			if q.Start < prev || q.Start >= q.End || q.End > len(text) {
				t.Fatalf("span %v out of order or outside the text (%d bytes): %+v", q.Span, len(text), qs)
			}
			if !q.Span.Contains(q.Bare) || !q.Span.Contains(q.Numeral) || q.Numeral.Len() == 0 {
				t.Fatalf("bare %v or numeral %v not inside %v", q.Bare, q.Numeral, q.Span)
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Text(text)) {
				t.Fatalf("span %v cuts a character", q.Span)
			}
			if !finite(q.Value) || !finite(q.High) {
				t.Fatalf("value not finite: %+v", q)
			}
			if (q.Value == nil) != q.Vague || (q.High != nil && q.Qualifier != lex.QualRange) {
				t.Fatalf("inconsistent quantity %+v", q)
			}
			prev = q.End
		}
	})
}
