package export

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/annotate"
)

// describe says in a few words what a mention was normalised to, for a
// reader: "PERSON Mao Zedong"; "1958-02, 1958-02-01 to 1958-02-28";
// "count > 30,000,000 people"; "98 percent"; "vague measure of t". The reading view shows it on a mark, and
// W3C annotations carry it as their body's value. A claim without a
// number (nil) is a "comparison".
func describe(m *annotate.Mention) string {
	switch {
	case m == nil:
		return annotate.KindComparison // a claim without a number has no mention
	case m.EntityAttrs != nil:
		return m.Label + " " + m.Canonical
	case m.DateAttrs != nil:
		if m.EDTF == "" {
			if m.Reason != "" {
				return "unresolved: " + m.Reason
			}
			return "unresolved"
		}
		s := m.EDTF
		if m.Mod != "" {
			s += " (" + m.Mod + ")"
		}
		switch {
		case m.Earliest != "" && m.Latest != "" && m.Earliest != m.Latest:
			s += ", " + m.Earliest + " to " + m.Latest
		case m.Earliest != "" && m.Latest == "":
			s += ", from " + m.Earliest
		case m.Earliest == "" && m.Latest != "":
			s += ", until " + m.Latest
		}
		return s
	case m.QuantityAttrs != nil:
		if m.Value == nil {
			if m.Unit == "" {
				return "vague " + m.Kind
			}
			return "vague " + m.Kind + " of " + m.Unit
		}
		var parts []string
		if m.Kind != m.Unit {
			parts = append(parts, m.Kind) // not "percent 98 percent"
		}
		if sym := qualifierSymbols[m.Qualifier]; sym != "" {
			parts = append(parts, sym)
		}
		switch {
		case m.High != nil:
			parts = append(parts, groupDigits(*m.Value)+"–"+groupDigits(*m.High))
		default:
			parts = append(parts, groupDigits(*m.Value))
		}
		if m.Unit != "" {
			parts = append(parts, m.Unit)
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// qualifierSymbols write a quantity's qualifier before its value.
var qualifierSymbols = map[string]string{"approx": "≈", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}

// groupDigits writes a number in plain decimal with commas between groups
// of three digits: 30,000,000; 0.25.
func groupDigits(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}
