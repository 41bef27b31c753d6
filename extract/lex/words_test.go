package lex

import (
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
