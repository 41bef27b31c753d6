package ner

import (
	"fmt"
	"io"
	"sort"
)

// Counts are the span counts behind precision and recall: names predicted,
// names in the gold data, and names predicted with the gold span and label.
type Counts struct{ Predicted, Gold, Correct int }

// Precision returns Correct/Predicted (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall returns Correct/Gold.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are counts per label; "ALL" sums them.
type Scores map[string]Counts

// LabelledSpan is a name by byte offsets, for scoring.
type LabelledSpan struct {
	Start, End int
	Label      string
}

// GoldSpans returns the names a sentence's gold tags mark.
func GoldSpans(s *Sentence) []LabelledSpan {
	var out []LabelledSpan
	for i := 0; i < len(s.Gold); {
		g := s.Gold[i]
		if g == "O" {
			i++
			continue
		}
		j := i + 1
		for j < len(s.Gold) && s.Gold[j] == "I-"+g[2:] {
			j++
		}
		out = append(out, LabelledSpan{s.Tokens[i].Start, s.Tokens[j-1].End, g[2:]})
		i = j
	}
	return out
}

// Add scores one sentence's predicted names against its gold ones: a name
// is correct when its span and label are both right.
func (sc Scores) Add(gold, pred []LabelledSpan) {
	set := map[LabelledSpan]bool{}
	for _, g := range gold {
		set[g] = true
		c := sc[g.Label]
		c.Gold++
		sc[g.Label] = c
		a := sc["ALL"]
		a.Gold++
		sc["ALL"] = a
	}
	for _, p := range pred {
		c, a := sc[p.Label], sc["ALL"]
		c.Predicted++
		a.Predicted++
		if set[p] {
			c.Correct++
			a.Correct++
		}
		sc[p.Label], sc["ALL"] = c, a
	}
}

// Evaluate scores a model on sentences.
func Evaluate(m *Model, sents []Sentence) Scores {
	sc := Scores{}
	for i := range sents {
		var pred []LabelledSpan
		for _, sp := range m.Spans(sents[i].Tokens) {
			pred = append(pred, LabelledSpan{sp.Start, sp.End, sp.Label})
		}
		sc.Add(GoldSpans(&sents[i]), pred)
	}
	return sc
}

// WriteTable writes the scores as a Markdown table, labels in order and
// "ALL" last.
func (sc Scores) WriteTable(w io.Writer) {
	var labels []string
	for l := range sc {
		if l != "ALL" {
			labels = append(labels, l)
		}
	}
	sort.Strings(labels)
	labels = append(labels, "ALL")
	fmt.Fprintln(w, "| label | gold | predicted | P | R | F1 |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	for _, l := range labels {
		c := sc[l]
		fmt.Fprintf(w, "| %s | %d | %d | %.3f | %.3f | %.3f |\n", l, c.Gold, c.Predicted, c.Precision(), c.Recall(), c.F1())
	}
}
