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
