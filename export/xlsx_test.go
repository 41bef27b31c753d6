package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
	"github.com/xuri/excelize/v2"
)

// renderXLSX writes a workbook of the documents with the given limits
// (0 for Excel's).
func renderXLSX(t testing.TB, run Run, maxRows, maxLinks int, docs ...*annotate.Document) []byte {
	t.Helper()
	if maxRows == 0 {
		maxRows = excelize.TotalRows
	}
	if maxLinks == 0 {
		maxLinks = MaxSheetLinks
	}
	var buf bytes.Buffer
	w, err := newXLSXSized(&buf, run, maxRows, maxLinks)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, w, docs)
	return buf.Bytes()
}

func openXLSX(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// header returns the columns of a sheet's header row, by name.
func header(t testing.TB, f *excelize.File, sheet string) map[string]int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	cols := map[string]int{}
	for i, c := range rows[0] {
		cols[c] = i + 1
	}
	return cols
}

// location reads a link's location ("'Sentences (2)'!A7") as sheet and row.
func location(t testing.TB, loc string) (string, int) {
	t.Helper()
	m := regexp.MustCompile(`^'(.*)'!A([0-9]+)$`).FindStringSubmatch(loc)
	if m == nil {
		t.Fatalf("link location %q", loc)
	}
	row, _ := strconv.Atoi(m[2])
	return strings.ReplaceAll(m[1], "''", "'"), row
}

func TestXLSXSheets(t *testing.T) {
	doc := sampleDoc(t)
	doc.Sentences[3].Text = "=1+2 written by a source"
	f := openXLSX(t, render(t, "xlsx", doc))
	want := []string{"Claims", "Sentences", "Entities", "Dates", "Sources", "About"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	specs := map[string]*sheetSpec{}
	for _, s := range workbookSheets {
		specs[s.name] = s
	}
	for _, sheet := range want {
		t.Run(sheet, func(t *testing.T) {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range specs[sheet].columns {
				names = append(names, c.name)
			}
			if strings.Join(rows[0], "|") != strings.Join(names, "|") {
				t.Errorf("header %v, want %v", rows[0], names)
			}
			tables, err := f.GetTables(sheet)
			if err != nil || len(tables) != 1 {
				t.Fatalf("tables %v, %v; want one", tables, err)
			}
			wantRange := "A1:" + cellName(len(names), max(len(rows), 2))
			if tables[0].Range != wantRange || tables[0].ShowRowStripes == nil || !*tables[0].ShowRowStripes {
				t.Errorf("table %s, banded %v; want %s, banded", tables[0].Range, tables[0].ShowRowStripes, wantRange)
			}
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
				t.Errorf("panes %+v, %v; want the header row frozen", panes, err)
			}
			for i, c := range specs[sheet].columns {
				letter, _ := excelize.ColumnNumberToName(i + 1)
				w, _ := f.GetColWidth(sheet, letter)
				if w < c.min || w > c.max {
					t.Errorf("column %s is %.1f wide, want %.0f to %.0f", c.name, w, c.min, c.max)
				}
			}
		})
	}
	claims, _ := f.GetRows("Claims")
	if len(claims) != 1+len(doc.Claims) {
		t.Errorf("Claims has %d rows, want %d and a header", len(claims), len(doc.Claims))
	}
	formula, _ := f.GetCellFormula("Sentences", "G5")
	text, _ := f.GetCellValue("Sentences", "G5")
	if formula != "" || text != "=1+2 written by a source" {
		t.Errorf("source text became a formula: %q / %q", formula, text)
	}
	dates, _ := f.GetRows("Dates")
	if len(dates) != 12 {
		t.Errorf("Dates has %d rows, want 11 and a header", len(dates))
	}
	if h, _ := f.GetRowHeight("Claims", 2); h <= lineHeight {
		t.Errorf("a row with a long sentence is %.0f points tall; want room for its lines", h)
	}
}

func TestXLSXClaimCells(t *testing.T) {
	doc := sampleDoc(t)
	f := openXLSX(t, render(t, "xlsx", doc))
	col := header(t, f, "Claims")
	rows := claimRows(doc, nil)
	shown := map[string]string{ // the Value cells a reviewer sees
		"600,000 backyard furnaces":      "600,000",
		"more than 98 percent":           "98%",
		"$66 billion":                    "66,000,000,000",
		"more than 500 million peasants": "500,000,000",
		"millions of tons":               "",
		"more than 30 million people":    "30,000,000",
		"26,000 People’s Communes":       "26,000",
		"75 percent":                     "75%",
	}
	seen := 0
	for i, r := range rows {
		row := i + 2
		get := func(name string) string {
			v, _ := f.GetCellValue("Claims", cellName(col[name], row))
			return v
		}
		if get("Claim ID") != r.ID || get("Claim") != r.Claim {
			t.Fatalf("row %d is %s %q, want %s %q", row, get("Claim ID"), get("Claim"), r.ID, r.Claim)
		}
		if want, ok := shown[r.Claim]; ok {
			seen++
			if got := get("Value"); got != want {
				t.Errorf("%q: Value shows %q, want %q", r.Claim, got, want)
			}
		}
		if r.Value != nil {
			typ, _ := f.GetCellType("Claims", cellName(col["Value"], row))
			raw, _ := f.GetCellValue("Claims", cellName(col["Value"], row), excelize.Options{RawCellValue: true})
			if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber || raw != strconv.FormatFloat(*r.Value, 'f', -1, 64) {
				t.Errorf("%q: Value cell %v %q, want the number %v", r.Claim, typ, raw, *r.Value)
			}
		}
		runs, err := f.GetCellRichText("Claims", cellName(col["Sentence"], row))
		if err != nil {
			t.Fatal(err)
		}
		var whole, bold strings.Builder
		for _, run := range runs {
			whole.WriteString(run.Text)
			if run.Font != nil && run.Font.Bold {
				bold.WriteString(run.Text)
			}
		}
		if whole.String() != r.Sentence || bold.String() != r.Claim {
			t.Errorf("Sentence cell of %q spells %q with %q highlighted; want the sentence with the claim's words", r.Claim, whole.String(), bold.String())
		}
		if get("Status") != "Unreviewed" {
			t.Errorf("%q: status %q", r.Claim, get("Status"))
		}
		// The Locator links to the sentence's row, the Source to the source's.
		ok, loc, _ := f.GetCellHyperLink("Claims", cellName(col["Locator"], row))
		if !ok {
			t.Fatalf("%q: Locator has no link", r.Claim)
		}
		sheet, target := location(t, loc)
		text, _ := f.GetCellValue(sheet, cellName(7, target))
		where, _ := f.GetCellValue(sheet, cellName(2, target))
		if sheet != "Sentences" || text != r.sentence.Text || where != r.Locator {
			t.Errorf("%q: Locator links to %s row %d (%q at %q)", r.Claim, sheet, target, text, where)
		}
		ok, loc, _ = f.GetCellHyperLink("Claims", cellName(col["Source"], row))
		if !ok {
			t.Fatalf("%q: Source has no link", r.Claim)
		}
		sheet, target = location(t, loc)
		if id, _ := f.GetCellValue(sheet, cellName(1, target)); sheet != "Sources" || id != r.Source {
			t.Errorf("%q: Source links to %s row %d (%q)", r.Claim, sheet, target, id)
		}
	}
	if seen < 6 {
		t.Errorf("only %d of the sample's claims checked; has the sample changed?", seen)
	}

	dvs, err := f.GetDataValidations("Claims")
	if err != nil || len(dvs) != 1 {
		t.Fatalf("data validations %v, %v", dvs, err)
	}
	status, _ := excelize.ColumnNumberToName(col["Status"])
	if dvs[0].Type != "list" || dvs[0].Formula1 != `"`+strings.Join(Statuses, ",")+`"` ||
		dvs[0].Sqref != fmt.Sprintf("%s2:%s%d", status, status, len(rows)+1) {
		t.Errorf("drop-down %+v", dvs[0])
	}
	cfs, err := f.GetConditionalFormats("Claims")
	if err != nil {
		t.Fatal(err)
	}
	lastColumn, _ := excelize.ColumnNumberToName(len(claimTable))
	rules := cfs[fmt.Sprintf("A2:%s%d", lastColumn, len(rows)+1)]
	if len(rules) != len(statusColours) {
		t.Fatalf("conditional formats %v; want one rule a status but Unreviewed over the whole rows", cfs)
	}
	for i, c := range statusColours {
		if want := fmt.Sprintf(`$%s2="%s"`, status, c.status); rules[i].Type != "formula" || rules[i].Criteria != want {
			t.Errorf("rule %d is %s %q, want formula %q", i, rules[i].Type, rules[i].Criteria, want)
		}
	}
}

func TestXLSXDates(t *testing.T) {
	doc := synthDocOf("dates", []synthSentence{
		{text: "It began in 1958.", date: "1958"},
		{text: "Caesar died in 44 BC.", date: "44 BC"},
		{text: "The treaty of 1815 held.", date: "1815"},
		{text: "It snowed in 1900.", date: "1900"},
	})
	bounds := [][2]string{{"1958-01-01", "1958-12-31"}, {"-0043-01-01", "-0043-12-31"}, {"1815-01-01", "1815-12-31"}, {"1900-01-01", "1900-12-31"}}
	for i, k := 0, 0; i < len(doc.Mentions); i++ {
		if doc.Mentions[i].DateAttrs != nil {
			doc.Mentions[i].Earliest, doc.Mentions[i].Latest = bounds[k][0], bounds[k][1]
			k++
		}
	}
	f := openXLSX(t, render(t, "xlsx", doc))
	col := header(t, f, "Dates")
	tests := []struct {
		cell string
		date bool // a date cell, else ISO text
		want string
	}{
		{"Earliest 2", true, "1958-01-01"},
		{"Latest 2", true, "1958-12-31"},
		{"Earliest 3", false, "-0043-01-01"},
		{"Latest 3", false, "-0043-12-31"},
		{"Earliest 4", false, "1815-01-01"},
		{"Earliest 5", false, "1900-01-01"}, // Excel's 1900 leap-year bug shows January and February 1900 a day off
		{"Latest 5", true, "1900-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.cell, func(t *testing.T) {
			name, row, _ := strings.Cut(tt.cell, " ")
			r, _ := strconv.Atoi(row)
			cell := cellName(col[name], r)
			shown, _ := f.GetCellValue("Dates", cell)
			raw, _ := f.GetCellValue("Dates", cell, excelize.Options{RawCellValue: true})
			typ, _ := f.GetCellType("Dates", cell)
			isDate := typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString
			if shown != tt.want || isDate != tt.date {
				t.Errorf("%s shows %q (raw %q, type %v); want %q as a date cell: %v", cell, shown, raw, typ, tt.want, tt.date)
			}
			if tt.date {
				if _, err := strconv.ParseFloat(raw, 64); err != nil {
					t.Errorf("date cell holds %q, not a serial number", raw)
				}
			}
		})
	}
}

func TestXLSXNumberFormats(t *testing.T) {
	tests := []struct {
		name, amount, want string
	}{
		{"whole count", "600,000 backyard furnaces", "600,000"},
		{"small count", "12 furnaces", "12"},
		{"fraction", "1.5 furnaces", "1.5"},
		{"long fraction", "2.125 furnaces", "2.125"},
		{"whole percent", "98 percent", "98%"},
		{"fraction percent", "2.5 percent", "2.5%"},
		{"billions", "66,000,000,000 dollars", "66,000,000,000"},
	}
	var ss []synthSentence
	for _, tt := range tests {
		ss = append(ss, synthSentence{text: "They counted " + tt.amount + " there.", amount: tt.amount})
	}
	f := openXLSX(t, render(t, "xlsx", synthDocOf("numbers", ss)))
	col := header(t, f, "Claims")
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := f.GetCellValue("Claims", cellName(col["Value"], i+2))
			if got != tt.want {
				t.Errorf("%q shows %q, want %q", tt.amount, got, tt.want)
			}
		})
	}
}

func TestXLSXContinuesOnNewSheets(t *testing.T) {
	const limit = 5 // rows a worksheet holds, header included: 4 data rows
	doc := synthDoc("long", 10)
	f := openXLSX(t, renderXLSX(t, testRun, limit, 0, doc))
	// 10 claims, sentences and dates; 7 places; 1 source; About is long.
	want := "Claims,Claims (2),Claims (3),Sentences,Sentences (2),Sentences (3),Entities,Entities (2)," +
		"Dates,Dates (2),Dates (3),Sources,About,About (2),"
	if got := strings.Join(f.GetSheetList(), ","); !strings.HasPrefix(got, want) {
		t.Fatalf("sheets %s\nwant %s…", got, want)
	}
	var ids []string
	for _, sheet := range []string{"Claims", "Claims (2)", "Claims (3)"} {
		rows, _ := f.GetRows(sheet)
		if rows[0][0] != "Claim ID" || len(rows) > limit {
			t.Errorf("%s: header %v, %d rows; want a header and at most %d rows", sheet, rows[0], len(rows), limit)
		}
		if tables, _ := f.GetTables(sheet); len(tables) != 1 || tables[0].Name != tableName(sheet) {
			t.Errorf("%s: tables %v", sheet, tables)
		}
		if dvs, _ := f.GetDataValidations(sheet); len(dvs) != 1 {
			t.Errorf("%s: %d drop-downs", sheet, len(dvs))
		}
		for r := 2; r <= len(rows); r++ {
			ids = append(ids, rows[r-1][0])
			// Each claim's link finds its sentence, on whichever Sentences sheet it went to.
			ok, loc, _ := f.GetCellHyperLink(sheet, cellName(3, r))
			if !ok {
				t.Fatalf("%s row %d: no link", sheet, r)
			}
			target, tr := location(t, loc)
			text, _ := f.GetCellValue(target, cellName(7, tr))
			if quote, _ := f.GetCellValue(sheet, cellName(13, r)); text != quote {
				t.Errorf("%s row %d links to %s row %d, %q; want %q", sheet, r, target, tr, text, quote)
			}
		}
	}
	if len(ids) != len(doc.Claims) {
		t.Fatalf("%d claims over the Claims sheets, want %d", len(ids), len(doc.Claims))
	}
	for i, c := range doc.Claims {
		if ids[i] != c.ID {
			t.Errorf("claim %d is %s, want %s", i, ids[i], c.ID)
		}
	}
	// Print titles follow the sheets' final positions.
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && !strings.HasPrefix(dn.RefersTo, "'"+dn.Scope+"'!") {
			t.Errorf("print titles of %s refer to %s", dn.Scope, dn.RefersTo)
		}
	}
}

func TestXLSXLinksStopAtTheLimit(t *testing.T) {
	const maxLinks = 5
	doc := synthDoc("links", 6)
	f := openXLSX(t, renderXLSX(t, testRun, 0, maxLinks, doc))
	links := 0
	for r := 2; r <= 7; r++ {
		for _, c := range []int{2, 3} {
			ok, _, _ := f.GetCellHyperLink("Claims", cellName(c, r))
			if ok {
				links++
			}
			if v, _ := f.GetCellValue("Claims", cellName(c, r)); v == "" {
				t.Errorf("row %d column %d is empty; the ID columns must still join the sheets", r, c)
			}
		}
	}
	if links != maxLinks {
		t.Errorf("%d links on Claims, want the %d the sheet holds", links, maxLinks)
	}
	if ok, _, _ := f.GetCellHyperLink("Claims", "B2"); !ok {
		t.Error("the first row has no link")
	}
	if ok, _, _ := f.GetCellHyperLink("Claims", "C7"); ok {
		t.Error("the last row has a link past the limit")
	}
}

func TestCutCell(t *testing.T) {
	tests := []struct {
		name string
		in   string
		cut  bool
	}{
		{"short", "short", false},
		{"at the limit", strings.Repeat("a", MaxCellChars), false},
		{"one over", strings.Repeat("a", MaxCellChars+1), true},
		{"accented letters are one character each", strings.Repeat("é", MaxCellChars), false},
		{"accented letters over", strings.Repeat("é", MaxCellChars+10), true},
		{"CJK", strings.Repeat("毛", MaxCellChars+1), true},
		{"emoji count twice", strings.Repeat("😀", MaxCellChars/2+1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CutCell(tt.in)
			if n := cellChars(got); n > MaxCellChars {
				t.Errorf("cell holds %d characters, more than %d", n, MaxCellChars)
			}
			if !tt.cut {
				if got != tt.in {
					t.Error("text that fits was changed")
				}
				return
			}
			if !strings.Contains(got, "[…cut: ") || !strings.HasSuffix(got, "the JSON output has the whole text]") {
				t.Errorf("no marker: …%q", got[max(0, len(got)-80):])
			}
			head, _, _ := strings.Cut(got, " […cut: ")
			if !strings.HasPrefix(tt.in, head) || cellChars(head) < MaxCellChars-100 {
				t.Errorf("kept %d characters of the start", cellChars(head))
			}
			m := regexp.MustCompile(`cut: ([0-9]+) more`).FindStringSubmatch(got)
			if n, _ := strconv.Atoi(m[1]); n != cellChars(tt.in)-cellChars(head) {
				t.Errorf("marker says %d cut, but %d were", n, cellChars(tt.in)-cellChars(head))
			}
		})
	}
}

func TestHighlightedLongSentence(t *testing.T) {
	before, hit, after := strings.Repeat("b", 30000), "600,000 furnaces", strings.Repeat("a", 30000)
	runs := highlighted(before, hit, after, &excelize.Font{Bold: true})
	var whole strings.Builder
	found := false
	for _, r := range runs {
		whole.WriteString(r.Text)
		if r.Font != nil && r.Text == hit {
			found = true
		}
	}
	if n := cellChars(whole.String()); n > MaxCellChars {
		t.Errorf("cell holds %d characters", n)
	}
	if !found || !strings.HasPrefix(whole.String(), "[…] ") || !strings.Contains(whole.String(), "[…cut;") {
		t.Errorf("claim's words lost or cut unmarked: %d runs", len(runs))
	}
	// And a workbook takes it.
	doc := synthDocOf("long", []synthSentence{{text: before + " " + hit + " " + after + ".", amount: hit}})
	f := openXLSX(t, render(t, "xlsx", doc))
	got, err := f.GetCellRichText("Claims", "M2")
	if err != nil || len(got) != 3 || got[1].Text != hit {
		t.Errorf("Sentence cell: %d runs, %v", len(got), err)
	}
}

func TestFoldedSpan(t *testing.T) {
	tests := []struct {
		name, text, hit string
		want            string // folded text with the span in [ ]
	}{
		{"plain", "It built 600 furnaces.", "600 furnaces", "It built [600 furnaces]."},
		{"runs of space", "It  built\n600\tfurnaces  now.", "600\tfurnaces", "It built [600 furnaces] now."},
		{"at the start", "600 furnaces were built.", "600 furnaces", "[600 furnaces] were built."},
		{"at the end", "  They built 600", "600", "They built [600]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.hit)
			folded, a, b, ok := foldedSpan(tt.text, i, i+len(tt.hit))
			if !ok {
				t.Fatal("span lost")
			}
			if got := folded[:a] + "[" + folded[a:b] + "]" + folded[b:]; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if folded != strings.Join(strings.Fields(tt.text), " ") {
				t.Errorf("folded %q differently from the claim quote", folded)
			}
		})
	}
}

func TestNumberingMatchesLocator(t *testing.T) {
	doc := sampleDoc(t)
	_, locs := numbering(doc)
	for i := range doc.Sentences {
		if want := annotate.Locator(doc.Sentences, i); locs[i] != want {
			t.Errorf("sentence %d: %q, want %q", i, locs[i], want)
		}
	}
}

func TestXLSXAbout(t *testing.T) {
	doc := sampleDoc(t)
	run := testRun
	run.Command = []string{"factsheet", "annotate", "-o", "my sheet.xlsx", "notes/it's.txt"}
	f := openXLSX(t, renderXLSX(t, run, 0, 0, doc))
	rows, _ := f.GetRows("About")
	about := map[string]string{}
	for _, r := range rows[1:] {
		for len(r) < 3 {
			r = append(r, "")
		}
		about[r[0]+"/"+r[1]] = r[2]
	}
	for key, want := range map[string]string{
		"Run/Tool":                 "factsheet",
		"Run/Version":              "test",
		"Run/Made":                 "1970-01-01 00:00:00 UTC",
		"Run/Command":              `factsheet annotate -o 'my sheet.xlsx' 'notes/it'\''s.txt'`,
		"Input/" + doc.Source.Path: "SHA-256 " + doc.Source.SHA256,
		"Status/Needs source":      statusMeanings[4],
	} {
		if about[key] != want {
			t.Errorf("About %s = %q, want %q", key, about[key], want)
		}
	}
	// A legend of every column of every sheet.
	for _, spec := range workbookSheets[:len(workbookSheets)-1] {
		for _, c := range spec.columns {
			if about[spec.name+"/"+c.name] == "" {
				t.Errorf("no legend for %s column %s", spec.name, c.name)
			}
		}
	}
	for _, s := range Statuses {
		if about["Status/"+s] == "" {
			t.Errorf("no legend for status %s", s)
		}
	}
}

// TestXLSXWellFormed checks what a spreadsheet program would repair: every
// part is well-formed XML, columns are in order, each sheet has its table,
// and the print titles point at their own sheets.
func TestXLSXWellFormed(t *testing.T) {
	doc := sampleDoc(t)
	doc.Source.Meta.URL = "https://example.org/glf?a=1&b=2"
	more := synthDoc("more", 7)
	// Links out of the workbook (excelize's) and within it (ours) on one sheet.
	run := testRun
	run.Reviews = &Reviews{byID: map[string]*Review{}, taken: map[*Review]bool{}}
	run.Reviews.add(&Review{Claim: doc.Claims[0].ID, Evidence: "https://example.org/yearbook"})
	data := renderXLSX(t, run, 6, 0, doc, more)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	sheets, links := 0, 0
	for _, zf := range zr.File {
		if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
			continue
		}
		rc, _ := zf.Open()
		body, _ := io.ReadAll(rc)
		rc.Close()
		dec := xml.NewDecoder(bytes.NewReader(body))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", zf.Name, err)
			}
		}
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		sheets++
		var ws struct {
			Cols []struct {
				Min int `xml:"min,attr"`
			} `xml:"cols>col"`
			Tables []struct{} `xml:"tableParts>tablePart"`
		}
		if err := xml.Unmarshal(body, &ws); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(ws.Cols); i++ {
			if ws.Cols[i].Min <= ws.Cols[i-1].Min {
				t.Errorf("%s: columns out of order", zf.Name)
				break
			}
		}
		if len(ws.Tables) != 1 {
			t.Errorf("%s: %d tables", zf.Name, len(ws.Tables))
		}
		if n := bytes.Count(body, []byte("<hyperlinks>")); n > 1 {
			t.Errorf("%s: %d hyperlinks elements", zf.Name, n)
		}
		links += bytes.Count(body, []byte("<hyperlink "))
	}
	f := openXLSX(t, data)
	if sheets != len(f.GetSheetList()) || sheets < 10 {
		t.Errorf("%d worksheets in the package, %d in the workbook", sheets, len(f.GetSheetList()))
	}
	// Every claim links twice, every date and entity once, the source's URL
	// and the evidence once.
	entities := map[string]bool{}
	for _, d := range []*annotate.Document{doc, more} {
		for _, m := range d.Mentions {
			if m.EntityAttrs != nil {
				entities[m.Canonical+"\x00"+m.Label] = true
			}
		}
	}
	want := 2*(len(doc.Claims)+len(more.Claims)) + 11 + len(more.Claims) + len(entities) + 2
	if links != want {
		t.Errorf("%d links in the worksheets, want %d", links, want)
	}
	evidence, _ := excelize.ColumnNumberToName(len(claimTable)) // the last column, Evidence
	for cell, target := range map[string]string{evidence + "2": "https://example.org/yearbook", "C2": "'Sentences'!A6"} {
		if ok, got, _ := f.GetCellHyperLink("Claims", cell); !ok || got != target {
			t.Errorf("Claims %s links to %q, want %q", cell, got, target)
		}
	}
	if ok, got, _ := f.GetCellHyperLink("Sources", "F2"); !ok || got != doc.Source.Meta.URL {
		t.Errorf("Sources F2 links to %q", got)
	}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.RefersTo != "'"+dn.Scope+"'!$1:$1" {
			t.Errorf("print titles of %s refer to %s", dn.Scope, dn.RefersTo)
		}
	}
}

func TestXLSXEmptySheets(t *testing.T) {
	doc := synthDocOf("quiet", []synthSentence{{text: "Nothing to count here."}})
	f := openXLSX(t, render(t, "xlsx", doc))
	for _, sheet := range []string{"Claims", "Entities", "Dates"} {
		rows, _ := f.GetRows(sheet)
		tables, _ := f.GetTables(sheet)
		if len(rows) != 1 || len(tables) != 1 || tables[0].Range != "A1:"+cellName(len(rows[0]), 2) {
			t.Errorf("%s: %d rows, tables %v; want the header and a table with one empty row", sheet, len(rows), tables)
		}
	}
	if dvs, _ := f.GetDataValidations("Claims"); len(dvs) != 1 {
		t.Error("no Status drop-down on an empty Claims sheet")
	}
}

func TestClaimsSheetStartsWithTheCSVColumns(t *testing.T) {
	var names []string
	for _, c := range claimsSheet.columns {
		names = append(names, c.name)
	}
	want := append(append([]string{}, claimColumns...), "Status", "Reviewer note", "Evidence")
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("Claims columns %v, want the CSV's %v and the reviewer's", names, want)
	}
}

func TestLinkInjector(t *testing.T) {
	links := `<hyperlink ref="C2" location="'Sentences'!A6"/>`
	tests := []struct {
		name, in, want string
	}{
		{"adds the element before pageSetup",
			`<worksheet><sheetData><row/></sheetData><dataValidations/><pageSetup/><tableParts/></worksheet>`,
			`<worksheet><sheetData><row/></sheetData><dataValidations/><hyperlinks>` + links + `</hyperlinks><pageSetup/><tableParts/></worksheet>`},
		{"joins excelize's links",
			`<worksheet><sheetData></sheetData><hyperlinks><hyperlink ref="Q2" r:id="rId2"></hyperlink></hyperlinks><pageSetup/></worksheet>`,
			`<worksheet><sheetData></sheetData><hyperlinks><hyperlink ref="Q2" r:id="rId2"></hyperlink>` + links + `</hyperlinks><pageSetup/></worksheet>`},
		{"before the end when nothing follows",
			`<worksheet><sheetData></sheetData></worksheet>`,
			`<worksheet><sheetData></sheetData><hyperlinks>` + links + `</hyperlinks></worksheet>`},
		{"before tableParts",
			`<worksheet><sheetData></sheetData><tableParts count="1"/></worksheet>`,
			`<worksheet><sheetData></sheetData><hyperlinks>` + links + `</hyperlinks><tableParts count="1"/></worksheet>`},
	}
	for _, tt := range tests {
		for _, size := range []int{1, 5, 1 << 20} {
			t.Run(fmt.Sprintf("%s/writes of %d", tt.name, size), func(t *testing.T) {
				var out bytes.Buffer
				l := &linkInjector{w: &out, links: []byte(links)}
				for in := tt.in; in != ""; {
					n := min(size, len(in))
					if _, err := l.Write([]byte(in[:n])); err != nil {
						t.Fatal(err)
					}
					in = in[n:]
				}
				if err := l.finish(); err != nil {
					t.Fatal(err)
				}
				if out.String() != tt.want {
					t.Errorf("got  %s\nwant %s", out.String(), tt.want)
				}
			})
		}
	}
	if err := (&linkInjector{w: io.Discard}).finish(); err == nil {
		t.Error("a worksheet without cells passed")
	}
}

func TestXLSXDatesRelative(t *testing.T) {
	doc := annotate.Annotate(sources.Source{ID: "rel",
		Text: "It began in 1958. That year the harvest failed. Two years ago the archive opened.",
		Meta: sources.Meta{Issued: &sources.DateParts{DateParts: [][]int{{2020}}}}})
	noAnchor := annotate.Annotate(sources.Source{ID: "none", Text: "That year the harvest failed."})
	f := openXLSX(t, render(t, "xlsx", doc, noAnchor))
	rows, err := f.GetRows("Dates")
	if err != nil {
		t.Fatal(err)
	}
	col := header(t, f, "Dates")
	got := map[string]string{}
	for _, r := range rows[1:] {
		if len(r) >= col["Relative"] && r[col["Source"]-1] == "rel" {
			got[r[col["Text"]-1]] = r[col["Relative"]-1]
		}
	}
	want := map[string]string{
		"That year":     "from “1958”",
		"Two years ago": "from the source’s date",
	}
	for text, rel := range want {
		if got[text] != rel {
			t.Errorf("Relative of %q = %q, want %q (all: %q)", text, got[text], rel, got)
		}
	}
	if !strings.HasPrefix(rows[len(rows)-1][col["Relative"]-1], "unresolved: ") {
		t.Errorf("a date with nothing to resolve it from: %q", rows[len(rows)-1])
	}
}

func TestVariantKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"People’s Republic", "People's  Republic", true},
		{"Great Leap Forward", "Great leap forward", true},
		{"Mao", "Mao Zedong", false},
		{"PRC", "People's Republic of China", false},
	}
	for _, tt := range tests {
		if same := variantKey(tt.a) == variantKey(tt.b); same != tt.same {
			t.Errorf("%q and %q the same variant: %v, want %v", tt.a, tt.b, same, tt.same)
		}
	}
}

func TestCitationItalicsInWorkbook(t *testing.T) {
	src := sources.Source{ID: "b", Text: "The mill employed 240 workers in 1901.\n",
		Meta: sources.Meta{Type: "article-journal", Title: "Mills", ContainerTitle: "Textile History", Volume: "4",
			Author: []sources.Name{{Family: "Liang", Given: "Wei"}}, Issued: &sources.DateParts{DateParts: [][]int{{1970}}}}}
	doc := annotate.Options{Style: annotate.StyleChicago}.Annotate(src)
	f := openXLSX(t, renderXLSX(t, Run{}, 0, 0, doc))
	for _, at := range []struct{ sheet, col string }{{"Claims", "Citation"}, {"Sources", "Citation"}} {
		col := header(t, f, at.sheet)
		runs, err := f.GetCellRichText(at.sheet, cellName(col[at.col], 2))
		if err != nil {
			t.Fatal(err)
		}
		var italic []string
		for _, r := range runs {
			if r.Font != nil && r.Font.Italic {
				italic = append(italic, r.Text)
			}
		}
		if strings.Join(italic, "|") != "Textile History" {
			t.Errorf("%s: italic runs %q in %+v, want the journal's title", at.sheet, italic, runs)
		}
	}
}
