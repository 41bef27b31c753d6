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
			r.Sentence, r.Citation, status, note, ""})
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
