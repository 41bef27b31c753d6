package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// Options are the settings of a comparison. The zero value is not useful;
// start from DefaultOptions.
type Options struct {
	// Approx is the relative width of an approximate figure: "about 20
	// million" is 20 million ± Approx (0.1: ±10%).
	Approx float64
	// Tolerance widens a figure converted from another unit by this
	// fraction either way, so that "287 million acres" meets "116 million
	// hectares" (0.005: ±0.5%).
	Tolerance float64
	// Topics are the questions a historian pins (the --topics file).
	Topics []Topic
	// All keeps groups of a single claim that are neither in a series nor
	// under a topic; by default they are left out of the report.
	All bool
}

// DefaultOptions are the settings of factsheet compare without flags.
var DefaultOptions = Options{Approx: 0.1, Tolerance: 0.005}

// Says is who asserts the claim, for a reader: "demographers (conclude)",
// "unnamed (estimate)", or "" when the source asserts it itself.
func (c *Claim) Says() string {
	a := c.Attribution
	if a == nil {
		return ""
	}
	party := a.Party
	if a.Canonical != "" {
		party = a.Canonical
	}
	if party == "" {
		party = "unnamed"
	}
	s := party + " (" + a.Verb + ")"
	if c.Stance == annotate.StanceDistanced {
		s += ", distanced"
	}
	return s
}

// Claim is a claim of the annotate model in the normal form in which claims
// of different sources are compared: its measure (dimension and canonical
// unit), the thing it counts, the values it allows as an interval in the
// canonical unit, its time as an interval of days, and its places.
type Claim struct {
	// Where the claim comes from.
	ID       string // the claim's stable id
	Source   string // the source's id
	Doc      int    // the index of its document among the inputs
	Order    int    // its index among the claims of its document
	Sentence int
	Citation string
	Quote    string

	// The quantity as written.
	Text      string
	Kind      string
	Value     *float64
	High      *float64
	Unit      string // the extractor's unit ("t", "USD", "people")
	Qualifier string
	Subject   string

	// Who says so: the attribution (nil when the source asserts the claim
	// itself) and the stance (asserted, reported, distanced).
	Attribution *annotate.Attribution
	Stance      string

	// The normal form.
	Dimension string   // count, percent, money, mass, length, area, ...
	Canonical string   // the canonical unit: "t", "ha", "percent", "USD", "" for counts
	Interval  Interval // the values the claim allows, in Canonical
	Converted bool     // the value was converted from another unit
	Thing     Thing
	Carried   bool     // Thing was carried from the claim before ("it was ...")
	When      string   // EDTF
	From, To  int      // the days When covers, as yyyymmdd numbers; both 0 when undated
	Places    []string // the places its sentence names
	// SourcePlaces are the places its source names, when its sentence
	// names none: of the groups of places it could join, it joins the one
	// its source speaks of.
	SourcePlaces []string
	Entities     []string

	restates bool // the words before it point back to a figure before it (see restates)

	// List is set for a claim that is one of a list of parts in its
	// sentence (see markLists).
	List bool

	// Comparable is false for a claim with no figure (a vague "millions
	// of tons") or nothing found that it counts; such a claim is never
	// grouped.
	Comparable bool
}

// Dated reports whether the claim has a time.
func (c *Claim) Dated() bool { return c.From != 0 || c.To != 0 }

// Normalize puts the claims of a document into the normal form. doc is the
// index of the document among the inputs (it orders the claims of sources
// whose ids are equal).
func Normalize(d *annotate.Document, doc int, opts Options) []Claim {
	mentions := d.MentionIndex()
	labels := map[string]string{} // canonical name → label
	var sourcePlaces []string     // every place the source names
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.EntityAttrs != nil {
			if _, ok := labels[m.Canonical]; !ok {
				labels[m.Canonical] = m.Label
			}
			if m.Label == "GPE" || m.Label == "LOC" {
				sourcePlaces = append(sourcePlaces, m.Canonical)
			}
		}
	}
	sourcePlaces = sortedSet(sourcePlaces)
	// the quantities before and after each, in its sentence
	prev, next := map[string]*annotate.Mention{}, map[string]*annotate.Mention{}
	var last *annotate.Mention
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.QuantityAttrs == nil {
			continue
		}
		if last != nil && last.Sentence == m.Sentence {
			prev[m.ID], next[last.ID] = last, m
		}
		last = m
	}
	out := make([]Claim, 0, len(d.Claims))
	for i := range d.Claims {
		c := &d.Claims[i]
		m := mentions[string(c.Mention)]
		if m == nil || m.QuantityAttrs == nil {
			continue // a comparison without a number, or a damaged input
		}
		n := Claim{ID: c.ID, Source: d.Source.ID, Doc: doc, Order: i, Sentence: c.Sentence,
			Citation: c.Citation, Quote: c.Quote, Text: m.Text, Kind: m.Kind, Value: m.Value, High: m.High,
			Unit: m.Unit, Qualifier: m.Qualifier, Subject: c.Subject, When: c.When, Entities: c.Entities,
			Attribution: c.Attribution, Stance: c.Stance}
		for _, e := range c.Entities {
			if l := labels[e]; l == "GPE" || l == "LOC" {
				n.Places = append(n.Places, e)
			}
		}
		n.Places = sortedSet(n.Places)
		if len(n.Places) == 0 {
			n.SourcePlaces = sourcePlaces
		}
		if c.When != "" {
			from, to := dates.Bounds(c.When, "")
			n.From, n.To = day(from, math.MinInt32), day(to, math.MaxInt32)
			if from == "" && to == "" {
				n.From, n.To = 0, 0
			}
		}
		u := canonicalUnit(m.Kind, m.Unit)
		n.Dimension, n.Canonical = u.dimension, u.canonical
		if m.Value != nil && !m.Vague {
			n.Interval = interval(m.QuantityAttrs, u.dimension, opts.Approx).scale(u.factor, u.offset)
			n.Converted = u.factor != 1 || u.offset != 0
			if n.Converted && m.Kind == kindMeasure {
				n.Interval = n.Interval.widen(opts.Tolerance)
			}
			n.Comparable = true
		}
		before, after := wordsAround(d, m, prev[m.ID], next[m.ID], prev)
		n.Thing = thingOf(m.Kind, m.Unit, c.Subject, before, after)
		n.restates = restates(before)
		out = append(out, n)
	}
	carryThings(out)
	for i := range out {
		if out[i].Thing.Head == "" {
			out[i].Comparable = false
		}
	}
	markLists(out)
	return out
}

// markLists finds the claims of a sentence that list the parts of a whole
// ("Anhui (18% dead), Chongqing (15%), Sichuan (13%)"; "30% to natural
// disasters and 70% to man-made errors"): figures for the same measure at
// the same time that differ. Which part each is about is not known, so they
// are not compared (Comparable false, List set).
func markLists(cs []Claim) {
	for i := range cs {
		for j := i + 1; j < len(cs) && cs[j].Sentence == cs[i].Sentence; j++ {
			a, b := &cs[i], &cs[j]
			if a.Value == nil || b.Value == nil || a.Dimension != b.Dimension || a.Canonical != b.Canonical ||
				a.Dated() && b.Dated() && (a.To < b.From || b.To < a.From) || a.Interval.Overlaps(b.Interval) {
				continue
			}
			sameThing := a.Thing.Head != "" && a.Thing.String() == b.Thing.String()
			// "Anhui (18% dead), Sichuan (13%)": the others name no thing
			// of their own, and the sentence names several places
			partsOfPlaces := a.Dimension == "percent" && (a.Thing.Head == "" || b.Thing.Head == "") && len(a.Places) > 1
			if sameThing || partsOfPlaces {
				a.List, b.List = true, true
			}
		}
	}
	for i := range cs {
		if cs[i].List {
			cs[i].Comparable = false
		}
	}
}

// interval turns a quantity's value and qualifier into the values it
// allows: "more than x" (x, ∞), "at least x" [x, ∞), "less than x" [0, x),
// "up to x" [0, x], "about x" [x(1-approx), x(1+approx)], a range [x, high].
func interval(q *annotate.QuantityAttrs, dimension string, approx float64) Interval {
	x := *q.Value
	floor := 0.0
	if dimension == "temperature" || x < 0 {
		floor = math.Inf(-1)
	}
	switch q.Qualifier {
	case lex.QualGT:
		return Interval{Lo: x, Hi: math.Inf(1), LoOpen: true}
	case lex.QualGTE:
		return Interval{Lo: x, Hi: math.Inf(1)}
	case lex.QualLT:
		return Interval{Lo: floor, Hi: x, HiOpen: true}
	case lex.QualLTE:
		return Interval{Lo: floor, Hi: x}
	case lex.QualApprox:
		d := math.Abs(x) * approx
		return Interval{Lo: x - d, Hi: x + d}
	}
	if q.High != nil && *q.High >= x {
		return Interval{Lo: x, Hi: *q.High}
	}
	return Point(x)
}

// wordsAround returns the last words (twelve) of a quantity mention's
// sentence before it, back to the quantity before it, and the first six
// after it, past a quantity that restates it ("over a million Irish people,
// perhaps a million and a half, died") or restated by it. prev and next
// are the quantities before and after it in its sentence, or nil; prevOf
// gives the quantity before each.
func wordsAround(d *annotate.Document, m, prev, next *annotate.Mention, prevOf map[string]*annotate.Mention) (before, after []string) {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return nil, nil
	}
	s := d.Sentences[m.Sentence]
	from, to := m.Start-s.Start, m.End-s.Start
	if from < 0 || to < from || to > len(s.Text) {
		return nil, nil
	}
	start := 0
	if prev != nil && prev.End-s.Start <= from && prev.End >= s.Start {
		start = prev.End - s.Start
		if gap := s.Text[start:from]; len(gap) <= 12 && !strings.ContainsAny(gap, ";:") {
			// it restates the one before ("tens of millions (15 to 55
			// million)"): the words before that one are its words too
			start = 0
			if pp := prevOf[prev.ID]; pp != nil && pp.End-s.Start <= prev.Start-s.Start && pp.End >= s.Start {
				start = pp.End - s.Start
			}
		}
	}
	before = lastN(words(s.Text[start:from]), 12)
	if next != nil && next.Start-s.Start >= to && next.End-s.Start <= len(s.Text) {
		gap := s.Text[to : next.Start-s.Start]
		if len(gap) <= 12 && !strings.ContainsAny(gap, ";:") {
			to = next.End - s.Start
		}
	}
	after = words(s.Text[to:])
	if len(after) > 6 {
		after = after[:6]
	}
	return before, after
}

// restates reports whether the words before a figure point back to what
// was counted before it: "it was", "they numbered", "or".
func restates(before []string) bool {
	if len(before) > 0 && before[len(before)-1] == "or" {
		return true
	}
	for _, w := range lastN(before, 3) {
		switch w {
		case "it", "they", "this", "that", "these", "those":
			return true
		}
	}
	return false
}

// carryThings gives a claim whose subject names nothing and whose words
// point back ("and in 1960 it was 143.5 million tonnes") the thing of the nearest claim before it in
// the same sentence with the same measure (a sum in another currency: "$30
// billion, or 140 billion yuan").
func carryThings(cs []Claim) {
	for i := range cs {
		c := &cs[i]
		if c.Thing.Head != "" || !c.restates {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := &cs[j]
			if p.Sentence != c.Sentence {
				break
			}
			if p.Thing.Head != "" && p.Dimension == c.Dimension && (p.Canonical == c.Canonical || c.Dimension == "money") {
				c.Thing, c.Carried = p.Thing, true
				break
			}
		}
	}
}

// day turns an ISO date ("1958-02-17", "-0043-03-15") into a number that
// orders days: yyyymmdd with the sign of the year. An empty date gives def.
func day(iso string, def int) int {
	if iso == "" {
		return def
	}
	sign := 1
	if strings.HasPrefix(iso, "-") {
		sign, iso = -1, iso[1:]
	}
	parts := strings.Split(iso, "-")
	if len(parts) != 3 {
		return def
	}
	y, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	dd, err3 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return def
	}
	if sign < 0 {
		// -0043-03-15 comes before -0043-12-31, and both before -0042-01-01
		return -(y*10000 - (m*100 + dd)) - 10000
	}
	return y*10000 + m*100 + dd
}
