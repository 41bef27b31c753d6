package extract

import (
	"strings"
	"testing"
)

func TestFoldSpace(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Great Leap Forward", "Great Leap Forward"},
		{"runs and ends", "  Great \t Leap\n\nForward \r\n", "Great Leap Forward"},
		{"form feed, vertical tab, no-break space", "Great\fLeap\vForward\u00a0Campaign", "Great Leap Forward Campaign"},
		{"only space", " \t\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FoldSpace(tt.in); got != tt.want {
				t.Errorf("FoldSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWholeWord(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             bool
	}{
		{"alone", "Mao", "Mao", true},
		{"between spaces", "Chairman Mao spoke", "Mao", true},
		{"before punctuation", "said Mao.", "Mao", true},
		{"possessive", "Mao’s campaign", "Mao", true},
		{"inside a word", "Maoist ideas", "Mao", false},
		{"after letters", "GMao", "Mao", false},
		{"before a digit", "Mao2 wrote", "Mao", false},
		{"before a combining mark", "Mao\u0301 wrote", "Mao", false},
		{"after an accented letter", "éMao", "Mao", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := len(tt.text) - len(tt.word)
			for k := 0; k+len(tt.word) <= len(tt.text); k++ {
				if tt.text[k:k+len(tt.word)] == tt.word {
					start = k
					break
				}
			}
			if got := WholeWord(tt.text, Span{start, start + len(tt.word)}); got != tt.want {
				t.Errorf("WholeWord(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
			}
		})
	}
}

func TestCapitalised(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Mao", true}, {"mao", false}, {"Éire", true}, {"état", false}, {"", false}, {"1958", false}, {"’Tis", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Capitalised(tt.in); got != tt.want {
				t.Errorf("Capitalised(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokenisersAgree checks that the three tokenisers of the package (words
// for quantities, dateTokens for dates, scanPieces for entities) read form
// feeds and vertical tabs as white space and the curly apostrophe as the
// straight one.
func TestTokenisersAgree(t *testing.T) {
	tests := []struct {
		name, text      string
		words           string // words: the lower-case forms, "|" between them
		dates           string // dateTokens: the lower-case forms
		pieces          string // scanPieces: the texts
		wordsSpaced     bool   // no word is joined to the one before
		dateTokensSpace string // dateTokens: "s" for space before, "-" for none
	}{
		{"form feed and vertical tab", "Mao\f1958\vcampaign", "mao|1958|campaign", "mao|1958|campaign", "Mao|1958|campaign", true, "sss"},
		{"curly apostrophe", "People’s Mao’s", "people's|mao's", "people|'|s|mao|'|s", "People|Mao", true, "s--s--"},
		{"straight apostrophe", "People's Mao's", "people's|mao's", "people|'|s|mao|'|s", "People|Mao", true, "s--s--"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ws, ds, ps, space []string
			spaced := true
			for i, w := range words(tt.text) {
				ws = append(ws, w.lower)
				if i > 0 && w.joined {
					spaced = false
				}
			}
			for _, d := range dateTokens(tt.text, nil) {
				ds = append(ds, d.low)
				if d.space {
					space = append(space, "s")
				} else {
					space = append(space, "-")
				}
			}
			for _, p := range scanPieces(tt.text, Span{0, len(tt.text)}) {
				ps = append(ps, p.Text(tt.text))
			}
			if got := strings.Join(ws, "|"); got != tt.words || spaced != tt.wordsSpaced {
				t.Errorf("words: %q (spaced %v), want %q (spaced %v)", got, spaced, tt.words, tt.wordsSpaced)
			}
			if got := strings.Join(ds, "|"); got != tt.dates || strings.Join(space, "") != tt.dateTokensSpace {
				t.Errorf("dateTokens: %q (space %s), want %q (space %s)", got, strings.Join(space, ""), tt.dates, tt.dateTokensSpace)
			}
			if got := strings.Join(ps, "|"); got != tt.pieces {
				t.Errorf("scanPieces: %q, want %q", got, tt.pieces)
			}
		})
	}
}
