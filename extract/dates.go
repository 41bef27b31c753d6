package extract

// Date is a date expression found in a text, normalised to EDTF (the Library
// of Congress Extended Date/Time Format; see edtf.go for the forms). Mod
// narrows or bounds the value: early, mid, late, start, end (a part of it),
// by, before, after, until, since (an open side). A relative expression
// ("that year", "two years later", "15 March" with no year) has a Shift and
// no EDTF until it is resolved against an earlier date (see Shift.From);
// a decade named without its century ("the fifties") has both, the EDTF
// being the twentieth-century reading to use when nothing else tells.
type Date struct {
	Span
	EDTF  string
	Mod   string
	Shift *Shift
}

// Dates finds the date expressions of text, in order and without overlaps:
// absolute dates normalised to EDTF with their modifiers, and relative ones
// with the Shift that resolves them. It reads the text as tokens (dates_tokens.go)
// with a small grammar (dates_grammar.go) whose forms are in dates_calendar.go,
// dates_periods.go and dates_relative.go; years are told from counts by
// dates_context.go.
func Dates(text string) []Date {
	p := &dateParser{text: text, toks: dateTokens(text)}
	var out []Date
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
		out = append(out, ds...)
		i = next
	}
	return out
}

// dateStarters are the words a date expression can open with; the parser
// tries no other word, which keeps it fast on long texts.
var dateStarters = func() map[string]bool {
	m := setOf("the", "by", "before", "after", "until", "till", "til", "since", "from", "between",
		"no", "not", "later", "earlier", "prior", "up", "ever", "pre", "post", "starting", "beginning", "c", "ca", "circ",
		"circa", "around", "about", "approximately", "roughly", "approx", "in", "at", "some",
		"sometime", "early", "mid", "middle", "late", "that", "this", "next", "last", "following",
		"today", "tonight", "yesterday", "tomorrow", "within", "half", "few", "several", "many",
		"years", "months", "weeks", "days", "decades", "centuries", "anno", "ad", "a", "an", "ce",
		"q", "h", "nineteen", "eighteen", "seventeen", "sixteen", "fifteen", "fourteen", "thirteen",
		"twelve", "eleven", "dozen")
	for _, table := range []map[string]int{dateMonths, dateSeasons, dateOrdinals, dateTens, dateCardinals, dateMovable} {
		for w := range table {
			m[w] = true
		}
	}
	for w := range dateWeekdays {
		m[w] = true
	}
	for w := range dateFeasts {
		m[w] = true
	}
	for _, f := range dateFeastPhrases {
		m[f.words[0]] = true
	}
	for w := range dateMovable {
		if i := len(w); i > 0 {
			for j := 0; j < len(w); j++ {
				if w[j] == ' ' {
					m[w[:j]] = true
					break
				}
			}
		}
	}
	return m
}()

// mayStart reports whether a date expression can begin at token i: a number,
// or a word from dateStarters.
func (p *dateParser) mayStart(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case dtNum:
		return true
	case dtWord:
		return dateStarters[t.low]
	}
	return false
}
