package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugEntities(t *testing.T) {
	path := os.Getenv("ENTDEBUG")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	text := string(data)
	for _, s := range Sentences(text) {
		for _, e := range Entities(text, s.Span) {
			fmt.Printf("%-35q %-6s %-30s %s\n", e.Text(text), e.Label, e.Canonical, e.Origin)
		}
	}
}
