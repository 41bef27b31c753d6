package annotate

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// FuzzAnnotate runs the whole pipeline over arbitrary text: it must not
// panic, every invariant must hold, and the document must encode as JSON
// (no value JSON cannot hold, such as +Inf).
func FuzzAnnotate(f *testing.F) {
	for _, src := range fixtures(f) {
		f.Add(src.Text)
	}
	f.Add("")
	f.Add("\n\n\n")
	f.Add("Mao Zedong (Mao Tse-tung) said (in 1958) that 600,000 furnaces (PRC) were built.\r\n")
	f.Add(strings.Repeat("aa ", 1320) + "Mao Zedong (" + strings.Repeat("P", 60) + ") said so.")
	f.Add("They owed " + strings.Repeat("9", 320) + " trillion dollars by 1958.")
	f.Add("- " + strings.Repeat("word 1958 ", 600))
	f.Fuzz(func(t *testing.T, text string) {
		doc := Annotate(sources.Source{ID: "fuzz", Text: text})
		checkInvariants(t, doc)
		if _, err := json.Marshal(doc); err != nil {
			t.Fatalf("document does not encode: %v", err)
		}
	})
}
