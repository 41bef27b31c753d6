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
	// "3 Hen. VIII", "13 Eliz. c. 5": a king's name cut short before his
	// number.
	if v, ok := lex.RomanValue(next); ok && lex.Capitalised(word) && len(word) >= 2 && strings.ToUpper(next) == next && (v > 1 || regnalAbbreviations[word]) {
		return true
	}
	if regnalAbbreviations[word] && (digitNext || next == "c" || next == "cap") {
		return true
	}
	if digitNext && lex.LSDLetters[word] > 0 && stop-len(word) > start && lex.IsDigit(text[stop-len(word)-1]) {
		return true
	}
	return false
}

// regnalAbbreviations are the shortened names of English kings and queens
// in citations of statutes and records ("3 Hen. VIII", "13 Eliz.").
var regnalAbbreviations = lex.SetOf("Hen", "Edw", "Ed", "Ric", "Rich", "Eliz", "Jac", "Car", "Geo", "Gul", "Will", "Wm", "Vict", "Phil", "Mar", "Joh", "Steph", "Chas", "Jas")
