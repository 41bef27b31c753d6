package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// multiplierWords are the words that multiply by themselves.
var multiplierWords = map[string]float64{
	"doubled": 2, "doubling": 2, "redoubled": 2, "tripled": 3, "tripling": 3, "trebled": 3,
	"trebling": 3, "quadrupled": 4, "quadrupling": 4, "quintupled": 5, "sextupled": 6,
	"halved": 0.5, "halving": 0.5,
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
	"eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20, "fiftyfold": 50,
	"hundredfold": 100, "thousandfold": 1000,
}

// comparatives follow "three times" when it multiplies: "three times as
// many", "ten times larger", "twice the size".
var comparatives = lex.SetOf("as", "more", "less", "larger", "higher", "greater", "bigger",
	"smaller", "faster", "longer", "the", "that", "over", "what", "its", "their", "his", "her",
	"this", "those", "these", "fewer", "lower", "richer", "poorer", "wider", "heavier",
	"stronger", "deadlier", "costlier", "cheaper", "older", "above")

// multiplierAt reads a multiplier at ws[i]: "tripled", "twofold",
// "ten-fold", "3.5-fold", "three times as many", "twice the", "a factor of
// ten". It returns the value and the index after the multiplier.
func (p *parser) multiplierAt(i int) (float64, int, bool) {
	ws := p.ws
	w := ws[i]
	if v, ok := multiplierWords[w.Lower]; ok {
		return v, i + 1, true
	}
	if head, ok := strings.CutSuffix(w.Lower, "-fold"); ok {
		if v, ok := lex.WordValue(head); ok && v > 1 {
			return v, i + 1, true
		}
		if s := lex.ScaleOrCount(head); s > 0 {
			return s, i + 1, true
		}
		return 0, i, false
	}
	// "3-fold", "2.5-fold"
	if w.Kind == lex.WordNumber && i+2 < len(ws) && ws[i+1].Lower == "-" && ws[i+1].Joined && ws[i+2].Lower == "fold" && ws[i+2].Joined {
		if v := w.Value; v > 1 {
			return v, i + 3, true
		}
	}
	// "twice as", "thrice the"
	if (w.Lower == "twice" || w.Lower == "thrice") && i+1 < len(ws) && comparatives[ws[i+1].Lower] {
		return map[string]float64{"twice": 2, "thrice": 3}[w.Lower], i + 1, true
	}
	// "a factor of ten"
	if w.Lower == "a" && i+3 < len(ws) && ws[i+1].Lower == "factor" && ws[i+2].Lower == "of" {
		if n, ok := p.number(i+3, false); ok && n.Value > 1 {
			return n.Value, n.Next, true
		}
	}
	// "three times as many", "2.5 times the size"
	if w.Kind == lex.WordNumber || w.Kind == lex.WordLetters {
		if n, ok := p.number(i, false); ok && n.Value > 1 && n.Next+1 < len(ws) &&
			ws[n.Next].Lower == "times" && comparatives[ws[n.Next+1].Lower] {
			return n.Value, n.Next + 1, true
		}
	}
	return 0, i, false
}
