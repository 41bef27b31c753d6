package compare_test

import (
	"fmt"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/compare"
	"github.com/factsheet/factsheet/sources"
)

// Three sources on one famine: two figures agree, the third is an outlier.
func Example() {
	var docs []*annotate.Document
	for id, text := range map[string]string{
		"a": "Between 1959 and 1961, more than 30 million people died in China.",
		"b": "About 36 million people perished in China from 1959 to 1961.",
		"c": "Officially, 16.5 million people died in China between 1959 and 1961.",
	} {
		docs = append(docs, annotate.Annotate(sources.Source{ID: id, Text: text}))
	}
	r := compare.Compare(docs, compare.DefaultOptions)
	for _, g := range r.Groups {
		fmt.Println(g.ID, g.Measure, g.When, g.Verdict.Verdict, "outliers:", len(g.Outliers), "range:", g.Range)
		for _, c := range g.Members {
			fmt.Printf("  %s %-28s %s\n", c.Source, c.Text, c.Interval)
		}
	}
	// Output:
	// G1 deaths 1959/1961 conflicting outliers: 1 range: [32.4M, 39.6M]
	//   a more than 30 million people  (30M, ∞)
	//   b About 36 million people      [32.4M, 39.6M]
	//   c 16.5 million people          16.5M
}
