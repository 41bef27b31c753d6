package compare

import (
	"fmt"
	"io"
	"math/rand"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// syntheticCorpus makes sources documents of perSource claims each, as
// annotate would: a sentence per claim naming a place, a year and a figure
// for one of a few dozen measures, so that groups, series and conflicts
// arise as in a real corpus.
func syntheticCorpus(sourcesN, perSource int) []*annotate.Document {
	things := []struct{ unit, kind, subject, verb string }{
		{"people", "count", "people died", "died"},
		{"t", "measure", "grain output", "was"},
		{"t", "measure", "steel output", "was"},
		{"percent", "percent", "grain output fell", "fell by"},
		{"USD", "money", "cost", "cost"},
		{"ha", "measure", "sown area", "was"},
		{"backyard furnaces", "count", "backyard furnaces", "numbered"},
		{"peasants", "count", "peasants", "numbered"},
	}
	places := []string{"China", "Anhui", "Henan", "Sichuan", "Gansu", "Soviet Union", "India", "Ireland"}
	qualifiers := []string{"none", "approx", "gt", "gte", "lt", "none", "range"}
	rng := rand.New(rand.NewSource(1))
	docs := make([]*annotate.Document, sourcesN)
	for s := range docs {
		d := &annotate.Document{Source: sources.Source{ID: fmt.Sprintf("s%04d", s)}}
		for i := 0; i < perSource; i++ {
			th := things[rng.Intn(len(things))]
			place := places[rng.Intn(len(places))]
			year := 1955 + rng.Intn(8)
			v := float64(1+rng.Intn(50)) * 1e6
			q := qualifiers[rng.Intn(len(qualifiers))]
			text := fmt.Sprintf("In %d in %s the %s %s %g.", year, place, th.subject, th.verb, v)
			start := len(d.Source.Text)
			d.Source.Text += text + " "
			qa := &annotate.QuantityAttrs{Value: &v, Kind: th.kind, Unit: th.unit, Qualifier: q}
			if q == "range" {
				h := v * 1.5
				qa.High = &h
			}
			mid := fmt.Sprintf("M%d", 2*i+1)
			d.Sentences = append(d.Sentences, annotate.Sentence{Index: i, Paragraph: i / 3, Kind: "sentence", Start: start, End: start + len(text), Line: 1, Text: text})
			d.Mentions = append(d.Mentions,
				annotate.Mention{ID: mid, Type: "quantity", Text: fmt.Sprint(v), Start: start + len(text) - 10, End: start + len(text) - 1, Sentence: i, QuantityAttrs: qa},
				annotate.Mention{ID: fmt.Sprintf("M%d", 2*i+2), Type: "entity", Text: place, Start: start + 8, End: start + 8 + len(place), Sentence: i, EntityAttrs: &annotate.EntityAttrs{Label: "GPE", Canonical: place}})
			d.Claims = append(d.Claims, annotate.Claim{ID: fmt.Sprintf("C%04d%05d", s, i), Mention: annotate.MentionRef(mid), Sentence: i,
				Subject: th.subject, When: fmt.Sprint(year), Entities: []string{place}, Quote: text, Citation: d.Source.ID})
		}
		docs[s] = d
	}
	return docs
}

// BenchmarkCompare compares 10,000 claims from 1,000 sources: the normal
// form, the grouping and verdicts, and the JSON report.
func BenchmarkCompare(b *testing.B) {
	docs := syntheticCorpus(1000, 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := Compare(docs, DefaultOptions)
		if err := WriteJSON(io.Discard, r, nil); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(len(r.Groups)), "groups")
			b.ReportMetric(float64(r.Comparable), "claims")
		}
	}
}
