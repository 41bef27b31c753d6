package compare

import (
	"bufio"
	"io"
	"math"

	"github.com/factsheet/factsheet/annotate"
)

// The JSON form of a report (factsheet compare --format json), after its
// tool, claims and comparable fields. The README documents it field by
// field.
type (
	jsonGroup struct {
		ID           string             `json:"id"`
		Measure      string             `json:"measure"`
		Dimension    string             `json:"dimension"`
		Unit         string             `json:"unit"`
		When         string             `json:"when"`
		Topic        string             `json:"topic,omitempty"`
		Series       string             `json:"series,omitempty"`
		Verdict      string             `json:"verdict"`
		Why          []string           `json:"why"`
		Sources      int                `json:"sources"`
		Spread       *float64           `json:"spread"`
		Range        [2]*float64        `json:"range"`
		RangeOpen    [2]bool            `json:"range_open"`
		Consistent   []string           `json:"consistent"`
		Outliers     []string           `json:"outliers"`
		WithinSource []jsonWithinSource `json:"within_source"`
		Members      []jsonMember       `json:"members"`
	}
	jsonWithinSource struct {
		Source string   `json:"source"`
		Claims []string `json:"claims"`
	}
	jsonMember struct {
		Claim        string                `json:"claim"`
		Source       string                `json:"source"`
		Text         string                `json:"text"`
		Value        *float64              `json:"value"`
		High         *float64              `json:"high"`
		Qualifier    string                `json:"qualifier"`
		Kind         string                `json:"kind"`
		Unit         string                `json:"unit"`
		Interval     [2]*float64           `json:"interval"`
		IntervalOpen [2]bool               `json:"interval_open"`
		Subject      string                `json:"subject"`
		When         string                `json:"when,omitempty"`
		Places       []string              `json:"places"`
		Outlier      bool                  `json:"outlier"`
		Attribution  *annotate.Attribution `json:"attribution"`
		Stance       string                `json:"stance,omitempty"`
		Citation     string                `json:"citation"`
		Quote        string                `json:"quote"`
		Sentence     int                   `json:"sentence"`
	}
	jsonSeries struct {
		ID      string   `json:"id"`
		Measure string   `json:"measure"`
		Unit    string   `json:"unit"`
		Groups  []string `json:"groups"`
	}
)

// WriteJSON writes the report as indented JSON; tool names the program
// (the same object as in the fact sheet's JSON). The same report gives the
// same bytes. Groups are encoded one at a time, so that a large report is
// never held twice; the bytes are those of encoding it whole.
func WriteJSON(w io.Writer, r *Report, tool any) error {
	bw := bufio.NewWriter(w)
	head, err := marshal(struct {
		Tool       any `json:"tool"`
		Claims     int `json:"claims"`
		Comparable int `json:"comparable"`
	}{tool, r.Claims, r.Comparable}, "", "  ")
	if err != nil {
		return err
	}
	bw.Write(head[:len(head)-2]) // without the closing "\n}"
	bw.WriteString(",\n  \"groups\": [")
	for i, g := range r.Groups {
		b, err := marshal(groupJSON(g), "    ", "  ")
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n    ")
		bw.Write(b)
	}
	if len(r.Groups) > 0 {
		bw.WriteString("\n  ")
	}
	series := []jsonSeries{}
	for _, s := range r.Series {
		series = append(series, jsonSeries{s.ID, s.Measure, s.Unit, s.Groups})
	}
	b, err := marshal(series, "  ", "  ")
	if err != nil {
		return err
	}
	bw.WriteString("],\n  \"series\": ")
	bw.Write(b)
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// marshal encodes v as the fact sheet's JSON does (annotate.MarshalIndent).
var marshal = annotate.MarshalIndent

func groupJSON(g *Group) jsonGroup {
	out := jsonGroup{ID: g.ID, Measure: g.Measure, Dimension: g.Dimension, Unit: g.Unit, When: g.When,
		Topic: g.Topic, Series: g.Series, Verdict: g.Verdict.Verdict, Why: g.Why, Sources: g.Sources(),
		Consistent: nonNil(g.Consistent), Outliers: nonNil(g.Outliers), WithinSource: []jsonWithinSource{}}
	if g.Spread > 0 {
		s := roundTo(g.Spread, 6)
		out.Spread = &s
	}
	if !g.Range.Empty() {
		out.Range = g.Range.Bounds()
		out.RangeOpen = [2]bool{g.Range.LoOpen || math.IsInf(g.Range.Lo, 0), g.Range.HiOpen || math.IsInf(g.Range.Hi, 0)}
	}
	for _, w := range g.WithinSource {
		out.WithinSource = append(out.WithinSource, jsonWithinSource{w.Source, w.Claims})
	}
	outlier := map[string]bool{}
	for _, id := range g.Outliers {
		outlier[id] = true
	}
	for _, c := range g.Members {
		m := jsonMember{Claim: c.ID, Source: c.Source, Text: c.Text, Value: c.Value, High: c.High,
			Qualifier: c.Qualifier, Kind: c.Kind, Unit: c.Unit, Interval: roundBounds(c.Interval),
			IntervalOpen: [2]bool{c.Interval.LoOpen || math.IsInf(c.Interval.Lo, 0), c.Interval.HiOpen || math.IsInf(c.Interval.Hi, 0)},
			Subject:      c.Subject, When: c.When, Places: nonNil(c.Places), Outlier: outlier[c.ID],
			Citation: c.Citation, Quote: c.Quote, Sentence: c.Sentence, Attribution: c.Attribution, Stance: c.Stance}
		out.Members = append(out.Members, m)
	}
	return out
}

// roundBounds gives an interval's ends to 12 significant digits, so that
// the noise of unit conversion does not show.
func roundBounds(iv Interval) [2]*float64 {
	b := iv.Bounds()
	for i := range b {
		if b[i] != nil {
			x := roundTo(*b[i], 12)
			b[i] = &x
		}
	}
	return b
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Sources counts the distinct sources of the group's members.
func (g *Group) Sources() int {
	seen := map[string]bool{}
	for _, c := range g.Members {
		seen[c.Source] = true
	}
	return len(seen)
}
