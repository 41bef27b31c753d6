package export

import (
	"strings"
	"time"
)

// writeOrphans writes the "Orphaned reviews" sheet: the review work whose
// claims this run did not find, with the sentence each was typed against,
// so that nothing a person typed is dropped. It returns nil when there is
// none.
func (x *xlsxWriter) writeOrphans() (*streamSheet, error) {
	orphans := x.run.Reviews.orphans(x.run.Created)
	if len(orphans) == 0 {
		return nil, nil
	}
	if _, err := x.f.NewSheet(sheetOrphans); err != nil {
		return nil, err
	}
	s := newStreamSheet(x, x.orphansSpec)
	for _, r := range orphans {
		values := []any{r.Claim, r.Source, r.Locator, r.Text, x.oldSentence(r), r.statusOrDefault(),
			x.reviewValue(r.cell("Reviewer note"), true), x.reviewValue(r.cell("Evidence"), true), x.dayCell(r.Orphaned), r.Why}
		at, err := s.add(append(values, x.reviewCells(r)...)...)
		if err != nil {
			return nil, err
		}
		if len(r.comments) > 0 {
			x.comment(at, x.orphansSpec, r.comments)
		}
	}
	return s, nil
}

// oldSentence is an orphan's sentence with its claim's words highlighted
// (their first occurrence), as on the Claims sheet.
func (x *xlsxWriter) oldSentence(r *Review) any {
	i := strings.Index(r.Sentence, r.Text)
	if r.Text == "" || i < 0 {
		return r.Sentence
	}
	return highlighted(r.Sentence[:i], r.Text, r.Sentence[i+len(r.Text):], x.st.highlight)
}

// dayCell is a date cell for the day of a time, or nothing for none.
func (x *xlsxWriter) dayCell(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return x.st.dateCell(t.Format("2006-01-02"))
}
