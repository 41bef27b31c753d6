package export

import (
	"context"
	"encoding/csv"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// soffice finds LibreOffice. Where it is missing the test is skipped, with
// a message, except on CI (CI set), where that is a failure: .ci/run
// installs it.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("LibreOffice (soffice) is not installed, and CI is set: .ci/run installs it (Debian package libreoffice-calc-nogui)")
	}
	t.Skip("SKIPPED: LibreOffice (soffice) is not installed, so the workbook was not opened in a real spreadsheet program; install libreoffice-calc-nogui to run this test")
	return ""
}

// csvExport is LibreOffice's CSV filter: comma, double quotes, UTF-8 (76),
// from line 1, quote all text cells, cells as stored rather than as shown,
// and every sheet to a file of its own (the 12th option, -1).
const csvExport = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1"

func TestLibreOfficeOpensWorkbook(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.xlsx")

	// A workbook with review work carried over and an orphaned review, so
	// that every kind of sheet is there.
	doc := sampleDoc(t)
	writeWorkbookFile(t, path, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), doc)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	first, last := doc.Claims[0].ID, doc.Claims[len(doc.Claims)-1].ID
	typeReview(t, f, "Claims", first, review{status: "Verified", note: "Matches the yearbook, p. 12."})
	typeReview(t, f, "Claims", last, review{status: "Disputed", evidence: "https://example.org/estimates"})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	shorter := *doc
	shorter.Claims = doc.Claims[:len(doc.Claims)-1] // the last claim is gone: its review is orphaned
	writeWorkbookFile(t, path, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), &shorter)

	version, _ := exec.Command(bin, "--version").Output()
	t.Logf("opening with %s", strings.TrimSpace(string(version)))
	lo := office{t: t, bin: bin, home: dir}
	out := filepath.Join(dir, "csv")
	log := lo.convert(path, csvExport, out)
	sheets := []string{"Claims", "Orphaned reviews", "Sentences", "Entities", "Dates", "Sources", "About"}
	if wrote := regexpAll(`Writing sheet (.+) -> `, log); strings.Join(wrote, "|") != strings.Join(sheets, "|") {
		t.Errorf("LibreOffice read the sheets %q, want %q\n%s", wrote, sheets, log)
	}

	read := func(sheet string) [][]string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, "facts-"+sheet+".csv"))
		if err != nil {
			t.Fatalf("sheet %s: %v\n%s", sheet, err, log)
		}
		r := csv.NewReader(strings.NewReader(string(data)))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		return rows
	}

	// The Claims sheet holds exactly the claims, with the review carried over.
	want := [][]string{append(append([]string{}, claimColumns...), "Status", "Reviewer note", "Evidence")}
	for _, r := range claimRows(&shorter, nil) {
		status, note := "Unreviewed", ""
		if r.ID == first {
			status, note = "Verified", "Matches the yearbook, p. 12."
		}
		want = append(want, []string{r.ID, r.Source, r.Locator, r.Claim, r.Kind, r.Qualifier,
			formatNumber(r.Value), formatNumber(r.High), r.Unit, r.Subject, r.When, r.Entities,
			r.Sentence, r.Citation, r.Attribution, r.Stance, formatNumber(&r.Priority), status, note, ""})
	}
	got := read("Claims")
	if len(got) != len(want) {
		t.Fatalf("Claims has %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if strings.Join(got[i], "\x1f") != strings.Join(want[i], "\x1f") {
			t.Errorf("Claims row %d:\n got %q\nwant %q", i+1, got[i], want[i])
		}
	}

	orphans := read("Orphaned reviews")
	if len(orphans) != 2 || orphans[1][0] != last || orphans[1][5] != "Disputed" ||
		orphans[1][7] != "https://example.org/estimates" || orphans[1][8] != "2026-03-02" {
		t.Errorf("Orphaned reviews: %q", orphans)
	}
	for _, sheet := range []struct {
		name string
		rows int
	}{{"Sentences", len(doc.Sentences)}, {"Dates", 11}, {"Sources", 1}} {
		if rows := read(sheet.name); len(rows) != 1+sheet.rows {
			t.Errorf("%s has %d rows, want %d and a header", sheet.name, len(rows), sheet.rows)
		}
	}
	dates := read("Dates")
	if dates[1][3] != "1958-01-01" || dates[1][4] != "1961-12-31" {
		t.Errorf("Dates row 2 %q; want the bounds of 1958/1961 as dates", dates[1])
	}
	if about := read("About"); len(about) < 50 || about[1][2] != "factsheet" {
		t.Errorf("About has %d rows, starting %q", len(about), about[:min(2, len(about))])
	}

	// A reviewer who saves the workbook from LibreOffice keeps the review
	// work: it is read back from LibreOffice's file, links and all.
	saved := filepath.Join(dir, "saved")
	lo.convert(path, "xlsx:Calc MS Excel 2007 XML", saved)
	rs, err := ReadReviews(filepath.Join(saved, "facts.xlsx"))
	if err != nil {
		t.Fatalf("reviews of the workbook LibreOffice saved: %v", err)
	}
	if r := rs.Lookup(first); rs.Len() != 2 || r == nil || r.Status != "Verified" || r.Note != "Matches the yearbook, p. 12." {
		t.Errorf("%d reviews read back; the first %+v", rs.Len(), r)
	}
	if r := rs.Lookup(last); r == nil || r.Status != "Disputed" || r.EvidenceLink != "https://example.org/estimates" {
		t.Errorf("the orphaned review read back: %+v", r)
	}
}

// TestLibreOfficeOpensContinuedSheets checks that LibreOffice reads a
// workbook whose sheets continue on "Claims (2)" and so on (with a row limit
// small enough to reach with a few claims).
func TestLibreOfficeOpensContinuedSheets(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "long.xlsx")
	doc := synthDoc("long", 10)
	if err := os.WriteFile(path, renderXLSX(t, testRun, 5, 0, doc), 0o644); err != nil {
		t.Fatal(err)
	}
	lo := office{t: t, bin: bin, home: dir}
	out := filepath.Join(dir, "csv")
	log := lo.convert(path, csvExport, out)
	wrote := strings.Join(regexpAll(`Writing sheet (.+) -> `, log), "|")
	if !strings.HasPrefix(wrote, "Claims|Claims (2)|Claims (3)|Sentences|Sentences (2)|Sentences (3)|Entities|Entities (2)|Dates|Dates (2)|Dates (3)|Sources|About|About (2)") {
		t.Errorf("LibreOffice read the sheets %s", wrote)
	}
	var ids []string
	for _, sheet := range []string{"Claims", "Claims (2)", "Claims (3)"} {
		data, err := os.ReadFile(filepath.Join(out, "long-"+sheet+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
		if err != nil || rows[0][0] != "Claim ID" {
			t.Fatalf("%s: %v, header %q", sheet, err, rows[0])
		}
		for _, r := range rows[1:] {
			ids = append(ids, r[0])
		}
	}
	var want []string
	for _, c := range doc.Claims {
		want = append(want, c.ID)
	}
	if strings.Join(ids, ",") != strings.Join(want, ",") {
		t.Errorf("claims over the Claims sheets %v, want %v", ids, want)
	}
}

// office runs LibreOffice headless, with a profile of its own.
type office struct {
	t    *testing.T
	bin  string
	home string
}

// convert converts a workbook with a filter into a folder, fails the test
// if LibreOffice fails or reports an error, and returns what it printed.
func (o office) convert(path, filter, outdir string) string {
	o.t.Helper()
	profile := url.URL{Scheme: "file", Path: filepath.Join(o.home, "profile")}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, o.bin, "-env:UserInstallation="+profile.String(), "--headless", "--norestore",
		"--convert-to", filter, "--outdir", outdir, path)
	cmd.Env = append(os.Environ(), "HOME="+o.home)
	log, err := cmd.CombinedOutput()
	if err != nil {
		o.t.Fatalf("soffice failed: %v\n%s", err, log)
	}
	for _, line := range strings.Split(string(log), "\n") {
		if strings.Contains(strings.ToLower(line), "error") {
			o.t.Errorf("soffice: %s", line)
		}
	}
	return string(log)
}

// regexpAll returns the first group of every match of a pattern.
func regexpAll(pattern, s string) []string {
	var out []string
	for _, m := range regexp.MustCompile(pattern).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestLibreOfficeReviewRoundTrip has LibreOffice save a workbook into which
// a reviewer added a sheet, a column, a comment, a row without an ID, a
// date, a number and a formula, annotates into it again, and finds every
// one of them carried over, or named as not carried.
func TestLibreOfficeReviewRoundTrip(t *testing.T) {
	bin := soffice(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.xlsx")
	doc := sampleDoc(t)
	writeWorkbookFile(t, path, time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), doc)

	// The reviewer's work, typed into the workbook.
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	col := header(t, f, "Claims")
	ids := []string{doc.Claims[0].ID, doc.Claims[1].ID, doc.Claims[2].ID}
	rows := make([]int, len(ids))
	for i, id := range ids {
		rows[i] = findRow(t, f, "Claims", id)
	}
	at := func(name string, row int) string { return cellName(col[name], row) }
	extra := len(col) + 1
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetCellStr("Claims", cellName(extra, 1), "Checked by"))
	must(f.SetCellStr("Claims", cellName(extra, rows[0]), "Ada"))
	must(f.SetCellStr("Claims", at("Status", rows[0]), "Verified"))
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	must(f.SetCellValue("Claims", at("Evidence", rows[0]), time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)))
	must(f.SetCellStyle("Claims", at("Evidence", rows[0]), at("Evidence", rows[0]), date))
	must(f.SetCellFloat("Claims", at("Reviewer note", rows[1]), 1500000, -1, 64))
	must(f.SetCellFormula("Claims", at("Reviewer note", rows[2]), `CONCATENATE("see ","p. 12")`))
	must(f.AddComment("Claims", excelize.Comment{Cell: at("Value", rows[1]), Author: "Ada", Text: "Rounded in the source."}))
	free := len(doc.Claims) + 3
	must(f.SetCellStr("Claims", at("Reviewer note", free), "Check every figure against the 1959 yearbook."))
	_, err = f.NewSheet("My notes")
	must(err)
	must(f.SetCellStr("My notes", "A1", "Provincial reports, 1959"))
	must(f.SetCellInt("My notes", "B1", 14))
	must(f.Save())
	f.Close()

	// The reviewer saves it in LibreOffice.
	lo := office{t: t, bin: bin, home: dir}
	lo.convert(path, "xlsx:Calc MS Excel 2007 XML", filepath.Join(dir, "saved"))
	saved, err := os.ReadFile(filepath.Join(dir, "saved", "facts.xlsx"))
	must(err)
	must(os.WriteFile(path, saved, 0o644))

	// Annotate into it again.
	rs := writeWorkbookFile(t, path, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), doc)
	if kept := strings.Join(rs.Kept(), "; "); kept != `the sheet "My notes"; the column "Checked by"; 1 comment; 1 row without a claim ID (on the "Orphaned reviews" sheet)` {
		t.Errorf("carried over besides the reviews: %q", kept)
	}
	if lost := rs.Lost(); len(lost) != 0 {
		t.Errorf("not carried over: %q", lost)
	}

	g, err := excelize.OpenFile(path)
	must(err)
	defer g.Close()
	if got := strings.Join(g.GetSheetList(), ","); got != "Claims,Orphaned reviews,Sentences,Entities,Dates,Sources,About,My notes" {
		t.Errorf("sheets %s", got)
	}
	col = header(t, g, "Claims")
	for i, id := range ids {
		rows[i] = findRow(t, g, "Claims", id)
	}
	if v, _ := g.GetCellValue("Claims", at("Checked by", rows[0])); v != "Ada" || col["Checked by"] != len(claimsSheet.columns)+1 {
		t.Errorf("Checked by: %q in column %d", v, col["Checked by"])
	}
	if raw, _ := g.GetCellValue("Claims", at("Evidence", rows[0]), excelize.Options{RawCellValue: true}); raw != "45356" {
		t.Errorf("the date in Evidence is %q, want the date cell 45356 (2024-03-05)", raw)
	}
	if id, _ := g.GetCellStyle("Claims", at("Evidence", rows[0])); id == 0 {
		t.Error("the date in Evidence has no date format")
	}
	if raw, _ := g.GetCellValue("Claims", at("Reviewer note", rows[1]), excelize.Options{RawCellValue: true}); raw != "1500000" {
		t.Errorf("the number note is %q", raw)
	} else if typ, _ := g.GetCellType("Claims", at("Reviewer note", rows[1])); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Error("the number note became text")
	}
	if fo, _ := g.GetCellFormula("Claims", at("Reviewer note", rows[2])); !strings.Contains(fo, "CONCATENATE(") {
		t.Errorf("the formula note is %q", fo)
	}
	comments, _ := g.GetComments("Claims")
	if len(comments) != 1 || comments[0].Cell != at("Value", rows[1]) || !strings.Contains(commentText(comments[0]), "Rounded in the source.") {
		t.Errorf("comments on Claims: %+v", comments)
	}
	orphans, _ := g.GetRows(sheetOrphans)
	if len(orphans) != 2 || !strings.Contains(strings.Join(orphans[1], "|"), "Check every figure against the 1959 yearbook.") ||
		!strings.Contains(strings.Join(orphans[1], "|"), "No claim ID") {
		t.Errorf("Orphaned reviews: %q", orphans)
	}
	if v, _ := g.GetCellValue("My notes", "A1"); v != "Provincial reports, 1959" {
		t.Errorf("My notes A1 = %q", v)
	}

	// And LibreOffice reads the new workbook so: the date as a date, the
	// formula computed, the sheet there.
	out := filepath.Join(dir, "csv")
	lo.convert(path, csvExport, out)
	data, err := os.ReadFile(filepath.Join(out, "facts-Claims.csv"))
	must(err)
	r := csv.NewReader(strings.NewReader(string(data)))
	r.FieldsPerRecord = -1
	cells, err := r.ReadAll()
	must(err)
	get := func(name string, row int) string { return cells[row-1][col[name]-1] }
	if got := get("Reviewer note", rows[2]); got != "see p. 12" {
		t.Errorf("LibreOffice computes the formula note as %q", got)
	}
	if got := get("Evidence", rows[0]); !strings.Contains(got, "24") || !strings.Contains(got, "3") {
		t.Errorf("LibreOffice shows the date as %q", got)
	}
	if got := get("Checked by", rows[0]); got != "Ada" {
		t.Errorf("LibreOffice shows Checked by as %q", got)
	}
	notes, err := os.ReadFile(filepath.Join(out, "facts-My notes.csv"))
	if err != nil || !strings.HasPrefix(string(notes), `"Provincial reports, 1959",14`) {
		t.Errorf("My notes as LibreOffice reads it: %q, %v", notes, err)
	}
}
