package compare

import (
	"math"
	"strconv"
)

// Interval is the set of values a claim allows, in the canonical unit of its
// measure: [Lo, Hi], with either end open (LoOpen, HiOpen) and either end
// unbounded (±Inf). "more than 30 million" is (3e7, +Inf); "at least 15
// million" is [1.5e7, +Inf); "about 20 million" is [1.8e7, 2.2e7] with the
// default approximation of 10%.
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Point is the interval holding only x.
func Point(x float64) Interval { return Interval{Lo: x, Hi: x} }

// Empty reports whether no value lies in the interval.
func (iv Interval) Empty() bool {
	return iv.Lo > iv.Hi || iv.Lo == iv.Hi && (iv.LoOpen || iv.HiOpen)
}

// Intersect returns the values both intervals allow (possibly empty).
func (iv Interval) Intersect(o Interval) Interval {
	out := iv
	if o.Lo > out.Lo || o.Lo == out.Lo && o.LoOpen {
		out.Lo, out.LoOpen = o.Lo, o.LoOpen
	}
	if o.Hi < out.Hi || o.Hi == out.Hi && o.HiOpen {
		out.Hi, out.HiOpen = o.Hi, o.HiOpen
	}
	return out
}

// Overlaps reports whether the intervals share a value.
func (iv Interval) Overlaps(o Interval) bool { return !iv.Intersect(o).Empty() }

// Contains reports whether x lies in the interval.
func (iv Interval) Contains(x float64) bool {
	switch {
	case x < iv.Lo || x > iv.Hi:
		return false
	case x == iv.Lo && iv.LoOpen, x == iv.Hi && iv.HiOpen:
		return false
	}
	return true
}

// scale multiplies both ends by f > 0 and adds off (a change of unit).
func (iv Interval) scale(f, off float64) Interval {
	out := iv
	if !math.IsInf(iv.Lo, 0) {
		out.Lo = iv.Lo*f + off
	}
	if !math.IsInf(iv.Hi, 0) {
		out.Hi = iv.Hi*f + off
	}
	return out
}

// widen widens both finite ends by the fraction tol of their magnitude.
func (iv Interval) widen(tol float64) Interval {
	out := iv
	if !math.IsInf(iv.Lo, 0) {
		out.Lo = iv.Lo - math.Abs(iv.Lo)*tol
	}
	if !math.IsInf(iv.Hi, 0) {
		out.Hi = iv.Hi + math.Abs(iv.Hi)*tol
	}
	return out
}

// Bounds returns the ends as JSON would show them: nil for an unbounded end.
func (iv Interval) Bounds() [2]*float64 {
	var out [2]*float64
	if !math.IsInf(iv.Lo, 0) {
		lo := iv.Lo
		out[0] = &lo
	}
	if !math.IsInf(iv.Hi, 0) {
		hi := iv.Hi
		out[1] = &hi
	}
	return out
}

// String writes the interval in mathematical notation with numbers in
// short form: "(30M, ∞)", "[32.4M, 39.6M]", "[0, 10M)".
func (iv Interval) String() string {
	if iv.Empty() {
		return "∅"
	}
	if iv.Lo == iv.Hi {
		return Number(iv.Lo)
	}
	open, close := "[", "]"
	if iv.LoOpen || math.IsInf(iv.Lo, 0) {
		open = "("
	}
	if iv.HiOpen || math.IsInf(iv.Hi, 0) {
		close = ")"
	}
	return open + Number(iv.Lo) + ", " + Number(iv.Hi) + close
}

// Number writes a number briefly: 3e7 as "30M", 1.2e9 as "1.2B", 143.5 as
// "143.5", infinities as "∞" and "-∞".
func Number(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "-∞"
	}
	abs := math.Abs(x)
	suffix := ""
	switch {
	case abs >= 1e12:
		x, suffix = x/1e12, "T"
	case abs >= 1e9:
		x, suffix = x/1e9, "B"
	case abs >= 1e6:
		x, suffix = x/1e6, "M"
	case abs >= 1e4:
		x, suffix = x/1e3, "k"
	}
	return strconv.FormatFloat(roundTo(x, 4), 'f', -1, 64) + suffix
}

// roundTo rounds x to n significant digits, to hide the noise of unit
// conversions when a number is shown.
func roundTo(x float64, n int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', n, 64), 64)
	return f
}
