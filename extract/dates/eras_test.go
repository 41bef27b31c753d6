package dates

import "testing"

// TestEraRangesWithHyphen: a hyphen joined to an era ("27 BCE-286 CE") joins
// the ends of a range, as an en dash or "to" does; a hyphen between numbers
// of a code ("133-03-2020") still does not.
func TestEraRangesWithHyphen(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"BCE to CE", "The empire lasted 27 BCE-286 CE.", []string{"27 BCE-286 CE = -0026/0286"}},
		{"BC to BC", "The kingdom lasted 753 BC-509 BC.", []string{"753 BC-509 BC = -0752/-0508"}},
		{"BCE to CE dynasty", "The dynasty ruled 206 BCE-220 CE.", []string{"206 BCE-220 CE = -0205/0220"}},
		{"dotted era", "The colony lasted 600 B.C.-300 B.C. on the coast.", []string{"600 B.C.-300 B.C. = -0599/-0299"}},
		{"BC to AD first", "Augustus lived 63 BC-AD 14.", []string{"63 BC-AD 14 = -0062/0014"}},
		{"same as to", "From 27 BCE to 286 CE it lasted.", []string{"From 27 BCE to 286 CE = -0026/0286"}},
		{"code is no range", "File 133-03-2020 was lost in 1958.", []string{"1958 = 1958"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestDecadesWithApostrophe: a two-figure decade with its apostrophe
// ("'60s") is a decade wherever it stands, after a modifier or "and" as
// well as after "the"; without it ("in his 30s") it is read only after
// "the".
func TestDecadesWithApostrophe(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"early after and", "The famine of the late 1950s and early '60s was the worst.", []string{"the late 1950s = 195X (late)", "early '60s ~ decade+0 XX6X [196X] (early)"}},
		{"late and early", "In the late '80s and early '90s the mills closed.", []string{"the late '80s ~ decade+0 XX8X [198X] (late)", "early '90s ~ decade+0 XX9X [199X] (early)"}},
		{"mid with hyphen", "It happened in the mid-'70s.", []string{"the mid-'70s ~ decade+0 XX7X [197X] (mid)"}},
		{"curly apostrophe", "Rents doubled in the late ’70s.", []string{"the late ’70s ~ decade+0 XX7X [197X] (late)"}},
		{"bare after in", "Prices rose in '80s Britain.", []string{"80s ~ decade+0 XX8X [198X]"}},
		{"with the", "The '30s were hard.", []string{"The '30s ~ decade+0 XX3X [193X]"}},
		{"an age is no decade", "He was in his 30s then.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}
