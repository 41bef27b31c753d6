package compare

// jsonReport is the whole report, as WriteJSON writes it piece by piece.
type jsonReport struct {
	Tool       any          `json:"tool"`
	Claims     int          `json:"claims"`
	Comparable int          `json:"comparable"`
	Groups     []jsonGroup  `json:"groups"`
	Series     []jsonSeries `json:"series"`
}

// wholeJSON encodes the report in one go; WriteJSON must give its bytes.
func wholeJSON(r *Report, tool any) ([]byte, error) {
	out := jsonReport{Tool: tool, Claims: r.Claims, Comparable: r.Comparable, Groups: []jsonGroup{}, Series: []jsonSeries{}}
	for _, g := range r.Groups {
		out.Groups = append(out.Groups, groupJSON(g))
	}
	for _, s := range r.Series {
		out.Series = append(out.Series, jsonSeries{s.ID, s.Measure, s.Unit, s.Groups})
	}
	b, err := marshal(out, "", "  ")
	return append(b, '\n'), err
}
