package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// annotateDir annotates every .txt file of a folder under ../testdata/compare,
// each with its file name (without .txt) as its id.
func annotateDir(t testing.TB, dir string) []*annotate.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "compare", dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	sort.Strings(paths)
	var docs []*annotate.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		docs = append(docs, annotate.Annotate(sources.Source{ID: id, Path: p, Text: string(b)}))
	}
	return docs
}

// summary writes a group as one line: measure, unit, when, verdict, series,
// members (source:text, an outlier marked !) and within-source flags.
func summary(g *Group) string {
	out := map[string]bool{}
	for _, id := range g.Outliers {
		out[id] = true
	}
	var ms []string
	for _, c := range g.Members {
		m := c.Source + ":" + c.Text
		if out[c.ID] {
			m = "!" + m
		}
		ms = append(ms, m)
	}
	s := fmt.Sprintf("%s | %s | %s | %s", g.Measure, g.Unit, g.When, g.Verdict.Verdict)
	if g.Series != "" {
		s += " | " + g.Series
	}
	s += " | " + strings.Join(ms, "; ")
	for _, w := range g.WithinSource {
		s += " | within " + w.Source
	}
	return s
}

// TestFamineFixture compares five short sources on the Great Chinese Famine,
// written for this test, with figures that agree (grain output, furnaces,
// exports, the sown area in hectares and in acres), that conflict (the death
// toll; the fall of grain output as "15 percent" and "a quarter"), that form a
// series (grain output in 1958, 1959 and 1960), and that stand alone (steel
// output, peasants, the price of grain, farmland, a sum in yuan).
func TestFamineFixture(t *testing.T) {
	r := Compare(annotateDir(t, "famine-fixture"), DefaultOptions)
	want := []string{
		"deaths |  | 1959/1961 | conflicting | a:more than 30 million people; b:about 36 million people; !b:20 million people; c:At least 15 million deaths; d:between 30 and 45 million people; !e:fewer than 10 million people | within b",
		"grain output | t | 1958 | consistent | S1 | a:200 million tonnes; b:200 million tons",
		"grain output | t | 1959 | consistent | S1 | a:170 million tonnes; d:170 million tons",
		"grain output | t | 1960 | single-source | S1 | a:143.5 million tonnes",
		"backyard furnace |  | 1959 | consistent | a:600,000 backyard furnaces; b:about 600,000 backyard furnaces",
		"cost | USD | 1959/1961 | consistent | b:$30 billion; e:$30 billion",
		"deaths |  | 1959/1961 | consistent | a:6 million people; c:some 6 million people",
		"export grain | t | 1959 | consistent | d:4.2 million tonnes; e:4,200,000 tonnes",
		"grain output (fall) | percent | 1959 | conflicting | c:15 percent; !e:a quarter",
		"grain sown | ha | 1959 | consistent | a:116 million hectares; d:287 million acres",
	}
	var got []string
	for _, g := range r.Groups {
		got = append(got, summary(g))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(r.Series) != 1 || strings.Join(r.Series[0].Groups, ",") != "G2,G3,G4" {
		t.Errorf("series = %+v, want one series G2,G3,G4", r.Series)
	}
	toll := r.Groups[0]
	if got, want := toll.Range.String(), "[32.4M, 39.6M]"; got != want {
		t.Errorf("death toll consistent range = %s, want %s", got, want)
	}
	if got := fmt.Sprintf("%.2f", toll.Spread); got != "4.50" {
		t.Errorf("death toll spread = %s, want 4.50 (45M over 10M)", got)
	}
	for _, want := range []string{"same counted thing: deaths", "shared place: China", "same time: 1959/1961"} {
		if !strings.Contains(strings.Join(toll.Why, "; "), want) {
			t.Errorf("death toll why = %q, lacks %q", toll.Why, want)
		}
	}
	for _, g := range r.Groups {
		if g.Measure == "cost" && !strings.Contains(strings.Join(g.Why, "; "), `"140 billion yuan" (CNY)`) {
			t.Errorf("the dollar group does not name the sum in yuan it leaves apart: %q", g.Why)
		}
	}
}

// TestWriteJSONStreams checks that the report written group by group is
// the report encoded whole, with groups and without.
func TestWriteJSONStreams(t *testing.T) {
	full := Compare(annotateDir(t, "famine-fixture"), DefaultOptions)
	tool := map[string]string{"name": "factsheet", "version": "test"}
	for name, r := range map[string]*Report{"groups": full, "none": {Claims: 3}} {
		t.Run(name, func(t *testing.T) {
			var got strings.Builder
			if err := WriteJSON(&got, r, tool); err != nil {
				t.Fatal(err)
			}
			want, err := wholeJSON(r, tool)
			if err != nil {
				t.Fatal(err)
			}
			if got.String() != string(want) {
				t.Errorf("streamed:\n%s\nwhole:\n%s", got.String(), want)
			}
		})
	}
}
