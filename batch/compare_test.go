package batch

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/compare"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// famineSentences are the sentences the benchmark's sources are made of:
// figures of the famine in different phrasings, units and qualifiers.
var famineSentences = []string{
	"Between 1959 and 1961, more than %d million people died in %s.",
	"About %d million people perished in %s from 1959 to 1961.",
	"At least %d million deaths in %s between 1959 and 1961 are recorded.",
	"In %[2]s grain output was %[1]d million tonnes in 1958.",
	"In 1959 grain output in %[2]s fell to %[1]d million tons.",
	"In 1960 grain output in %[2]s fell by %[1]d percent.",
	"By 1959 there were %d,000 backyard furnaces in %s.",
	"The famine cost %[2]s $%[1]d billion.",
	"In 1959, %d million acres were sown with grain in %s.",
	"Some %d million peasants in %s were organized into communes in 1958.",
}

// famineCorpus writes sourcesN sources of perSource claims each as a JSON
// Lines fact sheet: variants sentences are annotated once, and each source
// is a copy of one under its own id.
func famineCorpus(b *testing.B, dir string, sourcesN, perSource, variants int) string {
	rng := rand.New(rand.NewSource(1))
	places := []string{"China", "Anhui", "Henan", "Sichuan", "Gansu"}
	var docs []*annotate.Document
	for v := 0; v < variants; v++ {
		var text strings.Builder
		for i := 0; i < perSource; i++ {
			s := famineSentences[rng.Intn(len(famineSentences))]
			fmt.Fprintf(&text, s+" ", 10+rng.Intn(40), places[rng.Intn(len(places))])
		}
		docs = append(docs, annotate.Annotate(sources.Source{ID: "v", Text: text.String()}))
	}
	path := filepath.Join(dir, "corpus.jsonl")
	var buf bytes.Buffer
	w, _ := export.Lookup("jsonl")
	out, _ := w.New(&buf, export.Run{})
	for s := 0; s < sourcesN; s++ {
		d := *docs[s%variants]
		d.Source.ID = fmt.Sprintf("s%04d", s)
		if err := out.Write(&d); err != nil {
			b.Fatal(err)
		}
	}
	out.Close()
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkCompareCorpus runs compare as the command does over a fact sheet
// of 1,000 sources with 10 claims each, written earlier as JSON Lines:
// reading it, the normal form, grouping, verdicts and the JSON report.
func BenchmarkCompareCorpus(b *testing.B) {
	path := famineCorpus(b, b.TempDir(), 1000, 10, 50)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := Compare(CompareOptions{Inputs: []string{path}, Format: "json", Jobs: 2, Compare: compare.DefaultOptions},
			Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(r.Claims), "claims")
			b.ReportMetric(float64(len(r.Groups)), "groups")
		}
	}
}
