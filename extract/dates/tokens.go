package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
)

// The date grammar reads a text as a run of tokens: words (letters), numbers
// (digits, with thousands separators: "10,000") and single marks of
// punctuation, the curly apostrophe read as a straight one. White space only separates them, but each token remembers
// whether space came before it, so that "5th" (a number joined to a word)
// and "1958 – 1961" can be told apart from "5 th" and "1958–1961" where it
// matters.

type dtokKind uint8

const (
	dtWord dtokKind = iota + 1
	dtNum
	dtMark
)

// dtok is one token of the date grammar.
type dtok struct {
	lex.Span
	Low     string // words: the word in lower case; marks: the mark, ' for ’; numbers: the digits without separators
	n       int32  // numbers: the value (capped at 1e9)
	nd      uint8  // numbers: how many digits (capped at 255)
	kind    dtokKind
	grouped bool // numbers: written with thousands separators ("10,000")
	Space   bool // white space (or the start of the text) comes before it
	line    bool // a line break (or the start of the text) comes before it
	capital bool // words: the first letter is upper case
	allCaps bool // words: every letter is upper case ("BC", "AD")
}

// DateTokens splits text into the tokens of the date grammar, appending
// them to toks.
func DateTokens(text string, toks []dtok) []dtok {
	space, line := true, true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			space = true
			i++
			continue
		case c == '\n':
			space, line = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			t := numberToken(text, i)
			t.Space, t.line = space, line
			toks = append(toks, t)
			i = t.End
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				t := wordToken(text, i)
				t.Space, t.line = space, line
				toks = append(toks, t)
				i = t.End
			} else {
				toks = append(toks, dtok{Span: lex.Span{Start: i, End: i + 1}, kind: dtMark, Low: text[i : i+1], Space: space, line: line})
				i++
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					line = true
				}
				i += n
				continue
			case unicode.IsLetter(r):
				t := wordToken(text, i)
				t.Space, t.line = space, line
				toks = append(toks, t)
				i = t.End
			default:
				t := dtok{Span: lex.Span{Start: i, End: i + n}, kind: dtMark, Low: text[i : i+n], Space: space, line: line}
				if lex.IsApostrophe(r) {
					t.Low = "'" // one apostrophe for the word lists (see lowerStraight)
				}
				toks = append(toks, t)
				i += n
			}
		}
		space, line = false, false
	}
	return toks
}

// numberToken reads the digits at i, with thousands separators when every
// group after the first has three digits ("10,000", not "1958,1959").
func numberToken(text string, i int) dtok {
	j := i
	for j < len(text) && lex.IsDigit(text[j]) {
		j++
	}
	t := dtok{Span: lex.Span{Start: i, End: j}, kind: dtNum, Low: text[i:j], nd: uint8(min(j-i, 255))}
	if j-i <= 3 {
		k := j
		for k+3 < len(text)+0 && text[k] == ',' && lex.IsDigit(text[k+1]) && lex.IsDigit(text[k+2]) && lex.IsDigit(text[k+3]) &&
			(k+4 == len(text) || !lex.IsDigit(text[k+4])) {
			k += 4
		}
		if k > j {
			t.End, t.grouped = k, true
			t.Low = strings.ReplaceAll(text[i:k], ",", "")
			t.nd = uint8(min(len(t.Low), 255))
		}
	}
	n := int32(0)
	for k := 0; k < len(t.Low); k++ {
		if n < 1e8 {
			n = n*10 + int32(t.Low[k]-'0')
		} else {
			n = 1e9
		}
	}
	t.n = n
	return t
}

// wordToken reads the letters at i.
func wordToken(text string, i int) dtok {
	j := i
	ascii, upper, lower := true, 0, 0
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if c <= 'Z' {
				upper++
			} else {
				lower++
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		if unicode.IsUpper(r) {
			upper++
		} else {
			lower++
		}
		j += n
	}
	w := text[i:j]
	t := dtok{Span: lex.Span{Start: i, End: j}, kind: dtWord, Low: w}
	first, _ := utf8.DecodeRuneInString(w)
	t.capital = unicode.IsUpper(first)
	t.allCaps = upper > 0 && lower == 0
	if upper > 0 {
		if ascii {
			t.Low = asciiLower(w)
		} else {
			t.Low = strings.ToLower(w)
		}
	}
	return t
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isDash reports whether a mark joins the ends of a range: a dash of any
// kind (lex.IsDash).
func isDash(s string) bool { return lex.IsDash(s) }

// num returns the value of a number token.
func (t dtok) num() int { return int(t.n) }

// digits returns how many digits a number token has.
func (t dtok) digits() int { return int(t.nd) }

// Helpers over the token list. Each is safe for any index.

func (p *dateParser) word(i int) string {
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == dtWord {
		return p.toks[i].Low
	}
	return ""
}

func (p *dateParser) mark(i int) string {
	if i >= 0 && i < len(p.toks) && p.toks[i].kind == dtMark {
		return p.toks[i].Low
	}
	return ""
}

func (p *dateParser) isNum(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == dtNum
}

// joined reports whether token i follows token i-1 with no space between.
func (p *dateParser) joined(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].Space
}

// wordsAt reports whether the tokens from i are the given words, and returns
// the index after them. A hyphen may stand for a space ("mid-1960s" is read
// by other rules; this is for phrases such as "no later than").
func (p *dateParser) wordsAt(i int, words ...string) (int, bool) {
	for _, w := range words {
		if p.word(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// dotAfter skips a full stop right after token i-1 ("c." "Jan."), returning
// the index after it.
func (p *dateParser) dotAfter(i int) int {
	if p.mark(i) == "." && p.joined(i) {
		return i + 1
	}
	return i
}

// monthEnd returns the index after a month name at i and the full stop of
// its abbreviation ("Sept."), if any.
func (p *dateParser) monthEnd(i int) int {
	if monthAbbrev(p.word(i)) {
		return p.dotAfter(i + 1)
	}
	return i + 1
}
