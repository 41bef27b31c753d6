package extract

// vagueWords are the plural scale words of vague quantities: "millions of
// tons", "hundreds".
var vagueWords = setOf("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")

// bareVague are the vague words that stand alone: "hundreds died".
var bareVague = setOf("dozens", "hundreds", "thousands", "millions", "billions")

// vagueAt reads a vague quantity: "millions of tons", "tens of thousands
// of people", "several thousand refugees", "a few hundred men",
// "hundreds".
func (p *parser) vagueAt(j int) (Quantity, int, bool) {
	ws := p.ws
	k := j
	switch w := ws[j].lower; {
	case vagueWords[w]:
		k++
		for k+1 < len(ws) && ws[k].lower == "of" && vagueWords[ws[k+1].lower] {
			k += 2
		}
		if k < len(ws) && (ws[k].lower == "upon" || ws[k].lower == "and") && k+1 < len(ws) && ws[k+1].lower == w {
			k += 2 // thousands upon thousands
		}
		if !bareVague[ws[k-1].lower] && !(k < len(ws) && ws[k].lower == "of") {
			return Quantity{}, j, false
		}
		if ws[j].capitalised() && !sentenceStart(ws, j) {
			return Quantity{}, j, false
		}
	case w == "several" || w == "many" || w == "some" || w == "few" || w == "a" && j+1 < len(ws) && ws[j+1].lower == "few":
		if w == "a" {
			k++
		}
		k++
		if k >= len(ws) {
			return Quantity{}, j, false
		}
		if s := scaleWords[ws[k].lower]; s == 0 || len(ws[k].lower) <= 3 {
			if !(w == "many" && vagueWords[ws[k].lower]) {
				return Quantity{}, j, false
			}
		}
		k++
		for k < len(ws) && scaleWords[ws[k].lower] > scaleWords[ws[k-1].lower] && len(ws[k].lower) > 3 {
			k++ // "several hundred thousand"
		}
	default:
		return Quantity{}, j, false
	}
	numEnd := k
	q := Quantity{Kind: KindCount, Qualifier: QualApprox, Vague: true}
	unitFrom := k
	if k < len(ws) && ws[k].lower == "of" {
		unitFrom = k + 1
	}
	kind, unit, surface, next := p.unitAfter(unitFrom)
	if unitFrom == k && vagueWords[ws[j].lower] {
		next = unitFrom // "hundreds died": a noun follows only after "of"
	}
	if next == unitFrom {
		next = numEnd // nothing named after "of": the quantity ends before it
	} else {
		q.Kind, q.Unit, q.Surface = kind, unit, surface
	}
	q.Bare = Span{ws[j].Start, ws[next-1].End}
	q.Numeral = Span{ws[j].Start, ws[numEnd-1].End}
	return q, next, true
}
