package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/compare"
	"github.com/xuri/excelize/v2"
)

// sheetGroups is the sheet of a comparison's workbook that lists its groups.
const sheetGroups = "Groups"

// verdictMeanings say what each verdict means, for the About sheet; the
// colours are those of its rows on the Groups sheet.
var verdictMeanings = [][2]string{
	{compare.Consistent, "Green. The figures of two or more sources share a value: they can all be true at once."},
	{compare.Conflicting, "Red. They do not: the outliers (marked) fall outside the largest subset that can all be true at once."},
	{compare.SingleSource, "Grey. Only one source gives the figure (at this time); a source at odds with itself is flagged in Within source."},
}

// verdictColours are the fill and font colours of each verdict's rows.
var verdictColours = []struct{ verdict, fill, font string }{
	{compare.Consistent, "C6EFCE", "006100"},
	{compare.Conflicting, "FFC7CE", "9C0006"},
	{compare.SingleSource, "EDEDED", "3A3A3A"},
}

var groupsSheet = &sheetSpec{name: sheetGroups, rules: verdictRules, columns: []column{
	{name: "Group", min: 7, max: 8, legend: "The group's id (G1, G2, ...): claims about the same measure of the same thing at the same time."},
	{name: "Measure", min: 12, max: 30, wrap: true, legend: "What the figures count or measure (the head noun of the subject, with equivalent words made one: died, perished, killed and victims are deaths), or the name of a topic from --topics."},
	{name: "Unit", min: 7, max: 10, legend: "The canonical unit the intervals are in (t, ha, km, percent, a currency); empty for counts. Other units are converted into it; currencies never are."},
	{name: "When", min: 9, max: 14, legend: "EDTF time of the group: the members' common time, or the years they span."},
	{name: "Verdict", min: 13, max: 14, legend: "consistent, conflicting or single-source (below); the row is coloured by it."},
	{name: "Series", min: 7, max: 8, legend: "The series (S1, ...) the group is a point of: the same measure at other times, in time order; never a conflict."},
	{name: "Consistent range", min: 16, max: 26, legend: "The values all the members of the largest consistent subset allow."},
	{name: "Spread", min: 8, max: 10, legend: "The largest figure stated over the smallest."},
	{name: "Claim ID", min: 13, max: 13, legend: "The member claim; links to its row on the Claims sheet, where it is reviewed."},
	{name: "Source", min: 8, max: 30, legend: "Id of the claim's source."},
	{name: "Claim", min: 10, max: 30, wrap: true, legend: "The figure as written."},
	{name: "Interval", min: 14, max: 26, legend: "The values the claim allows in the group's unit: “more than 30 million” is (30M, ∞), “about 36 million” [32.4M, 39.6M] (±10% by default, --approx)."},
	{name: "Outlier", min: 8, max: 9, legend: "yes when the claim is outside the largest consistent subset of a conflicting group."},
	{name: "Within source", min: 12, max: 30, wrap: true, legend: "Set when the claim's source gives figures for this measure that share no value."},
	{name: "Attribution", min: 14, max: 36, wrap: true, legend: "Who the source says asserts the claim, with the reporting verb: “demographers (conclude)”; empty when the source asserts it itself; “, distanced” when the source keeps its distance."},
	{name: "Citation", min: 24, max: 50, wrap: true, legend: "A note-style citation of the claim's sentence."},
	{name: "Sentence", min: 40, max: 70, wrap: true, legend: "The claim's sentence."},
	{name: "Why", min: 30, max: 60, wrap: true, legend: "Why the claims are one group: which of unit, counted thing, places and time matched."},
}}

// verdictColumn is the Verdict column of the Groups sheet (1-based), and
// groupsColumns how many columns it has.
const verdictColumn, groupsColumns = 5, 18

// verdictRules colours a Groups worksheet's rows by verdict.
func verdictRules(x *xlsxWriter, sheet string, last int) error {
	letter, _ := excelize.ColumnNumberToName(verdictColumn)
	lastCol, _ := excelize.ColumnNumberToName(groupsColumns)
	var rules []excelize.ConditionalFormatOptions
	for _, c := range verdictColours {
		id, err := x.f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
		if err != nil {
			return err
		}
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "formula", Criteria: fmt.Sprintf(`$%s2="%s"`, letter, c.verdict), Format: ptr(id),
		})
	}
	return x.f.SetConditionalFormat(sheet, fmt.Sprintf("A2:%s%d", lastCol, last), rules)
}

// WriteComparison writes a comparison's workbook: a Groups sheet with every
// member claim of every group (its source, citation and sentence, linked to
// its row on the Claims sheet and coloured by the group's verdict), then
// the sheets of a fact sheet of the documents compared, so that the claims
// are reviewed there as in annotate (run.Reviews carries earlier review
// work over).
func WriteComparison(w io.Writer, r *compare.Report, docs []*annotate.Document, run Run) error {
	x, err := newXLSX(w, run)
	if err != nil {
		return err
	}
	x.claimPlaces = map[string]place{}
	for _, d := range docs {
		if err := x.Write(d); err != nil {
			return err
		}
	}
	if _, err := x.f.NewSheet(sheetGroups); err != nil {
		return err
	}
	s := newStreamSheet(x, groupsSheet)
	for _, g := range r.Groups {
		within := map[string]string{}
		for _, ws := range g.WithinSource {
			for _, id := range ws.Claims {
				within[id] = ws.Source + " gives " + strings.Join(ws.Claims, ", ")
			}
		}
		outlier := map[string]bool{}
		for _, id := range g.Outliers {
			outlier[id] = true
		}
		var spread any
		if g.Spread > 0 {
			spread = x.st.number(&g.Spread, false)
		}
		rng := ""
		if !g.Range.Empty() {
			rng = g.Range.String()
		}
		unit := g.Unit
		for _, c := range g.Members {
			id := any(c.ID)
			if at, ok := x.claimPlaces[c.ID]; ok {
				id = link{text: c.ID, to: at.ref()}
			}
			out := ""
			if outlier[c.ID] {
				out = "yes"
			}
			if _, err := s.add(g.ID, g.Measure, unit, g.When, g.Verdict.Verdict, g.Series, rng, spread,
				id, c.Source, c.Text, c.Interval.String(), out, within[c.ID], c.Says(), c.Citation, c.Quote,
				strings.Join(g.Why, "; ")); err != nil {
				return err
			}
		}
	}
	x.front = s
	return x.Close()
}
