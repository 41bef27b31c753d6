package quantities

import "testing"

// TestQuantitiesChangeThenLevel: after a word of change, "X to Y" with Y
// far above X is the change and the level it reached ("up 4,293,741 to
// 25,145,561"): two quantities, the first with its direction; with the ends
// close together it is a range of the change ("rose 3 to 4 percent").
func TestQuantitiesChangeThenLevel(t *testing.T) {
	checkChanges(t, []changeCase{
		{"up counts", "Texas gained residents (up 4,293,741 to 25,145,561) since the last census.",
			[]string{"4,293,741 up", "25,145,561 -"}},
		{"down money", "Sales were down $3 million to $40 million.", []string{"$3 million down", "$40 million -"}},
		{"rose percent to level", "The index rose 5 percent to 105 points.", []string{"5 percent up", "105 points -"}},
		{"fell by to", "Exports fell by 2 million tonnes to 9 million tonnes.", []string{"2 million tonnes down", "9 million tonnes -"}},
		{"grew sharply", "The city grew sharply by 40,000 to 310,000 people.", []string{"40,000 up", "310,000 people -"}},
		{"close ends are a range", "Prices rose 3 to 4 percent.", []string{"3 to 4 percent up"}},
		{"a range with no change word", "Estimates run 4 to 25 million.", []string{"4 to 25 million -"}},
	})
}
