package annotate

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/quantities"
	"github.com/factsheet/factsheet/extract/tagging"
)

// claims makes one claim of every quantity mention, in text order. tokens
// holds the tagged tokens of each sentence. What every claim of a sentence
// shares (its quote, citation and entities) is made once per sentence.
func claims(doc *Document, tokens [][]tagging.Token, style string) []Claim {
	out := []Claim{}
	bySentence := mentionsBySentence(doc)
	dates := newGoverning(doc, bySentence)
	type shared struct {
		quote, citation string
		entities        []string
	}
	perSentence := map[int]*shared{}
	numbers := SentenceNumbers(doc.Sentences) // counted once: counting back per claim is quadratic in a long paragraph
	occurrence := map[[2]string]int{}         // (sentence index, mention text) → count so far
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.QuantityAttrs == nil {
			continue
		}
		s := doc.Sentences[m.Sentence]
		sh := perSentence[s.Index]
		if sh == nil {
			sh = &shared{lex.FoldSpace(s.Text), Cite(doc.Source.Meta, style, locOfNumbered(s, numbers[s.Index])), sentenceEntities(bySentence[s.Index])}
			perSentence[s.Index] = sh
		}
		key := [2]string{strconv.Itoa(s.Index), m.Text}
		occurrence[key]++
		out = append(out, Claim{
			ID:       ClaimID(doc.Source.ID, s.Text, m.Text, occurrence[key]),
			Mention:  m.ID,
			Sentence: s.Index,
			Subject:  quantities.Subject(doc.Source.Text, tokens[s.Index], quantityOf(m)),
			When:     dates.of(m),
			Entities: sh.entities,
			Citation: sh.citation,
			Quote:    sh.quote,
		})
	}
	return out
}

// ClaimID is the stable id of a claim: "C" and the first 10 hex digits of
// the SHA-256 of the source id, the sentence text and the mention text (each
// with runs of white space folded to one space, so that re-wrapping a line
// or saving the file with other line ends keeps the id), and the occurrence
// number of that text among the sentence's quantities (1 for the first),
// joined by NUL bytes. Editing one sentence leaves the ids of claims
// elsewhere unchanged.
func ClaimID(sourceID, sentence, mention string, occurrence int) string {
	h := sha256.New()
	h.Write([]byte(sourceID))
	h.Write([]byte{0})
	h.Write([]byte(lex.FoldSpace(sentence)))
	h.Write([]byte{0})
	h.Write([]byte(lex.FoldSpace(mention)))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(occurrence)))
	return "C" + hex.EncodeToString(h.Sum(nil))[:10]
}

// quantityOf turns a quantity mention back into the extractor's form, for
// quantities.Subject.
func quantityOf(m *Mention) quantities.Quantity {
	return quantities.Quantity{
		Span:  lex.Span{Start: m.Start, End: m.End},
		Value: m.Value, High: m.High, Kind: m.Kind, Unit: m.Unit,
		Surface: m.SurfaceUnit, Qualifier: m.Qualifier, Vague: m.Vague, Change: m.Change, Duration: m.Duration,
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

// governing finds the date that governs each claim. Whether a date can
// govern, and whether it stands in an aside, is decided once per date; the
// last date of each sentence that can govern later sentences is carried
// through its paragraph, so that a long paragraph is not searched again for
// every claim.
type governing struct {
	text       string
	bySentence [][]*Mention
	governs    map[*Mention]bool // a date with a value that is no baseline of a comparison
	aside      map[*Mention]bool // in parentheses
	carried    []*Mention        // per sentence: the last governing date of an earlier sentence of its paragraph
	breaks     map[int][][]int   // per sentence, found when first needed: the clause breaks in it
	sentences  []Sentence
}

func newGoverning(doc *Document, bySentence [][]*Mention) *governing {
	g := &governing{text: doc.Source.Text, bySentence: bySentence, sentences: doc.Sentences,
		governs: map[*Mention]bool{}, aside: map[*Mention]bool{}, carried: make([]*Mention, len(doc.Sentences)),
		breaks: map[int][][]int{}}
	for _, ms := range bySentence {
		for _, m := range ms {
			if m.QuantityAttrs != nil || m.DateAttrs != nil {
				g.aside[m] = isAside(doc, m)
			}
			if m.DateAttrs != nil {
				g.governs[m] = m.EDTF != "" && !isBaseline(doc, m)
			}
		}
	}
	var carry *Mention
	for i, s := range doc.Sentences {
		if i > 0 && doc.Sentences[i-1].Paragraph != s.Paragraph {
			carry = nil
		}
		g.carried[i] = carry
		for _, m := range bySentence[i] {
			if g.governs[m] && !g.aside[m] {
				carry = m
			}
		}
	}
	return g
}

// of returns the EDTF value of the date that governs a claim: a date of its
// own clause (the nearest before it, else the nearest after), else of its
// own sentence, else the last date of an earlier sentence of its paragraph.
// Dates that are compared with ("exceeded that of 1957"), asides in
// parentheses ("Mao (1893–1976)", unless the claim is in the aside too) and
// dates without a value do not govern.
func (g *governing) of(q *Mention) string {
	var pick [4]*Mention // same clause before, same clause after, other clause before, other clause after
	for _, m := range g.bySentence[q.Sentence] {
		if !g.governs[m] || (g.aside[m] && !g.aside[q]) {
			continue
		}
		var from, to int
		if m.End <= q.Start {
			from, to = m.End, q.Start
		} else if m.Start >= q.End {
			from, to = q.End, m.Start
		} else {
			continue
		}
		k := 0
		if g.clauseBreak(q.Sentence, from, to) {
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
	if m := g.carried[q.Sentence]; m != nil {
		return m.EDTF
	}
	return ""
}

// clauseBreakRE matches what ends one clause and starts another: "In 1957
// output fell; in 1958 it rose 20 percent", "In 1958 the harvest was 200
// million tons, but by 1960 ...".
var clauseBreakRE = regexp.MustCompile(`(?i)[;:]|,\s+(?:but|while|whereas|although|though|and\s+then)\s`)

// clauseBreak reports whether a clause break lies wholly within [from, to)
// of a sentence. The breaks of a sentence are found once.
func (g *governing) clauseBreak(sentence, from, to int) bool {
	breaks, ok := g.breaks[sentence]
	if !ok {
		s := g.sentences[sentence]
		for _, m := range clauseBreakRE.FindAllStringIndex(g.text[s.Start:s.End], -1) {
			breaks = append(breaks, []int{s.Start + m[0], s.Start + m[1]})
		}
		g.breaks[sentence] = breaks
	}
	i := sort.Search(len(breaks), func(i int) bool { return breaks[i][0] >= from })
	return i < len(breaks) && breaks[i][1] <= to
}

// isBaseline reports whether a date is what something is compared with:
// "that of 1957", "than in 1957", "compared with 1957", "an increase over
// 1957".
func isBaseline(doc *Document, m *Mention) bool {
	before := sentenceBefore(doc, m)
	if len(before) > 64 {
		before = before[len(before)-64:] // the cues are a few words long
	}
	before = strings.ToLower(lex.FoldSpace(before))
	for _, cue := range []string{"that of", "those of", "than", "than in", "than that of", "compared with",
		"compared to", "compared with that of", "as against", "over", "on", "against"} {
		if strings.HasSuffix(" "+before, " "+cue) {
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
