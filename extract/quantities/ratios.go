package extract

import "strings"

// ratioAt reads a ratio at ws[i]: "one in four", "nine out of ten", "1 in
// 4", "a third of", "two-thirds of", "half of", "half the", "3/4 of", and,
// where bare is true (after a qualifier or "by"), a fraction alone: "more
// than half", "fell by a third". It returns the value, the index after the
// ratio and the index after its last number (the span ends there).
func ratioAt(ws []word, i int, bare bool) (float64, int, bool) {
	if i >= len(ws) {
		return 0, i, false
	}
	// "one in four", "nine out of ten", "one in every five"
	if a, ok := smallCount(ws, i); ok && a.next < len(ws) {
		k := a.next
		if k+1 < len(ws) && ws[k].lower == "out" && ws[k+1].lower == "of" {
			k += 2
		} else if ws[k].lower == "in" {
			k++
		} else {
			k = -1
		}
		if k > 0 && k < len(ws) && ws[k].lower == "every" {
			k++
		}
		if k > 0 {
			if b, ok := smallCount(ws, k); ok && b.value > a.value && !(b.plain && b.value >= 1000) &&
				a.words == b.words {
				return a.value / b.value, b.next, true
			}
		}
	}
	// "3/4 of"
	if f, next, ok := slashFraction(ws, i); ok && next < len(ws) && ws[next].lower == "of" && f > 0 && f <= 1 {
		return f, next + 1, true
	}
	// "half of", "half the"
	if ws[i].lower == "half" {
		if i > 0 && halfNotRatio[ws[i-1].lower] {
			return 0, i, false // the second half of the century
		}
		if i+1 < len(ws) && ws[i+1].lower == "of" {
			return 0.5, i + 2, true
		}
		if i+1 < len(ws) && (ws[i+1].lower == "the" || ws[i+1].lower == "its" || ws[i+1].lower == "their" ||
			ws[i+1].lower == "his" || ws[i+1].lower == "her") {
			return 0.5, i + 1, true
		}
		if bare {
			return 0.5, i + 1, true
		}
		return 0, i, false
	}
	// "a third of", "two-thirds of", "three quarters of"
	f, next, ok := fractionAt(ws, i)
	if !ok {
		return 0, i, false
	}
	if next < len(ws) && ws[next].lower == "of" {
		if next+2 < len(ws) && (ws[next+1].lower == "a" || ws[next+1].lower == "an") && scaleOrCount(ws[next+2].lower) >= 1e3 {
			return 0, i, false // "a quarter of a million" is a number
		}
		return f, next + 1, true
	}
	if bare || (strings.Contains(ws[i].lower, "-") && next < len(ws) && ws[next].kind == wordLetters) {
		return f, next, true // "by a third", "a two-thirds majority"
	}
	return 0, i, false
}

// halfNotRatio are the words before "half" that make it a part of time or
// order, not a share: "the second half of the century".
var halfNotRatio = setOf("first", "second", "latter", "former", "last", "other", "early", "later",
	"earlier", "back", "front", "top", "bottom", "upper", "lower", "better", "one")

// smallCount reads a number for a ratio: digits or words, without scale.
func smallCount(ws []word, i int) (number, bool) {
	if i >= len(ws) {
		return number{}, false
	}
	if ws[i].kind == wordNumber {
		if !isDigits(ws[i].text) {
			return number{}, false
		}
		n, ok := digitsAt(ws, i, false)
		return n, ok && !n.scaled
	}
	if ws[i].lower == "a" || ws[i].lower == "an" {
		return number{}, false
	}
	n, ok := wordNumberAt(ws, i)
	return n, ok && n.value >= 1 && (n.value < 100 || n.scaled)
}
