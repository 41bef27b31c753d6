package dates

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// Whether a number is a year: "in 1958" is a date, "1958 tractors" a count,
// "Route 66" and "p. 1958" neither. The words before the number say how
// likely a year is (ctxLevel); the word after can still make it a count.

// strongYearWords are the words after which a number is a year unless a
// count noun follows ("in 1958", "by 1972", "born 1893").
var strongYearWords = lex.SetOf("in", "during", "since", "until", "till", "throughout", "circa", "before",
	"after", "by", "from", "between", "early", "late", "mid", "year", "born", "died", "anno",
	"dated", "spring", "summer", "autumn", "fall", "winter", "pre", "post", "through", "censuses",
	"census", "election", "elections", "ca", "circ", "years")

// weakYearWords are the words after which a number is a year unless a
// plural noun follows ("the 1958 harvest", "the census of 1851", not "the
// 1500 men" or "a force of 1500 horsemen").
var weakYearWords = lex.SetOf("the", "this", "that", "his", "her", "its", "their", "our", "around",
	"about", "whose", "same", "of", "for")

// abbrevYearWords are abbreviations that, with their full stop, put a
// year after them: "c. 1500", "b. 1893", "d. 1832", "fl. 1380", "r. 1558–1603".
var abbrevYearWords = lex.SetOf("c", "ca", "circ", "b", "d", "fl", "r", "cca")

// yearContextAt says how strongly the words before token i make it a year.
func (p *dateParser) yearContextAt(i int) ctxLevel {
	if i <= 0 || p.toks[i].Line {
		return p.openingYear(i)
	}
	prev := p.toks[i-1]
	switch {
	case prev.Kind == lex.WordLetters:
		w := prev.Lower
		switch {
		case strongYearWords[w]:
			return ctxStrong
		case weakYearWords[w]:
			return ctxWeak
		case w == "s" && i >= 2 && p.mark(i-2) == "'" && p.joined(i-1):
			return ctxWeak // Mao's 1958 campaign
		}
		if p.yearObject(i) {
			return ctxWeak // "to close out 2021.", "that have plagued 2021,"
		}
	case isMark(prev):
		switch m := prev.Lower; {
		case m == "(" || m == "[":
			return ctxWeak
		case m == "," && (p.word(i-2) == "year" || p.word(i-2) == "years"):
			return ctxStrong // "The next year, 1846, the crop failed again."
		case m == ".":
			if abbrevYearWords[p.word(i-2)] && p.joined(i-1) {
				return ctxStrong
			}
			return p.openingYear(i)
		case isDash(m) && p.joined(i-1) && p.joined(i):
			if w := p.word(i - 2); w == "mid" || w == "pre" || w == "post" {
				return ctxStrong
			}
		case m == "!" || m == "?" || m == "“" || m == "\"" || m == ":" || m == ";":
			return p.openingYear(i)
		}
	}
	return ctxNone
}

// yearObject reports whether a number of this century or the last (1900
// to 2100) ends a clause after a word that does not lead to a count:
// "to close out 2021.", "supply problems that have plagued 2021,". Written
// alone where a count would need its noun, such a number is a year.
func (p *dateParser) yearObject(i int) bool {
	t := p.toks[i]
	if !isInt(t) || t.Form == lex.Grouped || ndigits(t) != 4 || num(t) < 1900 || num(t) > 2100 || p.joined(i) {
		return false
	}
	if i+1 < len(p.toks) {
		switch m := p.mark(i + 1); m {
		case ".", ",", ";", ")":
			if p.joined(i+2) && p.isNum(i+2) {
				return false // "2021.5", "2,021"
			}
		default:
			return false
		}
	}
	switch p.word(i - 1) {
	case "was", "is", "were", "became", "remains", "remained":
		// "The deadliest year of the war was 1968.": a year is what the
		// subject is.
		for k := i - 2; k >= 0 && k >= i-10 && !p.sentenceStart(k+1); k-- {
			if w := p.word(k); w == "year" || w == "years" {
				return true
			}
		}
	}
	return !countLeads[p.word(i-1)]
}

// countLeads are the words after which a lone number is a count or an
// amount rather than a year: "reached 2021", "of 2021", "about 2021".
var countLeads = lex.SetOf("to", "of", "at", "than", "about", "some", "around", "is", "was", "were", "are", "be",
	"been", "reached", "totalled", "totaled", "numbered", "hit", "exceeded", "topped", "approximately", "nearly",
	"almost", "over", "under", "only", "just", "per", "and", "or", "a", "an", "with", "plus", "minus", "times",
	"number", "total", "sum", "count", "score", "code", "no", "page", "pages", "p", "pp", "room", "flight", "route",
	"model", "version", "equals", "equalled", "gave", "give", "gives", "makes", "made", "rose", "fell",
	"up", "down", "by", "from", "within", "roughly", "barely", "least", "most", "exactly", "precisely", "scored",
	"counted", "recorded", "registered", "sold", "won", "earned", "paid", "cost", "costs", "weighed", "measured",
	"killed", "employed", "housed", "held", "had", "has", "have", "numbering", "totalling", "totaling")

// openingYear says whether a number that opens a sentence is a year: "1958,
// the year of the furnaces" or "1958: the harvest" (a heading).
func (p *dateParser) openingYear(i int) ctxLevel {
	if m := p.mark(i + 1); m == "," || m == ":" {
		return ctxStrong
	}
	return ctxNone
}

// sentenceStart reports whether token i opens a sentence (or the text).
func (p *dateParser) sentenceStart(i int) bool {
	if i <= 0 || p.toks[i].Line {
		return true
	}
	switch p.mark(i - 1) {
	case ".", "!", "?", "“", "\"", ":":
		return true
	}
	return false
}

// countAfter reports whether the word at i makes the number before it a
// count: a count noun ("men", "tons", "years"), a scale ("1500 million"), a
// percent sign, a compound adjective ("a 1500-man army") or, after a weak
// context, any plural that is not an event ("the 1200 horses" but "the 1958
// elections").
func (p *dateParser) countAfter(i int, ctx ctxLevel) bool {
	if i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	if isMark(t) {
		switch {
		case t.Lower == "%":
			return true
		case isDash(t.Lower) && p.joined(i) && p.joined(i+1) && p.tokAt(i+1).Kind == lex.WordLetters:
			return !dateUnitish(p.word(i + 1)) // "a 1500-man army" (but "1958-style"?)
		}
		return false
	}
	if t.Kind != lex.WordLetters {
		return false
	}
	w := t.Lower
	if (w == "more" || w == "fewer" || w == "less") && ctx >= ctxStrong && p.word(i+1) == "than" {
		return false // "In 1961 more than 30 million people had died": the year of a count
	}
	switch {
	case lex.CountNouns[w], w == "million", w == "billion", w == "thousand", w == "hundred", w == "millions":
		return true
	case len(w) > 4 && strings.HasSuffix(w, "men"):
		return true
	case ctx <= ctxWeak && isPlural(w) && !lex.EventPlurals[w]:
		return true
	}
	return false
}

// dateUnitish reports whether a word joined to a year by a hyphen leaves it
// a date ("1958-style", "1958-model"), unlike a unit ("1500-man").
func dateUnitish(w string) bool {
	switch w {
	case "era", "style", "vintage", "model", "type", "class", "pattern":
		return true
	}
	return false
}

// notPlural are words that end in s and are not plurals.
var notPlural = lex.SetOf("this", "was", "has", "his", "its", "does", "thus", "whereas", "always", "perhaps",
	"towards", "afterwards", "as", "is", "us", "yes", "less", "unless", "across", "news", "politics",
	"economics", "mathematics", "physics", "series", "species", "status", "census", "famous",
	"various", "previous", "serious", "religious", "enormous", "numerous", "onwards", "downwards",
	"upwards", "backwards", "forwards", "besides", "sometimes", "nevertheless", "olympics", "alas",
	"whereas", "campus", "bonus", "virus", "crisis", "basis", "thesis", "analysis", "emphasis",
	"genesis", "exodus", "chaos", "ethos", "pathos", "atlas", "canvas")

func isPlural(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !notPlural[w]
}

// pageBefore reports whether the number at i is a page, volume, note or
// other reference ("p. 1958", "vol. 1200–1250", "Route 66"; see
// references.go).
func (p *dateParser) pageBefore(i int) bool {
	if p.oldCitationBefore(i) {
		return true // "iii. 424", "i. 124, 206"
	}
	j := i - 1
	dotted := p.mark(j) == "."
	if dotted {
		j--
	}
	return lex.IsPageWord(p.word(j), dotted)
}

// numberCode reports whether the number at i is one group of a longer code
// of figures: "138-2010-2015", "123-12-1234".
func (p *dateParser) numberCode(i int) bool {
	if i >= 2 && p.joined(i) && isMark(p.toks[i-1]) && p.joined(i-1) && isInt(p.toks[i-2]) {
		switch p.toks[i-1].Lower {
		case "-", "/", ".", ":", "–":
			return true
		}
	}
	return false
}
