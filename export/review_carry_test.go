package export

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// reviewedWorkbook writes the sample's workbook, lets edit change it as a
// reviewer would in a spreadsheet program, and annotates into it again.
// It returns the new workbook, opened, and the reviews read from the old.
func reviewedWorkbook(t *testing.T, edit func(f *excelize.File, col map[string]int, ids []string)) (*excelize.File, *Reviews, string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.xlsx")
	doc := sampleDoc(t)
	writeWorkbookFile(t, path, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), doc)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range doc.Claims {
		ids = append(ids, c.ID)
	}
	edit(f, header(t, f, "Claims"), ids)
	if err := f.SetAppProps(&excelize.AppProperties{Application: "LibreOffice"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	rs := writeWorkbookFile(t, path, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), doc)
	g, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g, rs, path
}

// TestFault1RowsWithoutClaimID: a reviewed row whose Claim ID cell is empty,
// or a row a reviewer added for a free note, disappeared on the next run:
// no orphan, no message. Now each is on "Orphaned reviews", said to have
// no claim ID, with everything typed into it.
func TestFault1RowsWithoutClaimID(t *testing.T) {
	var cleared string
	f, rs, _ := reviewedWorkbook(t, func(f *excelize.File, col map[string]int, ids []string) {
		// Row 3's ID is cleared, after its review was typed.
		row := findRow(t, f, "Claims", ids[1])
		cleared, _ = f.GetCellValue("Claims", cellName(col["Claim"], row))
		f.SetCellStr("Claims", cellName(col["Status"], row), "Disputed")
		f.SetCellStr("Claims", cellName(col["Reviewer note"], row), "The yearbook says otherwise.")
		f.SetCellStr("Claims", cellName(col["Claim ID"], row), "")
		// A row added below the table for a free note.
		free := len(ids) + 3
		f.SetCellStr("Claims", cellName(col["Reviewer note"], free), "Check every figure against the 1959 yearbook.")
		f.SetCellStr("Claims", cellName(col["Subject"], free), "all figures")
	})
	rows, err := f.GetRows(sheetOrphans)
	if err != nil {
		t.Fatal(err)
	}
	col := header(t, f, sheetOrphans)
	get := func(r []string, name string) string {
		if i := col[name] - 1; i < len(r) {
			return r[i]
		}
		return ""
	}
	var found []string
	for _, r := range rows[1:] {
		if get(r, "Claim ID") != "" {
			continue
		}
		if !strings.HasPrefix(get(r, "Why"), "No claim ID") {
			t.Errorf("Why %q", get(r, "Why"))
		}
		found = append(found, get(r, "Reviewer note")+"|"+get(r, "Status")+"|"+get(r, "Claim"))
		if get(r, "Reviewer note") == "Check every figure against the 1959 yearbook." && !strings.Contains(get(r, "Why"), "Subject: all figures") {
			t.Errorf("the free row's other cells are not kept: %q", get(r, "Why"))
		}
	}
	want := []string{"The yearbook says otherwise.|Disputed|" + cleared, "Check every figure against the 1959 yearbook.|Unreviewed|"}
	if strings.Join(found, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows without an ID on Orphaned reviews:\n%s\nwant\n%s", strings.Join(found, "\n"), strings.Join(want, "\n"))
	}
	if kept := strings.Join(rs.Kept(), "; "); !strings.Contains(kept, "2 rows without a claim ID") {
		t.Errorf("Kept() = %q", kept)
	}

	// A third run keeps them there, once each.
	g, err := ReadReviews(f.Path)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.loose) != 2 {
		t.Errorf("%d rows without an ID read back from Orphaned reviews, want 2", len(g.loose))
	}
}

// TestFault2SheetsColumnsComments: a sheet the reviewer added, a column
// they added to Claims, and cell comments were dropped on the next run with
// no message.
func TestFault2SheetsColumnsComments(t *testing.T) {
	var first, second int
	f, rs, _ := reviewedWorkbook(t, func(f *excelize.File, col map[string]int, ids []string) {
		// My notes: a sheet of the reviewer's own, with a width, a merge, a
		// link, a comment, a formula and a style.
		f.NewSheet("My notes")
		f.SetCellStr("My notes", "A1", "To ask the archive")
		f.SetCellStr("My notes", "A2", "Provincial reports, 1959")
		f.SetCellInt("My notes", "B2", 14)
		f.SetCellFormula("My notes", "B3", "B2*2")
		f.SetCellHyperLink("My notes", "A2", "https://example.org/archive", "External")
		f.SetColWidth("My notes", "A", "A", 42)
		f.MergeCell("My notes", "A1", "C1")
		f.AddComment("My notes", excelize.Comment{Cell: "A2", Author: "Ada", Text: "Ask for boxes 3-5."})
		bold, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
		f.SetCellStyle("My notes", "A1", "A1", bold)
		// A column added after Evidence: "Checked by".
		last := len(header(t, f, "Claims")) + 1
		f.SetCellStr("Claims", cellName(last, 1), "Checked by")
		first, second = findRow(t, f, "Claims", ids[0]), findRow(t, f, "Claims", ids[2])
		f.SetCellStr("Claims", cellName(last, first), "Ada")
		f.SetCellStr("Claims", cellName(last, second), "Grace")
		// Comments on a claim's Value and Evidence cells.
		f.AddComment("Claims", excelize.Comment{Cell: cellName(col["Value"], first), Author: "Ada", Text: "Rounded in the source."})
		f.AddComment("Claims", excelize.Comment{Cell: cellName(col["Evidence"], second), Author: "Grace", Text: "See the appendix."})
		// A comment on the Sentences sheet, which is written afresh.
		f.AddComment("Sentences", excelize.Comment{Cell: "G2", Author: "Ada", Text: "A caption, not a sentence."})
	})
	if got := strings.Join(f.GetSheetList(), ","); got != "Claims,Sentences,Entities,Dates,Sources,About,My notes" {
		t.Errorf("sheets %s", got)
	}
	for cell, want := range map[string]string{"A1": "To ask the archive", "A2": "Provincial reports, 1959", "B2": "14"} {
		if got, _ := f.GetCellValue("My notes", cell); got != want {
			t.Errorf("My notes %s = %q, want %q", cell, got, want)
		}
	}
	if fo, _ := f.GetCellFormula("My notes", "B3"); fo != "B2*2" {
		t.Errorf("My notes B3 formula %q", fo)
	}
	if ok, target, _ := f.GetCellHyperLink("My notes", "A2"); !ok || target != "https://example.org/archive" {
		t.Errorf("My notes A2 link %v %q", ok, target)
	}
	if w, _ := f.GetColWidth("My notes", "A"); w != 42 {
		t.Errorf("My notes column A width %v", w)
	}
	if m, _ := f.GetMergeCells("My notes"); len(m) != 1 || m[0].GetStartAxis() != "A1" || m[0].GetEndAxis() != "C1" {
		t.Errorf("merges %v", m)
	}
	if id, _ := f.GetCellStyle("My notes", "A1"); id == 0 {
		t.Error("My notes A1 lost its style")
	} else if st, _ := f.GetStyle(id); st.Font == nil || !st.Font.Bold {
		t.Errorf("My notes A1 style %+v", st)
	}
	if cs, _ := f.GetComments("My notes"); len(cs) != 1 || cs[0].Cell != "A2" || commentText(cs[0]) != "Ask for boxes 3-5." {
		t.Errorf("My notes comments %+v", cs)
	}

	col := header(t, f, "Claims")
	if col["Checked by"] != len(claimsSheet.columns)+1 {
		t.Fatalf("Claims header %v: no Checked by after Evidence", col)
	}
	// The rows keep their order here, since the claims are the same.
	for row, want := range map[int]string{first: "Ada", second: "Grace"} {
		if got, _ := f.GetCellValue("Claims", cellName(col["Checked by"], row)); got != want {
			t.Errorf("Checked by on row %d = %q, want %q", row, got, want)
		}
	}
	comments, _ := f.GetComments("Claims")
	got := map[string]string{}
	for _, c := range comments {
		got[c.Cell] = c.Author + ": " + commentText(c)
	}
	for cell, want := range map[string]string{
		cellName(col["Value"], first):     "Ada: Rounded in the source.",
		cellName(col["Evidence"], second): "Grace: See the appendix.",
	} {
		if !strings.HasSuffix(got[cell], want) {
			t.Errorf("comment on Claims %s = %q, want %q (all: %v)", cell, got[cell], want, got)
		}
	}
	tables, _ := f.GetTables("Claims")
	lastColumn, _ := excelize.ColumnNumberToName(len(claimTable) + 1) // the reviewer's column after the table's
	if len(tables) != 1 || !strings.HasPrefix(tables[0].Range, "A1:"+lastColumn) {
		t.Errorf("the Claims table does not take in the new column: %+v", tables)
	}
	if kept := strings.Join(rs.Kept(), "; "); kept != `the sheet "My notes"; the column "Checked by"; 2 comments` {
		t.Errorf("Kept() = %q", kept)
	}
	if lost := strings.Join(rs.Lost(), "; "); lost != `1 comment on the sheet "Sentences", which is written afresh` {
		t.Errorf("Lost() = %q", lost)
	}
	about, _ := f.GetRows("About")
	var said []string
	for _, r := range about {
		if len(r) > 2 && (r[1] == "Also carried over" || r[1] == "Not carried over") {
			said = append(said, r[2])
		}
	}
	if len(said) != 2 || !strings.Contains(said[0], "My notes") || !strings.Contains(said[1], "Sentences") {
		t.Errorf("About says %q", said)
	}
}

// TestFault3TypedValues: a note entered as a formula whose cached value is
// missing was lost; a date typed into Evidence came back as the text
// "2024-03-05 0:00:00"; a number note became text.
func TestFault3TypedValues(t *testing.T) {
	var rows [4]int
	f, _, _ := reviewedWorkbook(t, func(f *excelize.File, col map[string]int, ids []string) {
		for i := range rows {
			rows[i] = findRow(t, f, "Claims", ids[i])
		}
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		evidence := func(r int) string { return cellName(col["Evidence"], r) }
		note := func(r int) string { return cellName(col["Reviewer note"], r) }
		// A date in Evidence.
		f.SetCellValue("Claims", evidence(rows[0]), time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
		f.SetCellStyle("Claims", evidence(rows[0]), evidence(rows[0]), date)
		// A number as the note.
		f.SetCellFloat("Claims", note(rows[1]), 1.5e6, -1, 64)
		// A formula with no cached value (excelize writes none).
		f.SetCellFormula("Claims", note(rows[2]), `CONCATENATE("see ","p. 12")`)
		// TRUE in a note.
		f.SetCellBool("Claims", note(rows[3]), true)
	})
	col := header(t, f, "Claims")
	evidence := cellName(col["Evidence"], rows[0])
	if typ, _ := f.GetCellType("Claims", evidence); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("the date in Evidence became text")
	}
	if got, _ := f.GetCellValue("Claims", evidence); got != "03-05-24" && got != "3/5/24" && got != "3-5-24" {
		raw, _ := f.GetCellValue("Claims", evidence, excelize.Options{RawCellValue: true})
		if raw != "45356" {
			t.Errorf("the date in Evidence reads %q (raw %q)", got, raw)
		}
	}
	if id, _ := f.GetCellStyle("Claims", evidence); id == 0 {
		t.Error("the date lost its format")
	} else if st, _ := f.GetStyle(id); st.NumFmt != 14 {
		t.Errorf("the date's number format is %d, want 14", st.NumFmt)
	}
	note := cellName(col["Reviewer note"], rows[1])
	if typ, _ := f.GetCellType("Claims", note); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("the number note has type %v", typ)
	}
	if raw, _ := f.GetCellValue("Claims", note, excelize.Options{RawCellValue: true}); raw != "1500000" {
		t.Errorf("the number note is %q", raw)
	}
	if fo, _ := f.GetCellFormula("Claims", cellName(col["Reviewer note"], rows[2])); fo != `CONCATENATE("see ","p. 12")` {
		t.Errorf("the formula note is %q", fo)
	}
	if typ, _ := f.GetCellType("Claims", cellName(col["Reviewer note"], rows[3])); typ != excelize.CellTypeBool {
		t.Errorf("TRUE became type %v", typ)
	}
}

// TestEditsToFilledColumnsAreNamed: an edit to a column factsheet fills
// (Subject) cannot be carried over; the run names the cell, with the
// backup that holds it.
func TestEditsToFilledColumnsAreNamed(t *testing.T) {
	var cell string
	_, rs, _ := reviewedWorkbook(t, func(f *excelize.File, col map[string]int, ids []string) {
		row := findRow(t, f, "Claims", ids[0])
		cell = cellName(col["Subject"], row)
		f.SetCellStr("Claims", cell, "iron furnaces, not steel")
	})
	want := "1 cell of the columns factsheet fills that differ from this run's (edited by hand, or changed by this version of factsheet): 'Claims'!" + cell + " (Subject)"
	if lost := strings.Join(rs.Lost(), "; "); lost != want {
		t.Errorf("Lost() = %q, want %q", lost, want)
	}
}
