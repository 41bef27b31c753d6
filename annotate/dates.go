package annotate

import (
	"strings"
	"unicode"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// resolveDates gives each relative date ("that year", "two years later",
// "15 March" with no year, "the next spring") its value, counted from the
// nearest preceding date of the narrative, and records that date as its
// anchor. shifts holds the shift of each relative date, by start offset.
//
//   - A date in parentheses is an aside ("born c. 100 BC"), a deadline in
//     mid-sentence ("passing Britain by 1972") a goal and a date compared
//     with ("exceeded that of 1957") a baseline: none moves the narrative,
//     so none is an anchor.
//   - When the nearest date is not precise enough ("the next day" after
//     "1941"), earlier dates of the same paragraph are tried.
//   - A resolved relative date is itself an anchor for the next one ("the
//     following year ... two years later").
//   - Dates that count from the time of writing ("today", "last year", "two
//     years ago") are resolved from the source's own date (its issued date)
//     if it has one; inside quotation marks they count from the narrative,
//     which is when the words were spoken.
//   - A decade named without its century ("the thirties") takes the century
//     of its anchor, or the twentieth when there is none.
//
// A date that cannot be resolved keeps an empty EDTF and says why in Reason.
// doc.Mentions may be those of one block of the source: anchors are then
// the last anchors of the blocks before it, and resolveDates returns them
// with those of the block added, for the next.
func resolveDates(doc *Document, shifts map[int]dates.Shift, anchors []*Mention) []*Mention {
	writing := doc.Source.Meta.Issued.String()
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.DateAttrs == nil {
			continue
		}
		if m.Relative {
			resolveDate(doc, m, shifts[m.Start], anchors, laterDate(doc, i), writing)
		}
		if isAnchor(doc, m) && !shifts[m.Start].Stretch {
			anchors = append(anchors, m) // a stretch ("the past decade") is no moment to count from
		}
	}
	return anchors
}

// laterDate returns the absolute date given at least to the month that
// follows the date mentions[i] closely in its sentence ("began on 1st July
// and ended on 18th November 1916"), or nil.
func laterDate(doc *Document, i int) *Mention {
	m := &doc.Mentions[i]
	for k := i + 1; k < len(doc.Mentions); k++ {
		n := &doc.Mentions[k]
		if n.Sentence != m.Sentence || n.Start-m.End > 80 {
			return nil
		}
		if n.DateAttrs == nil {
			continue
		}
		if n.Relative || n.Mod != "" || n.EDTF == "" || strings.Contains(n.EDTF, "/") || len(n.EDTF) < 7 || n.EDTF[0] == '-' {
			return nil
		}
		return n
	}
	return nil
}

// resolveDate resolves one relative date against the anchors before it, or
// a date without its year against the full date that closely follows it in
// its sentence (later).
func resolveDate(doc *Document, m *Mention, s dates.Shift, anchors []*Mention, later *Mention, writing string) {
	fallback := m.EDTF // "the thirties" reads 193X when nothing else tells
	m.EDTF, m.Earliest, m.Latest = "", "", ""
	set := func(edtf string, anchor *Mention) {
		m.EDTF = edtf
		m.Earliest, m.Latest = dates.Bounds(edtf, m.Mod)
		if anchor != nil {
			m.Anchor = anchor.ID
		}
	}
	sentence := doc.Sentences[m.Sentence].Text
	if s.Stretch && !s.Deictic && s.N > 0 && writing != "" && futureTense(sentence) {
		s.Deictic = true // "will be divided over the next 10 years": from the time of writing
	}
	if s.Fill != "" && s.N == 0 && s.Unit == "year" && later != nil &&
		(len(anchors) == 0 || anchors[len(anchors)-1].Sentence != m.Sentence) {
		// "began on 1st July and ended on 18th November 1916": the last
		// 1st July before the date that follows.
		back := s
		back.N = -1
		if edtf, ok := back.From(later.EDTF); ok {
			set(edtf, later)
			return
		}
	}
	if s.Deictic && inQuotes(doc, m) && writing != "" && !quoteDated(doc, m, anchors) {
		// Quoted words with no date of their own nearby ("'by this time
		// next year,' Rouse said") were spoken about when the source was
		// written.
		if edtf, ok := s.From(writing); ok {
			set(edtf, nil)
			m.Anchor = AnchorIssued
			return
		}
	}
	switch {
	case s.Vague:
		m.Reason = "vague: the text does not say how much earlier or later"
		return
	case s.Deictic && !inQuotes(doc, m):
		if writing == "" {
			m.Reason = "counts from the time of writing, and the source has no date"
			return
		}
		if edtf, ok := s.From(writing); ok {
			set(edtf, nil)
			m.Anchor = AnchorIssued // it counts from the source's issued date
			return
		}
		m.Reason = "cannot be counted from the source's date, " + writing
		return
	}
	// With no date in the narrative to count from, a date the source's own
	// date can complete ("in August", "on Friday") counts from it.
	fromIssued := func() bool {
		if writing == "" || inQuotes(doc, m) {
			return false
		}
		if _, weekday := lex.WeekdayNumbers[s.Unit]; weekday && s.N == 0 && pastTense(sentence) {
			if same, _ := s.From(writing); same != writing {
				s.N = -1 // "on Friday the minister visited": the Friday before (or the day itself)
			}
		}
		if edtf, ok := fillFromIssued(s, writing, sentence); ok {
			set(edtf, nil)
			m.Anchor = AnchorIssued
			return true
		}
		if edtf, ok := s.From(writing); ok {
			set(edtf, nil)
			m.Anchor = AnchorIssued
			return true
		}
		return false
	}
	if len(anchors) == 0 {
		if fromIssued() {
			return
		}
		if fallback != "" {
			set(fallback, nil)
			m.Relative = false
			return
		}
		m.Reason = "no earlier date in the text to resolve it from"
		return
	}
	nearest := anchors[len(anchors)-1]
	para := doc.Sentences[nearest.Sentence].Paragraph
	for k := len(anchors) - 1; k >= 0 && k >= len(anchors)-8; k-- {
		a := anchors[k]
		if doc.Sentences[a.Sentence].Paragraph != para {
			break
		}
		if edtf, ok := s.From(a.EDTF); ok {
			set(edtf, a)
			return
		}
	}
	if fallback != "" {
		set(fallback, nil)
		m.Relative = false
		return
	}
	m.Reason = "cannot be resolved from “" + nearest.Text + "”" + precisionNeeded(s)
}

// fillFromIssued gives a date named without its year ("in August", "on 15
// March") the year the tense of its sentence points to from the source's
// issued date: in a past-tense sentence the last such date that began by
// then ("In August the rains failed", written in March 2021: August 2020),
// in one about the future the first that has not ended ("In January the tax
// will rise", written in December 2020: January 2021). It leaves other
// sentences, and other shifts, to Shift.From.
func fillFromIssued(s dates.Shift, writing, sentence string) (string, bool) {
	if s.Fill == "" || s.N != 0 || s.Unit != "year" || strings.Contains(s.Fill, "/") {
		return "", false
	}
	past, future := pastTense(sentence), futureTense(sentence)
	if past == future {
		return "", false
	}
	y, ok := dates.EDTFYear(writing)
	if !ok {
		return "", false
	}
	day, _ := dates.Bounds(writing, "")
	var pick string
	for _, yy := range []int{y - 1, y, y + 1} {
		edtf, ok := s.From(dates.YearEDTF(yy))
		if !ok {
			continue
		}
		first, last := dates.Bounds(edtf, "")
		switch {
		case past && first <= day:
			pick = edtf // the latest that began by the time of writing
		case future && last >= day && pick == "":
			pick = edtf // the first that has not yet ended
		}
	}
	return pick, pick != ""
}

// quoteDated reports whether quoted words are set in the narrative's time:
// the nearest date before them is in their sentence or the one before it
// ("In 1958 Mao declared: 'This year we shall double steel.'").
func quoteDated(doc *Document, m *Mention, anchors []*Mention) bool {
	if len(anchors) == 0 {
		return false
	}
	return m.Sentence-anchors[len(anchors)-1].Sentence <= 1
}

// precisionNeeded says what an anchor lacked for a shift, if that is why it
// failed.
func precisionNeeded(s dates.Shift) string {
	switch s.Unit {
	case "day", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		if s.Fill == "" {
			return ": it needs an earlier date given to the day"
		}
	case "month":
		if s.Fill == "" {
			return ": it needs an earlier date given to the month"
		}
	case "year":
		if s.Fill == "" {
			return ": it needs an earlier date within one year"
		}
	}
	return ""
}

// isAnchor reports whether a date can anchor later relative dates: it has a
// value of its own time (not one counted from the time of writing), and it
// is neither an aside, a deadline (in mid-sentence, or relative: "within a
// decade"), a baseline nor an open stretch of time ("1958 to the present").
func isAnchor(doc *Document, m *Mention) bool {
	if m.EDTF == "" || strings.Contains(m.EDTF, "..") || m.Relative && (m.Anchor == "" || m.Anchor == AnchorIssued) {
		return false
	}
	if isAside(doc, m) || isBaseline(doc, m) {
		return false
	}
	switch m.Mod {
	case "by", "until", "before":
		// A deadline, unless it opens the sentence ("By 1959 the economy had
		// failed"); a relative one ("within a decade") never marks a moment.
		return !m.Relative && strings.TrimSpace(sentenceBefore(doc, m)) == ""
	case "since":
		// "the slowest growth since the 1930s", "the first time since
		// 1984": the record's baseline, not a moment of the narrative.
		return !recordSince(sentenceBefore(doc, m))
	}
	return true
}

// recordSince reports whether the words before a "since" date make it the
// baseline of a record: a superlative or "first", "record" among the last
// six words ("its fastest rate since", "the first time since").
func recordSince(before string) bool {
	words := strings.FieldsFunc(strings.ToLower(before), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		w := words[k]
		switch {
		case w == "most" || w == "least" || w == "first" || w == "record" || w == "best" || w == "worst":
			return true
		case len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w]:
			return true
		}
	}
	return false
}

// notSuperlative are words that end in -est and are no superlatives.
var notSuperlative = map[string]bool{"interest": true, "harvest": true, "protest": true, "request": true,
	"conquest": true, "forest": true, "contest": true, "arrest": true, "unrest": true, "manifest": true,
	"honest": true, "modest": true, "suggest": true, "invest": true, "digest": true, "quest": true, "inquest": true}

// sentenceBefore returns the text of m's sentence before m.
func sentenceBefore(doc *Document, m *Mention) string {
	s := doc.Sentences[m.Sentence]
	return doc.Source.Text[s.Start:m.Start]
}

// isAside reports whether a mention stands in parentheses ("Mao Zedong
// (1893–1976)").
func isAside(doc *Document, m *Mention) bool {
	before := sentenceBefore(doc, m)
	return strings.Count(before, "(") > strings.Count(before, ")")
}

// inQuotes reports whether a mention stands inside quotation marks.
func inQuotes(doc *Document, m *Mention) bool {
	before := sentenceBefore(doc, m)
	if strings.Count(before, "“") > strings.Count(before, "”") {
		return true
	}
	return strings.Count(before, "\"")%2 == 1
}

// pastTense reports whether a sentence tells of the past: a verb in the
// past tense ("visited", "was", "said") and no future ("will", "shall").
// It settles which Friday "on Friday" means in a dated source: the one
// before its date in past-tense narration, else the one after.
func pastTense(sentence string) bool {
	past := false
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		switch {
		case futureWords[w]:
			return false
		case pastWords[w], len(w) > 4 && strings.HasSuffix(w, "ed") && !notPastED[w]:
			past = true
		}
	}
	return past
}

// futureTense reports whether a sentence speaks of the future: "will",
// "shall", "won't", "we'll", "may", "might".
func futureTense(sentence string) bool {
	for _, word := range strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		w := strings.ToLower(word)
		switch {
		case word == "may" || w == "might": // "May" is a month
			return true
		case w == "will" || w == "shall" || w == "won't" || w == "won’t",
			strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll"):
			return true
		}
	}
	return false
}

var (
	futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "tomorrow": true, "next": true, "'ll": true}
	pastWords   = map[string]bool{"was": true, "were": true, "had": true, "did": true, "said": true, "went": true, "came": true,
		"met": true, "made": true, "took": true, "gave": true, "told": true, "saw": true, "spoke": true, "wrote": true,
		"left": true, "held": true, "began": true, "became": true, "sent": true, "fell": true, "rose": true, "won": true,
		"lost": true, "found": true, "brought": true, "thought": true, "ago": true, "yesterday": true, "last": true}
	notPastED = map[string]bool{"need": true, "speed": true, "seed": true, "breed": true, "indeed": true, "hundred": true,
		"red": true, "bed": true, "shed": true, "feed": true, "proceed": true, "exceed": true, "succeed": true}
)
