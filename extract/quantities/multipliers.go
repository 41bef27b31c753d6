package extract

import "strings"

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
var comparatives = setOf("as", "more", "less", "larger", "higher", "greater", "bigger",
	"smaller", "faster", "longer", "the", "that", "over", "what", "its", "their", "his", "her",
	"this", "those", "these", "fewer", "lower", "richer", "poorer", "wider", "heavier",
	"stronger", "deadlier", "costlier", "cheaper", "older", "above")

// multiplierAt reads a multiplier at ws[i]: "tripled", "twofold",
// "ten-fold", "3.5-fold", "three times as many", "twice the", "a factor of
// ten". It returns the value and the index after the multiplier.
func multiplierAt(ws []word, i int) (float64, int, bool) {
	w := ws[i]
	if v, ok := multiplierWords[w.lower]; ok {
		return v, i + 1, true
	}
	if head, ok := strings.CutSuffix(w.lower, "-fold"); ok {
		if v, ok := wordValue(head); ok && v > 1 {
			return v, i + 1, true
		}
		if s := scaleOrCount(head); s > 0 {
			return s, i + 1, true
		}
		return 0, i, false
	}
	// "3-fold", "2.5-fold"
	if w.kind == wordNumber && i+2 < len(ws) && ws[i+1].text == "-" && ws[i+1].joined && ws[i+2].lower == "fold" && ws[i+2].joined {
		if v, ok := parseDigits(w.text); ok && v > 1 {
			return v, i + 3, true
		}
	}
	// "twice as", "thrice the"
	if (w.lower == "twice" || w.lower == "thrice") && i+1 < len(ws) && comparatives[ws[i+1].lower] {
		return map[string]float64{"twice": 2, "thrice": 3}[w.lower], i + 1, true
	}
	// "a factor of ten"
	if w.lower == "a" && i+3 < len(ws) && ws[i+1].lower == "factor" && ws[i+2].lower == "of" {
		if n, ok := numberAt(ws, i+3, false); ok && n.value > 1 {
			return n.value, n.next, true
		}
	}
	// "three times as many", "2.5 times the size"
	if w.kind == wordNumber || w.kind == wordLetters {
		if n, ok := numberAt(ws, i, false); ok && n.value > 1 && n.next+1 < len(ws) &&
			ws[n.next].lower == "times" && comparatives[ws[n.next+1].lower] {
			return n.value, n.next + 1, true
		}
	}
	return 0, i, false
}
