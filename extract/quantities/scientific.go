package quantities

import (
	"math"
	"strconv"

	"github.com/factsheet/factsheet/extract/lex"
)

// superscripts are the digits and the minus an exponent may be written in:
// "10¹³", "10⁻¹⁹".
var superscripts = map[string]int{"⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}

// scientificAt reads the power of ten that may follow a mantissa ending
// before ws[k]: "×10^23", "× 10−19", "× 10¹³", "x 10^6", "e-11". It gives
// the exponent and the index after it; ok is false when no power of ten is
// written there, or one is written with no mark of an exponent ("× 10 19").
func scientificAt(ws []lex.Word, k int) (exp int, next int, ok bool) {
	if k >= len(ws) {
		return 0, k, false
	}
	j := k
	marked := false
	switch w := ws[k]; {
	case w.Lower == "e" && w.Joined:
		j, marked = k+1, true
	case w.Lit == "×" || w.Lower == "x" || w.Lit == "*" || w.Lit == "·":
		if k+1 >= len(ws) || ws[k+1].Lit != "10" {
			return 0, k, false
		}
		j = k + 2
		if j < len(ws) && ws[j].Lit == "^" && ws[j].Joined {
			j, marked = j+1, true
		}
	default:
		return 0, k, false
	}
	sign := 1
	if j < len(ws) && ws[j].Joined && (ws[j].Lit == "-" || ws[j].Lit == "−" || ws[j].Lit == "+" || ws[j].Lit == "⁻") {
		if ws[j].Lit != "+" {
			sign = -1
		}
		j, marked = j+1, true
	}
	if j < len(ws) && ws[j].Joined && ws[j].Kind == lex.WordNumber && lex.IsDigits(ws[j].Lit) && len(ws[j].Lit) <= 3 {
		if !marked {
			return 0, k, false
		}
		e := 0
		for _, c := range ws[j].Lit {
			e = e*10 + int(c-'0')
		}
		return sign * e, j + 1, true
	}
	e, n := 0, 0
	for j < len(ws) && ws[j].Joined && n < 3 {
		d, isSup := superscripts[ws[j].Lit]
		if !isSup {
			break
		}
		e, j, n = e*10+d, j+1, n+1
	}
	if n == 0 {
		return 0, k, false
	}
	return sign * e, j, true
}

// scaleByPower multiplies v by ten to the power e in decimal, so that
// "6.02×10^23" is 6.02e23 exactly.
func scaleByPower(v float64, e int) float64 {
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(e), 64)
	if err != nil {
		return v * math.Pow(10, float64(e))
	}
	return f
}
