package quantities

import (
	"github.com/factsheet/factsheet/extract/lex"
)

// The smaller units of a compound amount.
var (
	inchWords  = lex.SetOf("in", "inch", "inches")
	ounceWords = lex.SetOf("oz", "ounce", "ounces")
	centWords  = lex.SetOf("cent", "cents")
)

// compoundAt extends an amount over a smaller unit written after it: "5
// feet 2 inches" is 5.1666… ft, "3 dollars and 50 cents" 3.5 USD, "7 lb 4
// oz" 7.25 lb. It returns the new value and the index after the smaller
// unit, or the value and j as they were.
func (p *parser) compoundAt(kind, unit string, v float64, j int) (float64, int) {
	ws := p.ws
	var parts float64
	var units map[string]bool
	switch {
	case kind == KindMeasure && unit == "ft":
		parts, units = 12, inchWords
	case kind == KindMeasure && unit == "lb":
		parts, units = 16, ounceWords
	case kind == KindMoney && (unit == "USD" || unit == "EUR" || unit == "AUD" || unit == "CAD"):
		parts, units = 100, centWords
	default:
		return v, j
	}
	k := j
	if k < len(ws) && ws[k].Lower == "and" {
		k++
	}
	if k+1 >= len(ws) || v != float64(int64(v)) {
		return v, j
	}
	n, ok := lex.NumberAt(ws, k, false)
	if !ok || n.Next >= len(ws) || !units[ws[n.Next].Lower] || n.Value < 0 || n.Value >= parts || n.Scaled {
		return v, j
	}
	return v + n.Value/parts, n.Next + 1
}
