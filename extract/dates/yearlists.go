package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Chronologies: old histories end with tables of years, and set the year
// of each event in the margin or at the head of its line:
//
//	B.C.
//	490 Marathon.
//	480 Thermopylae and Salamis.
//	431 The war with Sparta begins.
//
// A number that opens each line of such a list is a year, not a count;
// under a heading (or a first line) that says B.C., the years count back
// from Christ. Dates reads one sentence at a time and cannot see the
// heading; YearLines reads the whole text.

// yearLine is a line that opens with a number and goes on with a capital.
type yearLine struct {
	num  lex.Span
	n    int
	line int // the index of the line
}

// YearLines finds the years that open the lines of a list of dated events:
// three or more such lines in a row (blank lines between them allowed), or
// two under a heading that names the era, their years in order (rising,
// or falling before Christ). Each Date covers the number alone.
func YearLines(text string) []Date {
	lines := lineSpans(text)
	var out []Date
	var run []yearLine
	flush := func() {
		out = append(out, listDates(text, lines, run)...)
		run = run[:0]
	}
	lastLine := -10
	for i, l := range lines {
		s := l.Text(text)
		if strings.TrimSpace(s) == "" {
			continue
		}
		yl, ok := yearLineAt(text, l)
		if !ok {
			if len(run) > 0 {
				flush()
			}
			continue
		}
		if len(run) > 0 && i-lastLine > 2 {
			flush()
		}
		yl.line = i
		run = append(run, yl)
		lastLine = i
	}
	if len(run) > 0 {
		flush()
	}
	return out
}

// lineSpans returns the span of every line of text, without its line end.
func lineSpans(text string) []lex.Span {
	var out []lex.Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			end := i
			if end > start && text[end-1] == '\r' {
				end--
			}
			out = append(out, lex.Span{Start: start, End: end})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, lex.Span{Start: start, End: len(text)})
	}
	return out
}

// yearLineAt reads a line that opens with one to four digits, then a
// stop, a colon, a dash or white space, then a capital letter or an
// opening bracket: "431 The war begins", "1666. The Fire.", "1688 — The
// Revolution".
func yearLineAt(text string, l lex.Span) (yearLine, bool) {
	i := l.Start
	for i < l.End && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < l.End && lex.IsDigit(text[j]) {
		j++
	}
	if j == i || j-i > 4 || j < l.End && !(text[j] == ' ' || text[j] == '\t' || text[j] == '.' || text[j] == ':' || text[j] == ',') {
		return yearLine{}, false
	}
	k := j
	for k < l.End && strings.IndexByte(" \t.:,-", text[k]) >= 0 {
		k++
	}
	for _, dash := range []string{"—", "–"} {
		if strings.HasPrefix(text[k:l.End], dash) {
			k += len(dash)
			for k < l.End && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
		}
	}
	if k >= l.End || k == j {
		return yearLine{}, false
	}
	if r := lex.FirstRune(text[k:l.End]); !(lex.Capitalised(text[k:l.End]) || r == '(' || r == '[') {
		return yearLine{}, false
	}
	n := 0
	for p := i; p < j; p++ {
		n = n*10 + int(text[p]-'0')
	}
	return yearLine{num: lex.Span{Start: i, End: j}, n: n}, n > 0
}

// listDates makes the years of one run of year lines, if the run is a
// list of years.
func listDates(text string, lines []lex.Span, run []yearLine) []Date {
	if len(run) < 2 {
		return nil
	}
	era := headingEra(text, lines, run[0].line)
	falling, rising := true, true
	for k := 1; k < len(run); k++ {
		if run[k].n > run[k-1].n {
			falling = false
		}
		if run[k].n < run[k-1].n {
			rising = false
		}
	}
	switch {
	case era < 0 && falling:
	case era > 0 && rising:
	case era == 0 && rising && len(run) >= 3:
		for _, yl := range run {
			if yl.num.Len() < 3 || yl.n > 2100 {
				return nil // numbered items, not years
			}
		}
		if run[len(run)-1].n-run[0].n < 1 {
			return nil
		}
	default:
		return nil
	}
	var out []Date
	for _, yl := range run {
		e := edtfDate{y: yl.n}
		if era < 0 {
			e = edtfDate{y: 1 - yl.n, neg: true}
		}
		out = append(out, Date{Span: yl.num, EDTF: e.String()})
	}
	return out
}

// headingEra looks at the lines just before a list (up to three that are
// not blank) and at its first line for the era the list counts in: -1
// before Christ ("B.C.", "BC", "before Christ"), +1 anno Domini, 0 not
// said.
func headingEra(text string, lines []lex.Span, first int) int {
	seen := 0
	for i := first; i >= 0 && seen < 4; i-- {
		s := lines[i].Text(text)
		if strings.TrimSpace(s) == "" {
			continue
		}
		seen++
		if i < first && strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "B.C") && !strings.Contains(s, "BC") {
			break // another paragraph with figures of its own
		}
		up := strings.ToUpper(s)
		switch {
		case strings.Contains(up, "B.C.") || strings.Contains(up, "B. C.") || containsWord(s, "BC") || containsWord(s, "BCE") ||
			strings.Contains(strings.ToLower(s), "before christ"):
			return -1
		case strings.Contains(up, "A.D.") || containsWord(s, "AD"):
			return 1
		}
	}
	return 0
}

// containsWord reports whether w stands in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		if lex.WholeWord(s, lex.Span{Start: i + k, End: i + k + len(w)}) {
			return true
		}
		i += k + len(w)
	}
}
