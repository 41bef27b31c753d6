package attribution

import (
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

func TestOf(t *testing.T) {
	tests := []struct {
		name, text, claim, party, verb, stance string
	}{
		{"subject and that", "Economists estimated that the economy had declined by $66 billion.", "$66 billion", "Economists", "estimate", Reported},
		{"after the claim", "The city lost 40 percent of its housing, the mayor said.", "40 percent", "the mayor", "say", Reported},
		{"according to", "According to the census, 582 million people lived there.", "582 million people", "the census", "according to", Reported},
		{"distancing verb", "The regime claimed that 12 million acres were reclaimed.", "12 million acres", "The regime", "claim", Distanced},
		{"so-called", "The so-called 20,000 martyrs are listed nowhere.", "20,000 martyrs", "", "", Distanced},
		{"own voice", "The railway carried 6 million passengers.", "6 million passengers", "", "", Asserted},
		{"passive without agent", "The population was estimated to have fallen by 25 percent.", "25 percent", "", "estimate", Reported},
		{"a year in the party", "It was resolved by the 2010 census, which declared that California had 37.3 million residents.", "37.3 million residents", "the 2010 census", "declare", Reported},
		{"claim at the end of the words", "It rose 5 percent", "5 percent", "", "", Asserted},
		{"claim outside the words", "Nothing here.", "", "", "", Asserted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claim := lex.Span{Start: len(tc.text), End: len(tc.text)}
			if tc.claim != "" {
				i := strings.Index(tc.text, tc.claim)
				claim = lex.Span{Start: i, End: i + len(tc.claim)}
			}
			a := Of(lex.Words(tc.text), claim)
			if got := a.Party.Text(tc.text); got != tc.party || a.Verb != tc.verb || a.Stance != tc.stance {
				t.Errorf("got %q %q %s, want %q %q %s", got, a.Verb, a.Stance, tc.party, tc.verb, tc.stance)
			}
		})
	}
}
