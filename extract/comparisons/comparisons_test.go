package comparisons

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

func TestComparisons(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind: words"
	}{
		{"superlative without noun", "more than 30 million people had died of starvation in the Mao-made famine, the worst in world history.",
			[]string{"superlative: the worst in world history"}},
		{"superlative with noun", "It was the deadliest earthquake of the century.", []string{"superlative: the deadliest earthquake of the century"}},
		{"most and adjective", "The siege was the most devastating episode of the war.", []string{"superlative: the most devastating episode of the war"}},
		{"possessive", "It became history's costliest flood.", []string{"superlative: history's costliest flood"}},
		{"largest in Europe", "The steelworks was the largest in Europe.", []string{"superlative: the largest in Europe"}},
		{"overtake with period", "Mao promised to overtake Britain in fifteen years.", []string{"overtaking: overtake Britain in fifteen years"}},
		{"surpass the", "The plan aimed to surpass the United States within a decade.", []string{"overtaking: surpass the United States within a decade"}},
		{"catch up with", "They hoped to catch up with America by 1970.", []string{"overtaking: catch up with America by 1970"}},
		{"comparative", "The harvest was larger than the Soviet harvest.", []string{"comparative: larger than the Soviet harvest"}},
		{"more than any", "More grain was lost than in any earlier year.", nil},
		{"more than any other", "The famine killed more than any other in the century.", []string{"comparative: more than any other"}},
		{"not: more than a number", "More than 30 million people died.", nil},
		{"not: at least", "At least 15 million died.", nil},
		{"not: the forest", "They cut the forest and the harvest failed.", nil},
		{"not: no later than", "It was due no later than 1972.", nil},
		{"not: passing laws", "The council was passing laws.", nil},
		{"not: rather than", "They chose grain rather than steel.", nil},
		{"not: the latest", "The latest report came out.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range Comparisons(lex.Words(tc.text)) {
				got = append(got, c.Kind+": "+c.Text(tc.text))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}
