package entities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/tagging"
)

// proseLabels maps the labels of prose's entity model to ours. prose's GSP
// (geo-social-political adjectives) is read as a group where the word looks
// like a nationality, else as a place.
var proseLabels = map[string]string{
	"PERSON": "PERSON", "GPE": "GPE", "ORGANIZATION": "ORG", "LOCATION": "LOC", "FACILITY": "FAC", "GSP": "GSP",
}

// modelEntities asks prose's entity model about the candidates of one
// sentence. The model runs only on windows of the sentence around them (two
// words either side, which is what its features look at), never on the
// rest, so a sentence whose names the gazetteers know costs nothing here.
func (r *Recognizer) modelEntities(text string, sentence lex.Span, ps []namePiece, cands []candidate, mode sentenceCase) []Entity {
	if r.model == nil {
		return nil
	}
	var out []Entity
	for w := 0; w < len(cands); {
		from, to := cands[w].from-2, cands[w].to+2
		last := w
		for last+1 < len(cands) && cands[last+1].from-2 <= to+1 {
			last++
			to = cands[last].to + 2
		}
		if from < 0 {
			from = 0
		}
		if to >= len(ps) {
			to = len(ps) - 1
		}
		window := lex.Span{Start: ps[from].Start, End: ps[to].End}
		if from == 0 {
			window.Start = sentence.Start
		}
		if to == len(ps)-1 {
			window.End = sentence.End
		}
		toks := r.model.SentenceTokens(text, window, true)
		for _, c := range cands[w : last+1] {
			if e, ok := modelEntity(text, ps, c, toks, mode); ok {
				out = append(out, e)
			}
		}
		w = last + 1
	}
	return out
}

// modelEntity decides one candidate from the model's labels of the tokens
// that cover it: the label most of them have. A candidate that only opens
// its sentence, or stands in a heading in title case, needs the model to
// call it a proper noun and a name, and must not look like a common word.
func modelEntity(text string, ps []namePiece, c candidate, toks []tagging.Token, mode sentenceCase) (Entity, bool) {
	sp := lex.Span{Start: ps[c.from].Start, End: ps[c.to].End}
	votes := map[string]int{}
	proper := false
	for _, t := range toks {
		if !t.Overlaps(sp) {
			continue
		}
		if t.Start == sp.Start {
			proper = strings.HasPrefix(t.Tag, "NNP")
		}
		label := proseLabels[strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-")]
		if label != "" {
			votes[label]++
		}
	}
	name := sp.Text(text)
	if c.coord != "" && !c.initial && mode == caseNormal {
		return Entity{Span: sp, Label: c.coord, Canonical: canonicalText(name), Origin: OriginRule}, true
	}
	if len(votes) == 0 {
		if c.listed != "" && !c.initial && mode == caseNormal {
			return Entity{Span: sp, Label: c.listed, Canonical: canonicalText(name), Origin: OriginRule}, true
		}
		if c.place && !c.initial && mode == caseNormal && c.from == c.to {
			return Entity{Span: sp, Label: "GPE", Canonical: canonicalText(name), Origin: OriginRule}, true
		}
		return Entity{}, false
	}
	if (c.initial || mode == caseTitle) && (!proper || c.from == c.to && commonShape(name)) {
		return Entity{}, false
	}
	best := ""
	for _, l := range []string{"PERSON", "GPE", "ORG", "LOC", "FAC", "GSP"} {
		if votes[l] > votes[best] {
			best = l
		}
	}
	if best == "GSP" {
		best = "GPE"
		if c.from == c.to && nationalityShape(name) {
			best = "NORP"
		}
	}
	return Entity{Span: sp, Label: best, Canonical: canonicalText(name), Origin: OriginModel}, true
}

// commonShape reports whether a capitalised word has the ending of an
// adverb, a participle or an adjective ("Reportedly", "Exhausted",
// "Launching", "Famous"), which opens sentences far more often than a name.
func commonShape(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ly", "ed", "ing", "ous", "ful", "ive", "able", "ible", "less", "ness", "ment", "tion", "sion", "ity", "ists", "ers"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nationalityShape reports whether a word looks like the adjective of a
// nation or people ("Hunanese", "Tatar" does not).
func nationalityShape(w string) bool {
	for _, suf := range []string{"an", "ans", "ese", "ish", "ic", "i", "ian", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
