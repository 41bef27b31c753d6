package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
)

// Kind says what sort of unit of text a Sentence is.
type Kind string

// The kinds of unit Sentences finds.
const (
	KindSentence Kind = "sentence"  // a sentence of running prose
	KindHeading  Kind = "heading"   // a title or section heading
	KindCaption  Kind = "caption"   // a short line standing alone, such as a picture caption
	KindListItem Kind = "list-item" // an item of a bulleted or numbered list
)

// Sentence is one unit of a text: a sentence of prose, or a heading, caption
// or list item standing on its own line. Paragraph counts the blocks of text
// separated by blank lines, from 0.
type Sentence struct {
	lex.Span
	Paragraph int
	Kind      Kind
}

// MaxSentenceLen is the longest span, in bytes, that Sentences returns as one
// sentence. Longer runs of text without a sentence end (a table dumped on one
// line, say) are cut at a clause or word boundary, so that later stages never
// see an unbounded unit.
const MaxSentenceLen = 4000

// Sentences splits text into paragraphs and sentences. Blocks separated by
// blank lines are paragraphs. A block whose lines are all short and lack final
// punctuation (a title, doubled picture captions, a heading) gives one unit
// per line; markdown headings and list items are units of their own; the rest
// is prose, split at sentence ends that are not abbreviations ("U.S.", "Gen.",
// "c.") or initials. Units are in text order and do not overlap.
func Sentences(text string) []Sentence {
	var out []Sentence
	lines := lineSpans(text)
	paragraph := 0
	for i := 0; i < len(lines); {
		if isBlank(text, lines[i]) {
			i++
			continue
		}
		j := i
		for j < len(lines) && !isBlank(text, lines[j]) {
			j++
		}
		out = appendBlock(out, text, lines[i:j], paragraph)
		paragraph++
		i = j
	}
	return out
}

// blockLine is one line of a block with its markup recognised.
type blockLine struct {
	lex.Span      // the content, without markers and surrounding space
	kind     Kind // KindHeading or KindListItem when a marker says so, else ""
}

func appendBlock(out []Sentence, text string, lines []lex.Span, paragraph int) []Sentence {
	bl := make([]blockLine, len(lines))
	allStandalone := true
	for i, l := range lines {
		bl[i] = parseLine(text, l)
		if bl[i].kind == "" && !standalone(text, bl[i].Span) {
			allStandalone = false
		}
	}
	if allStandalone {
		for i, l := range bl {
			if l.Len() == 0 {
				continue
			}
			kind := l.kind
			if kind == "" {
				kind = standaloneKind(text, bl, i, paragraph)
			}
			// A marked line (a heading, a list item) may be of any length;
			// it is cut like prose when it passes MaxSentenceLen.
			for _, s := range appendSentence(nil, text, l.Span) {
				out = append(out, Sentence{Span: s, Paragraph: paragraph, Kind: kind})
			}
		}
		return out
	}
	// Prose, possibly with list items and headings inside the block. Each
	// marker line starts a unit; lines without a marker continue the unit
	// before them (wrapped prose, wrapped list items).
	for i := 0; i < len(bl); {
		kind := bl[i].kind
		start, end := bl[i].Start, bl[i].End
		j := i + 1
		if kind != KindHeading {
			for j < len(bl) && bl[j].kind == "" {
				end = bl[j].End
				j++
			}
		}
		if kind == "" {
			kind = KindSentence
		}
		for _, s := range splitSentences(text, lex.Span{Start: start, End: end}) {
			out = append(out, Sentence{Span: s, Paragraph: paragraph, Kind: kind})
		}
		i = j
	}
	return out
}

// standaloneKind decides whether a line that stands alone is a heading or a
// caption. The first line of a text is its title. A line repeated next to
// itself (as scraped picture captions are) or written in sentence case is a
// caption; a short line in title case is a heading.
func standaloneKind(text string, bl []blockLine, i, paragraph int) Kind {
	if paragraph == 0 && i == 0 {
		return KindHeading
	}
	line := bl[i].Text(text)
	if (i > 0 && bl[i-1].Text(text) == line) || (i+1 < len(bl) && bl[i+1].Text(text) == line) {
		return KindCaption
	}
	if len(bl) == 1 && titleCase(line) {
		return KindHeading
	}
	return KindCaption
}

// titleCase reports whether most words of line longer than three letters
// begin with a capital, and there are at most eight words.
func titleCase(line string) bool {
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	long, capital := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			capital++
		}
	}
	if long == 0 {
		r, _ := utf8.DecodeRuneInString(words[0])
		return unicode.IsUpper(r)
	}
	return capital*2 > long
}

// parseLine trims a line and recognises a markdown heading or list marker.
func parseLine(text string, l lex.Span) blockLine {
	l = trimSpan(text, l)
	s := l.Text(text)
	switch {
	case strings.HasPrefix(s, "#"):
		n := 0
		for n < len(s) && n < 7 && s[n] == '#' {
			n++
		}
		if n <= 6 && n < len(s) && (s[n] == ' ' || s[n] == '\t') {
			return blockLine{trimSpan(text, lex.Span{Start: l.Start + n, End: l.End}), KindHeading}
		}
	case len(s) >= 2 && strings.ContainsRune("-*+", rune(s[0])) && (s[1] == ' ' || s[1] == '\t'):
		return blockLine{trimSpan(text, lex.Span{Start: l.Start + 1, End: l.End}), KindListItem}
	case strings.HasPrefix(s, "•"):
		return blockLine{trimSpan(text, lex.Span{Start: l.Start + len("•"), End: l.End}), KindListItem}
	default:
		n := 0
		for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n > 0 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && (s[n+1] == ' ' || s[n+1] == '\t') {
			return blockLine{trimSpan(text, lex.Span{Start: l.Start + n + 1, End: l.End}), KindListItem}
		}
	}
	return blockLine{Span: l}
}

// standalone reports whether a line is short and lacks final punctuation, so
// that it cannot be part of running prose.
func standalone(text string, l lex.Span) bool {
	s := l.Text(text)
	if s == "" {
		return true
	}
	if utf8.RuneCountInString(s) > 120 || len(strings.Fields(s)) > 15 {
		return false
	}
	s = strings.TrimRight(s, closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;…,", r)
}

// closers are the characters that may follow a sentence's final stop and
// still belong to the sentence.
const closers = "\"'”’)]»"

// openers are the characters that may come before a sentence's first letter.
const openers = "\"'“‘([«"

// splitSentences splits a span of prose at sentence ends.
func splitSentences(text string, span lex.Span) []lex.Span {
	var out []lex.Span
	start := span.Start
	for i := span.Start; i < span.End; {
		r, size := utf8.DecodeRuneInString(text[i:span.End])
		if !isTerminal(r) {
			i += size
			continue
		}
		// The stop runs over further stops and closing quotes or brackets.
		j := i + size
		for j < span.End {
			r2, s2 := utf8.DecodeRuneInString(text[j:span.End])
			if !isTerminal(r2) && !strings.ContainsRune(closers, r2) {
				break
			}
			j += s2
		}
		// A footnote or reference marker after the stop belongs to the
		// sentence: "6.5 million.[2] In", "in 1921.[note 3] The",
		// "famine.12 The", "deaths.³ Later".
		j = markersEnd(text, span, i, j)
		if j < span.End && isSentenceEnd(text, span, start, i, j) {
			out = appendSentence(out, text, lex.Span{Start: start, End: j})
			start = j
		}
		i = j
	}
	return appendSentence(out, text, lex.Span{Start: start, End: span.End})
}

// appendSentence trims a sentence span and appends it, cutting spans longer
// than MaxSentenceLen.
func appendSentence(out []lex.Span, text string, s lex.Span) []lex.Span {
	s = trimSpan(text, s)
	for s.Len() > MaxSentenceLen {
		cut := cutPoint(text, s)
		out = append(out, trimSpan(text, lex.Span{Start: s.Start, End: cut}))
		s = trimSpan(text, lex.Span{Start: cut, End: s.End})
	}
	if s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// cutPoint finds where to cut an over-long span: after the last "; " or ", "
// before the limit, else after the last space, else at a rune boundary.
func cutPoint(text string, s lex.Span) int {
	limit := s.Start + MaxSentenceLen
	window := text[s.Start:limit]
	for _, sep := range []string{"; ", ", ", " "} {
		if k := strings.LastIndex(window, sep); k > MaxSentenceLen/2 {
			return s.Start + k + len(sep)
		}
	}
	for limit > s.Start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// markersEnd returns the end of the footnote or reference markers that
// follow the stop text[stop:after], or after when there are none: markers
// in brackets ("[2]", "[note 3]", "[a]", "[citation needed]"), superscript
// digits ("³", "¹²"), and, after a word (not after a number, where they
// would be its decimals), one to three digits before a space ("famine.12
// The").
func markersEnd(text string, span lex.Span, stop, after int) int {
	j := after
	for j < span.End {
		if k := bracketMarker(text[j:span.End]); k > 0 {
			j += k
			continue
		}
		if k := superscripts(text[j:span.End]); k > 0 {
			j += k
			continue
		}
		break
	}
	if j == after && stop > span.Start && unicode.IsLetter(lex.LastRune(text[span.Start:stop])) {
		k := j
		for k < span.End && k-j < 4 && text[k] >= '0' && text[k] <= '9' {
			k++
		}
		if k > j && k-j <= 3 && k < span.End {
			if r, _ := utf8.DecodeRuneInString(text[k:span.End]); unicode.IsSpace(r) {
				j = k
			}
		}
	}
	// Closing quotes or brackets may follow the markers too.
	for j > after && j < span.End && strings.ContainsRune(closers, rune(text[j])) {
		j++
	}
	return j
}

// bracketMarker returns the length of a reference marker in square
// brackets at the start of s ("[12]", "[note 3]", "[a]", "[citation
// needed]", "[12, 13]"), or 0.
func bracketMarker(s string) int {
	if len(s) < 3 || s[0] != '[' {
		return 0
	}
	end := strings.IndexByte(s[:min(len(s), 24)], ']')
	if end < 2 {
		return 0
	}
	inner := s[1:end]
	digits, letters := 0, 0
	for _, r := range inner {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		case r == ' ' || r == ',' || r == '-' || r == '–' || r == ':':
		default:
			return 0
		}
	}
	lower := strings.ToLower(inner)
	if digits > 0 || letters <= 2 || strings.HasPrefix(lower, "note") || strings.HasPrefix(lower, "citation") ||
		lower == "sic" || strings.HasPrefix(lower, "clarification") || strings.HasPrefix(lower, "who") {
		return end + 1
	}
	return 0
}

// superscripts returns the length of the superscript digits at the start of
// s.
func superscripts(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) {
			break
		}
		n += size
	}
	return n
}

// isSentenceEnd decides whether the stop text[stop:after] ends a sentence
// that started at start.
func isSentenceEnd(text string, span lex.Span, start, stop, after int) bool {
	r, _ := utf8.DecodeRuneInString(text[after:])
	if !unicode.IsSpace(r) {
		return false
	}
	next := nextWord(text, span, after)
	if next == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if text[stop] != '.' || strings.ContainsAny(text[stop:after], "!?…") {
		return true
	}
	word := wordBefore(text, start, stop)
	lower := strings.ToLower(word)
	switch {
	case abbreviations[lower]:
		return false
	case oldReference(text, start, stop, word, next):
		return false
	case len(word) == 1 && unicode.IsUpper(rune(word[0])):
		return false // an initial: "J. Smith"
	case strings.Contains(word, "."):
		// "U.S", "e.g": an end only when a usual sentence opener follows.
		return sentenceOpeners[next]
	}
	return true
}

// wordBefore returns the word that ends at stop, including inner dots
// ("U.S" for "U.S.").
func wordBefore(text string, start, stop int) string {
	i := stop
	for i > start {
		r, size := utf8.DecodeLastRuneInString(text[start:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return strings.Trim(text[i:stop], ".")
}

// nextWord returns the word that starts after position i, skipping space
// and opening quotes or brackets.
func nextWord(text string, span lex.Span, i int) string {
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:span.End])
		if !unicode.IsSpace(r) && !strings.ContainsRune(openers, r) {
			break
		}
		i += size
	}
	j := i
	for j < span.End {
		r, size := utf8.DecodeRuneInString(text[j:span.End])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// abbreviations never end a sentence when followed by a capital, in lower
// case: the abbreviations that keep their full stop inside a name (titles
// such as "Gen." and "Pvt.", "St.": see nameAbbreviations), abbreviated
// months, "c." and "ca." before dates, and references.
var abbreviations = func() map[string]bool {
	m := lex.SetOf("sir",
		"c", "ca", "cf", "vs", "viz", "no", "nos", "vol", "vols", "p", "pp", "ch",
		"chap", "fig", "figs", "ed", "eds", "trans", "approx", "est", "op", "cit",
		"ibid", "al", "corp", "inc", "ltd", "co", "bros", "dept", "univ", "assn",
		"lib", "cap", "capp", "fol", "fols", "ib", "id", "sect", "bk", "ll", "vv", "cc", "pag",
	)
	for w := range lex.NameAbbreviations {
		m[strings.ToLower(w)] = true
	}
	return lex.WithWords(m, lex.MonthAbbreviations)
}()

// sentenceOpeners are words that, after a dotted abbreviation such as
// "U.S.", show that a new sentence begins.
var sentenceOpeners = lex.SetOf(
	"The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "This",
	"That", "These", "Those", "There", "But", "However", "Yet", "And", "On",
	"At", "After", "Before", "When", "While", "His", "Her", "Its", "Their",
	"Our", "By", "For", "As", "Although", "Despite", "Meanwhile", "Then",
)

// lineSpans returns the span of every line, without its line end.
func lineSpans(text string) []lex.Span {
	var out []lex.Span
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, lex.Span{Start: start, End: i})
			start = i + 1
		case '\r':
			out = append(out, lex.Span{Start: start, End: i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, lex.Span{Start: start, End: len(text)})
	}
	return out
}

func isBlank(text string, l lex.Span) bool {
	return strings.TrimFunc(l.Text(text), unicode.IsSpace) == ""
}

// trimSpan narrows s to leave out white space at either end.
func trimSpan(text string, s lex.Span) lex.Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		s.End -= size
	}
	return s
}
