package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is one lexical item of a text. Joined is true when no space separates
// it from the item before ("66bn", "500m", "98%").
type Word struct {
	Span
	Kind   Kind
	Lit    string
	Lower  string // the text in lower case, with a curly apostrophe made straight (see lowerStraight)
	Joined bool
}

// Words splits text into lexical items for the quantity grammar.
func Words(text string) []Word {
	return AppendWords(make([]Word, 0, len(text)/5+1), text)
}

// AppendWords appends the lexical items of text to out.
func AppendWords(out []Word, text string) []Word {
	prevEnd := -1
	for i := 0; i < len(text); {
		c := text[i]
		start := i
		var kind Kind
		curly := false // a curly apostrophe inside the word
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			kind = WordLetters
			i, curly = scanLetters(text, i)
		case c == ' ' || c >= '\t' && c <= '\r': // tab, line feed, vertical tab, form feed, carriage return
			i++
			continue
		case c >= '0' && c <= '9':
			kind = WordNumber
			i = scanNumber(text, i)
		case c == '.' && i+1 < len(text) && IsDigit(text[i+1]) && start != prevEnd:
			kind = WordNumber // ".25"
			i = scanNumber(text, i+1)
		case c == '$' || c == '%':
			kind = WordSymbol
			i++
		case c < utf8.RuneSelf:
			kind = WordPunct
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
				continue
			case vulgarFractions[r] != 0:
				kind = WordNumber
				i += size
			case unicode.IsLetter(r):
				kind = WordLetters
				i, curly = scanLetters(text, i)
			case currencySigns[r] != "":
				kind = WordSymbol
				i += size
			default:
				kind = WordPunct
				i += size
			}
		}
		w := Word{Span: Span{start, i}, Kind: kind, Lit: text[start:i], Joined: start == prevEnd}
		switch {
		case curly:
			w.Lower = strings.Map(lowerStraight, w.Lit)
		case kind == WordPunct && c >= utf8.RuneSelf:
			w.Lower = w.Lit
			if d := Dash(w.Lit); d != "" {
				w.Lower = d // one form for each kind of dash: "‒" is "–"
			}
		default:
			w.Lower = lowerWord(w.Lit)
		}
		out = append(out, w)
		prevEnd = i
	}
	return out
}

// lowerWord returns s in lower case, without allocating when it is already.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerStraight maps a rune to lower case and the curly apostrophe (’, the
// right single quotation mark) to the straight one, so that the word lists
// need hold only one of them: the lower-case form of "People’s" is
// "people's".
func lowerStraight(r rune) rune {
	if IsApostrophe(r) {
		return '\''
	}
	if IsHyphenRune(r) {
		return '-'
	}
	return unicode.ToLower(r)
}

func IsDigit(c byte) bool { return c >= '0' && c <= '9' }

// vulgarFractions are the single-character fractions: "½", "¾".
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4,
	'⅕': 1.0 / 5, '⅖': 2.0 / 5, '⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6,
	'⅚': 5.0 / 6, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8, '⅞': 7.0 / 8,
}

// scanNumber returns the end of the number that starts at i: digits, with
// single commas, dots, thin spaces or no-break spaces between digit groups,
// and a vulgar fraction straight after ("1½").
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if IsDigit(c) {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && IsDigit(text[i+1]) {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == '\u2009' || r == '\u202F' || r == '\u00A0') && i+size+3 <= len(text) &&
			IsDigits(text[i+size:i+size+3]) && (i+size+3 == len(text) || !IsDigit(text[i+size+3])) {
			i += size
			continue
		}
		if vulgarFractions[r] != 0 && i > 0 && IsDigit(text[i-1]) {
			i += size
		}
		break
	}
	return i
}

func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scanLetters returns the end of the word that starts at i: letters, with
// single hyphens or apostrophes between letters; curly says whether one of
// the apostrophes is curly.
func scanLetters(text string, i int) (end int, curly bool) {
	for i < len(text) {
		c := text[i]
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			i++
			continue
		}
		if c < utf8.RuneSelf && c != '-' && c != '\'' {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			i += size
			continue
		}
		if IsHyphenRune(r) || IsApostrophe(r) {
			if r2, _ := utf8.DecodeRuneInString(text[i+size:]); unicode.IsLetter(r2) {
				curly = curly || r != '-' && r != '\''
				i += size
				continue
			}
		}
		break
	}
	return i, curly
}

// Capitalised reports whether the word starts with an upper-case letter.
func (w Word) Capitalised() bool { return Capitalised(w.Lit) }

// Capitalised reports whether s starts with an upper-case letter.
func Capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// WholeWord reports whether s stands in text as a whole word: no letter,
// digit or combining mark touches it on either side.
func WholeWord(text string, s Span) bool {
	return (s.Start == 0 || !IsNameRune(LastRune(text[:s.Start]))) &&
		(s.End == len(text) || !IsNameRune(FirstRune(text[s.End:])))
}

// FoldSpace replaces each run of white space in s with one space and trims
// the ends.
func FoldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// SetOf makes a set of words.
func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// WithWords adds the words of tables (their keys) to the set m and returns
// m.
func WithWords[V any](m map[string]bool, tables ...map[string]V) map[string]bool {
	for _, t := range tables {
		for w := range t {
			m[w] = true
		}
	}
	return m
}

// SentenceStart reports whether ws[k] begins a sentence, a quotation or the
// text.
func SentenceStart(ws []Word, k int) bool {
	if k == 0 {
		return true
	}
	switch ws[k-1].Lit {
	case ".", "!", "?", "\"", "“", "‘", ":", "(", "[", "—", "–", ";", "-", "•", "*", "\n":
		return true
	}
	return false
}
