package export

import (
	"math"

	"github.com/xuri/excelize/v2"
)

// Number formats. Percentages are shown as written: "98 percent" is the
// number 98 (as in JSON and CSV), shown as "98%".
const (
	fmtWhole          = "#,##0"
	fmtFraction       = "#,##0.0###"
	fmtWholePercent   = `#,##0"%"`
	fmtFractionPerCnt = `#,##0.0###"%"`
	fmtDate           = "yyyy-mm-dd"
)

// The workbook's font: a font given without them falls back to the
// program's default (a serif in LibreOffice).
const (
	fontFamily = "Calibri"
	fontSize   = 11
)

// statusColours are the fill and font colours conditional formatting gives
// the rows of each status; Unreviewed rows keep the table's banding.
var statusColours = []struct{ status, fill, font string }{
	{"Verified", "C6EFCE", "006100"},
	{"Disputed", "FFEB9C", "9C5700"},
	{"False", "FFC7CE", "9C0006"},
	{"Needs source", "DDEBF7", "1F4E78"},
}

// styles are the cell styles of the workbook.
type styles struct {
	header    int // header row: bold, wrapped
	text      int // short text, top-aligned
	wrap      int // long text, wrapped
	link      int // a link: blue and underlined
	linkWrap  int // a link in a column of long text
	count     int // a count of things: thousands separators
	whole     int // a value that is a whole number
	fraction  int // a value with decimals
	wholePct  int // a percentage that is a whole number
	fracPct   int // a percentage with decimals
	general   int // a number too small for the formats above
	date      int // a date cell
	dateText  int // an ISO date a date cell cannot hold, aligned with the dates
	highlight *excelize.Font
	italic    *excelize.Font // a title in a citation
	status    map[string]int // conditional format of the rows of each status
}

func newStyles(f *excelize.File) (*styles, error) {
	top := func(wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Vertical: "top", WrapText: wrap}
	}
	numFmt := func(code string) *excelize.Style {
		return &excelize.Style{CustomNumFmt: &code, Alignment: top(false)}
	}
	linkFont := &excelize.Font{Color: "0563C1", Underline: "single", Family: fontFamily, Size: fontSize}
	st := &styles{
		highlight: &excelize.Font{Bold: true, Color: "C00000", Family: fontFamily, Size: fontSize},
		italic:    &excelize.Font{Italic: true, Family: fontFamily, Size: fontSize},
		status:    map[string]int{},
	}
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		// The header as TableStyleMedium2 draws it, so that programs that
		// do not draw table styles (LibreOffice) show it the same.
		{&st.header, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF", Family: fontFamily, Size: fontSize},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"4472C4"}}, Alignment: top(true)}},
		{&st.text, &excelize.Style{Alignment: top(false)}},
		{&st.wrap, &excelize.Style{Alignment: top(true)}},
		{&st.link, &excelize.Style{Font: linkFont, Alignment: top(false)}},
		{&st.linkWrap, &excelize.Style{Font: linkFont, Alignment: top(true)}},
		{&st.count, numFmt(fmtWhole)},
		{&st.whole, numFmt(fmtWhole)},
		{&st.fraction, numFmt(fmtFraction)},
		{&st.wholePct, numFmt(fmtWholePercent)},
		{&st.fracPct, numFmt(fmtFractionPerCnt)},
		{&st.general, &excelize.Style{Alignment: top(false)}},
		{&st.date, &excelize.Style{CustomNumFmt: ptr(fmtDate), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
		{&st.dateText, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
	} {
		id, err := f.NewStyle(s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	for _, c := range statusColours {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
		if err != nil {
			return nil, err
		}
		st.status[c.status] = id
	}
	return st, nil
}

// number is a Value or High cell: the number, formatted with thousands
// separators and as many decimals as it has (up to four shown), a
// percentage with a "%" after it.
func (st *styles) number(v *float64, percent bool) any {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	style := st.fraction
	switch {
	case *v != 0 && math.Abs(*v) < 0.001:
		style = st.general
	case isWhole(*v) && percent:
		style = st.wholePct
	case isWhole(*v):
		style = st.whole
	case percent:
		style = st.fracPct
	}
	return excelize.Cell{StyleID: style, Value: *v}
}

// dateCell is a date cell for an ISO date where a date cell can hold it,
// else its ISO text ("-0043-03-15", "1850-01-01").
func (st *styles) dateCell(iso string) any {
	if iso == "" {
		return nil
	}
	if t, ok := dateValue(iso); ok {
		return excelize.Cell{StyleID: st.date, Value: t}
	}
	return excelize.Cell{StyleID: st.dateText, Value: iso}
}

func ptr[T any](v T) *T { return &v }
