package lex

import (
	"unicode"
	"unicode/utf8"
)

// IsNameRune reports whether r can be part of a name or word: a letter,
// a digit or a non-spacing mark.
func IsNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// FirstRune returns the first rune of s (utf8.RuneError when s is empty).
func FirstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// LastRune returns the last rune of s (utf8.RuneError when s is empty).
func LastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// AllCaps reports whether w has at least two letters and all of them are
// upper case.
func AllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}
