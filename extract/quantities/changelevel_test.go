package quantities

import (
	"fmt"
	"testing"

	"github.com/factsheet/factsheet/extract/dates"
)

// TestQuantitiesChangeThenLevel: after a word of change, "X to Y" with Y
// far above X is the change and the level it reached ("up 4,293,741 to
// 25,145,561"): two quantities, the first with its direction; with the ends
// close together it is a range of the change ("rose 3 to 4 percent").
func TestQuantitiesChangeThenLevel(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // text and change of each quantity
	}{
		{"up counts", "Texas gained residents (up 4,293,741 to 25,145,561) since the last census.",
			[]string{"4,293,741 up", "25,145,561 -"}},
		{"down money", "Sales were down $3 million to $40 million.", []string{"$3 million down", "$40 million -"}},
		{"rose percent to level", "The index rose 5 percent to 105 points.", []string{"5 percent up", "105 points -"}},
		{"fell by to", "Exports fell by 2 million tonnes to 9 million tonnes.", []string{"2 million tonnes down", "9 million tonnes -"}},
		{"grew sharply", "The city grew sharply by 40,000 to 310,000 people.", []string{"40,000 up", "310,000 people -"}},
		{"close ends are a range", "Prices rose 3 to 4 percent.", []string{"3 to 4 percent up"}},
		{"a range with no change word", "Estimates run 4 to 25 million.", []string{"4 to 25 million -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Quantities(tt.text, dates.Dates(tt.text)) {
				c := q.Change
				if c == "" {
					c = "-"
				}
				got = append(got, q.Text(tt.text)+" "+c)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Quantities(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
