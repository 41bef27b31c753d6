package annotate

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/attribution"
	"github.com/factsheet/factsheet/extract/comparisons"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/quantities"
	"github.com/factsheet/factsheet/extract/tagging"
)

// claims makes one claim of every quantity mention and of every
// superlative or comparison without a number, in text order. What every
// claim of a sentence shares (its quote, citation, entities, words and
// tagged tokens) is made once, when its first claim is, and let go after
// its last, so that a long source never holds them for all its sentences.
// It reads the sentences [from, to) of doc.Sentences, whole paragraphs,
// and doc.Mentions holds the mentions of those sentences.
func claims(doc *Document, from, to int, model *tagging.Model, style string) []Claim {
	out := []Claim{}
	starts := []int{} // each claim's start offset, to put them in text order
	bySentence := mentionsBySentence(doc, from, to)
	dates := newGoverning(doc, from, to, bySentence)
	type shared struct {
		quote, citation string
		entities        []string
		words           []lex.Word
		tokens          []tagging.Token // made when a quantity's subject needs them
	}
	comparing := make([]bool, to-from)                 // a superlative or comparison in the sentence
	numbers := SentenceNumbers(doc.Sentences[from:to]) // counted once: counting back per claim is quadratic in a long paragraph
	var current *shared
	sentenceOf := func(i int) *shared {
		if current == nil {
			s := doc.Sentences[i]
			current = &shared{quote: lex.FoldSpace(s.Text), citation: Cite(doc.Source.Meta, style, locOfNumbered(s, numbers[s.Index-from])),
				entities: sentenceEntities(bySentence[s.Index-from]), words: lex.Words(s.Text)}
		}
		return current
	}
	occurrence := map[[2]string]int{} // (sentence index, claim text) → count so far
	add := func(s Sentence, sh *shared, c Claim, span lex.Span) {
		key := [2]string{strconv.Itoa(s.Index), c.Text}
		occurrence[key]++
		c.ID = ClaimID(doc.Source.ID, s.Text, c.Text, occurrence[key])
		c.Sentence, c.Entities, c.Citation, c.Quote = s.Index, sh.entities, sh.citation, sh.quote
		c.Start, c.End = span.Start, span.End
		local := lex.Span{Start: span.Start - s.Start, End: span.End - s.Start}
		c.Attribution, c.Stance = attributionOf(doc, bySentence[s.Index-from], s, sh.words, local)
		out = append(out, c)
		starts = append(starts, span.Start)
	}
	for i := from; i < to; i++ {
		s := doc.Sentences[i]
		current = nil
		var sh *shared
		var quantitySpans []lex.Span
		for _, m := range bySentence[i-from] {
			if m.QuantityAttrs == nil {
				continue
			}
			sh = sentenceOf(i)
			if sh.tokens == nil {
				sh.tokens = model.Tags(doc.Source.Text, []lex.Span{{Start: s.Start, End: s.End}})
			}
			quantitySpans = append(quantitySpans, lex.Span{Start: m.Start, End: m.End})
			add(s, sh, Claim{
				Mention: MentionRef(m.ID),
				Kind:    m.Kind,
				Text:    m.Text,
				Subject: quantities.Subject(doc.Source.Text, sh.tokens, quantityOf(m)),
				When:    dates.of(m),
			}, lex.Span{Start: m.Start, End: m.End})
		}
		if !mayCompare(s.Text) {
			continue
		}
		if sh == nil {
			sh = sentenceOf(i)
		}
		for _, cmp := range comparisons.Comparisons(sh.words) {
			span := lex.Span{Start: cmp.Start + s.Start, End: cmp.End + s.Start}
			if overlapsAny(span, quantitySpans) {
				continue
			}
			comparing[i-from] = true
			add(s, sh, Claim{
				Kind:    KindComparison,
				Text:    span.Text(doc.Source.Text),
				Subject: cmp.Kind,
				When:    dates.of(&Mention{Sentence: s.Index, Start: span.Start, End: span.End}),
			}, span)
		}
	}
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return starts[order[a]] < starts[order[b]] })
	sorted := make([]Claim, len(out))
	for i, k := range order {
		sorted[i] = out[k]
		c := &sorted[i]
		c.Priority, c.PriorityReasons = Priority(c, doc.MentionOf(c), comparing[c.Sentence-from])
	}
	return sorted
}

// mayCompare reports whether a sentence may hold a superlative or a
// comparison, so that most sentences are passed over without being split
// into words again.
func mayCompare(s string) bool {
	for _, cue := range []string{"est", "than", "most", "least", "overt", "surpass", "outstrip", "outp", "catch", "caught", "pass"} {
		if strings.Contains(s, cue) {
			return true
		}
	}
	return false
}

func overlapsAny(s lex.Span, spans []lex.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// attributionOf finds who asserts the claim at span local of sentence s
// (offsets into the sentence, as are those of words), and names the party's
// entity when one of the sentence's entity mentions lies in it.
func attributionOf(doc *Document, mentions []*Mention, s Sentence, words []lex.Word, local lex.Span) (*Attribution, string) {
	a := attribution.Of(words, local)
	if a.Verb == "" && !a.HasParty() {
		return nil, a.Stance
	}
	out := &Attribution{Verb: a.Verb}
	if a.HasParty() {
		party := lex.Span{Start: a.Party.Start + s.Start, End: a.Party.End + s.Start}
		out.Party = party.Text(doc.Source.Text)
		out.Canonical = partyEntity(doc.Source.Text, party, mentions)
		if out.Canonical == "" && (strings.EqualFold(out.Party, "he") || strings.EqualFold(out.Party, "she")) {
			out.Canonical = antecedent(doc, s)
		}
		if (strings.EqualFold(out.Party, "we") || out.Party == "I") && a.Stance == StanceReported {
			// The authors speak: "We estimate that 128 million people
			// died" is the text's own claim, with its verb kept.
			return out, StanceAsserted
		}
	}
	return out, a.Stance
}

// partyEntity is the canonical name of the entity a party is: the last
// person named in it ("Secretary of State Dean Acheson"), or a name that is
// its head, with nothing but a determiner or title before it and no
// preposition or possessive after ("the United Nations"; not "The Health
// Ministry in Belarus", "Tanzania's minister"); "" when there is none.
func partyEntity(text string, party lex.Span, mentions []*Mention) string {
	name := ""
	for _, m := range mentions {
		span := lex.Span{Start: m.Start, End: m.End}
		if m.EntityAttrs == nil || !party.Contains(span) {
			continue
		}
		if m.Label == "PERSON" {
			name = m.Canonical
			continue
		}
		if span.End != party.End {
			continue
		}
		before := strings.Fields(strings.ToLower(text[party.Start:span.Start]))
		head := true
		for _, w := range before {
			if w != "the" && w != "a" && w != "an" {
				head = false
			}
		}
		if head {
			name = m.Canonical
		}
	}
	return name
}

// antecedent is the canonical name of the person "he" or "she" at the start
// of sentence s most likely stands for: the last person named in the
// sentence before it or the one before that, in its paragraph; "" when
// there is none.
func antecedent(doc *Document, s Sentence) string {
	for i := len(doc.Mentions) - 1; i >= 0; i-- {
		m := &doc.Mentions[i]
		if m.Sentence >= s.Index {
			continue
		}
		if m.Sentence < s.Index-2 || doc.Sentences[m.Sentence].Paragraph != s.Paragraph {
			break
		}
		if m.EntityAttrs != nil && m.Label == "PERSON" {
			return m.Canonical
		}
	}
	return ""
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
		Surface: m.SurfaceUnit, Qualifier: m.Qualifier, Vague: m.Vague,
	}
}

// mentionsBySentence groups the mentions (which are in text order) by the
// sentence that holds them: out[i-from] for sentence i in [from, to).
func mentionsBySentence(doc *Document, from, to int) [][]*Mention {
	out := make([][]*Mention, to-from)
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		out[m.Sentence-from] = append(out[m.Sentence-from], m)
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
	from       int // the first sentence read: bySentence and carried count from it
	bySentence [][]*Mention
	governs    map[*Mention]bool // a date with a value that is no baseline of a comparison
	aside      map[*Mention]bool // in parentheses
	carried    []*Mention        // per sentence: the last governing date of an earlier sentence of its paragraph
	breaks     map[int][][]int   // per sentence, found when first needed: the clause breaks in it
	sentences  []Sentence
}

// newGoverning reads the sentences [from, to) of doc, whole paragraphs, and
// their mentions (bySentence, from mentionsBySentence).
func newGoverning(doc *Document, from, to int, bySentence [][]*Mention) *governing {
	g := &governing{text: doc.Source.Text, from: from, bySentence: bySentence, sentences: doc.Sentences,
		governs: map[*Mention]bool{}, aside: map[*Mention]bool{}, carried: make([]*Mention, to-from),
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
	for i := from; i < to; i++ {
		if i > from && doc.Sentences[i-1].Paragraph != doc.Sentences[i].Paragraph {
			carry = nil
		}
		g.carried[i-from] = carry
		for _, m := range bySentence[i-from] {
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
	for _, m := range g.bySentence[q.Sentence-g.from] {
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
	if m := g.carried[q.Sentence-g.from]; m != nil {
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
	padded := " " + before
	for _, cue := range baselineCues {
		if strings.HasSuffix(padded, cue) {
			cue = cue[1:]
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

// baselineCues are the words before a baseline date, each after a space.
var baselineCues = []string{" that of", " those of", " than", " than in", " than that of", " compared with",
	" compared to", " compared with that of", " as against", " over", " on", " against"}

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
