package dates

import (
	"strconv"
	"strings"
)

// Letter dating: "the 3d inst." (of this month), "the 20th ult." (of last
// month), "the 5th prox." (of next month), and their full forms "instant",
// "ultimo", "proximo". Each is a day counted from the month of the date
// before it, usually the letter's own date.

// letterMonths maps the words of letter dating to the month they count
// from, relative to the anchor's.
var letterMonths = map[string]int{"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "ulto": -1, "prox": 1, "proximo": 1, "proxo": 1}

// letterDay reads "the 3d inst.", "the 20th ultimo", "3d inst." at i.
func (p *dateParser) letterDay(i int) (dpoint, bool) {
	j := i
	if p.word(j) == "the" {
		j++
	}
	d, k, ordinal, ok := p.dayAt(j)
	if !ok || !ordinal && j == i {
		return dpoint{}, false
	}
	n, ok := letterMonths[p.word(k)]
	if !ok {
		return dpoint{}, false
	}
	k = p.dotAfter(k + 1)
	return dpoint{from: i, to: k, shift: &Shift{Unit: "month", N: n, Fill: "XXXX-XX-" + twoDigits(d)}}, true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// dayOfMonth resolves a shift that names a day of a month counted from the
// anchor's ("the 20th ult."): handled is false for any other shift.
func (s Shift) dayOfMonth(anchor string) (v string, ok, handled bool) {
	if s.Unit != "month" || !strings.HasPrefix(s.Fill, "XXXX-XX-") {
		return "", false, false
	}
	day, err := strconv.Atoi(s.Fill[len("XXXX-XX-"):])
	if err != nil {
		return "", false, true
	}
	lo, _, _, ok := parseEDTF(anchor)
	if !ok || lo.open || lo.m == 0 || lo.x > 0 {
		return "", false, true
	}
	n := lo.y*12 + lo.m - 1 + s.N
	y, m := floorDiv(n, 12), n-floorDiv(n, 12)*12+1
	if day < 1 || day > daysIn(y, m) {
		return "", false, true
	}
	return edtfDate{y: y, m: m, d: day}.String(), true, true
}
