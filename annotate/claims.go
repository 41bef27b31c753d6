package annotate

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract"
)

// claims makes one claim of every quantity mention, in text order. tokens
// holds the tagged tokens of each sentence.
func claims(doc *Document, tokens [][]extract.Token) []Claim {
	out := []Claim{}
	bySentence := mentionsBySentence(doc)
	occurrence := map[[2]string]int{} // (sentence index, mention text) → count so far
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.QuantityAttrs == nil {
			continue
		}
		s := doc.Sentences[m.Sentence]
		key := [2]string{strconv.Itoa(s.Index), m.Text}
		occurrence[key]++
		out = append(out, Claim{
			ID:       ClaimID(doc.Source.ID, s.Text, m.Text, occurrence[key]),
			Mention:  m.ID,
			Sentence: s.Index,
			Subject:  extract.Subject(doc.Source.Text, tokens[s.Index], quantityOf(m)),
			When:     governingDate(doc, bySentence, m),
			Entities: sentenceEntities(bySentence[s.Index]),
			Citation: Citation(doc.Source.Meta, doc.Sentences, s.Index),
			Quote:    foldSpace(s.Text),
		})
	}
	return out
}

// ClaimID is the stable id of a claim: "C" and the first 10 hex digits of
// the SHA-256 of the source id, the sentence text with runs of white space
// folded to one space, the mention text, and the occurrence number of that
// text among the sentence's quantities (1 for the first), joined by NUL
// bytes. Editing one sentence leaves the ids of claims elsewhere unchanged.
func ClaimID(sourceID, sentence, mention string, occurrence int) string {
	h := sha256.New()
	h.Write([]byte(sourceID))
	h.Write([]byte{0})
	h.Write([]byte(foldSpace(sentence)))
	h.Write([]byte{0})
	h.Write([]byte(mention))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(occurrence)))
	return "C" + hex.EncodeToString(h.Sum(nil))[:10]
}

// quantityOf turns a quantity mention back into the extractor's form, for
// extract.Subject.
func quantityOf(m *Mention) extract.Quantity {
	return extract.Quantity{
		Span:  extract.Span{Start: m.Start, End: m.End},
		Value: m.Value, High: m.High, Kind: m.Kind, Unit: m.Unit,
		Surface: m.SurfaceUnit, Qualifier: m.Qualifier, Vague: m.Vague,
	}
}

// mentionsBySentence groups the mentions (which are in text order) by the
// sentence that holds them.
func mentionsBySentence(doc *Document) [][]*Mention {
	out := make([][]*Mention, len(doc.Sentences))
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		out[m.Sentence] = append(out[m.Sentence], m)
	}
	return out
}

// governingDate returns the EDTF value of the date that governs a claim: a
// date of its own clause (the nearest before it, else the nearest after),
// else of its own sentence, else the last date of an earlier sentence of its
// paragraph. Dates that are compared with ("exceeded that of 1957"), asides
// in parentheses ("Mao (1893–1976)") and dates without a value do not
// govern.
func governingDate(doc *Document, bySentence [][]*Mention, q *Mention) string {
	governs := func(m *Mention) bool {
		return m.DateAttrs != nil && m.EDTF != "" && !isBaseline(doc, m) && (!isAside(doc, m) || isAside(doc, q))
	}
	text := doc.Source.Text
	var pick [4]*Mention // same clause before, same clause after, other clause before, other clause after
	for _, m := range bySentence[q.Sentence] {
		if !governs(m) {
			continue
		}
		var between string
		if m.End <= q.Start {
			between = text[m.End:q.Start]
		} else if m.Start >= q.End {
			between = text[q.End:m.Start]
		} else {
			continue
		}
		k := 0
		if clauseBreak(between) {
			k = 2
		}
		if m.End <= q.Start {
			pick[k] = m // the last one before is the nearest
		} else if pick[k+1] == nil {
			pick[k+1] = m
		}
	}
	for _, m := range pick {
		if m != nil {
			return m.EDTF
		}
	}
	para := doc.Sentences[q.Sentence].Paragraph
	for s := q.Sentence - 1; s >= 0 && doc.Sentences[s].Paragraph == para; s-- {
		ms := bySentence[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if governs(ms[k]) && !isAside(doc, ms[k]) {
				return ms[k].EDTF
			}
		}
	}
	return ""
}

// clauseBreak reports whether text between a date and a claim ends one
// clause and starts another: "In 1957 output fell; in 1958 it rose 20
// percent", "In 1958 the harvest was 200 million tons, but by 1960 ...".
func clauseBreak(between string) bool {
	if strings.ContainsAny(between, ";:") {
		return true
	}
	low := " " + strings.ToLower(foldSpace(between)) + " "
	for _, w := range []string{", but ", ", while ", ", whereas ", ", although ", ", though ", ", and then "} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// isBaseline reports whether a date is what something is compared with:
// "that of 1957", "than in 1957", "compared with 1957", "an increase over
// 1957".
func isBaseline(doc *Document, m *Mention) bool {
	before := strings.ToLower(foldSpace(sentenceBefore(doc, m)))
	for _, cue := range []string{"that of", "those of", "than", "than in", "than that of", "compared with",
		"compared to", "compared with that of", "as against", "over", "on", "against"} {
		if strings.HasSuffix(before, " "+cue) || before == cue {
			if cue == "over" || cue == "on" || cue == "against" {
				// "an increase over 1957", "a rise on 1957": only after a word of change
				if !endsWithChange(strings.TrimSuffix(before, " "+cue)) {
					continue
				}
			}
			return true
		}
	}
	return false
}

// endsWithChange reports whether text ends with a noun of change ("an
// increase", "a rise").
func endsWithChange(text string) bool {
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return false
	}
	switch strings.Trim(fields[len(fields)-1], ",.") {
	case "increase", "rise", "fall", "decline", "drop", "gain", "growth", "improvement", "decrease", "reduction":
		return true
	}
	return false
}

// sentenceEntities returns the canonical names of the entities among a
// sentence's mentions, in order of first mention.
func sentenceEntities(mentions []*Mention) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, m := range mentions {
		if m.EntityAttrs != nil && !seen[m.Canonical] {
			seen[m.Canonical] = true
			out = append(out, m.Canonical)
		}
	}
	return out
}
