package quantities

import "testing"

// TestNotQuantitiesEraRanges: a range of years with their eras, however its
// dash is written, is one date; neither end is a count of "BCE".
func TestNotQuantitiesEraRanges(t *testing.T) {
	runClass(t, []classCase{
		{"hyphen BCE to CE", "The empire lasted 27 BCE-286 CE in the west.", nil},
		{"hyphen BC to BC", "The kingdom lasted 753 BC-509 BC before the republic.", nil},
		{"hyphen BCE to CE dynasty", "The dynasty ruled 206 BCE-220 CE.", nil},
		{"dotted era then hyphen", "The colony lasted 600 B.C.-300 B.C. on the coast.", nil},
		{"hyphen BC to AD", "Augustus lived 63 BC-AD 14.", nil},
		{"en dash", "The empire lasted 27 BCE–286 CE in the west.", nil},
		{"a count beside the range", "Between 27 BCE-14 CE the legions grew to 28 legions.",
			[]quantityCase{count("28 legions", 28, "legions")}},
	})
}
