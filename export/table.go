package export

import (
	"strings"

	"github.com/factsheet/factsheet/annotate"
)

// claimColumns are the columns of the claims table, shared by the workbook's
// Claims sheet (its columns before the reviewer's) and CSV.
var claimColumns = func() []string {
	var names []string
	for _, c := range claimsSheet.columns[:reviewerColumn] {
		names = append(names, c.name)
	}
	return names
}()

// reviewerColumn is the index of the first of the reviewer's columns
// (Status) on the Claims sheet.
var reviewerColumn = func() int {
	for i, c := range claimsSheet.columns {
		if c.name == colStatus.name {
			return i
		}
	}
	panic("the Claims sheet has no Status column")
}()

// claimTable is the claims table with the reviewer's columns (Status,
// Reviewer note, Evidence) after those of claimColumns: the columns,
// headers and legends of the workbook's Claims sheet, the reading view's
// claims and the SQLite claims table.
var claimTable = claimsSheet.columns

// claimKey is a column's name as data (SQLite column, reading-view field):
// its header in snake case ("Claim ID" is claim_id), except the Sentence
// column, which holds the sentence's text and is "quote", as in JSON.
func claimKey(header string) string {
	if header == "Sentence" {
		return "quote"
	}
	return strings.ReplaceAll(strings.ToLower(header), " ", "_")
}

// values are the cells of a row in the order of claimColumns: text, and
// *float64 for Value, High and Priority.
func (r *claimRow) values() []any {
	return []any{r.ID, r.Source, r.Locator, r.Claim, r.Kind, r.Qualifier, r.Value, r.High,
		r.Unit, r.Subject, r.When, r.Entities, r.Sentence, r.Citation, r.Attribution, r.Stance, &r.Priority}
}

// attributionText is an attribution as one cell: "demographers (conclude)",
// "Mao Zedong: the chairman (claim)", or "" for a claim the text asserts.
func attributionText(a *annotate.Attribution) string {
	if a == nil {
		return ""
	}
	party := a.Party
	if party == "" {
		party = "unnamed"
	}
	if a.Canonical != "" && a.Canonical != a.Party {
		party = a.Canonical + ": " + party
	}
	return party + " (" + a.Verb + ")"
}

// claimRow is one row of the claims table. Value and High are nil when the
// quantity has none.
type claimRow struct {
	ID, Source, Locator, Claim, Kind, Qualifier string
	Value, High                                 *float64
	Unit, Subject, When, Entities, Sentence     string
	Citation                                    string
	Attribution, Stance                         string
	Priority                                    float64
	start, end                                  int // the claim's words in the source's text
	mention                                     *annotate.Mention
	sentence                                    *annotate.Sentence
}

// claimRows flattens a document's claims into rows of the claims table.
// locs are the sentences' locators (see numbering); nil to work them out.
func claimRows(doc *annotate.Document, locs []string) []claimRow {
	if locs == nil {
		_, locs = numbering(doc)
	}
	mentions := doc.MentionIndex()
	rows := make([]claimRow, 0, len(doc.Claims))
	for _, c := range doc.Claims {
		m := mentions[string(c.Mention)]
		s := &doc.Sentences[c.Sentence]
		r := claimRow{
			ID:          c.ID,
			Source:      doc.Source.ID,
			Locator:     locs[c.Sentence],
			Claim:       c.Text,
			Kind:        c.Kind,
			Subject:     c.Subject,
			When:        c.When,
			Entities:    strings.Join(c.Entities, "; "),
			Sentence:    c.Quote,
			Citation:    c.Citation,
			Attribution: attributionText(c.Attribution),
			Stance:      c.Stance,
			Priority:    c.Priority,
			start:       c.Start,
			end:         c.End,
			sentence:    s,
		}
		if m != nil && m.QuantityAttrs != nil {
			r.Claim, r.Kind, r.Qualifier, r.Value, r.High, r.Unit = m.Text, m.Kind, m.Qualifier, m.Value, m.High, m.Unit
			r.mention = m
		}
		rows = append(rows, r)
	}
	return rows
}
