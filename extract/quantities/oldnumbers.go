package quantities

import "github.com/factsheet/factsheet/extract/lex"

// The shares old books name in words of their own: "a moiety" (a half),
// "one third part", "two third parts", "three parts in four", "the king's
// tenth" (a tax of a tenth). Old forms of numbers ("seven millions",
// "threescore", "a brace of", "a gross of") are read by lex.NumberAt.

// taxers are the possessives before a fraction that make it a tax or
// tithe: "the king's tenth", "the pope's twentieth".
var taxers = lex.SetOf("king's", "queen's", "pope's", "church's", "crown's", "parson's")

// oldRatioAt reads an old form of share at ws[j] and returns its value,
// the index after it and the index after its last number word.
func oldRatioAt(ws []lex.Word, j int) (float64, int, int, bool) {
	if j >= len(ws) {
		return 0, j, j, false
	}
	w := ws[j].Lower
	switch {
	case w == "moiety" || (w == "a" || w == "one" || w == "the") && j+1 < len(ws) && ws[j+1].Lower == "moiety":
		next := j + 1
		if w != "moiety" {
			next++
		}
		end := next
		if next < len(ws) && ws[next].Lower == "of" {
			next++
		}
		return 0.5, next, end, true
	case taxers[w] && j+1 < len(ws):
		if d := lex.OrdinalWords[ws[j+1].Lower]; d >= 2 && d <= 100 {
			return 1 / d, j + 2, j + 2, true
		}
	}
	// "one third part", "two third parts"
	if f, next, ok := lex.FractionAt(ws, j); ok && next < len(ws) && (ws[next].Lower == "part" || ws[next].Lower == "parts") {
		end := next + 1
		after := end
		if after < len(ws) && ws[after].Lower == "of" {
			after++
		}
		return f, after, end, true
	}
	if j+1 < len(ws) && ws[j+1].Lower == "third" && (w == "one" || w == "a") && j+2 < len(ws) && ws[j+2].Lower == "part" {
		return 1.0 / 3, j + 3, j + 3, true
	}
	// "three parts in four", "nine parts out of ten"
	if a, ok := smallCount(ws, j); ok && a.Next+2 < len(ws) && ws[a.Next].Lower == "parts" {
		k := a.Next + 1
		if ws[k].Lower == "out" && k+1 < len(ws) && ws[k+1].Lower == "of" {
			k += 2
		} else if ws[k].Lower == "in" {
			k++
		} else {
			return 0, j, j, false
		}
		if b, ok := smallCount(ws, k); ok && b.Value > a.Value && a.Words == b.Words {
			return a.Value / b.Value, b.Next, b.Next, true
		}
	}
	return 0, j, j, false
}
