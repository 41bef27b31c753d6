package sentences

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// oldReference reports whether the full stop at text[stop] closes a part
// of an old citation or amount rather than a sentence: a Roman numeral in
// lower case before a number or another part of the reference ("vol. ii.
// 87", "iv. 419", "lib. iii. c. 4"), or the l., s. and d. of pounds,
// shillings and pence before more figures ("3l. 10s. 6d."). next is the
// word after the stop.
func oldReference(text string, start, stop int, word, next string) bool {
	if word == "" || next == "" {
		return false
	}
	digitNext := lex.IsDigit(next[0])
	if lex.RomanLower(word) && (digitNext || lex.RomanLower(strings.ToLower(next)) && next == strings.ToLower(next)) {
		return true
	}
	if digitNext && lex.LSDLetters[word] > 0 && stop-len(word) > start && lex.IsDigit(text[stop-len(word)-1]) {
		return true
	}
	return false
}
