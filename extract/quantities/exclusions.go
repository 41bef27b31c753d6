package extract

import "strings"

// What is not a quantity: years and other dates, ordinals and numbers in
// names ("Route 66", "T-34", "the Big Four"), footnote markers ("[12]",
// "famine.12"), page and section references ("p. 45", "pp. 12–14", "Article
// 231"), list numbering ("1." at the start of a line), clock times, days of
// the month, street numbers, and idioms ("walk on two legs", "one
// another").

// digitsExcluded reports whether the number in digits n, read from
// ws[n.start:n.next], is not a quantity. marked is true when a currency or
// qualifier stands before it, which makes it one whatever the context.
func (p *parser) digitsExcluded(n number, marked bool) bool {
	ws := p.ws
	s := n.start
	if ws[s].kind != wordNumber {
		s++ // after a sign
	}
	w := ws[s]
	if s > 0 {
		prev := ws[s-1]
		// G7, COVID19, famine12: joined to the letters before it.
		if w.joined && prev.kind == wordLetters && !marked {
			return true
		}
		// famine.12, died,3, leap.”12: a footnote after punctuation.
		if w.joined && prev.joined && s > 1 && strings.Contains(".,;:!?)”’\"'", prev.text) && n.start == s {
			return true
		}
		// T-34, MiG-15, COVID-19, mid-1958, #1, №5
		if w.joined && s > 1 && (prev.text == "-" || prev.text == "–") && prev.joined && ws[s-2].kind == wordLetters {
			return true
		}
		if prev.text == "#" || prev.text == "№" {
			return true
		}
		// a URL or a code: ?id=12, %2D, a/b/12
		if w.joined && strings.Contains("%=&?/_@", prev.text) && !(prev.text == "/" && n.start > s) {
			return true
		}
	}
	if n.plain && n.next < len(ws) {
		after := ws[n.next]
		if after.joined && after.kind == wordLetters && !unitStart(ws, n.next) {
			return true // 1st, 1950s, 12a
		}
		if after.joined && (after.text == ":" || after.text == "/") && n.next+1 < len(ws) && ws[n.next+1].kind == wordNumber {
			return true // 10:30, 9/11, 12/25/1941
		}
		if s > 0 && ws[s-1].text == "/" && ws[s-1].joined && w.joined {
			return true // the 11 of 9/11
		}
	}
	if inFootnote(ws, s, n.next) || isListNumber(p.text, ws, s, n.next) || clockTime(ws, n) {
		return true
	}
	if pageReference(ws, n.start) {
		return true
	}
	if !n.plain {
		return false
	}
	if !marked && n.value >= 1000 && n.value <= 2100 && len(w.text) == 4 &&
		(p.inDate(w.Span) || s > 0 && possessives[ws[s-1].lower]) {
		return true // a year: "in 1958", "its 1940 population"
	}
	if n.value >= 1 && n.value <= 31 && len(w.text) <= 2 && nextToMonth(ws, n.start, n.next) {
		return true // 15 March, March 15
	}
	if !marked && s > 0 && nameBefore(ws, s) {
		return true // Route 66, Apollo 11
	}
	return streetNumber(ws, n.next)
}

// possessives before a number in the range of years make it a year that
// qualifies a noun: "its 1940 population".
var possessives = setOf("its", "their", "his", "her", "our", "whose", "my", "your")

// nameBefore reports whether a capitalised word that names something stands
// before the number at ws[s]: "Route 66", "Article 231", "Flight 93".
func nameBefore(ws []word, s int) bool {
	prev := ws[s-1]
	if prev.kind != wordLetters || !prev.capitalised() || sentenceStart(ws, s-1) {
		return false
	}
	lw := prev.lower
	if strings.HasSuffix(lw, "'s") || isQualifierWord(lw) || dateMonths[lw] > 0 {
		return false
	}
	if currencyPrefixes.has(lw) || nameExceptions[lw] {
		return false
	}
	return true
}

// nameExceptions are capitalised words after which a number is still a
// quantity.
var nameExceptions = setOf("i", "total", "totals", "population", "casualties", "deaths", "killed", "wounded")

// nextToMonth reports whether a day number at ws[s:next] touches a
// capitalised month name: "15 March", "March 15", "May 4th".
func nextToMonth(ws []word, s, next int) bool {
	isMonth := func(w word) bool { return w.kind == wordLetters && w.capitalised() && dateMonths[w.lower] > 0 }
	if next < len(ws) && isMonth(ws[next]) {
		return true
	}
	if next+1 < len(ws) && ws[next].lower == "of" && isMonth(ws[next+1]) {
		return true
	}
	return s > 0 && isMonth(ws[s-1]) || s > 1 && ws[s-1].text == "." && isMonth(ws[s-2])
}

// sentenceStart reports whether ws[k] begins a sentence, a quotation or the
// text.
func sentenceStart(ws []word, k int) bool {
	if k == 0 {
		return true
	}
	switch ws[k-1].text {
	case ".", "!", "?", "\"", "“", "‘", ":", "(", "[", "—", "–", ";", "-", "•", "*", "\n":
		return true
	}
	return false
}

// inFootnote reports whether the number at ws[s:next] is inside square
// brackets that hold nothing but numbers: "[12]", "[3, 4]", "[12–14]".
func inFootnote(ws []word, s, next int) bool {
	k := s - 1
	for ; k >= 0 && k > s-12; k-- {
		t := ws[k].text
		if t == "[" {
			break
		}
		if ws[k].kind != wordNumber && t != "," && t != "–" && t != "-" && t != ";" {
			return false
		}
	}
	if k < 0 || ws[k].text != "[" {
		return false
	}
	for j := next; j < len(ws) && j < next+12; j++ {
		t := ws[j].text
		if t == "]" {
			return true
		}
		if ws[j].kind != wordNumber && t != "," && t != "–" && t != "-" && t != ";" {
			return false
		}
	}
	return false
}

// isListNumber reports whether the number at ws[s:next] numbers a list item
// or a section: "1." or "2)" at the start of a line, or "(3)" standing
// alone in brackets.
func isListNumber(text string, ws []word, s, next int) bool {
	if next-s != 1 || !isDigits(ws[s].text) || len(ws[s].text) > 3 {
		return false
	}
	if s > 0 && ws[s-1].text == "(" && next < len(ws) && ws[next].text == ")" && ws[next].joined && ws[s].joined {
		return !(s > 1 && ws[s-2].kind == wordNumber) // "(3)", not "10 (3)"
	}
	if next >= len(ws) || (ws[next].text != "." && ws[next].text != ")") || !ws[next].joined {
		return false
	}
	if next+1 < len(ws) && ws[next+1].joined {
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
func clockTime(ws []word, n number) bool {
	j := n.next
	if j >= len(ws) || n.value > 24 || !n.plain {
		return false
	}
	switch ws[j].lower {
	case "am", "pm", "a.m", "p.m", "o'clock", "hrs", "hours", "h":
		return ws[j].lower != "hours" && ws[j].lower != "hrs" && ws[j].lower != "h" || len(ws[n.start].text) == 4
	case "a", "p":
		return j+2 < len(ws) && ws[j+1].text == "." && ws[j+2].lower == "m"
	}
	return false
}

// streetNumber reports whether the words at ws[j] make the number before
// them a street address: "10 Downing Street".
func streetNumber(ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+3; k++ {
		w := ws[k]
		if w.kind != wordLetters || !w.capitalised() {
			return false
		}
		switch w.lower {
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
	{"two", "or", "three"}, {"on", "all", "fours"}, {"at", "sixes", "and", "sevens"},
	{"ten", "to", "one"}, {"a", "thousand", "times"}, {"seventh", "heaven"},
	{"one", "and", "all"}, {"one", "and", "the", "same"}, {"a", "million", "miles"},
	{"the", "two", "of", "them"}, {"two", "cents"}, {"the", "eleventh", "hour"},
}

// fixedPhraseAt reports whether the number word at ws[i] belongs to a fixed
// phrase.
func fixedPhraseAt(ws []word, i int) bool {
	for _, p := range fixedPhrases {
		for k, pw := range p {
			if pw != ws[i].lower {
				continue
			}
			start := i - k
			if start < 0 || start+len(p) > len(ws) {
				continue
			}
			match := true
			for m, w := range p {
				if ws[start+m].lower != w {
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
var determiners = setOf("the", "these", "those", "both", "its", "their", "his", "her", "our",
	"my", "your", "all", "each", "every", "whose", "first", "last", "next", "other", "another")

// wordsExcluded reports whether the number in words n at ws[n.start:] is not
// a quantity: a capitalised number inside a sentence is part of a name ("the
// Big Four", "Group of Seven"), and a small one after a determiner refers
// back ("the two men").
func (p *parser) wordsExcluded(n number) bool {
	ws := p.ws
	w := ws[n.start]
	if fixedPhraseAt(ws, n.start) {
		return true
	}
	if w.capitalised() && !sentenceStart(ws, n.start) && !(n.start > 0 && ws[n.start-1].capitalised() && isQualifierWord(ws[n.start-1].lower)) {
		return true
	}
	if n.start > 0 && !n.scaled && n.value < 20 && determiners[ws[n.start-1].lower] {
		return true
	}
	return false
}
