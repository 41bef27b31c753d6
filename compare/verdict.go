package compare

import (
	"math"
	"sort"
)

// The verdicts of a group.
const (
	Consistent   = "consistent"    // the figures of two or more sources share a value
	Conflicting  = "conflicting"   // they do not
	SingleSource = "single-source" // only one source gives the figure
)

// Verdict is what the members of a group say together.
type Verdict struct {
	Verdict string
	// Spread is the largest figure stated over the smallest (the ends of
	// ranges count); 0 when a figure is 0 or there is only one.
	Spread float64
	// Range is what all the consistent members allow: the intersection
	// of the intervals of the largest consistent subset.
	Range Interval
	// Consistent are the ids of the claims of the largest consistent
	// subset; Outliers the others, named only when the group is
	// conflicting (a single source at odds with itself is flagged in
	// WithinSource instead).
	Consistent []string
	Outliers   []string
	// WithinSource lists the sources that give figures for the measure
	// that do not agree with each other.
	WithinSource []WithinSource
}

// WithinSource is one source giving figures for the same measure that share
// no value.
type WithinSource struct {
	Source string
	Claims []string
}

// judge gives the verdict of a group's members.
func judge(members []*Claim) Verdict {
	v := Verdict{}
	subset := largestConsistent(members)
	in := map[*Claim]bool{}
	v.Range = Interval{Lo: math.Inf(-1), Hi: math.Inf(1)}
	for _, c := range subset {
		in[c] = true
		v.Range = v.Range.Intersect(c.Interval)
	}
	for _, c := range members {
		if in[c] {
			v.Consistent = append(v.Consistent, c.ID)
		} else {
			v.Outliers = append(v.Outliers, c.ID)
		}
	}
	sources := map[string]bool{}
	for _, c := range members {
		sources[c.Source] = true
	}
	switch {
	case len(sources) < 2:
		v.Verdict = SingleSource
	case len(v.Outliers) == 0:
		v.Verdict = Consistent
	default:
		v.Verdict = Conflicting
	}
	if v.Verdict != Conflicting {
		v.Outliers = nil // one source at odds with itself is flagged below, not an outlier
	}
	v.Spread = spread(members)
	v.WithinSource = withinSource(members)
	return v
}

// largestConsistent returns the largest subset of the members whose
// intervals share a value (the figures that can all be true at once). Of
// subsets of the same size, the one around the smallest value is taken.
// Intervals on a line share a value when every two of them overlap, so it
// is enough to try the ends of the intervals and the points between them.
func largestConsistent(members []*Claim) []*Claim {
	var ends []float64
	for _, c := range members {
		for _, x := range []float64{c.Interval.Lo, c.Interval.Hi} {
			if !math.IsInf(x, 0) {
				ends = append(ends, x)
			}
		}
	}
	sort.Float64s(ends)
	var points []float64
	for i, x := range ends {
		if i > 0 && x == ends[i-1] {
			continue
		}
		if i > 0 {
			points = append(points, (ends[i-1]+x)/2)
		}
		points = append(points, x)
	}
	if len(ends) > 0 {
		lo, hi := ends[0], ends[len(ends)-1]
		points = append([]float64{lo - math.Abs(lo) - 1}, points...)
		points = append(points, hi+math.Abs(hi)+1)
	} else {
		points = []float64{0}
	}
	best, bestN := 0.0, -1
	for _, x := range points {
		n := 0
		for _, c := range members {
			if c.Interval.Contains(x) {
				n++
			}
		}
		if n > bestN {
			best, bestN = x, n
		}
	}
	var out []*Claim
	for _, c := range members {
		if c.Interval.Contains(best) {
			out = append(out, c)
		}
	}
	return out
}

// spread is the largest figure stated over the smallest.
func spread(members []*Claim) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, c := range members {
		for _, x := range stated(c) {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
	}
	if lo <= 0 || math.IsInf(lo, 0) || math.IsInf(hi, 0) || len(members) < 2 {
		return 0
	}
	return hi / lo
}

// stated returns the figures a claim states, in the canonical unit: its
// value, and the high end of a range.
func stated(c *Claim) []float64 {
	if c.Value == nil {
		return nil
	}
	u := canonicalUnit(c.Kind, c.Unit)
	out := []float64{*c.Value*u.factor + u.offset}
	if c.High != nil {
		out = append(out, *c.High*u.factor+u.offset)
	}
	return out
}

// withinSource finds the sources of which two figures share no value.
func withinSource(members []*Claim) []WithinSource {
	bySource := map[string][]*Claim{}
	var order []string
	for _, c := range members {
		if bySource[c.Source] == nil {
			order = append(order, c.Source)
		}
		bySource[c.Source] = append(bySource[c.Source], c)
	}
	var out []WithinSource
	for _, s := range order {
		cs := bySource[s]
		clash := false
		for i := range cs {
			for j := i + 1; j < len(cs); j++ {
				if !cs[i].Interval.Overlaps(cs[j].Interval) {
					clash = true
				}
			}
		}
		if clash {
			w := WithinSource{Source: s}
			for _, c := range cs {
				w.Claims = append(w.Claims, c.ID)
			}
			out = append(out, w)
		}
	}
	return out
}
