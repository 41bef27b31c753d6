package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// ratioAt reads a ratio at ws[i]: "one in four", "nine out of ten", "1 in
// 4", "a third of", "two-thirds of", "half of", "half the", "3/4 of", and,
// where bare is true (after a qualifier or "by"), a fraction alone: "more
// than half", "fell by a third". It returns the value, the index after the
// ratio and the index after its last number (the span ends there).
func ratioAt(ws []lex.Word, i int, bare bool) (float64, int, bool) {
	if i >= len(ws) {
		return 0, i, false
	}
	// "one in four", "nine out of ten", "one in every five"
	a, aok := smallCount(ws, i)
	if aok && a.Next < len(ws) {
		k := outOfAt(ws, a.Next)
		if k > 0 && k < len(ws) && ws[k].Lower == "every" {
			k++
		}
		if k > 0 {
			if b, ok := smallCount(ws, k); ok && b.Value > a.Value && !(b.Plain && b.Value >= 1000) &&
				a.Words == b.Words {
				return a.Value / b.Value, b.Next, true
			}
		}
	}
	// "two people out of every 10,000", "one child in every five": a noun
	// between the numbers, and "every" to say it is a rate.
	if aok && a.Next+3 < len(ws) && ws[a.Next].Kind == lex.WordLetters &&
		!ws[a.Next].Capitalised() && (looksPlural(ws[a.Next].Lower) || ws[a.Next].Lower == "people" || a.Value == 1) {
		k := outOfAt(ws, a.Next+1)
		if k > 0 && k+1 < len(ws) && ws[k].Lower == "every" {
			if b, ok := everyCount(ws, k+1); ok && b.Value > a.Value {
				return a.Value / b.Value, b.Next, true
			}
		}
	}
	// "3/4 of"
	if f, next, ok := lex.SlashFraction(ws, i); ok && next < len(ws) && ws[next].Lower == "of" && f > 0 && f <= 1 {
		return f, next + 1, true
	}
	// "half of", "half the"
	if ws[i].Lower == "half" {
		if i > 0 && halfNotRatio[ws[i-1].Lower] {
			return 0, i, false // the second half of the century
		}
		if i+1 < len(ws) && ws[i+1].Lower == "of" {
			return 0.5, i + 2, true
		}
		if i+1 < len(ws) && (ws[i+1].Lower == "the" || ws[i+1].Lower == "its" || ws[i+1].Lower == "their" ||
			ws[i+1].Lower == "his" || ws[i+1].Lower == "her") {
			return 0.5, i + 1, true
		}
		if n, ok := lex.WordNumberAt(ws, i); ok && n.Scaled {
			return 0, i, false // "more than half a million" is a number
		}
		if bare {
			return 0.5, i + 1, true
		}
		return 0, i, false
	}
	// "a third of", "two-thirds of", "three quarters of"
	f, next, ok := lex.FractionAt(ws, i)
	if !ok || i > 0 && halfNotRatio[ws[i-1].Lower] {
		return 0, i, false // "the first three quarters of 2021" is a part of time
	}
	if next < len(ws) && ws[next].Lower == "of" {
		if next+2 < len(ws) && (ws[next+1].Lower == "a" || ws[next+1].Lower == "an") && lex.ScaleOrCount(ws[next+2].Lower) >= 1e3 {
			return 0, i, false // "a quarter of a million" is a number
		}
		return f, next + 1, true
	}
	if bare || (strings.Contains(ws[i].Lower, "-") && next < len(ws) && ws[next].Kind == lex.WordLetters) {
		return f, next, true // "by a third", "a two-thirds majority"
	}
	return 0, i, false
}

// outOfAt returns the index after the "out of" or "in" of a ratio at ws[k]
// ("one in four", "nine out of ten"), or -1.
func outOfAt(ws []lex.Word, k int) int {
	switch {
	case k+1 < len(ws) && ws[k].Lower == "out" && ws[k+1].Lower == "of":
		return k + 2
	case k < len(ws) && ws[k].Lower == "in":
		return k + 1
	}
	return -1
}

// halfNotRatio are the words before "half" that make it a part of time or
// order, not a share: "the second half of the century".
var halfNotRatio = lex.SetOf("first", "second", "latter", "former", "last", "final", "closing", "opening", "other", "early", "later",
	"earlier", "back", "front", "top", "bottom", "upper", "lower", "better", "one")

// everyCount reads the number after "every" in a ratio: words or digits,
// grouped ("10,000") or not, without scale.
func everyCount(ws []lex.Word, i int) (lex.Number, bool) {
	if i >= len(ws) {
		return lex.Number{}, false
	}
	if ws[i].Kind == lex.WordNumber {
		n, ok := lex.DigitsAt(ws, i, false)
		return n, ok && !n.Scaled
	}
	return smallCount(ws, i)
}

// smallCount reads a number for a ratio: digits or words, without scale.
func smallCount(ws []lex.Word, i int) (lex.Number, bool) {
	if i >= len(ws) {
		return lex.Number{}, false
	}
	if ws[i].Kind == lex.WordNumber {
		if !lex.IsDigits(ws[i].Lit) {
			return lex.Number{}, false
		}
		n, ok := lex.DigitsAt(ws, i, false)
		return n, ok && !n.Scaled
	}
	if ws[i].Lower == "a" || ws[i].Lower == "an" {
		return lex.Number{}, false
	}
	n, ok := lex.WordNumberAt(ws, i)
	return n, ok && n.Value >= 1 && (n.Value < 100 || n.Scaled)
}
