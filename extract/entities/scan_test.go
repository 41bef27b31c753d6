package entities

import (
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// TestScanPieces checks the pieces the recogniser builds from the lexer's
// tokens: "+" before a piece joined by a hyphen, "^" before one that opens
// its sentence or a quotation, "." after one that keeps its full stop.
func TestScanPieces(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"words", "Chairman Mao spoke", "^Chairman|Mao|spoke"},
		{"possessive dropped", "Mao’s campaign and Mao's plan", "^Mao|campaign|and|Mao|plan"},
		{"apostrophe inside a name", "O’Brien met Xi'an officials", "^O’Brien|met|Xi'an|officials"},
		{"hyphenated parts", "Chiang Kai-shek and Kai‐shek", "^Chiang|Kai|+shek|and|Kai|+shek"},
		{"letters and digits together", "the F16 and Mao2", "^the|F16|and|Mao2"},
		{"dotted acronym", "the U.S.S.R and the U.S. army", "^the|U.S.S.R|and|the|U.S..|army"},
		{"initial and abbreviation", "Gen. J. Smith came", "^Gen..|J..|Smith|came"},
		{"a capital that ends the sentence", "World War I.", "^World|War|I"},
		{"quotation opens", "He said “Great Leap” then", "^He|said|^Great|Leap|then"},
		{"a number is one piece", "some 1,000 men", "^some|1,000|men"},
		{"hyphen to a number", "Apollo-11 flew", "^Apollo|+11|flew"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range ScanPieces(tt.text, lex.Span{Start: 0, End: len(tt.text)}) {
				s := ""
				if p.hyphen {
					s += "+"
				}
				if p.initial {
					s += "^"
				}
				s += p.Text(tt.text)
				if p.dot {
					s += "."
				}
				got = append(got, s)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("ScanPieces(%q)\n got %s\nwant %s", tt.text, g, tt.want)
			}
		})
	}
}
