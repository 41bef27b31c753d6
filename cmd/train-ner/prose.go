package main

import (
	"strings"

	"github.com/factsheet/factsheet/extract/ner"
	"github.com/jdkato/prose/v2"
)

// proseLabels maps prose's entity labels to the coarse ones.
var proseLabels = map[string]string{
	"PERSON": "PER", "ORGANIZATION": "ORG", "GPE": "LOC", "LOCATION": "LOC", "FACILITY": "LOC", "GSP": "MISC",
}

// proseScores runs prose's tokenizer, tagger and entity model on each
// development sentence's text and scores its names by byte offsets, as
// the trained model's are.
func proseScores(dev []ner.Sentence) ner.Scores {
	doc, _ := prose.NewDocument("", prose.WithSegmentation(false))
	model := doc.Model
	sc := ner.Scores{}
	for i := range dev {
		s := &dev[i]
		d, _ := prose.NewDocument(s.Text, prose.UsingModel(model), prose.WithSegmentation(false))
		var pred []ner.LabelledSpan
		cursor := 0
		open := -1
		for _, t := range d.Tokens() {
			k := strings.Index(s.Text[cursor:], t.Text)
			if k < 0 || t.Text == "" {
				continue
			}
			start, end := cursor+k, cursor+k+len(t.Text)
			cursor = end
			label := proseLabels[strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-")]
			switch {
			case label == "":
				open = -1
			case strings.HasPrefix(t.Label, "I-") && open >= 0 && pred[open].Label == label:
				pred[open].End = end
			default:
				pred = append(pred, ner.LabelledSpan{Start: start, End: end, Label: label})
				open = len(pred) - 1
			}
		}
		sc.Add(ner.GoldSpans(s), pred)
	}
	return sc
}
