package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// A rate is a quantity per unit: "$70 per barrel", "30 km/h", "5 tonnes a
// day", "$400 per capita", "12 deaths per 1,000 births". Its unit is the
// quantity's unit, a slash, and the unit of the rate: the symbol of a unit
// of measure or time, else the words as written ("USD/bbl", "t/d",
// "USD/capita", "deaths/1,000 births").

// rateNouns may follow "a" or "an" as the unit of a rate ("5 tonnes a day",
// "$5 a head"); after "per" any noun may.
var rateNouns = lex.SetOf("day", "week", "month", "year", "hour", "minute", "second", "head", "person",
	"acre", "hectare", "piece", "ton", "tonne", "pound", "mile", "kilometre", "kilometer", "barrel", "annum")

// rateAt reads the unit of a rate at ws[k]: "per barrel", "a day", "per
// capita", "per 1,000 births", "each year". It returns the unit and the
// index after it.
func (p *parser) rateAt(k int) (string, int, bool) {
	ws := p.ws
	if k+1 >= len(ws) {
		return "", k, false
	}
	w := ws[k].Lower
	if w != "per" && w != "a" && w != "an" && w != "each" && w != "every" {
		return "", k, false
	}
	j := k + 1
	if ws[j].Kind == lex.WordNumber && w == "per" {
		// "per 1,000 births", "per 100,000 people"
		n, ok := lex.NumberAt(ws, j, false)
		if !ok || n.Next >= len(ws) || ws[n.Next].Kind != lex.WordLetters {
			return "", k, false
		}
		end := nounPhraseEnd(ws, n.Next)
		if end == n.Next {
			end = n.Next + 1
		}
		return p.text[ws[j].Start:ws[end-1].End], end, true
	}
	if ws[j].Kind != lex.WordLetters {
		return "", k, false
	}
	lw := ws[j].Lower
	if j+1 < len(ws) && notRate[ws[j+1].Lower] && (w == "a" || w == "an" || w == "each" || w == "every") {
		return "", k, false // "$1.17 billion a year earlier"
	}
	if u, ok := timeUnits[lw]; ok && u.n == 1 {
		return u.sym, j + 1, true
	}
	if lw == "annum" {
		return "a", j + 1, true
	}
	if sym, next, ok := lex.MeasureAt(ws, j); ok && (w == "per" || rateNouns[lw] || !strings.HasSuffix(lw, "s")) {
		return sym, next, true
	}
	if w == "per" && (lw == "capita" || lw == "head" || lex.Capitalised(ws[j].Lit) == false) && !stopAfterPer[lw] {
		return lw, j + 1, true
	}
	if rateNouns[lw] {
		return lw, j + 1, true
	}
	return "", k, false
}

// stopAfterPer are words after "per" that are no unit: "per cent" is read
// as percent before a rate is tried.
var stopAfterPer = lex.SetOf("cent", "the", "a", "an", "that", "this", "which", "and", "or")

// notRate are the words after "a year" that make it a time, not the unit of
// a rate: "a year earlier", "a month ago".
var notRate = lex.SetOf("earlier", "ago", "later", "before", "after", "previously", "since", "back", "on", "into", "hence")

// rateOfAt reads a rate of time after a measure and what it measures: "250
// grams of bread a day", "two pints of milk per week". One plain noun may
// stand between the "of" and the rate; the rate must be one of time, so
// that "a ton of coal per man" stays a measure of coal.
func (p *parser) rateOfAt(kind string, k int) (string, int, bool) {
	ws := p.ws
	if kind != KindMeasure || k+3 >= len(ws) || ws[k].Lower != "of" {
		return "", k, false
	}
	noun := ws[k+1]
	if noun.Kind != lex.WordLetters || noun.Capitalised() || ofDeterminers[noun.Lower] {
		return "", k, false
	}
	rate, next, ok := p.rateAt(k + 2)
	if !ok {
		return "", k, false
	}
	switch rate {
	case "d", "wk", "mo", "a", "h", "min", "s":
		return rate, next, true
	}
	return "", k, false
}

// ofDeterminers open a noun phrase rather than name the stuff measured:
// "250 grams of the bread a day" is left alone.
var ofDeterminers = lex.SetOf("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "which")
