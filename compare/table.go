package compare

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// WriteTable writes the report as a table for the terminal: each group with
// its verdict, spread, the range its consistent members allow and why it was
// formed, then its members with their source, the value as written, the
// interval and the citation. Series are headed as such, their groups in time
// order.
func WriteTable(w io.Writer, r *Report) error {
	var b strings.Builder
	if len(r.Groups) == 0 {
		fmt.Fprintf(&b, "No groups: %d claims read, %d comparable, none about the same measure as another.\n", r.Claims, r.Comparable)
		_, err := io.WriteString(w, b.String())
		return err
	}
	series := map[string]*Series{}
	for _, s := range r.Series {
		series[s.ID] = s
	}
	for i, g := range r.Groups {
		if g.Series != "" && (i == 0 || r.Groups[i-1].Series != g.Series) {
			s := series[g.Series]
			fmt.Fprintf(&b, "%s series: %s, %d points in time order (%s); never a conflict\n\n", s.ID, s.Measure, len(s.Groups), strings.Join(s.Groups, ", "))
		}
		unit := g.Unit
		if unit == "" {
			unit = "count"
		}
		when := g.When
		if when == "" {
			when = "undated"
		}
		head := fmt.Sprintf("%s  %s  [%s, %s]  %s", g.ID, g.Measure, unit, when, strings.ToUpper(g.Verdict.Verdict))
		fmt.Fprintln(&b, head)
		var facts []string
		facts = append(facts, plural(len(g.Members), "claim")+" from "+plural(g.Sources(), "source"))
		if g.Spread > 0 {
			facts = append(facts, "spread ×"+Number(roundTo(g.Spread, 3)))
		}
		if !g.Range.Empty() {
			facts = append(facts, "consistent range "+g.Range.String())
		}
		fmt.Fprintln(&b, "    "+strings.Join(facts, "; "))
		if len(g.Outliers) > 0 {
			fmt.Fprintf(&b, "    outliers: %s; largest consistent subset: %s\n", strings.Join(g.Outliers, ", "), strings.Join(g.Consistent, ", "))
		}
		for _, ws := range g.WithinSource {
			fmt.Fprintf(&b, "    within-source inconsistency: %s gives %s, which share no value\n", ws.Source, strings.Join(ws.Claims, ", "))
		}
		fmt.Fprintln(&b, "    why: "+strings.Join(g.Why, "; "))
		rows := [][]string{{"", "CLAIM", "SOURCE", "AS WRITTEN", "INTERVAL", "WHEN", "WHO SAYS SO", "CITATION"}}
		outlier := map[string]bool{}
		for _, id := range g.Outliers {
			outlier[id] = true
		}
		for _, c := range g.Members {
			mark := ""
			if outlier[c.ID] {
				mark = "✗"
			}
			rows = append(rows, []string{mark, c.ID, c.Source, c.Text, c.Interval.String(), c.When, c.Says(), c.Citation})
		}
		writeRows(&b, rows, "    ")
		fmt.Fprintln(&b)
	}
	fmt.Fprintf(&b, "%s (%d series) from %s, %d comparable.\n", plural(len(r.Groups), "group"), len(r.Series), plural(r.Claims, "claim"), r.Comparable)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRows writes rows in columns padded to the widest cell; the last
// column is not padded. Cells are cut at 48 characters but the last.
func writeRows(b *strings.Builder, rows [][]string, indent string) {
	const maxWidth = 48
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if n := utf8.RuneCountInString(cut(c, maxWidth)); n > widths[i] && i < len(r)-1 {
				widths[i] = n
			}
		}
	}
	for _, r := range rows {
		var line strings.Builder
		line.WriteString(indent)
		for i, c := range r {
			if i < len(r)-1 {
				c = cut(c, maxWidth)
				line.WriteString(c)
				line.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			} else {
				line.WriteString(c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// cut shortens s to n characters, marking the cut with "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
