package export

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// MaxSheetLinks is the most hyperlinks Excel keeps on one sheet. Past it,
// cells are written without links; the ID columns (Source, Locator) still
// join the sheets.
const MaxSheetLinks = 65530

// measureRows is how many rows of a sheet are held back to measure the
// widths its columns need, before the sheet is streamed.
const measureRows = 1000

// maxRowLines is the most lines of wrapped text a row is made tall enough
// for; the rest of a longer cell shows in the formula bar.
const maxRowLines = 8

// lineHeight is the height in points of a line of 11-point text.
const lineHeight = 15.0

// column is a column of a sheet.
type column struct {
	name     string
	min, max float64 // bounds of its width, in characters; content wider than max wraps if wrap is set
	wrap     bool    // long text: wrapped, and the row made tall enough for it
	legend   string  // what it holds, for the About sheet
}

// sheetSpec describes a kind of sheet: its name and columns.
type sheetSpec struct {
	name    string
	columns []column
	status  bool // the sheet has a Status column: give it the drop-down and colour rows by status
	// rules, when set, adds conditional formats to a worksheet of the
	// sheet whose last row is last.
	rules func(x *xlsxWriter, sheet string, last int) error
}

// col returns the 1-based index of a named column, or 0.
func (s *sheetSpec) col(name string) int {
	for i, c := range s.columns {
		if c.name == name {
			return i + 1
		}
	}
	return 0
}

// link is a cell that links somewhere: to a cell of the workbook
// ("'Sentences'!A12") or, when external, to a URL.
type link struct {
	text     string
	to       string
	external bool
}

// place is where a row went: its sheet and row number.
type place struct {
	sheet string
	row   int
}

// ref returns the workbook location of the row's first cell, for a link.
func (p place) ref() string {
	return "'" + strings.ReplaceAll(p.sheet, "'", "''") + "'!A" + strconv.Itoa(p.row)
}

// part is one worksheet of a sheet: the first, or a continuation ("Claims
// (2)") when the rows did not fit on one.
type part struct {
	name    string
	sw      *excelize.StreamWriter
	rows    int // data rows, not counting the header
	links   int
	xmlPath string       // the worksheet's part in the package
	linkXML bytes.Buffer // its links within the workbook (see linkingZip)
}

// streamSheet writes the rows of one kind of sheet with a StreamWriter, so
// that memory stays flat. Its first rows are held back to measure the
// column widths; past the row limit it continues on a new worksheet.
type streamSheet struct {
	x       *xlsxWriter
	spec    *sheetSpec
	parts   []*part
	widths  []float64 // fixed once the first rows are measured
	pending [][]any   // rows held back while measuring
}

func newStreamSheet(x *xlsxWriter, spec *sheetSpec) *streamSheet {
	return &streamSheet{x: x, spec: spec}
}

// partName is the name of the nth worksheet of a sheet (from 1).
func partName(name string, n int) string {
	if n == 1 {
		return name
	}
	return fmt.Sprintf("%s (%d)", name, n)
}

// current returns the worksheet the next row goes to, starting a new one
// when the current one is full.
func (s *streamSheet) current() (*part, error) {
	if len(s.parts) > 0 {
		p := s.parts[len(s.parts)-1]
		if p.rows+1 < s.x.maxRows {
			return p, nil
		}
		if err := s.flushPending(); err != nil {
			return nil, err
		}
	}
	name := partName(s.spec.name, len(s.parts)+1)
	if len(s.parts) > 0 {
		if _, err := s.x.f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	sw, err := s.x.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	p := &part{name: name, sw: sw, xmlPath: fmt.Sprintf("xl/worksheets/sheet%d.xml", sw.SheetID)}
	s.parts = append(s.parts, p)
	if s.widths != nil {
		if err := s.startPart(p); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// startPart sets a worksheet's column widths, freezes its header row and
// writes the header.
func (s *streamSheet) startPart(p *part) error {
	// excelize writes the columns in the reverse of the order they were
	// set in, and Excel wants them in order: set them from the last.
	for i := len(s.widths) - 1; i >= 0; i-- {
		if err := p.sw.SetColWidth(i+1, i+1, s.widths[i]); err != nil {
			return err
		}
	}
	if err := p.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	header := make([]any, len(s.spec.columns))
	for i, c := range s.spec.columns {
		header[i] = excelize.Cell{StyleID: s.x.st.header, Value: c.name}
	}
	return p.sw.SetRow("A1", header)
}

// add appends a row. Strings are written as text, never formulas, and cut
// to MaxCellChars; a link becomes a hyperlink while the worksheet has room
// for one, else plain text.
func (s *streamSheet) add(values ...any) (place, error) {
	p, err := s.current()
	if err != nil {
		return place{}, err
	}
	p.rows++
	at := place{p.name, p.rows + 1}
	row := make([]any, len(values))
	for i, v := range values {
		wrap := i < len(s.spec.columns) && s.spec.columns[i].wrap
		style := s.x.st.text
		if wrap {
			style = s.x.st.wrap
		}
		switch v := v.(type) {
		case string:
			if v != "" {
				row[i] = excelize.Cell{StyleID: style, Value: CutCell(v)}
			}
		case link:
			if v.text == "" {
				continue
			}
			row[i] = excelize.Cell{StyleID: style, Value: CutCell(v.text)}
			if v.to == "" || p.links >= s.x.maxLinks {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, at.row)
			if v.external {
				if err := s.x.f.SetCellHyperLink(p.name, cell, v.to, "External"); err != nil {
					return place{}, err
				}
			} else {
				p.linkXML.Write(locationLink(cell, v.to))
			}
			p.links++
			style = s.x.st.link
			if wrap {
				style = s.x.st.linkWrap
			}
			row[i] = excelize.Cell{StyleID: style, Value: CutCell(v.text)}
		case []excelize.RichTextRun:
			row[i] = excelize.Cell{StyleID: style, Value: v}
		case int:
			row[i] = excelize.Cell{StyleID: s.x.st.text, Value: v}
		default:
			row[i] = v
		}
	}
	if s.widths == nil {
		s.pending = append(s.pending, row)
		if len(s.pending) >= measureRows {
			return at, s.flushPending()
		}
		return at, nil
	}
	return at, s.write(p, at.row, row)
}

// write streams one row, as tall as its wrapped text needs.
func (s *streamSheet) write(p *part, r int, row []any) error {
	n := 1
	for i, v := range row {
		if i < len(s.spec.columns) && s.spec.columns[i].wrap {
			n = max(n, lines(cellText(v), s.widths[i]))
		}
	}
	cell, _ := excelize.CoordinatesToCellName(1, r)
	if n > 1 {
		return p.sw.SetRow(cell, row, excelize.RowOpts{Height: lineHeight * float64(min(n, maxRowLines))})
	}
	return p.sw.SetRow(cell, row)
}

// flushPending fixes the column widths from the rows held back, and streams
// them.
func (s *streamSheet) flushPending() error {
	if s.widths != nil {
		return nil
	}
	s.widths = make([]float64, len(s.spec.columns))
	for i, c := range s.spec.columns {
		w := textWidth(c.name) + 3 // room for the filter button
		for _, row := range s.pending {
			if i < len(row) {
				w = max(w, textWidth(cellText(row[i]))+1)
			}
		}
		s.widths[i] = min(max(w, c.min), c.max)
	}
	if len(s.parts) == 0 {
		return nil
	}
	p := s.parts[0]
	if err := s.startPart(p); err != nil {
		return err
	}
	for k, row := range s.pending {
		if err := s.write(p, k+2, row); err != nil {
			return err
		}
	}
	s.pending = nil
	return nil
}

// cellText is the text a cell shows, near enough to measure it.
func cellText(v any) string {
	switch v := v.(type) {
	case excelize.Cell:
		return cellText(v.Value)
	case string:
		return v
	case []excelize.RichTextRun:
		var sb strings.Builder
		for _, r := range v {
			sb.WriteString(r.Text)
		}
		return sb.String()
	case float64:
		digits := strconv.FormatFloat(v, 'f', -1, 64)
		return digits + strings.Repeat(",", len(digits)/3) // room for the thousands separators
	case time.Time:
		return fmtDate
	case nil:
		return ""
	case link:
		return v.text
	}
	return fmt.Sprint(v)
}

// finish streams what is held back and makes each worksheet an Excel table
// (filter buttons, banded rows) with its drop-down and status colours,
// printed landscape. A sheet with no rows still gets its header and an
// empty table row.
func (s *streamSheet) finish() error {
	if len(s.parts) == 0 {
		if _, err := s.current(); err != nil {
			return err
		}
	}
	if err := s.flushPending(); err != nil {
		return err
	}
	for _, p := range s.parts {
		last := max(p.rows+1, 2)
		bottomRight, _ := excelize.CoordinatesToCellName(len(s.spec.columns), last)
		if err := p.sw.AddTable(&excelize.Table{
			Range:     "A1:" + bottomRight,
			Name:      tableName(p.name),
			StyleName: "TableStyleMedium2",
		}); err != nil {
			return err
		}
		if s.spec.status {
			if err := s.x.statusRules(p.name, s.spec, last); err != nil {
				return err
			}
		}
		if s.spec.rules != nil {
			if err := s.spec.rules(s.x, p.name, last); err != nil {
				return err
			}
		}
		if err := s.x.f.SetPageLayout(p.name, &excelize.PageLayoutOptions{Orientation: ptr("landscape")}); err != nil {
			return err
		}
	}
	return nil
}

// printTitles prints the header row on every page. A sheet's print titles
// are tied to its position in the workbook: set them once the sheets are in
// order.
func (s *streamSheet) printTitles() error {
	for _, p := range s.parts {
		if err := s.x.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: "'" + strings.ReplaceAll(p.name, "'", "''") + "'!$1:$1", Scope: p.name,
		}); err != nil {
			return err
		}
	}
	return nil
}

// flush ends the streaming of the sheet's worksheets.
func (s *streamSheet) flush() error {
	for _, p := range s.parts {
		if err := p.sw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// tableName makes a worksheet's name a table name: "Claims (2)" →
// "Claims_2".
func tableName(sheet string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == ' ':
			return '_'
		}
		return -1
	}, sheet)
}

// statusRules gives a worksheet's Status column its drop-down list and
// colours its rows by status.
func (x *xlsxWriter) statusRules(sheet string, spec *sheetSpec, last int) error {
	col := spec.col("Status")
	letter, _ := excelize.ColumnNumberToName(col)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s2:%s%d", letter, letter, last)
	if err := dv.SetDropList(Statuses); err != nil {
		return err
	}
	dv.SetInput("Status", "Pick what checking this claim found; the About sheet says what each status means.")
	dv.SetError(excelize.DataValidationErrorStyleStop, "Status", "Pick one of: "+strings.Join(Statuses, ", ")+".")
	if err := x.f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	lastCol, _ := excelize.ColumnNumberToName(len(spec.columns))
	var rules []excelize.ConditionalFormatOptions
	for _, c := range statusColours {
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type:     "formula",
			Criteria: fmt.Sprintf(`$%s2="%s"`, letter, c.status),
			Format:   ptr(x.st.status[c.status]),
		})
	}
	return x.f.SetConditionalFormat(sheet, fmt.Sprintf("A2:%s%d", lastCol, last), rules)
}
