package export

import (
	"strconv"

	"github.com/xuri/excelize/v2"
)

// reviewValue is the value of a cell a reviewer typed, for a streamed row:
// a number stays a number and a date a date (each with its number format),
// TRUE stays a boolean, a formula stays a formula (with its last value
// when the file had one, else recomputed on opening), and text with a link
// keeps it.
func (x *xlsxWriter) reviewValue(c *typedCell, wrap bool) any {
	if c.empty() {
		return nil
	}
	if c.formula != "" {
		cell := excelize.Cell{StyleID: x.reviewStyle(c, wrap), Formula: c.formula}
		if c.text != "" {
			cell.Value = typedValue(c)
		} else {
			x.recalc = true
		}
		return cell
	}
	switch c.kind {
	case kindNumber, kindBool:
		return excelize.Cell{StyleID: x.reviewStyle(c, wrap), Value: typedValue(c)}
	}
	switch {
	case c.link != "":
		return link{text: c.text, to: c.link, external: isWebAddress(c.link)}
	case isWebAddress(c.text):
		return link{text: c.text, to: c.text, external: true}
	}
	return c.text
}

// typedValue is a stored value as the Go value excelize writes with the
// same type.
func typedValue(c *typedCell) any {
	switch c.kind {
	case kindNumber:
		if v, err := strconv.ParseFloat(c.text, 64); err == nil {
			return v
		}
	case kindBool:
		return c.text == "1" || c.text == "true" || c.text == "TRUE"
	}
	return c.text
}

// reviewStyle is the style of a reviewer's number, date or formula cell in
// its column: the column's alignment with the number format the cell had.
func (x *xlsxWriter) reviewStyle(c *typedCell, wrap bool) int {
	base := x.st.text
	if wrap {
		base = x.st.wrap
	}
	old := x.run.Reviews.styles[c.style]
	if old == nil || (old.NumFmt == 0 && old.CustomNumFmt == nil) {
		return base
	}
	key := [2]int{c.style, 0}
	if wrap {
		key[1] = 1
	}
	if id, ok := x.reviewStyles[key]; ok {
		return id
	}
	id, err := x.f.NewStyle(&excelize.Style{NumFmt: old.NumFmt, CustomNumFmt: old.CustomNumFmt, DecimalPlaces: old.DecimalPlaces,
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: wrap}})
	if err != nil {
		return base
	}
	x.reviewStyles[key] = id
	return id
}

// reviewColumns are the columns of the Claims sheet, and of the Orphaned
// reviews sheet, with the reviewer's own columns after them.
func withExtraColumns(spec *sheetSpec, extra []string) *sheetSpec {
	if len(extra) == 0 {
		return spec
	}
	out := *spec
	out.columns = append([]column{}, spec.columns...)
	for _, name := range extra {
		out.columns = append(out.columns, column{name: name, min: 12, max: 40, wrap: true,
			legend: "A column a reviewer added; carried over to the next run by Claim ID, as typed (numbers, dates, formulas and links kept)."})
	}
	return &out
}

// reviewCells are the values of a review's own columns, in order.
func (x *xlsxWriter) reviewCells(rv *Review) []any {
	extra := x.run.Reviews.extraColumnNames()
	out := make([]any, len(extra))
	for i, name := range extra {
		out[i] = x.reviewValue(rv.cell(name), true)
	}
	return out
}

// comment queues a comment on a cell of a streamed sheet; comments are
// added before the sheets are flushed.
func (x *xlsxWriter) comment(at place, spec *sheetSpec, comments map[string]excelize.Comment) {
	for name, c := range comments {
		col := spec.col(name)
		if col == 0 {
			x.run.Reviews.lose("a comment on the column " + strconv.Quote(name) + " of a claim")
			continue
		}
		c.Cell, _ = excelize.CoordinatesToCellName(col, at.row)
		x.comments[at.sheet] = append(x.comments[at.sheet], c)
	}
}

// headerComments queues the comments on the headers of the reviewer's own
// columns.
func (x *xlsxWriter) headerComments(sheet string, spec *sheetSpec) {
	rs := x.run.Reviews
	if rs == nil {
		return
	}
	for name, c := range rs.headerComments {
		if col := spec.col(name); col > 0 {
			c.Cell, _ = excelize.CoordinatesToCellName(col, 1)
			x.comments[sheet] = append(x.comments[sheet], c)
		}
	}
}

// addComments adds the queued comments to their sheets.
func (x *xlsxWriter) addComments() error {
	for sheet, cs := range x.comments {
		for _, c := range cs {
			if err := x.f.AddComment(sheet, c); err != nil {
				return err
			}
		}
	}
	return nil
}
