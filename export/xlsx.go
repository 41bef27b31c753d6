package export

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factsheet/factsheet/annotate"
	"github.com/xuri/excelize/v2"
)

// The sheets of the workbook, in order.
const (
	sheetClaims    = "Claims"
	sheetSentences = "Sentences"
	sheetEntities  = "Entities"
	sheetDates     = "Dates"
	sheetSources   = "Sources"
	sheetAbout     = "About"
)

// reviewColumns are the columns a reviewer fills in on the Claims sheet.
var reviewColumns = []string{"Status", "Reviewer note", "Evidence"}

// Statuses are the values of the Claims sheet's Status drop-down.
var Statuses = []string{"Unreviewed", "Verified", "Disputed", "False", "Needs source"}

var (
	sentenceColumns = []string{"Source", "¶", "#", "Line", "Kind", "Text", "Claims", "Entities", "Dates"}
	entityColumns   = []string{"Canonical name", "Label", "Variants seen", "Mentions", "Sources", "First seen"}
	dateColumns     = []string{"Source", "Text", "EDTF", "Earliest", "Latest", "Modifier", "Relative", "Sentence"}
	sourceColumns   = []string{"ID", "Title", "Author", "Issued", "Publisher", "URL", "Accessed", "File",
		"SHA-256", "Encoding", "Sentences", "Entities", "Dates", "Claims", "Citation"}
)

// MaxCellChars is the most characters an Excel cell holds. Longer text is
// cut, with a marker saying so; JSON keeps it whole.
const MaxCellChars = 32767

// sheet is one streamed sheet and the number of rows written to it.
type sheet struct {
	name    string
	sw      *excelize.StreamWriter
	columns []string
	rows    int // data rows, not counting the header
}

// entityAgg gathers what the Entities sheet says of one entity.
type entityAgg struct {
	canonical, label string
	variants         []string
	mentions         int
	sources          map[string]bool
	firstRow         int // row of the first mention's sentence on the Sentences sheet
	firstText        string
}

// xlsxWriter writes the fact-sheet workbook. Claims, Sentences, Dates and
// Sources are streamed as documents arrive; Entities, which groups mentions
// across sources, and About are written at Close.
type xlsxWriter struct {
	out      io.Writer
	run      Run
	f        *excelize.File
	sheets   map[string]*sheet
	header   int // style of header cells
	wrap     int // style of long-text cells
	entities map[[2]string]*entityAgg
	inputs   [][2]string // source path or id, and SHA-256
}

func newXLSX(w io.Writer, run Run) (*xlsxWriter, error) {
	f := excelize.NewFile()
	x := &xlsxWriter{out: w, run: run, f: f, sheets: map[string]*sheet{}, entities: map[[2]string]*entityAgg{}}
	var err error
	if x.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
	}); err != nil {
		return nil, err
	}
	if x.wrap, err = f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}); err != nil {
		return nil, err
	}
	names := []string{sheetClaims, sheetSentences, sheetEntities, sheetDates, sheetSources, sheetAbout}
	for i, name := range names {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	widths := map[string][]float64{
		sheetClaims:    {13, 18, 26, 24, 10, 10, 16, 12, 18, 30, 12, 24, 70, 50, 14, 30, 30},
		sheetSentences: {18, 5, 5, 6, 10, 90, 8, 8, 8},
		sheetDates:     {18, 22, 14, 12, 12, 10, 30, 26},
		sheetSources:   {18, 40, 24, 12, 20, 30, 12, 30, 66, 14, 10, 10, 10, 10, 60},
	}
	for _, name := range []string{sheetClaims, sheetSentences, sheetDates, sheetSources} {
		cols := map[string][]string{
			sheetClaims:    append(append([]string{}, claimColumns...), reviewColumns...),
			sheetSentences: sentenceColumns,
			sheetDates:     dateColumns,
			sheetSources:   sourceColumns,
		}[name]
		s, err := x.startSheet(name, cols, widths[name])
		if err != nil {
			return nil, err
		}
		x.sheets[name] = s
	}
	return x, nil
}

// startSheet opens a stream writer on a sheet, sets its column widths,
// freezes its header row and writes the header.
func (x *xlsxWriter) startSheet(name string, columns []string, widths []float64) (*sheet, error) {
	sw, err := x.f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	row := make([]any, len(columns))
	for i, c := range columns {
		row[i] = excelize.Cell{StyleID: x.header, Value: c}
	}
	if err := sw.SetRow("A1", row); err != nil {
		return nil, err
	}
	return &sheet{name: name, sw: sw, columns: columns}, nil
}

// add appends a row of values to a sheet. Strings are written as text,
// never formulas, and cut to MaxCellChars.
func (x *xlsxWriter) add(s *sheet, values ...any) error {
	row := make([]any, len(values))
	for i, v := range values {
		switch v := v.(type) {
		case string:
			row[i] = excelize.Cell{StyleID: x.wrap, Value: CutCell(v)}
		case *float64:
			if v != nil {
				row[i] = *v
			}
		default:
			row[i] = v
		}
	}
	s.rows++
	cell, err := excelize.CoordinatesToCellName(1, s.rows+1)
	if err != nil {
		return err
	}
	return s.sw.SetRow(cell, row)
}

// CutCell cuts text longer than MaxCellChars characters and says so at the
// end of the cell.
func CutCell(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= MaxCellChars {
		return s
	}
	// The marker's length depends on the number it gives; reserve room for
	// the longest.
	marker := func(cut int) string {
		return fmt.Sprintf(" […cut: %d more characters; the JSON output has the whole text]", cut)
	}
	keep := MaxCellChars - utf8.RuneCountInString(marker(n))
	i := 0
	for k := 0; k < keep; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + marker(n-keep)
}

func (x *xlsxWriter) Write(doc *annotate.Document) error {
	sentences := x.sheets[sheetSentences]
	base := sentences.rows + 2 // sheet row of this document's first sentence
	sentenceRow := func(i int) int { return base + i }

	counts := make([][3]int, len(doc.Sentences)) // claims, entities, dates per sentence
	for _, m := range doc.Mentions {
		switch m.Type {
		case annotate.TypeEntity:
			counts[m.Sentence][1]++
			x.addEntity(doc, m, sentenceRow(m.Sentence))
		case annotate.TypeDate:
			counts[m.Sentence][2]++
		}
	}
	for _, c := range doc.Claims {
		counts[c.Sentence][0]++
	}
	for i, s := range doc.Sentences {
		n := 1
		for k := i - 1; k >= 0 && doc.Sentences[k].Paragraph == s.Paragraph; k-- {
			n++
		}
		if err := x.add(sentences, doc.Source.ID, s.Paragraph+1, n, s.Line, s.Kind, s.Text,
			counts[i][0], counts[i][1], counts[i][2]); err != nil {
			return err
		}
	}

	claims := x.sheets[sheetClaims]
	for _, r := range claimRows(doc) {
		values := []any{r.ID, r.Source, r.Locator, r.Claim, r.Kind, r.Qualifier, r.Value, r.High,
			r.Unit, r.Subject, r.When, r.Entities, r.Sentence, r.Citation, "Unreviewed", "", ""}
		if err := x.add(claims, values...); err != nil {
			return err
		}
		if err := x.link(claims, 3, sentenceRow(r.sentence.Index)); err != nil {
			return err
		}
	}

	dates := x.sheets[sheetDates]
	mentions := doc.MentionIndex()
	for _, m := range doc.Mentions {
		if m.DateAttrs == nil {
			continue
		}
		relative := ""
		if m.Relative {
			relative = "unresolved: " + m.Reason
			if a := mentions[m.Anchor]; a != nil {
				relative = "from “" + a.Text + "”"
			}
		}
		if err := x.add(dates, doc.Source.ID, m.Text, m.EDTF, m.Earliest, m.Latest, m.Mod,
			relative, annotate.Locator(doc.Sentences, m.Sentence)); err != nil {
			return err
		}
		if err := x.link(dates, 8, sentenceRow(m.Sentence)); err != nil {
			return err
		}
	}

	src := doc.Source
	authors := make([]string, 0, len(src.Meta.Author))
	for _, a := range src.Meta.Author {
		authors = append(authors, strings.TrimSpace(a.Literal+" "+a.Given+" "+a.Family))
	}
	citation := ""
	if len(doc.Sentences) > 0 {
		citation = annotate.Citation(src.Meta, doc.Sentences, 0)
	}
	entities, datesN := 0, 0
	for _, c := range counts {
		entities += c[1]
		datesN += c[2]
	}
	x.inputs = append(x.inputs, [2]string{firstNonEmpty(src.Path, src.URL, src.ID), src.SHA256})
	return x.add(x.sheets[sheetSources], src.ID, src.Meta.Title, strings.Join(authors, "; "),
		src.Meta.Issued.String(), src.Meta.Publisher, src.Meta.URL, src.Meta.Accessed.String(), src.Path,
		src.SHA256, src.Encoding, len(doc.Sentences), entities, datesN, len(doc.Claims), citation)
}

// link makes column col of a sheet's last row a link to a row of the
// Sentences sheet.
func (x *xlsxWriter) link(s *sheet, col, sentenceRow int) error {
	cell, err := excelize.CoordinatesToCellName(col, s.rows+1)
	if err != nil {
		return err
	}
	return x.f.SetCellHyperLink(s.name, cell, fmt.Sprintf("'%s'!A%d", sheetSentences, sentenceRow), "Location")
}

func (x *xlsxWriter) addEntity(doc *annotate.Document, m annotate.Mention, row int) {
	key := [2]string{m.Canonical, m.Label}
	e := x.entities[key]
	if e == nil {
		e = &entityAgg{canonical: m.Canonical, label: m.Label, sources: map[string]bool{},
			firstRow: row, firstText: doc.Source.ID + " " + annotate.Locator(doc.Sentences, m.Sentence)}
		x.entities[key] = e
	}
	e.mentions++
	e.sources[doc.Source.ID] = true
	for _, v := range e.variants {
		if v == m.Text {
			return
		}
	}
	e.variants = append(e.variants, m.Text)
}

func (x *xlsxWriter) Close() error {
	ents := make([]*entityAgg, 0, len(x.entities))
	for _, e := range x.entities {
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool {
		if ents[i].mentions != ents[j].mentions {
			return ents[i].mentions > ents[j].mentions
		}
		if ents[i].canonical != ents[j].canonical {
			return ents[i].canonical < ents[j].canonical
		}
		return ents[i].label < ents[j].label
	})
	es, err := x.startSheet(sheetEntities, entityColumns, []float64{30, 10, 40, 10, 10, 36})
	if err != nil {
		return err
	}
	x.sheets[sheetEntities] = es
	for _, e := range ents {
		if err := x.add(es, e.canonical, e.label, strings.Join(e.variants, "; "), e.mentions, len(e.sources), e.firstText); err != nil {
			return err
		}
		if err := x.link(es, 6, e.firstRow); err != nil {
			return err
		}
	}
	if err := x.writeAbout(); err != nil {
		return err
	}
	for _, name := range []string{sheetClaims, sheetSentences, sheetEntities, sheetDates, sheetSources} {
		s := x.sheets[name]
		if err := x.finishTable(s); err != nil {
			return err
		}
	}
	if err := x.addStatusList(); err != nil {
		return err
	}
	for _, name := range []string{sheetClaims, sheetSentences, sheetEntities, sheetDates, sheetSources} {
		if err := x.sheets[name].sw.Flush(); err != nil {
			return err
		}
	}
	x.f.SetActiveSheet(0)
	_, err = x.f.WriteTo(x.out)
	if cerr := x.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// finishTable makes a sheet's rows an Excel table, with filter buttons and
// banded rows. A table needs at least one data row.
func (x *xlsxWriter) finishTable(s *sheet) error {
	if s.rows == 0 {
		return nil
	}
	last, err := excelize.CoordinatesToCellName(len(s.columns), s.rows+1)
	if err != nil {
		return err
	}
	return s.sw.AddTable(&excelize.Table{
		Range:     "A1:" + last,
		Name:      strings.ReplaceAll(s.name, " ", "_"),
		StyleName: "TableStyleMedium2",
	})
}

// addStatusList gives the Claims sheet's Status column its drop-down list.
func (x *xlsxWriter) addStatusList() error {
	s := x.sheets[sheetClaims]
	if s.rows == 0 {
		return nil
	}
	col := len(claimColumns) + 1
	top, _ := excelize.CoordinatesToCellName(col, 2)
	bottom, _ := excelize.CoordinatesToCellName(col, s.rows+1)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = top + ":" + bottom
	if err := dv.SetDropList(Statuses); err != nil {
		return err
	}
	return x.f.AddDataValidation(sheetClaims, dv)
}

// writeAbout writes the About sheet: the tool, the run and a legend.
func (x *xlsxWriter) writeAbout() error {
	about, err := x.startSheet(sheetAbout, []string{"Item", "Value"}, []float64{28, 100})
	if err != nil {
		return err
	}
	rows := [][2]string{
		{"Tool", x.run.Tool.Name},
		{"Version", x.run.Tool.Version},
		{"Made", x.run.Created.UTC().Format("2006-01-02 15:04:05 UTC")},
		{"Command", strings.Join(x.run.Command, " ")},
	}
	for _, in := range x.inputs {
		rows = append(rows, [2]string{"Input", in[0] + " (SHA-256 " + in[1] + ")"})
	}
	rows = append(rows, legend...)
	for _, r := range rows {
		if err := x.add(about, r[0], r[1]); err != nil {
			return err
		}
	}
	return about.sw.Flush()
}

// legend explains the columns of the Claims sheet and the statuses.
var legend = [][2]string{
	{"Claim ID", "Stable id of the claim: the same sentence and number keep it across runs; review work is matched on it."},
	{"Locator", "Where the sentence is: paragraph (¶, counting every block of text from 1), sentence within it, line."},
	{"Claim", "The numeric expression as written."},
	{"Kind", "count, percent, money, measure, ratio or multiplier."},
	{"Qualifier", "none, approx (about), gt (more than), gte (at least), lt (less than), lte (up to), range."},
	{"Value / High", "The number, and the upper end of a range. Empty for a vague quantity (“millions of tons”)."},
	{"Unit", "ISO 4217 currency, unit symbol, “percent”, or the counted noun."},
	{"Subject", "What the number is about."},
	{"When", "EDTF date that governs the claim: a date in its sentence, else the last one earlier in its paragraph."},
	{"Status: Unreviewed", "Not checked yet."},
	{"Status: Verified", "Checked against another source and found right."},
	{"Status: Disputed", "Other sources disagree."},
	{"Status: False", "Checked and found wrong."},
	{"Status: Needs source", "Cannot be checked without a further source."},
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
