package extract

import (
	"testing"
)

func TestGazetteerParses(t *testing.T) {
	g, err := ParseGazetteer("entities_gazetteer.csv", gazetteerCSV)
	if err != nil {
		t.Fatal(err)
	}
	entities, variants := g.Len()
	t.Logf("built-in gazetteer: %d entities, %d variants", entities, variants)
	if entities < 300 || variants < 600 {
		t.Errorf("built-in gazetteer has %d entities and %d variants, want several hundred", entities, variants)
	}
}
