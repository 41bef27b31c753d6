package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources/sourcetest"
)

// sheet is the part of the JSON output the format tests look at.
type sheet struct {
	Documents []struct {
		Source struct {
			ID       string            `json:"id"`
			Format   string            `json:"format"`
			Text     string            `json:"text"`
			Meta     json.RawMessage   `json:"meta"`
			MetaFrom map[string]string `json:"meta_from"`
		} `json:"source"`
		Sentences []struct {
			Index int    `json:"index"`
			Page  string `json:"page"`
		} `json:"sentences"`
		Claims []struct {
			Mention  string `json:"mention"`
			Subject  string `json:"subject"`
			Quote    string `json:"quote"`
			Sentence int    `json:"sentence"`
			Citation string `json:"citation"`
			Locator  string `json:"locator"`
		} `json:"claims"`
		Mentions []struct {
			ID    string   `json:"id"`
			Text  string   `json:"text"`
			Value *float64 `json:"value"`
			Unit  string   `json:"unit"`
			Kind  string   `json:"kind"`
		} `json:"mentions"`
	} `json:"documents"`
}

func annotateJSON(t *testing.T, args ...string) sheet {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"annotate", "--format", "json", "-o", "-"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s sheet
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// harvestPages are the words of testdata/formats/harvest.txt, by page.
var harvestPages = [][]string{
	{"Harvest Report", "In February 1958 the party called for 600,000 backyard furnaces. More than 500 million peasants were organised into communes by late 1958."},
	{"By 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion."},
}

// claimsOf describes each claim of a document by what it says, with the
// page of its sentence.
func claimsOf(s sheet) (said, pages []string) {
	d := s.Documents[0]
	byID := map[string]int{}
	for i, m := range d.Mentions {
		byID[m.ID] = i
	}
	for _, c := range d.Claims {
		m := d.Mentions[byID[c.Mention]]
		v := "nil"
		if m.Value != nil {
			v = jsonNumber(*m.Value)
		}
		said = append(said, m.Text+" | "+v+" "+m.Unit+" "+m.Kind+" | "+c.Subject+" | "+c.Quote)
		pages = append(pages, d.Sentences[c.Sentence].Page)
	}
	return said, pages
}

func jsonNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

func TestFormatsGiveTheClaimsOfThePlainText(t *testing.T) {
	dir := t.TempDir()
	docx := filepath.Join(dir, "harvest.docx")
	os.WriteFile(docx, sourcetest.DOCX{
		Paragraphs: [][]string{
			{"Harvest Report"},
			{"In February 1958 the party called for ", "600,000 backyard furnaces", ".", "^1", " More than 500 million peasants were organised into communes by late 1958."},
			{"By 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion."},
		},
		Footnotes: []string{"Figures from the State Statistical Bureau, published in 1959."},
		Title:     "Harvest Report", Creator: "Wei Liang; Anna Smith", Created: "1962-05-14T09:00:00Z",
	}.Bytes(), 0o644)
	pdf := filepath.Join(dir, "harvest.pdf")
	os.WriteFile(pdf, sourcetest.PDF("Harvest Report", "Wei Liang", harvestPages), 0o644)

	plain, _ := claimsOf(annotateJSON(t, "testdata/formats/harvest.txt"))
	if len(plain) < 4 || !strings.Contains(strings.Join(plain, "\n"), "$66 billion | 66000000000 USD money") {
		t.Fatalf("plain text claims = %q, want the four of the text", plain)
	}
	tests := []struct {
		name, path, format string
		pages              [3]string // of the sentences "In February...", "More than..." and "By 1961..."
	}{
		{"markdown", "testdata/formats/harvest.md", "markdown", [3]string{}},
		{"html", "testdata/formats/harvest.html", "html", [3]string{}},
		{"docx", docx, "docx", [3]string{}},
		{"pdf", pdf, "pdf", [3]string{"1", "1", "2"}},
		{"transcription", "testdata/formats/harvest-transcription.txt", "text", [3]string{"45", "45", "46–47"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := annotateJSON(t, tt.path)
			if got := s.Documents[0].Source.Format; got != tt.format {
				t.Errorf("format = %q, want %q", got, tt.format)
			}
			said, pages := claimsOf(s)
			if strings.Join(said, "\n") != strings.Join(plain, "\n") {
				t.Errorf("claims:\n%s\nwant those of the plain text:\n%s\ntext:\n%s", strings.Join(said, "\n"), strings.Join(plain, "\n"), s.Documents[0].Source.Text)
			}
			for i, c := range said {
				quote := c[strings.LastIndex(c, " | ")+3:]
				for k, start := range []string{"In February", "More than", "By 1961"} {
					if strings.HasPrefix(quote, start) && pages[i] != tt.pages[k] {
						t.Errorf("claim %q on page %q, want %q", c, pages[i], tt.pages[k])
					}
				}
			}
		})
	}
}
