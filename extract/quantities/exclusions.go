package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// What is not a quantity: years and other dates, ordinals and numbers in
// names ("Route 66", "T-34", "the Big Four"), footnote markers ("[12]",
// "famine.12"), page and section references ("p. 45", "pp. 12–14", "Article
// 231"), list numbering ("1." at the start of a line), clock times, days of
// the month, street numbers, and idioms ("walk on two legs", "one
// another").

// digitsExcluded reports whether the number in digits n, read from
// ws[n.start:n.next], is not a quantity. marked is true when a currency or
// qualifier stands before it, which makes it one whatever the context.
func (p *parser) digitsExcluded(n lex.Number, marked bool) bool {
	ws := p.ws
	s := n.Start
	if ws[s].Kind != lex.WordNumber {
		s++ // after a sign
	}
	w := ws[s]
	if s > 0 {
		prev := ws[s-1]
		// G7, COVID19, famine12: joined to the letters before it.
		if w.Joined && prev.Kind == lex.WordLetters && !marked {
			return true
		}
		// famine.12, died,3, leap.”12: a footnote after punctuation.
		if w.Joined && prev.Joined && s > 1 && strings.Contains(".,;:!?)”’\"'", prev.Lit) && n.Start == s {
			return true
		}
		// T-34, MiG-15, COVID-19, mid-1958, #1, №5
		if w.Joined && s > 1 && (prev.Lower == "-" || prev.Lower == "–") && prev.Joined && ws[s-2].Kind == lex.WordLetters &&
			!(s > 2 && ws[s-3].Kind == lex.WordNumber && lex.UnitStart(ws, s-2)) { // but "10 km–15 km"
			return true
		}
		if prev.Lit == "#" || prev.Lit == "№" {
			return true
		}
		// a URL or a code: ?id=12, %2D, a/b/12
		if w.Joined && strings.Contains("%=&?/_@", prev.Lit) && !(prev.Lit == "/" && n.Start > s) {
			return true
		}
	}
	if n.Plain && n.Next < len(ws) {
		after := ws[n.Next]
		if after.Joined && after.Kind == lex.WordLetters && !lex.UnitStart(ws, n.Next) {
			return true // 1st, 1950s, 12a
		}
		if after.Joined && (after.Lit == ":" || after.Lit == "/") && n.Next+1 < len(ws) && ws[n.Next+1].Kind == lex.WordNumber {
			return true // 10:30, 9/11, 12/25/1941
		}
		if s > 0 && ws[s-1].Lit == "/" && ws[s-1].Joined && w.Joined {
			return true // the 11 of 9/11
		}
	}
	if inDigitRun(ws, s) || inFootnote(ws, s, n.Next) || isListNumber(p.text, ws, s, n.Next) || clockTime(ws, n) || dottedClock(ws, n) {
		return true
	}
	if !marked && (numberChain(ws, s) || inCitation(ws, s) || matchScore(ws, s)) {
		return true
	}
	if lex.PageReference(ws, n.Start) || lex.OldCitation(ws, s) {
		return true
	}
	if !n.Plain {
		return false
	}
	if !marked && n.Value >= 1000 && n.Value <= 2100 && len(w.Lit) == 4 &&
		(p.inDate(w.Span) || s > 0 && possessives[ws[s-1].Lower]) {
		return true // a year: "in 1958", "its 1940 population"
	}
	if n.Value >= 1 && n.Value <= 31 && len(w.Lit) <= 2 && nextToMonth(ws, n.Start, n.Next) {
		return true // 15 March, March 15
	}
	if !marked && s > 0 && nameBefore(ws, s) {
		return true // Route 66, Apollo 11
	}
	return streetNumber(ws, n.Next)
}

// possessives before a number in the range of years make it a year that
// qualifies a noun: "its 1940 population".
var possessives = lex.SetOf("its", "their", "his", "her", "our", "whose", "my", "your")

// nameBefore reports whether a capitalised word that names something stands
// before the number at ws[s]: "Route 66", "Article 231", "Flight 93".
func nameBefore(ws []lex.Word, s int) bool {
	prev := ws[s-1]
	if prev.Kind != lex.WordLetters || !prev.Capitalised() || lex.SentenceStart(ws, s-1) {
		return false
	}
	lw := prev.Lower
	if strings.HasSuffix(lw, "'s") || lex.IsQualifierWord(lw) || lex.DateMonths[lw] > 0 {
		return false
	}
	if lex.CurrencyPrefixes.Has(lw) || nameExceptions[lw] {
		return false
	}
	return true
}

// nameExceptions are capitalised words after which a number is still a
// quantity.
var nameExceptions = lex.SetOf("i", "total", "totals", "population", "casualties", "deaths", "killed", "wounded")

// nextToMonth reports whether a day number at ws[s:next] touches a
// capitalised month name: "15 March", "March 15", "May 4th".
func nextToMonth(ws []lex.Word, s, next int) bool {
	isMonth := func(w lex.Word) bool {
		return w.Kind == lex.WordLetters && w.Capitalised() && lex.DateMonths[w.Lower] > 0
	}
	if next < len(ws) && isMonth(ws[next]) {
		return true
	}
	if next+1 < len(ws) && ws[next].Lower == "of" && isMonth(ws[next+1]) {
		return true
	}
	return s > 0 && isMonth(ws[s-1]) || s > 1 && ws[s-1].Lit == "." && isMonth(ws[s-2])
}

// inFootnote reports whether the number at ws[s:next] is inside square
// brackets that hold nothing but numbers: "[12]", "[3, 4]", "[12–14]".
func inFootnote(ws []lex.Word, s, next int) bool {
	k := s - 1
	for ; k >= 0 && k > s-12; k-- {
		t := ws[k].Lit
		if t == "[" {
			break
		}
		if ws[k].Kind != lex.WordNumber && t != "," && !lex.IsDash(t) && t != ";" {
			return false
		}
	}
	if k < 0 || ws[k].Lit != "[" {
		return false
	}
	for j := next; j < len(ws) && j < next+12; j++ {
		t := ws[j].Lit
		if t == "]" {
			return true
		}
		if ws[j].Kind != lex.WordNumber && t != "," && !lex.IsDash(t) && t != ";" {
			return false
		}
	}
	return false
}

// isListNumber reports whether the number at ws[s:next] numbers a list item
// or a section: "1." or "2)" at the start of a line, or "(3)" standing
// alone in brackets.
func isListNumber(text string, ws []lex.Word, s, next int) bool {
	if next-s != 1 || !lex.IsDigits(ws[s].Lit) || len(ws[s].Lit) > 3 {
		return false
	}
	if s > 0 && ws[s-1].Lit == "(" && next < len(ws) && ws[next].Lit == ")" && ws[next].Joined && ws[s].Joined {
		return !(s > 1 && ws[s-2].Kind == lex.WordNumber) // "(3)", not "10 (3)"
	}
	if next >= len(ws) || (ws[next].Lit != "." && ws[next].Lit != ")") || !ws[next].Joined {
		return false
	}
	if next+1 < len(ws) && ws[next+1].Joined {
		return false // 3.) or 3.x
	}
	for i := ws[s].Start - 1; i >= 0; i-- {
		switch text[i] {
		case ' ', '\t', '(', '*', '-':
			continue
		case '\n', '\r':
			return true
		}
		return false
	}
	return true
}

// clockTime reports whether a number is a time of day: "3 p.m.", "6pm",
// "10 o'clock".
func clockTime(ws []lex.Word, n lex.Number) bool {
	j := n.Next
	military := len(ws[n.Start].Lit) == 4 && (ws[n.Start].Lit[0] == '0' || n.Start > 0 && ws[n.Start-1].Lower == "at") && n.Value <= 2400
	if j >= len(ws) || n.Value > 24 && !military || !n.Plain {
		return false
	}
	switch ws[j].Lower {
	case "am", "pm", "a.m", "p.m", "o'clock", "hrs", "hours", "h":
		return ws[j].Lower != "hours" && ws[j].Lower != "hrs" && ws[j].Lower != "h" || military
	case "a", "p":
		return j+2 < len(ws) && ws[j+1].Lit == "." && ws[j+2].Lower == "m"
	}
	return false
}

// streetNumber reports whether the words at ws[j] make the number before
// them a street address: "10 Downing Street".
func streetNumber(ws []lex.Word, j int) bool {
	for k := j; k < len(ws) && k < j+3; k++ {
		w := ws[k]
		if w.Kind != lex.WordLetters || !w.Capitalised() {
			return false
		}
		switch w.Lower {
		case "street", "st", "road", "rd", "avenue", "ave", "square", "lane", "place", "boulevard", "row", "terrace", "strasse", "straße", "rue":
			return k > j
		}
	}
	return false
}

// fixedPhrases are idioms whose numbers count nothing.
var fixedPhrases = [][]string{
	{"walk", "on", "two", "legs"}, {"one", "another"}, {"one", "of"}, {"one", "or", "two"},
	{"on", "the", "one", "hand"}, {"one", "day"}, {"no", "one"}, {"at", "one", "point"},
	{"one", "by", "one"}, {"two", "by", "two"}, {"one", "side"}, {"the", "one"},
	{"at", "one", "time"}, {"one", "after", "another"}, {"one", "at", "a", "time"},
	{"one", "way", "or", "another"}, {"in", "two"}, {"a", "hundred", "and", "one"},
	{"on", "all", "fours"}, {"at", "sixes", "and", "sevens"},
	{"ten", "to", "one"}, {"a", "thousand", "times"}, {"seventh", "heaven"},
	{"one", "and", "all"}, {"one", "and", "the", "same"}, {"a", "million", "miles"},
	{"the", "two", "of", "them"}, {"two", "cents"}, {"the", "eleventh", "hour"},
}

// fixedPhraseAt reports whether the number word at ws[i] belongs to a fixed
// phrase.
func fixedPhraseAt(ws []lex.Word, i int) bool {
	for _, p := range fixedPhrases {
		for k, pw := range p {
			if pw != ws[i].Lower {
				continue
			}
			start := i - k
			if start < 0 || start+len(p) > len(ws) {
				continue
			}
			match := true
			for m, w := range p {
				if ws[start+m].Lower != w {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// determiners before a small number in words make it a reference to things
// named before, not a claim: "the two men", "all three sons".
var determiners = lex.SetOf("the", "these", "those", "both", "its", "their", "his", "her", "our",
	"my", "your", "all", "each", "every", "whose", "first", "last", "next", "other", "another")

// wordsExcluded reports whether the number in words n at ws[n.start:] is not
// a quantity: a capitalised number inside a sentence is part of a name ("the
// Big Four", "Group of Seven"), and a small one after a determiner refers
// back ("the two men").
func (p *parser) wordsExcluded(n lex.Number) bool {
	ws := p.ws
	w := ws[n.Start]
	if fixedPhraseAt(ws, n.Start) {
		return true
	}
	if w.Capitalised() && !lex.SentenceStart(ws, n.Start) && !(n.Start > 0 && ws[n.Start-1].Capitalised() && lex.IsQualifierWord(ws[n.Start-1].Lower)) {
		return true
	}
	if n.Start > 0 && !n.Scaled && n.Value < 20 && determiners[ws[n.Start-1].Lower] {
		return true
	}
	return false
}
