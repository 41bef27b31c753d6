package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a token in the quantity grammar's view (Words): compound words
// are one word ("Five-Year", "People’s").
type Word = Token

// Words splits text into the items of the quantity grammar: its tokens,
// with each compound word joined into one word.
func Words(text string) []Word {
	return AppendWords(make([]Word, 0, len(text)/5+1), text)
}

// AppendWords appends the items of text (see Words) to out.
func AppendWords(out []Word, text string) []Word { return appendTokens(out, text, 0, true) }

// Compounds joins, in place, the compound words of ts, the tokens of text:
// words with single hyphens or apostrophes between them and no space
// ("Five-Year", "twenty-six", "People’s", "O'Brien"). It returns the
// shortened slice.
func Compounds(ts []Token, text string) []Token {
	out := ts[:0]
	for _, t := range ts {
		out = append(out, t)
		if t.Kind == WordLetters && t.Joined {
			out = joinCompound(out, 0, text)
		}
	}
	return out
}

// joinCompound joins the last token of ts, a word joined to the one before,
// to the word before that when a hyphen or an apostrophe joins them,
// tokens before ts[first] left alone.
func joinCompound(ts []Token, first int, text string) []Token {
	n := len(ts)
	if n-first < 3 {
		return ts
	}
	m, w := &ts[n-2], &ts[n-3]
	if !m.Joined || m.Kind != WordPunct || w.Kind != WordLetters || m.Lower != Hyphen && m.Lower != "'" {
		return ts
	}
	w.End = ts[n-1].End
	w.Lit = text[w.Start:w.End]
	w.Lower = LowerForm(w.Lit)
	w.AllCaps = w.AllCaps && ts[n-1].AllCaps
	return ts[:n-2]
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
