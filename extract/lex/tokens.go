package lex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind tells what a token is.
type Kind uint8

// The kinds of token. The zero Kind is no token (what a grammar reads past
// the end of its tokens).
const (
	WordLetters Kind = iota + 1 // a word: letters and combining marks ("Mao", "shek"); Words joins compounds ("Five-Year", "People’s")
	WordNumber                  // a number in digits, read by the one number reader: "1958", "600,000", "1.5", "1½", "½", ".25"
	WordSymbol                  // a currency sign or a percent sign
	WordPunct                   // any other character that is not a space
)

// NumberForm tells how a number token is written.
type NumberForm uint8

// The forms of a number.
const (
	Plain    NumberForm = iota // digits only: "1958", "007"
	Grouped                    // digit groups with separators: "10,000", "1.000.000", "12,34,567", "12 500" (thin space)
	Decimal                    // with a decimal point or comma: "1.5", "1,234.5", "1.234,5", ".25"
	Fraction                   // with a vulgar fraction: "1½", "½"
)

// Token is one lexical item of a text: a word, a number, a symbol or a mark
// of punctuation, with its byte span. White space only separates tokens;
// each remembers whether space (Joined) or a line break (Line) came before
// it. A word is a run of letters: hyphens and apostrophes are marks of
// their own ("Kai", "-", "shek"; "Mao", "'", "s"), which the quantity
// grammar's view (Words) joins back into compound words.
type Token struct {
	Span
	Lit string // the text of the token
	// Lower is the form the word lists are keyed by: a word in lower case
	// with its apostrophes straight; a dash in its canonical form (Dash);
	// any apostrophe as "'"; otherwise Lit.
	Lower  string
	Value  float64    // numbers: the value
	Digits uint8      // numbers: how many digits it is written with (at most 255)
	Form   NumberForm // numbers: how it is written
	Kind   Kind
	Joined bool // no space comes between it and the token before (false for the first token)
	Line   bool // a line break, or the start of the text, comes before it
	// Capital is true for a word whose first letter is upper case, AllCaps
	// for one whose every letter is.
	Capital, AllCaps bool
}

// Tokens splits text into tokens.
func Tokens(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text to out.
func AppendTokens(out []Token, text string) []Token { return appendTokens(out, text, 0, false) }

// AppendTokensIn appends the tokens of the part s of text (a sentence) to
// out, their spans offsets into text. The part is read as if it were the
// whole text: its first token is at the start of a line and joined to
// nothing.
func AppendTokensIn(out []Token, text string, s Span) []Token {
	return appendTokens(out, text[:s.End], s.Start, false)
}

// appendTokens appends the tokens of text from offset start to out,
// joining compound words as it goes when compounds is true (see
// Compounds).
func appendTokens(out []Token, text string, start int, compounds bool) []Token {
	joined, line := false, true
	first := len(out)
	for i := start; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		switch {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			i++
			joined = false
			continue
		case c == '\n' || c == '\r':
			i++
			joined, line = false, true
			continue
		case c >= utf8.RuneSelf:
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				joined = false
				line = line || r == '\u2028' || r == '\u2029' || r == '\u0085'
				continue
			}
		}
		out = append(out, Token{Span: Span{Start: i}, Joined: joined, Line: line})
		t := &out[len(out)-1]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			i = scanWord(text, i, t)
		case c >= '0' && c <= '9':
			i = scanDigits(text, i, t, plainOnly(out[first:len(out)-1], joined))
		case c == '.' && !joined && i+1 < len(text) && IsDigit(text[i+1]):
			if end := scanDigits(text, i, t, false); end > i {
				i = end // ".25"
			} else {
				*t = Token{Span: t.Span, Kind: WordPunct, Lit: ".", Lower: ".", Joined: joined, Line: line}
				i++
			}
		case c == '$' || c == '%':
			t.Kind, t.Lit, t.Lower = WordSymbol, text[i:i+1], text[i:i+1]
			i++
		case c < utf8.RuneSelf:
			t.Kind, t.Lit, t.Lower = WordPunct, text[i:i+1], text[i:i+1]
			i++
		case unicode.IsLetter(r):
			i = scanWord(text, i, t)
		default:
			i += size
			switch {
			case vulgarFractions[r] != 0:
				t.Kind, t.Form, t.Value = WordNumber, Fraction, vulgarFractions[r]
			case currencySigns[r] != "":
				t.Kind = WordSymbol
			default:
				t.Kind = WordPunct
			}
			t.Lit = text[t.Start:i]
			t.Lower = t.Lit
			if d := Dash(t.Lit); d != "" {
				t.Lower = d // one form for each kind of dash: "‒" is "–"
			} else if IsApostrophe(r) {
				t.Lower = "'"
			}
		}
		t.End = i
		joined, line = true, false
		if compounds && t.Kind == WordLetters && t.Joined {
			out = joinCompound(out, first, text)
		}
	}
	return out
}

// scanWord reads the word that starts at i into t and returns its end: a
// letter, then letters and combining marks.
func scanWord(text string, i int, t *Token) int {
	start := i
	ascii, upper := true, false
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			if c <= 'Z' {
				upper = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) {
			break
		}
		ascii = false
		i += size
	}
	t.Kind = WordLetters
	t.Lit = text[start:i]
	t.Lower = t.Lit
	switch {
	case ascii && upper:
		t.Capital = text[start] <= 'Z'
		t.Lower = LowerForm(t.Lit)
		t.AllCaps = t.Capital && noLowerASCII(t.Lit)
	case !ascii:
		t.Capital = Capitalised(t.Lit)
		t.Lower = LowerForm(t.Lit)
		t.AllCaps = t.Capital && allUpper(t.Lit)
	}
	return i
}

// noLowerASCII reports whether the ASCII word s has no lower-case letter.
func noLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' {
			return false
		}
	}
	return true
}

// allUpper reports whether every letter of s is upper case.
func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r) {
			return false
		}
	}
	return true
}

// LowerForm returns the form of a word the word lists are keyed by: in
// lower case, with a curly apostrophe made straight and any hyphen made
// "-" ("People’s" is "people's"). It allocates only when s changes.
func LowerForm(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Map(lowerStraight, s)
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// plainOnly reports whether a number that starts after the tokens ts (joined
// to the last when joined is true) must be read as plain digits: it follows
// a number and a separator joined to both, as "1959" in "1958,1959" and
// "03" in "12.03.1958" do, once the run as a whole proved no number.
func plainOnly(ts []Token, joined bool) bool {
	n := len(ts)
	if !joined || n < 2 {
		return false
	}
	sep, num := ts[n-1], ts[n-2]
	return sep.Joined && num.Kind == WordNumber && (sep.Lit == "," || sep.Lit == ".")
}

// scanDigits reads the number that starts at i (a digit, or a full stop
// before one) into t and returns its end. It takes the longest run of
// digits with separators and a vulgar fraction that scanNumber finds and
// keeps it whole when ParseDigits, the one number reader, reads it; else
// (or when plain is true) the number is the first run of digits alone, and
// the separators and digits after it are tokens of their own: "1958,1959"
// is two years, "12.03.1958" a date, "2.4.1" a version. A full stop is a
// number only with the digits after it (".25").
func scanDigits(text string, i int, t *Token, plain bool) int {
	start := i
	j := i
	if text[j] == '.' {
		j++
	}
	for j < len(text) && IsDigit(text[j]) {
		j++
	}
	digitsEnd := j
	t.Kind, t.Form = WordNumber, Plain
	if !plain {
		end := scanNumber(text, digitsEnd)
		if end > digitsEnd || text[start] == '.' {
			if v, ok := ParseDigits(text[start:end]); ok {
				t.Lit, t.Lower, t.Value = text[start:end], text[start:end], v
				t.Form = numberForm(t.Lit)
				t.Digits = countDigits(t.Lit)
				return end
			}
			if text[start] == '.' {
				return start // no number
			}
		}
	}
	t.Lit, t.Lower = text[start:digitsEnd], text[start:digitsEnd]
	t.Digits = uint8(min(digitsEnd-start, 255))
	if digitsEnd-start <= 15 {
		v := 0.0
		for k := start; k < digitsEnd; k++ {
			v = v*10 + float64(text[k]-'0')
		}
		t.Value = v
	} else {
		t.Value, _ = strconv.ParseFloat(t.Lit, 64)
	}
	return digitsEnd
}

// numberForm tells the form of a number that ParseDigits reads and that
// has more than plain digits.
func numberForm(s string) NumberForm {
	if r, _ := utf8.DecodeLastRuneInString(s); vulgarFractions[r] != 0 {
		return Fraction
	}
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	if dots == 1 && commas == 0 || commas > 0 && dots > 0 {
		return Decimal // "1.5", "1,234.5", "1.234,5"
	}
	return Grouped // "10,000", "1.000.000", "12 500"
}

// countDigits counts the digits of s, at most 255.
func countDigits(s string) uint8 {
	n := 0
	for i := 0; i < len(s); i++ {
		if IsDigit(s[i]) {
			n++
		}
	}
	return uint8(min(n, 255))
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

// IsDigit reports whether c is an ASCII digit.
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

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !IsDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
