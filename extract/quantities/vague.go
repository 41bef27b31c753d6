package quantities

import (
	"github.com/factsheet/factsheet/extract/lex"
)

// vagueWords are the plural scale words of vague quantities: "millions of
// tons", "hundreds".
var vagueWords = lex.SetOf("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")

// bareVague are the vague words that stand alone: "hundreds died".
var bareVague = lex.SetOf("dozens", "hundreds", "thousands", "millions", "billions")

// vagueAt reads a vague quantity: "millions of tons", "tens of thousands
// of people", "several thousand refugees", "a few hundred men",
// "hundreds".
func (p *parser) vagueAt(j int) (Quantity, int, bool) {
	ws := p.ws
	k := j
	switch w := ws[j].Lower; {
	case vagueWords[w]:
		k++
		for k+1 < len(ws) && ws[k].Lower == "of" && vagueWords[ws[k+1].Lower] {
			k += 2
		}
		if k < len(ws) && (ws[k].Lower == "upon" || ws[k].Lower == "and") && k+1 < len(ws) && ws[k+1].Lower == w {
			k += 2 // thousands upon thousands
		}
		if !bareVague[ws[k-1].Lower] && !(k < len(ws) && ws[k].Lower == "of") {
			return Quantity{}, j, false
		}
		if ws[j].Capitalised() && !lex.SentenceStart(ws, j) {
			return Quantity{}, j, false
		}
	case w == "several" || w == "many" || w == "some" || w == "few" || w == "a" && j+1 < len(ws) && ws[j+1].Lower == "few":
		if w == "a" {
			k++
		}
		k++
		if k >= len(ws) {
			return Quantity{}, j, false
		}
		if s := lex.ScaleWords[ws[k].Lower]; s == 0 || len(ws[k].Lower) <= 3 {
			if !(w == "many" && vagueWords[ws[k].Lower]) {
				return Quantity{}, j, false
			}
		}
		k++
		for k < len(ws) && lex.ScaleWords[ws[k].Lower] > lex.ScaleWords[ws[k-1].Lower] && len(ws[k].Lower) > 3 {
			k++ // "several hundred thousand"
		}
	default:
		return Quantity{}, j, false
	}
	numEnd := k
	q := Quantity{Kind: KindCount, Qualifier: lex.QualApprox, Vague: true}
	unitFrom := k
	if k < len(ws) && ws[k].Lower == "of" {
		unitFrom = k + 1
	}
	kind, unit, surface, next := p.unitAfter(unitFrom)
	if unitFrom == k && vagueWords[ws[j].Lower] {
		next = unitFrom // "hundreds died": a noun follows only after "of"
	}
	if next == unitFrom {
		next = numEnd // nothing named after "of": the quantity ends before it
	} else {
		q.Kind, q.Unit, q.Surface = kind, unit, surface
	}
	q.Bare = lex.Span{Start: ws[j].Start, End: ws[next-1].End}
	q.Numeral = lex.Span{Start: ws[j].Start, End: ws[numEnd-1].End}
	return q, next, true
}
