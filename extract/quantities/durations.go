package quantities

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// A duration is a count of units of time: "872 days", "ten years'
// imprisonment", "a siege of three years". Its unit is the UCUM symbol
// (a, mo, wk, d, h, min, s) and it carries the ISO 8601 duration.

// timeUnits maps the words of time to their UCUM symbol, the ISO 8601
// designator and how many of it one unit is ("decade": 10 years).
var timeUnits = map[string]struct {
	sym, iso string
	n        float64
}{
	"year": {"a", "Y", 1}, "years": {"a", "Y", 1}, "yr": {"a", "Y", 1}, "yrs": {"a", "Y", 1},
	"decade": {"a", "Y", 10}, "decades": {"a", "Y", 10},
	"century": {"a", "Y", 100}, "centuries": {"a", "Y", 100},
	"millennium": {"a", "Y", 1000}, "millennia": {"a", "Y", 1000},
	"month": {"mo", "M", 1}, "months": {"mo", "M", 1},
	"week": {"wk", "W", 1}, "weeks": {"wk", "W", 1}, "fortnight": {"d", "D", 14}, "fortnights": {"d", "D", 14},
	"day": {"d", "D", 1}, "days": {"d", "D", 1},
	"hour": {"h", "TH", 1}, "hours": {"h", "TH", 1}, "hrs": {"h", "TH", 1},
	"minute": {"min", "TM", 1}, "minutes": {"min", "TM", 1}, "mins": {"min", "TM", 1},
	"second": {"s", "TS", 1}, "seconds": {"s", "TS", 1},
}

// timeWord returns the unit of time a counted noun names: the noun itself
// ("days", "years'"), or its last word after one word that describes it
// ("3 horrific years", "five long months", "two fiscal years"), but not
// the compounds that name something else ("light years", "leap years",
// "man hours").
func timeWord(noun string) (string, bool) {
	w := strings.ToLower(strings.TrimRight(noun, "'’"))
	if _, ok := timeUnits[w]; ok {
		return w, true
	}
	first, last, ok := strings.Cut(w, " ")
	if !ok || strings.Contains(last, " ") || notDurations[first] || !lowerLetters(first) {
		return "", false
	}
	if _, ok := timeUnits[last]; ok {
		return last, true
	}
	return "", false
}

// notDurations are the words before a unit of time that make it something
// other than a stretch of time.
var notDurations = lex.SetOf("light", "leap", "man", "person", "dog",
	"the", "of", "and", "or", "more", "other", "per", "a", "an")

// lowerLetters reports whether s is a word of lower-case ASCII letters.
func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// durationUnit returns the UCUM symbol of a counted noun that is a unit of
// time ("days", "years'", "horrific years"), or false.
func durationUnit(noun string) (string, bool) {
	w, ok := timeWord(noun)
	return timeUnits[w].sym, ok
}

// isoDuration writes the ISO 8601 duration of v units of the noun ("P872D",
// "P10Y", "PT5H", "P1.5Y"), or "" when the noun is no unit of time.
func isoDuration(v float64, noun string) string {
	w, ok := timeWord(noun)
	u := timeUnits[w]
	if !ok || v < 0 {
		return ""
	}
	num := strconv.FormatFloat(lex.ScaleBy(v, u.n), 'f', -1, 64)
	if strings.HasPrefix(u.iso, "T") {
		return "PT" + num + u.iso[1:]
	}
	return "P" + num + u.iso
}

// videoLines reports whether a joined "p" at ws[k] after the number n is a
// video resolution ("1080p", "720p"), not pence.
func videoLines(ws []lex.Word, k int, n lex.Number) bool {
	if k >= len(ws) || ws[k].Lit != "p" || !ws[k].Joined {
		return false
	}
	switch n.Value {
	case 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320:
		return true
	}
	return false
}
