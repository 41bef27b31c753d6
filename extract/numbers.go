package extract

import (
	"math"
	"strconv"
	"strings"
)

// numberWords are the cardinal number words below a hundred.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// moneyScales are the short scales used after amounts of money: "66bn",
// "500m", "3k".
var moneyScales = map[string]float64{
	"bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12,
}

// parseDigits reads a number written in digits: "600,000", "1.5",
// "1.000.000" (dots between groups of three), "12 500" (thin spaces).
func parseDigits(s string) (float64, bool) {
	s = strings.NewReplacer("\u2009", "", "\u202F", "").Replace(s)
	switch {
	case strings.Contains(s, ","):
		intPart, frac, _ := strings.Cut(s, ".")
		if !groupsOfThree(intPart, ",") || strings.Contains(frac, ",") {
			return 0, false
		}
		s = strings.ReplaceAll(intPart, ",", "")
		if frac != "" {
			s += "." + frac
		}
	case strings.Count(s, ".") > 1:
		if !groupsOfThree(s, ".") {
			return 0, false
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// groupsOfThree reports whether s is digits grouped in threes by sep, the
// first group of one to three digits.
func groupsOfThree(s, sep string) bool {
	groups := strings.Split(s, sep)
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// scaleBy multiplies v by a power of ten without the rounding error of a
// binary multiplication (8.2 × 1e6 is 8199999.999999999).
func scaleBy(v, scale float64) float64 {
	exp := int(math.Round(math.Log10(scale)))
	out, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return v * scale
	}
	return out
}

// number is a number read from words: its value, the index of the word after
// it, and whether it was written in words or carried a scale word.
type number struct {
	value  float64
	next   int
	words  bool    // written in words: "twenty-six", "half a million"
	scaled bool    // carries a scale word: "500 million", "a million"
	scale  float64 // the scale word it ends in (1e6 for "45 million"), else 1
}

// numberAt reads the number that starts at ws[i]: digits with an optional
// scale word ("3.5 million", "66bn" when money is true), or number words
// ("two hundred and fifty thousand", "a million", "half a million", "a
// dozen").
func numberAt(ws []word, i int, money bool) (number, bool) {
	if i >= len(ws) {
		return number{}, false
	}
	w := ws[i]
	if w.kind == wordNumber {
		v, ok := parseDigits(w.text)
		if !ok {
			return number{}, false
		}
		n := number{value: v, next: i + 1, scale: 1}
		if i+1 < len(ws) {
			next := ws[i+1]
			s, ok := scaleWords[next.lower]
			if !ok && money && next.joined {
				s, ok = moneyScales[next.lower]
			}
			if ok && next.kind == wordLetters && s >= 1e3 {
				n.value, n.next, n.scaled, n.scale = scaleBy(v, s), i+2, true, s
			}
		}
		return n, true
	}
	return wordNumberAt(ws, i)
}

// wordNumberAt reads a number written in words.
func wordNumberAt(ws []word, i int) (number, bool) {
	start := i
	half := false
	if i+1 < len(ws) && ws[i].lower == "half" && (ws[i+1].lower == "a" || ws[i+1].lower == "an") {
		half = true
		i++
	}
	// "a" or "an" stands for one, but only before a scale word or "dozen".
	if ws[i].lower == "a" || ws[i].lower == "an" {
		if i+1 >= len(ws) || !multiplierWord(ws[i+1].lower) {
			return number{}, false
		}
	}
	total, current := 0.0, 0.0
	last := "" // what the previous word was: "", "value", "tens", "multiplier", "and"
	scaled, scale := false, 1.0
	j := i
loop:
	for ; j < len(ws) && ws[j].kind == wordLetters; j++ {
		w := ws[j].lower
		v, isValue := wordValue(w)
		switch {
		case isValue || w == "a" || w == "an":
			scale = 1
			if w == "a" || w == "an" {
				v = 1
			}
			tensThenUnit := last == "tens" && v > 0 && v < 10
			if last != "" && last != "multiplier" && last != "and" && !tensThenUnit {
				break loop // "one two" is two numbers, not one
			}
			current += v
			last = "value"
			if v >= 20 && int(v)%10 == 0 {
				last = "tens"
			}
		case multiplierWord(w):
			if last == "" || last == "and" {
				break loop
			}
			m := scaleWords[w]
			switch w {
			case "dozen":
				m = 12
			case "score":
				m = 20
			}
			if m >= 1e3 {
				total += current * m
				current = 0
				scale = m
			} else {
				current *= m
			}
			scaled = true
			last = "multiplier"
			if m < 1e3 {
				scale = 1
			}
		case w == "and" && (last == "multiplier") && j+1 < len(ws):
			if _, ok := wordValue(ws[j+1].lower); !ok {
				break loop
			}
			last = "and"
		default:
			break loop
		}
	}
	if last == "" || last == "and" {
		return number{}, false
	}
	v := total + current
	if half {
		if !scaled {
			return number{}, false
		}
		v /= 2
	}
	return number{value: v, next: j, words: true, scaled: scaled, scale: scale}, j > start
}

// multiplierWord reports whether w multiplies the number before it:
// "hundred", "thousand", "million", "dozen"...
func multiplierWord(w string) bool {
	_, ok := scaleWords[w]
	return ok || w == "dozen" || w == "score"
}

// wordValue returns the value of a number word below a hundred, including
// hyphenated ones ("twenty-six").
func wordValue(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	tens, units, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := numberWords[tens]
	u, ok2 := numberWords[units]
	if !ok1 || !ok2 || t < 20 || int(t)%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}
