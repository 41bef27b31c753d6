package quantities

import (
	"sort"
	"unicode"

	"github.com/factsheet/factsheet/extract/lex"
)

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

// oneOldMeasureAt reads one of an old measure, written "a" or "an": "a
// quarter of wheat", "a league", "a hogshead of claret".
func oneOldMeasureAt(ws []lex.Word, j int) (string, int, bool) {
	if j+1 >= len(ws) || ws[j].Lower != "a" && ws[j].Lower != "an" {
		return "", j, false
	}
	if j > 0 && (lex.UnitStart(ws, j-1) || ws[j-1].Kind == lex.WordNumber) {
		return "", j, false // "40 bushels an acre": a rate
	}
	sym, next, ok := lex.MeasureAt(ws, j+1)
	if !ok || !lex.OldMeasureSymbols[sym] || sym == "mark" {
		return "", j, false
	}
	return sym, next, true
}

// partitiveAt reads "of the besiegers", "of their countrymen" at j, after a
// count: the counted noun of a part of a whole ("eighty-three of the
// besiegers", "three thousand of the Scots").
func (p *parser) partitiveAt(j int) (string, int, bool) {
	ws := p.ws
	if j+2 >= len(ws) || ws[j].Lower != "of" {
		return "", j, false
	}
	switch ws[j+1].Lower {
	case "the", "their", "his", "our", "these", "those", "its":
	default:
		return "", j, false
	}
	if p.mayStart(j + 2) {
		return "", j, false // "five of the three-ton satellites": a quantity of its own
	}
	np := nounPhraseEnd(ws, j+2)
	if np == j+2 {
		return "", j, false
	}
	return p.text[ws[j+2].Start:ws[np-1].End], np, true
}

// troopsAt reports whether the word at ws[j], after a number, is "foot" or
// "horse" as old books count soldiers ("four hundred foot and fifteen
// horse"), not a measure: it stands at the end of a clause or before
// "and", "with", "of" and the like.
func troopsAt(ws []lex.Word, j int) bool {
	if j >= len(ws) || ws[j].Lower != "foot" || j == 0 || ws[j].Joined {
		return false
	}
	if j+1 >= len(ws) {
		return true
	}
	next := ws[j+1]
	if next.Kind == lex.WordPunct && next.Lit != "-" {
		return true
	}
	switch next.Lower {
	case "and", "or", "with", "besides", "under", "were", "was", "had", "marched", "men", "soldiers":
		return true
	}
	return false
}

// elidedUnits gives a round sum written out without its unit the unit of
// the money it is set beside in the same sentence, as old books leave it
// out: "the excise produced nearly six hundred thousand pounds, and the
// customs about five hundred and thirty thousand"; "left fifteen thousand
// a year of real estate, and sixty thousand pounds". Only counts written
// in words, of a hundred or more, with no counted noun, that end their
// clause or go on with "a year", take it; the money must come first,
// unless "a year" says the sum is an income.
func elidedUnits(text string, ws []lex.Word, qs []Quantity) []Quantity {
	for i := range qs {
		q := &qs[i]
		if q.Kind != KindCount || q.Unit != "" || q.Value == nil || *q.Value < 100 || q.Vague ||
			!unicode.IsLetter(lex.FirstRune(text[q.Numeral.Start:q.Numeral.End])) {
			continue // digits are no sum written out
		}
		k := sort.Search(len(ws), func(k int) bool { return ws[k].Start >= q.End })
		income := k+1 < len(ws) && ws[k].Lower == "a" && ws[k+1].Lower == "year" || k < len(ws) && ws[k].Lower == "a-year"
		ends := k >= len(ws) || ws[k].Kind == lex.WordPunct || income
		if !ends {
			continue
		}
		best := -1
		for m := range qs {
			if m == i || qs[m].Kind != KindMoney || qs[m].Unit == "GBP" && qs[m].Value != nil && *qs[m].Value < 1 {
				continue // shillings and pence are no model for a round sum
			}
			if m > i && !income {
				continue
			}
			if best < 0 || absInt(m-i) < absInt(best-i) {
				best = m
			}
		}
		if best >= 0 {
			q.Kind, q.Unit = KindMoney, qs[best].Unit
		}
	}
	return qs
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
