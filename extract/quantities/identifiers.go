package quantities

import (
	"github.com/factsheet/factsheet/extract/lex"
)

// Numbers that name or locate rather than count: author-date citations
// ("(Smith et al., 2009)", "(Jones 1998: 45)", "Smith (2001) argues"),
// hyphenated chains of numbers (ISBNs, telephone numbers, ISO dates), and
// match scores ("won 3-1").

// numberChain reports whether the number at ws[s] belongs to three or more
// numbers joined by hyphens or dashes with no spaces: "978-0-14-303943-3",
// "2021-06-14".
func numberChain(ws []lex.Word, s int) bool {
	first, last := s, s
	for first >= 2 && ws[first].Joined && lex.IsDash(ws[first-1].Lit) && ws[first-1].Joined && ws[first-2].Kind == lex.WordNumber {
		first -= 2
	}
	for last+2 < len(ws) && ws[last+1].Joined && lex.IsDash(ws[last+1].Lit) && ws[last+2].Joined && ws[last+2].Kind == lex.WordNumber {
		last += 2
	}
	return (last-first)/2+1 >= 3
}

// inDigitRun reports whether the number in digits ws[s] is one of a run of
// digit groups joined by full stops or commas that is no number as a
// whole, which the lexer leaves as separate numbers and marks:
// "192.168.1.2", "2.4.1", "1958,1959", "12.03.1958". A footnote after a
// word ("1.6 million.469") is no such run.
func inDigitRun(ws []lex.Word, s int) bool {
	sep := func(w lex.Word) bool { return w.Joined && (w.Lit == "." || w.Lit == ",") }
	return s >= 2 && ws[s].Joined && sep(ws[s-1]) && ws[s-2].Kind == lex.WordNumber ||
		s+2 < len(ws) && sep(ws[s+1]) && ws[s+2].Joined && ws[s+2].Kind == lex.WordNumber
}

// citationWords are the lower-case words an author-date citation may hold.
var citationWords = lex.SetOf("et", "al", "and", "p", "pp", "cf", "see", "also", "ed", "eds", "n", "fn", "ch", "vol", "a", "b", "c")

// inCitation reports whether the number at ws[s] stands in an author-date
// citation: inside brackets that hold names, years and page numbers only,
// with a year after a capitalised name ("(Devereux 2000)", "(Jones 1998:
// 45)", "(Smith et al., 2009)"), or a year alone in brackets after a name
// ("Smith (2001) argues").
func inCitation(ws []lex.Word, s int) bool {
	open, close := -1, -1
	for k := s - 1; k >= 0 && k > s-16; k-- {
		if ws[k].Lit == ")" {
			return false
		}
		if ws[k].Lit == "(" {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := s + 1; j < len(ws) && j < s+16; j++ {
		if ws[j].Lit == "(" {
			return false
		}
		if ws[j].Lit == ")" {
			close = j
			break
		}
	}
	if close < 0 {
		return false
	}
	isYear := func(w lex.Word) bool {
		return w.Kind == lex.WordNumber && len(w.Lit) == 4 && lex.IsDigits(w.Lit) && w.Lit >= "1000" && w.Lit <= "2100"
	}
	// Smith (2001), Smith (2001a)
	if isYear(ws[open+1]) && (close == open+2 || close == open+3 && ws[open+2].Kind == lex.WordLetters && len(ws[open+2].Lit) == 1) {
		if open > 0 && ws[open-1].Kind == lex.WordLetters && ws[open-1].Capitalised() && lex.DateMonths[ws[open-1].Lower] == 0 {
			return true
		}
	}
	named := false
	for k := open + 1; k < close; k++ {
		w := ws[k]
		if w.Kind == lex.WordLetters && !w.Capitalised() && !citationWords[w.Lower] {
			return false
		}
		if !isYear(w) {
			continue
		}
		b := k - 1
		if b > open && ws[b].Lit == "," {
			b--
		}
		if b-2 > open && ws[b].Lit == "." && ws[b-1].Lower == "al" && ws[b-2].Lower == "et" {
			b -= 3
		}
		if b > open && ws[b].Kind == lex.WordLetters && ws[b].Capitalised() && lex.DateMonths[ws[b].Lower] == 0 && !lex.IsQualifierWord(ws[b].Lower) {
			named = true
		}
	}
	return named
}

// scoreVerbs before a pair of small numbers make it a match score.
var scoreVerbs = lex.SetOf("won", "win", "wins", "lost", "lose", "loses", "drew", "draw", "beat", "beats", "defeated", "led", "leads", "trailed", "trailing", "thrashed")

// scoreNouns after a pair of small numbers make it a match score.
var scoreNouns = lex.SetOf("victory", "win", "defeat", "loss", "draw", "lead", "scoreline", "thrashing", "home", "away")

// matchScore reports whether the number at ws[s] is one side of a score:
// "won 3-1", "beat France 5–3", "a 4-2 victory".
func matchScore(ws []lex.Word, s int) bool {
	f := s
	if f >= 2 && ws[f].Joined && lex.IsDash(ws[f-1].Lit) && ws[f-2].Kind == lex.WordNumber {
		f -= 2
	}
	if f+2 >= len(ws) || !lex.IsDash(ws[f+1].Lit) || !ws[f+1].Joined || !ws[f+2].Joined || ws[f+2].Kind != lex.WordNumber {
		return false
	}
	for _, k := range []int{f, f + 2} {
		if !lex.IsDigits(ws[k].Lit) || len(ws[k].Lit) > 2 {
			return false
		}
	}
	if f > 0 && scoreVerbs[ws[f-1].Lower] {
		return true
	}
	if f > 1 && scoreVerbs[ws[f-2].Lower] && ws[f-1].Capitalised() {
		return true
	}
	return f+3 < len(ws) && scoreNouns[ws[f+3].Lower]
}

// dottedClock reports whether a decimal written like a time of day stands
// before "am" or "pm": "9.30pm", "10.15 a.m.".
func dottedClock(ws []lex.Word, n lex.Number) bool {
	j := n.Next
	if j >= len(ws) || n.Value >= 13 || n.Value < 0 {
		return false
	}
	switch ws[j].Lower {
	case "am", "pm", "a.m", "p.m":
		return true
	case "a", "p":
		return j+2 < len(ws) && ws[j+1].Lit == "." && ws[j+2].Lower == "m"
	}
	return false
}
