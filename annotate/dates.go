package annotate

import (
	"strings"

	"github.com/factsheet/factsheet/extract"
)

// resolveDates gives each relative date ("that year", "two years later")
// the value of the nearest preceding date of the narrative, and records that
// date as its anchor. A date in parentheses is an aside ("born c. 100 BC"),
// and a deadline in mid-sentence ("passing Britain by 1972") a goal: neither
// moves the narrative, so neither is an anchor. A resolved relative date is
// itself an anchor for the next one ("the following year ... two years
// later"). shifts holds the shift of each relative date, by start offset.
func resolveDates(doc *Document, shifts map[int]extract.Shift) {
	var anchor *Mention
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.DateAttrs == nil {
			continue
		}
		if m.Relative {
			if anchor == nil {
				m.Reason = "no earlier date in the text to resolve it from"
				continue
			}
			edtf, ok := shifts[m.Start].From(anchor.EDTF)
			if !ok {
				m.Reason = "cannot be resolved from " + anchor.Text
				continue
			}
			m.EDTF, m.Anchor = edtf, anchor.ID
			m.Earliest, m.Latest = extract.Bounds(m.EDTF, m.Mod)
		}
		if isAnchor(doc, m) {
			anchor = m
		}
	}
}

// isAnchor reports whether a date can anchor later relative dates.
func isAnchor(doc *Document, m *Mention) bool {
	if m.EDTF == "" {
		return false
	}
	s := doc.Sentences[m.Sentence]
	before := doc.Source.Text[s.Start:m.Start]
	if strings.Count(before, "(") > strings.Count(before, ")") {
		return false // an aside
	}
	switch m.Mod {
	case "by", "until", "before":
		return strings.TrimSpace(before) == "" // a deadline unless it opens the sentence
	}
	return true
}
