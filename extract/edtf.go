package extract

import (
	"fmt"
	"strconv"
	"strings"
)

// civil is a day of the proleptic Gregorian calendar with astronomical year
// numbering (1 BC is year 0).
type civil struct{ Y, M, D int }

// ISO formats the day as an ISO 8601 date, with a sign and four digits for
// years outside 0..9999 ("-0043-03-15").
func (c civil) ISO() string {
	if c.Y < 0 {
		return fmt.Sprintf("-%04d-%02d-%02d", -c.Y, c.M, c.D)
	}
	return fmt.Sprintf("%04d-%02d-%02d", c.Y, c.M, c.D)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayNumber counts days from 1970-01-01 (Howard Hinnant's days_from_civil).
func (c civil) dayNumber() int {
	y, m, d := c.Y, c.M, c.D
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of dayNumber.
func civilFromDays(z int) civil {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return civil{y, m, d}
}

// interval is a run of whole days, with the calendar unit it is made of
// (months of a year, years of a decade) so that modifiers can take parts of
// it.
type interval struct {
	first, last civil
	unit        string // "day", "month" or "year"
}

// edtfInterval returns the days an EDTF value covers. It understands the
// forms the extractor writes: YYYY, YYYY-MM, YYYY-MM-DD, seasons YYYY-21..24,
// unspecified digits (195X, 18XX), an approximate "~" and intervals A/B.
func edtfInterval(edtf string) (interval, bool) {
	edtf = strings.TrimRight(edtf, "~?%")
	if a, b, ok := strings.Cut(edtf, "/"); ok {
		ia, okA := edtfInterval(a)
		ib, okB := edtfInterval(b)
		if !okA || !okB {
			return interval{}, false
		}
		return interval{ia.first, ib.last, "year"}, true
	}
	neg := strings.HasPrefix(edtf, "-")
	if neg {
		edtf = edtf[1:]
	}
	parts := strings.Split(edtf, "-")
	if len(parts[0]) != 4 {
		return interval{}, false
	}
	// Unspecified digits: 195X is a decade, 18XX a century.
	if x := strings.IndexByte(parts[0], 'X'); x >= 0 {
		lo, err1 := strconv.Atoi(strings.ReplaceAll(parts[0], "X", "0"))
		hi, err2 := strconv.Atoi(strings.ReplaceAll(parts[0], "X", "9"))
		if err1 != nil || err2 != nil || len(parts) > 1 {
			return interval{}, false
		}
		if neg {
			lo, hi = -hi, -lo
		}
		return interval{civil{lo, 1, 1}, civil{hi, 12, 31}, "year"}, true
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return interval{}, false
	}
	if neg {
		y = -y
	}
	switch len(parts) {
	case 1:
		return interval{civil{y, 1, 1}, civil{y, 12, 31}, "month"}, true
	case 2:
		m, err := strconv.Atoi(parts[1])
		if err != nil {
			return interval{}, false
		}
		switch {
		case m >= 1 && m <= 12:
			return interval{civil{y, m, 1}, civil{y, m, daysIn(y, m)}, "day"}, true
		case m >= 21 && m <= 24: // spring, summer, autumn, winter (northern, meteorological)
			sm := []int{3, 6, 9, 12}[m-21]
			em, ey := sm+2, y
			if em > 12 {
				em, ey = em-12, y+1
			}
			return interval{civil{y, sm, 1}, civil{ey, em, daysIn(ey, em)}, "month"}, true
		}
	case 3:
		m, err1 := strconv.Atoi(parts[1])
		d, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
			return interval{}, false
		}
		return interval{civil{y, m, d}, civil{y, m, d}, "day"}, true
	}
	return interval{}, false
}

// Bounds returns the earliest and latest ISO dates an EDTF value with a
// modifier can mean. "late 1958" is 1958-09-01..1958-12-31; "the 1950s" is
// 1950-01-01..1959-12-31. An open end ("by 1972" has no earliest) is "". Both
// are "" for a value Bounds does not understand.
func Bounds(edtf, mod string) (earliest, latest string) {
	iv, ok := edtfInterval(edtf)
	if !ok {
		return "", ""
	}
	iv = iv.part(mod)
	first, last := iv.first.ISO(), iv.last.ISO()
	switch mod {
	case "by", "until":
		return "", last
	case "before":
		return "", civilFromDays(iv.first.dayNumber() - 1).ISO()
	case "after":
		return civilFromDays(iv.last.dayNumber() + 1).ISO(), ""
	case "since":
		return first, ""
	}
	return first, last
}

// part narrows an interval to the part a modifier names: thirds for early,
// mid and late (of a year, four months each; of a decade, 0–3, 4–6 and 7–9);
// the first or last twelfth (at least one unit) for start and end.
func (iv interval) part(mod string) interval {
	units := iv.units()
	n := len(units)
	if n == 0 {
		return iv
	}
	early, late := (n+2)/3, n/3 // a decade splits 4, 3, 3
	edge := (n + 11) / 12
	var lo, hi int
	switch mod {
	case "early":
		lo, hi = 0, early-1
	case "mid":
		lo, hi = early, n-late-1
	case "late":
		lo, hi = n-late, n-1
	case "start":
		lo, hi = 0, edge-1
	case "end":
		lo, hi = n-edge, n-1
	default:
		return iv
	}
	if hi < lo {
		lo, hi = n/2, n/2
	}
	return interval{units[lo].first, units[hi].last, iv.unit}
}

// units splits an interval into its calendar units.
func (iv interval) units() []interval {
	var out []interval
	c := iv.first
	for len(out) < 100000 {
		var last civil
		switch iv.unit {
		case "year":
			last = civil{c.Y, 12, 31}
		case "month":
			last = civil{c.Y, c.M, daysIn(c.Y, c.M)}
		default:
			last = c
		}
		if last.dayNumber() > iv.last.dayNumber() {
			last = iv.last
		}
		out = append(out, interval{c, last, "day"})
		if last.dayNumber() >= iv.last.dayNumber() {
			break
		}
		c = civilFromDays(last.dayNumber() + 1)
	}
	return out
}

// EDTFYear returns the first year an EDTF value covers.
func EDTFYear(edtf string) (int, bool) {
	iv, ok := edtfInterval(edtf)
	if !ok {
		return 0, false
	}
	return iv.first.Y, true
}

// yearEDTF formats an astronomical year as an EDTF year: four digits, with a
// minus sign before zero ("-0043" for 44 BC).
func yearEDTF(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}
