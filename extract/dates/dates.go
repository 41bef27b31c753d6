package dates

import (
	"strings"
	"sync"

	"github.com/factsheet/factsheet/extract/lex"
)

// Date is a date expression found in a text, normalised to EDTF (the Library
// of Congress Extended Date/Time Format; see edtf.go for the forms). Mod
// narrows or bounds the value: early, mid, late, start, end (a part of it),
// by, before, after, until, since (an open side). A relative expression
// ("that year", "two years later", "15 March" with no year) has a Shift and
// no EDTF until it is resolved against an earlier date (see Shift.From);
// a decade named without its century ("the fifties") has both, the EDTF
// being the twentieth-century reading to use when nothing else tells.
type Date struct {
	lex.Span
	EDTF  string
	Mod   string
	Shift *Shift
	// Calendar is "julian" for a date the text gives in the Julian
	// calendar after the Gregorian reform of 1582 (Old Style: "11 Feb.
	// 1731/2", "5 November 1688 (O.S.)", a regnal year of James I), and
	// empty otherwise. EDTF keeps the day as written.
	Calendar string
}

// Dates finds the date expressions of text, in order and without overlaps:
// absolute dates normalised to EDTF with their modifiers, and relative ones
// with the Shift that resolves them. It reads the text as tokens (tokens.go)
// with a small grammar (grammar.go) whose forms are in calendar.go,
// periods.go and relative.go; years are told from counts by context.go.
func Dates(text string) []Date {
	var out []Date
	b := buffers.Get().(*dateBuffers)
	defer buffers.Put(b)
	toks, words := b.toks, b.words
	// A long text is read a block of paragraphs at a time (no date runs
	// across a blank line), reusing one buffer of tokens (and one of words
	// for numberAt): memory stays small whatever the length of the text.
	for start := 0; start < len(text); {
		end := blockEnd(text, start)
		p := &dateParser{text: text[start:end], toks: lex.AppendTokens(toks[:0], text[start:end]), words: words[:0]}
		for i := 0; i < len(p.toks); {
			if !p.mayStart(i) {
				i++
				continue
			}
			ds, next, ok := p.expression(i)
			if !ok || next <= i {
				i++
				continue
			}
			for _, d := range ds {
				d.Start += start
				d.End += start
				out = append(out, d)
			}
			i = next
		}
		toks, words = p.toks, p.words
		start = end
	}
	b.toks, b.words = toks[:0], words[:0]
	return out
}

// dateBuffers are the buffers of tokens and words Dates reads a text with,
// kept for the next call (a date keeps neither): the sentences of a text
// reuse a few whatever the number of workers.
type dateBuffers struct {
	toks  []lex.Token
	words []lex.Word
}

var buffers = sync.Pool{New: func() any { return new(dateBuffers) }}

// blockEnd returns the end of the block of text that starts at start: at
// least 8 KB, ending after a blank line; where there is none within 64 KB,
// after a line break; where there is none either, the end of the text.
func blockEnd(text string, start int) int {
	const least, most = 8 << 10, 64 << 10
	if len(text)-start <= most {
		return len(text)
	}
	single := -1
	for i := start + least; i < len(text) && i < start+most; i++ {
		if text[i] != '\n' {
			continue
		}
		if single < 0 {
			single = i + 1
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return j + 1
		}
	}
	if single > 0 {
		return single
	}
	return len(text)
}

// dateStarters are the words a date expression can open with; the parser
// tries no other word, which keeps it fast on long texts.
var dateStarters = func() map[string]bool {
	m := lex.SetOf("the", "by", "before", "after", "until", "till", "til", "since", "from", "between",
		"no", "not", "later", "earlier", "prior", "up", "ever", "pre", "post", "starting", "beginning", "c", "ca", "circ",
		"circa", "around", "about", "approximately", "roughly", "approx", "in", "at", "some",
		"sometime", "early", "mid", "middle", "late", "that", "this", "next", "last", "following",
		"today", "tonight", "yesterday", "tomorrow", "now", "nowadays", "currently", "present", "within", "half", "few", "several", "many",
		"years", "months", "weeks", "days", "decades", "centuries", "anno", "ad", "ce", "q", "h",
		"b", "bc", "bce", "u", "uc", "auc", "st", "saint", "king", "queen")
	return withDateNames(m)
}()

// dateCore are the words that only a date expression would put near a
// modifier: months, seasons, days of the week, ordinals, units of time.
var dateCore = func() map[string]bool {
	m := lex.SetOf("year", "years", "month", "months", "day", "days", "week", "weeks", "fortnight", "decade",
		"decades", "century", "centuries", "millennium", "quarter", "present", "today", "tomorrow",
		"yesterday", "tonight", "now", "date", "night", "morning", "evening", "afternoon", "ides", "nones",
		"kalends", "calends", "q", "h", "ad", "ce", "anno", "same", "following", "next", "previous",
		"preceding", "that", "this", "last", "few", "several", "many", "half", "dozen", "hundred", "thousand", "a", "an",
		"early", "mid", "middle", "late", "end", "beginning", "start", "close", "turn", "first", "second",
		"latter", "some", "current", "coming", "past", "within")
	return withDateNames(m, lex.DateDecadeWords, lex.DateTeens)
}()

// withDateNames adds to m the words that name or count dates, and those of
// the given tables: months, seasons, ordinals, tens and cardinals, days of
// the week, and feasts (the first word of a feast of several words:
// "good" of "good friday"). It returns m.
func withDateNames(m map[string]bool, tables ...map[string]int) map[string]bool {
	lex.WithWords(m, lex.DateMonths, lex.DateSeasons, lex.DateOrdinals, lex.TensWords, lex.DateCardinals)
	lex.WithWords(m, tables...)
	lex.WithWords(m, lex.DateWeekdays)
	lex.WithWords(m, lex.DateFeasts)
	for w := range lex.DateMovable {
		first, _, _ := strings.Cut(w, " ")
		m[first] = true
	}
	for _, f := range lex.DateFeastPhrases {
		m[f.Words[0]] = true
	}
	return m
}

// theFollowers are the words after "the" that can go on to a date: "the
// 1950s", "the spring of", "the following year", "the end of".
var theFollowers = func() map[string]bool {
	m := lex.SetOf("year", "ides", "nones", "kalends", "calends", "turn", "present", "day", "week", "month",
		"decade", "century", "morning", "night", "evening", "afternoon")
	lex.WithWords(m, lex.InnerMods, lex.PartMods)
	lex.WithWords(m, lex.DateSeasons, lex.DateOrdinals, lex.TensWords, lex.DateTeens, lex.DateDecadeWords)
	for _, w := range []string{"early", "earlier", "first", "opening", "initial", "latter", "later", "last",
		"closing", "final", "dying", "second", "third", "fourth", "same", "following", "next", "subsequent",
		"succeeding", "ensuing", "coming", "previous", "preceding", "prior", "foregoing", "past"} {
		m[w] = true
	}
	return m
}()

// mayStart reports whether a date expression can begin at token i: a
// number, or a word that opens one followed by what that word needs ("the"
// before a number, a season or "following"; "by" before a number or a
// month). Most words of a text are neither, so the parser tries few places.
func (p *dateParser) mayStart(i int) bool {
	t := p.toks[i]
	if isInt(t) {
		return true
	}
	if t.Kind != lex.WordLetters || !dateStarters[t.Lower] {
		return false
	}
	next := p.tokAt(i + 1)
	switch t.Lower {
	case "the":
		return isInt(next) || isMark(next) && next.Lower == "'" ||
			next.Kind == lex.WordLetters && theFollowers[next.Lower]
	case "a", "an":
		if isMark(next) {
			return next.Lower == "." // A.D.
		}
		_, unit := lex.DateUnits[next.Lower]
		return unit || dateCore[next.Lower] && next.Lower != "a" && next.Lower != "an"
	case "in", "at":
		return next.Lower == "or"
	case "some":
		_, unit := lex.DateUnits[next.Lower]
		return unit || next.Lower == "time"
	case "by", "before", "after", "until", "till", "til", "since", "from", "between", "no", "not", "later",
		"earlier", "prior", "up", "ever", "starting", "beginning", "circa", "around", "about", "approximately",
		"roughly", "approx", "c", "ca", "circ", "sometime", "early", "mid", "middle", "late", "pre", "post",
		"that", "this", "next", "last", "following", "within", "half", "few", "several", "many":
		// What follows must be able to go on to a date.
		for k := i + 1; k <= i+4 && k < len(p.toks); k++ {
			if u := p.toks[k]; isInt(u) || u.Kind == lex.WordLetters && dateCore[u.Lower] {
				return true
			}
		}
		return false
	}
	return true
}
