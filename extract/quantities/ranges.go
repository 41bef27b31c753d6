package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// A range is two numbers that bound one estimate ("between 15 and 45
// million"); a change is two quantities, before and after ("rose from 8.9
// million to 17.9 million").

// inheritChange gives the first number of a change ("fell from 40 to 25
// percent") the unit and scale of the second when it has none of its own.
func (p *parser) inheritChange(q *Quantity, first core, low *float64) {
	ws := p.ws
	if first.end >= len(ws) || ws[first.end].Lower != "to" || first.kind != KindCount || first.unit != "" {
		return
	}
	second, ok := p.coreAt(first.end + 1)
	if !ok {
		return
	}
	if second.kind != KindCount || second.unit != "" {
		q.Kind, q.Unit = second.kind, second.unit
	}
	if !first.n.Scaled && second.n.Scale > 1 && *low < 1000 {
		*low = lex.ScaleBy(*low, second.n.Scale)
	}
}

// rangeEndAt reads the second number of a range after first: "–45
// million", "to 30 percent", "and 45 million" after "between". The two
// must agree in kind and unit, or the first have none.
func (p *parser) rangeEndAt(first core, opener string, change bool) (core, int, bool) {
	ws := p.ws
	j := first.end
	if j+1 >= len(ws) {
		return core{}, 0, false
	}
	sep := ws[j].Lower
	ok := false
	switch opener {
	case "between":
		ok = sep == "and"
	case "from":
		ok = sep == "to" || sep == "–" || sep == "—"
	default:
		ok = sep == lex.RangeDash || sep == lex.EmDash || sep == lex.Hyphen || sep == lex.Minus && ws[j].Joined ||
			(sep == "to" && !change && !(changeBy(ws, first.start) && (first.kind != KindCount || first.unit != ""))) ||
			(sep == "or" && (first.unit == "" && (!first.n.Words || !first.n.Scaled && first.n.Value < 100) || first.prefix))
	}
	if !ok {
		return core{}, 0, false
	}
	k := j + 1
	if _, next, ok := lex.PreQualifiers.At(ws, k); ok && opener != "" {
		k = next
	}
	second, ok := p.coreAt(k)
	if !ok {
		return core{}, 0, false
	}
	if first.prefix && !second.prefix && second.kind == KindCount && second.unit == "" {
		second.kind, second.unit = first.kind, first.unit // "$5–10 million"
	}
	if first.rate == 0 && second.rate > 0 && first.unit == unitBeforeRate(second.unit) {
		first.unit = second.unit // "2 tonnes to 3 tonnes a hectare": the rate is both ends'
	}
	if !(first.kind == KindCount && first.unit == "") && (first.kind != second.kind || first.unit != second.unit) {
		return core{}, 0, false
	}
	if first.n.Words != second.n.Words && !second.n.Scaled && (first.kind == KindCount && first.unit == "" || sep == "or") {
		return core{}, 0, false // "one to 15" is seldom a range; "ten per cent to 15 per cent" is
	}
	if sep == "to" && opener == "" && changeJustBefore(ws, first.start) {
		low := first.n.Value
		if !first.n.Scaled && second.n.Scale > 1 && low < 1000 {
			low = lex.ScaleBy(low, second.n.Scale)
		}
		if second.n.Value >= 3*low {
			// "up 4,293,741 to 25,145,561", "rose 5 percent to 105": a
			// change and the level it reached; "rose 3 to 4 percent" is
			// a range of the change.
			return core{}, 0, false
		}
	}
	return second, second.end, true
}

// changeJustBefore reports whether a word of change stands right before the
// number at ws[i], over "by" and adverbs: "up 4 million", "rose sharply by
// 4 million".
func changeJustBefore(ws []lex.Word, i int) bool {
	k := i - 1
	if k >= 0 && ws[k].Lower == "by" {
		k--
	}
	for n := 0; k >= 0 && n < 2 && strings.HasSuffix(ws[k].Lower, "ly") && len(ws[k].Lower) > 3; n++ {
		k--
	}
	return k >= 0 && ws[k].Kind == lex.WordLetters && changeWords[ws[k].Lower]
}

// changeWords show that "from X to Y" is a change, two quantities, not a
// range.
var changeWords = lex.SetOf("rose", "risen", "rising", "rises", "rise", "fell", "fallen", "falling",
	"falls", "fall", "increased", "increasing", "increase", "increases", "grew", "grown",
	"growing", "growth", "declined", "declining", "decline", "dropped", "drop", "went", "jumped",
	"jump", "climbed", "doubled", "tripled", "soared", "plunged", "shrank", "shrunk", "decreased",
	"decrease", "reduced", "reduction", "raised", "cut", "expanded", "changed", "moved", "slumped",
	"surged", "swelled", "dwindled", "sank", "recovered", "improved", "up", "down", "lowered",
	"multiplied", "contracted", "collapsed", "shot", "leapt", "leaped")

// rangeWords before "from" make "from X to Y" a range whatever comes
// before them.
var rangeWords = lex.SetOf("ranged", "ranging", "range", "ranges", "varied", "varying", "vary", "varies")

// changeBefore reports whether a word of change stands shortly before the
// "from" at ws[i].
func changeBefore(ws []lex.Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if rangeWords[ws[k].Lower] {
			return false // "growth ranged from 10 to 15 percent": an estimate's range
		}
		if changeWords[ws[k].Lower] {
			return true
		}
		if ws[k].Kind == lex.WordPunct {
			break
		}
	}
	return false
}

// changeBy reports whether "by" and a word of change stand before the
// number at ws[i]: "rose by $4 billion to $19 billion" is a change and the
// new level, not a range.
func changeBy(ws []lex.Word, i int) bool {
	return i > 0 && ws[i-1].Lower == "by" && changeBefore(ws, i-1)
}

// unitBeforeRate returns the unit of a rate's quantity ("t" of "t/ha").
func unitBeforeRate(unit string) string {
	if k := strings.IndexByte(unit, '/'); k > 0 {
		return unit[:k]
	}
	return unit
}
