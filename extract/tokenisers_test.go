package extract

import (
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/lex"
)

// TestTokenisersAgree checks that the three views of the one lexer
// (lex.Words for quantities, lex.Tokens as the date grammar reads them,
// entities.ScanPieces for entities) read form feeds and vertical tabs as
// white space and the curly apostrophe as the straight one.
func TestTokenisersAgree(t *testing.T) {
	tests := []struct {
		name, text      string
		words           string // words: the lower-case forms, "|" between them
		dates           string // tokens: the lower-case forms
		pieces          string // scanPieces: the texts
		wordsSpaced     bool   // no word is joined to the one before
		dateTokensSpace string // tokens: "s" for space before, "-" for none
	}{
		{"form feed and vertical tab", "Mao\f1958\vcampaign", "mao|1958|campaign", "mao|1958|campaign", "Mao|1958|campaign", true, "sss"},
		{"curly apostrophe", "People’s Mao’s", "people's|mao's", "people|'|s|mao|'|s", "People|Mao", true, "s--s--"},
		{"straight apostrophe", "People's Mao's", "people's|mao's", "people|'|s|mao|'|s", "People|Mao", true, "s--s--"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ws, ds, ps, space []string
			spaced := true
			for i, w := range lex.Words(tt.text) {
				ws = append(ws, w.Lower)
				if i > 0 && w.Joined {
					spaced = false
				}
			}
			for _, d := range lex.Tokens(tt.text) {
				ds = append(ds, d.Lower)
				if !d.Joined {
					space = append(space, "s")
				} else {
					space = append(space, "-")
				}
			}
			for _, p := range entities.ScanPieces(tt.text, lex.Span{Start: 0, End: len(tt.text)}) {
				ps = append(ps, p.Text(tt.text))
			}
			if got := strings.Join(ws, "|"); got != tt.words || spaced != tt.wordsSpaced {
				t.Errorf("words: %q (spaced %v), want %q (spaced %v)", got, spaced, tt.words, tt.wordsSpaced)
			}
			if got := strings.Join(ds, "|"); got != tt.dates || strings.Join(space, "") != tt.dateTokensSpace {
				t.Errorf("tokens: %q (space %s), want %q (space %s)", got, strings.Join(space, ""), tt.dates, tt.dateTokensSpace)
			}
			if got := strings.Join(ps, "|"); got != tt.pieces {
				t.Errorf("scanPieces: %q, want %q", got, tt.pieces)
			}
		})
	}
}
