package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Date is a date expression found in a text, normalised to EDTF (the Library
// of Congress Extended Date/Time Format). Mod narrows or bounds the value:
// early, mid, late, start, end, by, before, after, until, since. A relative
// expression ("that year", "two years later") has a Shift and no EDTF until
// it is resolved against an earlier date (see Shift.From).
type Date struct {
	Span
	EDTF  string
	Mod   string
	Shift *Shift
}

// Shift says how a relative date follows from the date it is anchored to:
// "that year" is {Unit: "year", N: 0}, "the following year" {Unit: "year",
// N: 1}, "three months later" {Unit: "month", N: 3}.
type Shift struct {
	Unit string
	N    int
}

// From applies the shift to the EDTF value of an anchor and returns the
// resolved EDTF value.
func (s Shift) From(anchor string) (string, bool) {
	iv, ok := edtfInterval(anchor)
	if !ok {
		return "", false
	}
	switch s.Unit {
	case "year":
		return yearEDTF(iv.first.Y + s.N), true
	case "month":
		if iv.first.Y != iv.last.Y || iv.first.M != iv.last.M {
			// The anchor is a whole year or longer: a month later is
			// still only known to the year.
			return "", false
		}
		m := iv.first.Y*12 + (iv.first.M - 1) + s.N
		y, mo := m/12, m%12+1
		if mo <= 0 {
			y, mo = y-1, mo+12
		}
		return yearEDTF(y) + "-" + twoDigits(mo), true
	}
	return "", false
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// datePattern is one form of date expression: a regular expression and the
// function that turns its match into a Date.
type datePattern struct {
	name  string
	re    *regexp.Regexp
	parse func(text string, m []int) (Date, bool)
}

const (
	monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	dayRE   = `(\d{1,2})(?:st|nd|rd|th)?`
	dashRE  = `\s*[–—-]\s*`
)

var months = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthNumber(s string) int { return months[strings.ToLower(s[:3])] }

// group returns the text of submatch i, or "" when it did not take part.
func group(text string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return text[m[2*i]:m[2*i+1]]
}

var datePatterns = []datePattern{
	{"day month year", regexp.MustCompile(`\b` + dayRE + `\s+` + monthRE + `,?\s+(\d{3,4})\b`),
		func(text string, m []int) (Date, bool) {
			return fullDate(atoi(group(text, m, 3)), monthNumber(group(text, m, 2)), atoi(group(text, m, 1)))
		}},
	{"month day year", regexp.MustCompile(`\b` + monthRE + `\s+` + dayRE + `,?\s+(\d{3,4})\b`),
		func(text string, m []int) (Date, bool) {
			return fullDate(atoi(group(text, m, 3)), monthNumber(group(text, m, 1)), atoi(group(text, m, 2)))
		}},
	{"iso date", regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		func(text string, m []int) (Date, bool) {
			return fullDate(atoi(group(text, m, 1)), atoi(group(text, m, 2)), atoi(group(text, m, 3)))
		}},
	{"month year", regexp.MustCompile(`\b` + monthRE + `,?\s+(?:of\s+)?(\d{3,4})\b`),
		func(text string, m []int) (Date, bool) {
			y := atoi(group(text, m, 2))
			return Date{EDTF: yearEDTF(y) + "-" + twoDigits(monthNumber(group(text, m, 1)))}, true
		}},
	{"year range", regexp.MustCompile(`\b(\d{4})` + dashRE + `(\d{4}|\d{2})\b`),
		func(text string, m []int) (Date, bool) {
			if !yearContext(text, Span{m[0], m[1]}) {
				return Date{}, false
			}
			return yearRange(group(text, m, 1), group(text, m, 2))
		}},
	{"from year to year", regexp.MustCompile(`(?i)\b(?:from|between)\s+(\d{4})\s+(?:to|and|until|till)\s+(\d{4}|\d{2})\b`),
		func(text string, m []int) (Date, bool) {
			return yearRange(group(text, m, 1), group(text, m, 2))
		}},
	{"season", regexp.MustCompile(`(?i)\b(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})(?:` + dashRE + `(\d{4}|\d{2}))?\b`),
		func(text string, m []int) (Date, bool) {
			season := map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
			y := atoi(group(text, m, 2))
			if end := group(text, m, 3); end != "" {
				// "the winter of 1932–33" takes the year it begins in.
				if r, ok := yearRange(group(text, m, 2), end); !ok || r.EDTF != yearEDTF(y)+"/"+yearEDTF(y+1) {
					return Date{}, false
				}
			}
			return Date{EDTF: yearEDTF(y) + "-" + strconv.Itoa(season[strings.ToLower(group(text, m, 1))])}, true
		}},
	{"decade", regexp.MustCompile(`\b(\d{3})0'?s\b`),
		func(text string, m []int) (Date, bool) {
			return Date{EDTF: group(text, m, 1) + "X"}, true
		}},
	{"century", regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b`),
		func(text string, m []int) (Date, bool) {
			return centuryDate(atoi(group(text, m, 1)))
		}},
	{"century in words", regexp.MustCompile(`(?i)\b(` + ordinalWordRE + `)[\s-]+century\b`),
		func(text string, m []int) (Date, bool) {
			return centuryDate(ordinalWords[strings.ToLower(group(text, m, 1))])
		}},
	{"year before Christ", regexp.MustCompile(`\b(\d{1,4})\s*(BCE|BC|B\.C\.E\.|B\.C\.)`),
		func(text string, m []int) (Date, bool) {
			y := atoi(group(text, m, 1))
			if y == 0 {
				return Date{}, false
			}
			return Date{EDTF: yearEDTF(1 - y)}, true
		}},
	{"year of our Lord", regexp.MustCompile(`\b(?:AD|A\.D\.|CE)\s*(\d{1,4})\b|\b(\d{1,4})\s*(?:AD|A\.D\.|CE)\b`),
		func(text string, m []int) (Date, bool) {
			y := group(text, m, 1) + group(text, m, 2)
			return Date{EDTF: yearEDTF(atoi(y))}, true
		}},
	{"year", regexp.MustCompile(`\b(1\d{3}|20\d{2})\b`),
		func(text string, m []int) (Date, bool) {
			if !yearContext(text, Span{m[0], m[1]}) {
				return Date{}, false
			}
			return Date{EDTF: group(text, m, 1)}, true
		}},
	{"anaphoric", regexp.MustCompile(`(?i)\b(that|the same|the following|the next|the previous|the preceding|the prior)\s+(year|month)\b`),
		func(text string, m []int) (Date, bool) {
			n := map[string]int{"that": 0, "the same": 0, "the following": 1, "the next": 1,
				"the previous": -1, "the preceding": -1, "the prior": -1}[strings.ToLower(strings.Join(strings.Fields(group(text, m, 1)), " "))]
			return Date{Shift: &Shift{Unit: strings.ToLower(group(text, m, 2)), N: n}}, true
		}},
	{"interval later", regexp.MustCompile(`(?i)\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(years?|months?|decades?)\s+(later|earlier|afterwards?)\b`),
		func(text string, m []int) (Date, bool) {
			n, ok := smallNumber(group(text, m, 1))
			if !ok {
				return Date{}, false
			}
			unit := strings.TrimSuffix(strings.ToLower(group(text, m, 2)), "s")
			if unit == "decade" {
				unit, n = "year", n*10
			}
			if strings.EqualFold(group(text, m, 3), "earlier") {
				n = -n
			}
			return Date{Shift: &Shift{Unit: unit, N: n}}, true
		}},
}

const ordinalWordRE = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first`

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21,
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func smallNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
		"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
		"twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}[strings.ToLower(s)]
	return n, ok
}

func fullDate(y, m, d int) (Date, bool) {
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{EDTF: yearEDTF(y) + "-" + twoDigits(m) + "-" + twoDigits(d)}, true
}

// yearRange reads "1958" and "62" or "1962" as the interval 1958/1962; an
// abbreviated end year takes the century of the start.
func yearRange(a, b string) (Date, bool) {
	start := atoi(a)
	end := atoi(b)
	if len(b) == 2 {
		end = start/100*100 + end
	}
	if end <= start || end-start > 200 {
		return Date{}, false
	}
	return Date{EDTF: yearEDTF(start) + "/" + yearEDTF(end)}, true
}

func centuryDate(n int) (Date, bool) {
	if n < 1 || n > 21 {
		return Date{}, false
	}
	return Date{EDTF: twoDigits(n-1) + "XX"}, true
}

// dateContextWords are the words after which a bare year is a date.
var dateContextWords = setOf(
	"in", "by", "of", "for", "from", "since", "until", "till", "to", "during",
	"after", "before", "around", "circa", "c", "ca", "early", "mid", "late",
	"between", "and", "or", "through", "throughout", "spring", "summer",
	"autumn", "fall", "winter", "year", "end", "beginning", "start", "middle",
	"within", "on", "at", "than", "as", "about", "ending", "starting",
)

// yearContext reports whether a bare year (or year range) is used as a date:
// after a preposition or a word such as "late", inside parentheses, before
// a noun it qualifies ("the 1958 harvest", "Mao's 1958 campaign"), or
// opening a sentence before a comma. Elsewhere a number in the range of
// years is taken for what it counts ("1958 tractors", "It cost 1500.").
func yearContext(text string, s Span) bool {
	before := strings.TrimRight(text[:s.Start], " \t")
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "mid-") {
		return true
	}
	w := lastWord(before)
	lw := strings.ToLower(w)
	if dateContextWords[lw] || lw == "the" || lw == "this" ||
		strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") {
		return true
	}
	if abbr := strings.ToLower(lastWord(strings.TrimSuffix(before, "."))); strings.HasSuffix(before, ".") && (abbr == "c" || abbr == "ca") {
		return true // c. 1500
	}
	if strings.HasSuffix(before, ",") && strings.ContainsAny(s.Text(text), "–—-") {
		return true // "Mao Zedong, 1893–1976"
	}
	after := strings.TrimLeft(text[s.End:], " \t")
	opens := before == "" || strings.HasSuffix(before, "\n") || strings.HasSuffix(before, ".")
	return opens && strings.HasPrefix(after, ",")
}

// lastWord returns the run of ASCII letters at the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return s[i:]
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

var (
	innerModRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:(early|mid|middle|late)(?:-|\s+)|(end|beginning|start|middle|close|turn)\s+of\s+(?:the\s+)?)$`)
	outerModRE = regexp.MustCompile(`(?i)\b(by|before|after|until|till|since)\s+$`)
	approxRE   = regexp.MustCompile(`(?i)(?:\b(?:circa|ca\.|around)|\bc\.)\s*$`)
	theRE      = regexp.MustCompile(`(?i)\bthe\s+$`)
)

var modWords = map[string]string{
	"early": "early", "mid": "mid", "middle": "mid", "late": "late",
	"end": "end", "close": "end", "beginning": "start", "start": "start", "turn": "end",
	"by": "by", "before": "before", "after": "after", "until": "until", "till": "until", "since": "since",
}

// lookBack matches re against the text just before start and returns the
// match's start and its first non-empty group.
func lookBack(text string, floor, start int, re *regexp.Regexp) (int, string, bool) {
	from := max(floor, start-48)
	m := re.FindStringSubmatchIndex(text[from:start])
	if m == nil || (from+m[0] > 0 && isASCIILetter(text[from+m[0]-1])) {
		return start, "", false
	}
	word := ""
	for i := 2; i < len(m); i += 2 {
		if m[i] >= 0 {
			word = text[from+m[i] : from+m[i+1]]
			break
		}
	}
	return from + m[0], word, true
}

// withModifiers widens a date over the words before it that modify it: "the",
// "late", "the end of", "by", "c.". It looks no further back than floor.
func withModifiers(text string, floor int, d Date) Date {
	if d.Shift != nil {
		return d
	}
	if st, w, ok := lookBack(text, floor, d.Start, innerModRE); ok {
		d.Start, d.Mod = st, modWords[strings.ToLower(w)]
	} else if st, _, ok := lookBack(text, floor, d.Start, theRE); ok && strings.HasSuffix(d.EDTF, "X") {
		d.Start = st
	}
	if st, _, ok := lookBack(text, floor, d.Start, approxRE); ok && !strings.Contains(d.EDTF, "/") {
		d.Start, d.EDTF = st, d.EDTF+"~"
	}
	if d.Mod == "" {
		if st, w, ok := lookBack(text, floor, d.Start, outerModRE); ok {
			d.Start, d.Mod = st, modWords[strings.ToLower(w)]
		}
	}
	return d
}

// Dates finds the date expressions of text, in order: absolute dates
// normalised to EDTF with their modifiers, and relative ones ("that year")
// with the Shift that resolves them. Where forms overlap, the longest wins.
func Dates(text string) []Date {
	var found []Date
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(text, -1) {
			d, ok := p.parse(text, m)
			if !ok {
				continue
			}
			d.Span = Span{m[0], m[1]}
			found = append(found, d)
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].Start != found[j].Start {
			return found[i].Start < found[j].Start
		}
		return found[i].End > found[j].End
	})
	var out []Date
	end := 0
	for _, d := range found {
		if d.Start < end {
			continue
		}
		d = withModifiers(text, end, d)
		out = append(out, d)
		end = d.End
	}
	return out
}
