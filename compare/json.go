package compare

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
)

// The JSON form of a report (factsheet compare --format json). The README
// documents it field by field.
type (
	jsonReport struct {
		Tool       any          `json:"tool"`
		Claims     int          `json:"claims"`
		Comparable int          `json:"comparable"`
		Groups     []jsonGroup  `json:"groups"`
		Series     []jsonSeries `json:"series"`
	}
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
		Claim        string      `json:"claim"`
		Source       string      `json:"source"`
		Text         string      `json:"text"`
		Value        *float64    `json:"value"`
		High         *float64    `json:"high"`
		Qualifier    string      `json:"qualifier"`
		Kind         string      `json:"kind"`
		Unit         string      `json:"unit"`
		Interval     [2]*float64 `json:"interval"`
		IntervalOpen [2]bool     `json:"interval_open"`
		Subject      string      `json:"subject"`
		When         string      `json:"when,omitempty"`
		Places       []string    `json:"places"`
		Outlier      bool        `json:"outlier"`
		Citation     string      `json:"citation"`
		Quote        string      `json:"quote"`
		Sentence     int         `json:"sentence"`
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
// same bytes.
func WriteJSON(w io.Writer, r *Report, tool any) error {
	out := jsonReport{Tool: tool, Claims: r.Claims, Comparable: r.Comparable, Groups: []jsonGroup{}, Series: []jsonSeries{}}
	for _, g := range r.Groups {
		out.Groups = append(out.Groups, groupJSON(g))
	}
	for _, s := range r.Series {
		out.Series = append(out.Series, jsonSeries{s.ID, s.Measure, s.Unit, s.Groups})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

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
			Citation: c.Citation, Quote: c.Quote, Sentence: c.Sentence}
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
