package export

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ourSheet matches the names of the sheets factsheet writes: a new run
// writes them afresh.
var ourSheet = regexp.MustCompile(`^(Claims|Sentences|Entities|Dates|Sources|About)( \([0-9]+\))?$|^Orphaned reviews$`)

// copiedSheet is a sheet a reviewer added to the workbook ("My notes"),
// read whole to be copied into the new workbook: its cells as stored, with
// their styles, links and comments, its column widths, row heights, merged
// cells, frozen panes, tables and drop-downs.
type copiedSheet struct {
	name     string
	hidden   bool
	cells    []typedCell // col set; row in rows, same index
	rows     []int
	widths   map[int]float64
	heights  map[int]float64
	merges   [][2]string
	comments []excelize.Comment
	panes    *excelize.Panes
	tables   []excelize.Table
	valid    []*excelize.DataValidation
}

// readOtherSheets reads the sheets a reviewer added, to copy them, and
// notes what of the workbook cannot be carried over: comments on the
// sheets factsheet writes afresh, and what a copy cannot take (images,
// charts, conditional formats).
func (rs *Reviews) readOtherSheets(pkg *xlsxPackage, f *excelize.File, claims []string) error {
	read := map[string]bool{}
	for _, s := range claims {
		read[s] = true
	}
	for _, name := range f.GetSheetList() {
		if read[name] {
			continue
		}
		if ourSheet.MatchString(name) {
			if cs, err := f.GetComments(name); err == nil && len(cs) > 0 {
				rs.lose(fmt.Sprintf("%s on the sheet %q, which is written afresh", plural(len(cs), "comment"), name))
			}
			continue
		}
		s, err := rs.readCopy(pkg, f, name)
		if err != nil {
			return err
		}
		rs.sheets = append(rs.sheets, s)
	}
	return nil
}

// readCopy reads one sheet to copy.
func (rs *Reviews) readCopy(pkg *xlsxPackage, f *excelize.File, name string) (*copiedSheet, error) {
	s := &copiedSheet{name: name, widths: map[int]float64{}, heights: map[int]float64{}}
	links, err := pkg.links(name)
	if err != nil {
		links = &linkTargets{cells: map[string]string{}}
		rs.lose(fmt.Sprintf("the links on the sheet %q", name))
	}
	maxCol := 0
	err = pkg.rows(name, func(row int, cells []typedCell) error {
		for _, c := range cells {
			cell, _ := excelize.CoordinatesToCellName(c.col, row)
			c.link = links.target(cell)
			s.cells = append(s.cells, c)
			s.rows = append(s.rows, row)
			rs.usedStyles[c.style] = true
			maxCol = max(maxCol, c.col)
			if h, err := f.GetRowHeight(name, row); err == nil {
				s.heights[row] = h
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if cols, err := f.GetCols(name); err == nil {
		maxCol = max(maxCol, len(cols))
	}
	for c := 1; c <= maxCol; c++ {
		letter, _ := excelize.ColumnNumberToName(c)
		if w, err := f.GetColWidth(name, letter); err == nil {
			s.widths[c] = w
		}
	}
	if visible, err := f.GetSheetVisible(name); err == nil {
		s.hidden = !visible
	}
	if merges, err := f.GetMergeCells(name, true); err == nil {
		for _, m := range merges {
			s.merges = append(s.merges, [2]string{m.GetStartAxis(), m.GetEndAxis()})
		}
	}
	if cs, err := f.GetComments(name); err == nil {
		s.comments = cs
	}
	if p, err := f.GetPanes(name); err == nil && p.Freeze {
		s.panes = &p
	}
	if ts, err := f.GetTables(name); err == nil {
		s.tables = ts
	}
	if dv, err := f.GetDataValidations(name); err == nil {
		s.valid = dv
	}
	if cf, err := f.GetConditionalFormats(name); err == nil && len(cf) > 0 {
		rs.lose(fmt.Sprintf("the conditional formats of the sheet %q", name))
	}
	if n := pkg.drawings(name); n > 0 {
		rs.lose(fmt.Sprintf("the images, charts or shapes on the sheet %q", name))
	}
	return s, nil
}

// drawings counts the drawings (images, charts, shapes) and other objects
// a worksheet links to besides comments, tables and hyperlinks.
func (p *xlsxPackage) drawings(sheet string) int {
	part, err := p.part(sheet)
	if err != nil {
		return 0
	}
	rels, err := readRelTypes(p.parts, part)
	if err != nil {
		return 0
	}
	n := 0
	for _, typ := range rels {
		switch {
		case strings.HasSuffix(typ, "/comments"), strings.HasSuffix(typ, "/vmlDrawing"),
			strings.HasSuffix(typ, "/table"), strings.HasSuffix(typ, "/hyperlink"), strings.HasSuffix(typ, "/printerSettings"):
		default:
			n++
		}
	}
	return n
}

// copySheets writes the sheets a reviewer added into the new workbook,
// after the sheets of the run, in their order. What excelize cannot write
// back is noted as lost.
func (x *xlsxWriter) copySheets() error {
	rs := x.run.Reviews
	if rs == nil {
		return nil
	}
	for _, s := range rs.sheets {
		name := s.name
		if idx, _ := x.f.GetSheetIndex(name); idx >= 0 {
			rs.lose(fmt.Sprintf("the sheet %q, whose name the new workbook uses", name))
			continue
		}
		if _, err := x.f.NewSheet(name); err != nil {
			rs.lose(fmt.Sprintf("the sheet %q (%s)", name, err))
			continue
		}
		if err := x.fillCopy(s); err != nil {
			rs.lose(fmt.Sprintf("part of the sheet %q (%s)", name, err))
		}
	}
	return nil
}

// fillCopy writes a copied sheet's cells and layout.
func (x *xlsxWriter) fillCopy(s *copiedSheet) error {
	f, name := x.f, s.name
	cols := make([]int, 0, len(s.widths))
	for c := range s.widths {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	for _, c := range cols {
		letter, _ := excelize.ColumnNumberToName(c)
		if err := f.SetColWidth(name, letter, letter, s.widths[c]); err != nil {
			return err
		}
	}
	for i, c := range s.cells {
		cell, _ := excelize.CoordinatesToCellName(c.col, s.rows[i])
		if err := x.setCopiedCell(name, cell, &c); err != nil {
			return err
		}
		if st := x.run.Reviews.styles[c.style]; st != nil && c.style != 0 {
			id, err := x.copiedStyle(c.style, st)
			if err == nil {
				err = f.SetCellStyle(name, cell, cell, id)
			}
			if err != nil {
				return err
			}
		}
		if c.link != "" {
			kind := "Location"
			if isWebAddress(c.link) || strings.Contains(c.link, "://") {
				kind = "External"
			}
			if err := f.SetCellHyperLink(name, cell, c.link, kind); err != nil {
				return err
			}
		}
	}
	for row, h := range s.heights {
		if err := f.SetRowHeight(name, row, h); err != nil {
			return err
		}
	}
	for _, m := range s.merges {
		if err := f.MergeCell(name, m[0], m[1]); err != nil {
			return err
		}
	}
	for _, c := range s.comments {
		if err := f.AddComment(name, c); err != nil {
			return err
		}
	}
	if s.panes != nil {
		if err := f.SetPanes(name, s.panes); err != nil {
			return err
		}
	}
	for i := range s.tables {
		t := s.tables[i]
		if err := f.AddTable(name, &t); err != nil {
			x.run.Reviews.lose(fmt.Sprintf("the table %q of the sheet %q (%s)", t.Name, name, err))
		}
	}
	for _, dv := range s.valid {
		if err := f.AddDataValidation(name, dv); err != nil {
			x.run.Reviews.lose(fmt.Sprintf("a drop-down of the sheet %q", name))
		}
	}
	if s.hidden {
		return f.SetSheetVisible(name, false)
	}
	return nil
}

// setCopiedCell writes a cell as it was stored.
func (x *xlsxWriter) setCopiedCell(sheet, cell string, c *typedCell) error {
	f := x.f
	if c.formula != "" {
		if err := x.setValue(sheet, cell, c); err != nil {
			return err
		}
		if c.text == "" {
			x.recalc = true
		}
		return f.SetCellFormula(sheet, cell, c.formula)
	}
	return x.setValue(sheet, cell, c)
}

// setValue writes a cell's value with its type.
func (x *xlsxWriter) setValue(sheet, cell string, c *typedCell) error {
	f := x.f
	switch c.kind {
	case kindNumber:
		if v, err := strconv.ParseFloat(c.text, 64); err == nil {
			return f.SetCellFloat(sheet, cell, v, -1, 64)
		}
	case kindBool:
		return f.SetCellBool(sheet, cell, c.text == "1" || strings.EqualFold(c.text, "true"))
	}
	if c.text == "" {
		return nil
	}
	return f.SetCellStr(sheet, cell, c.text)
}

// copiedStyle returns the new workbook's style for a style of the old one.
func (x *xlsxWriter) copiedStyle(old int, st *excelize.Style) (int, error) {
	if id, ok := x.styleMap[old]; ok {
		return id, nil
	}
	id, err := x.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	x.styleMap[old] = id
	return id, nil
}
