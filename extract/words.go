package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordKind tells the kinds of lexical item the quantity grammar reads.
type wordKind uint8

const (
	wordLetters wordKind = iota // letters, with inner hyphens and apostrophes: "Five-Year", "People’s"
	wordNumber                  // digits with inner separators: "600,000", "1.5"
	wordSymbol                  // a currency or percent sign
	wordPunct                   // any other non-space character
)

// word is one lexical item of a text. Joined is true when no space separates
// it from the item before ("66bn", "500m", "98%").
type word struct {
	Span
	kind   wordKind
	text   string
	lower  string
	joined bool
}

// words splits text into lexical items for the quantity grammar.
func words(text string) []word {
	var out []word
	prevEnd := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		start := i
		var kind wordKind
		switch {
		case unicode.IsSpace(r):
			i += size
			continue
		case r >= '0' && r <= '9':
			kind = wordNumber
			i = scanNumber(text, i)
		case unicode.IsLetter(r):
			kind = wordLetters
			i = scanLetters(text, i)
		case strings.ContainsRune("$£€¥%", r):
			kind = wordSymbol
			i += size
		default:
			kind = wordPunct
			i += size
		}
		w := word{Span: Span{start, i}, kind: kind, text: text[start:i], joined: start == prevEnd}
		w.lower = strings.ToLower(w.text)
		out = append(out, w)
		prevEnd = i
	}
	return out
}

// scanNumber returns the end of the number that starts at i: digits, with
// single commas, dots or thin spaces between digit groups.
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		if r, size := utf8.DecodeRuneInString(text[i:]); (r == '\u2009' || r == '\u202F') &&
			i+size+3 <= len(text) && isDigits(text[i+size:i+size+3]) {
			i += size
			continue
		}
		break
	}
	return i
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// scanLetters returns the end of the word that starts at i: letters, with
// single hyphens or apostrophes between letters.
func scanLetters(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			i += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(text[i+size:]); unicode.IsLetter(r2) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// capitalised reports whether the word starts with an upper-case letter.
func (w word) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return unicode.IsUpper(r)
}
