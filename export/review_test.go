package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/xuri/excelize/v2"
)

// writeWorkbookFile writes a workbook of the documents to path the way
// annotate does: reading the review work there first, and carrying it over.
func writeWorkbookFile(t *testing.T, path string, now time.Time, docs ...*annotate.Document) *Reviews {
	t.Helper()
	rs, err := ReadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	run := testRun
	run.Created, run.Reviews = now, rs
	if _, err := WriteWorkbook(path, rs, now, func(w io.Writer) error {
		x, err := New("xlsx", w, run)
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := x.Write(d); err != nil {
				return err
			}
		}
		return x.Close()
	}); err != nil {
		t.Fatal(err)
	}
	return rs
}

// claimRow finds the row of a claim on a sheet.
func findRow(t *testing.T, f *excelize.File, sheet, id string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == id {
			return i + 1
		}
	}
	return 0
}

// review is what a test types into, or expects in, a claim's row.
type review struct {
	status, note, evidence, link string
}

// typeReview types a review into a claim's row, as a reviewer would.
func typeReview(t *testing.T, f *excelize.File, sheet, id string, r review) {
	t.Helper()
	row := findRow(t, f, sheet, id)
	if row == 0 {
		t.Fatalf("claim %s not on %s", id, sheet)
	}
	col := header(t, f, sheet)
	set := func(name, v string) {
		if v != "" {
			if err := f.SetCellStr(sheet, cellName(col[name], row), v); err != nil {
				t.Fatal(err)
			}
		}
	}
	set("Status", r.status)
	set("Reviewer note", r.note)
	set("Evidence", r.evidence)
	if r.link != "" {
		if err := f.SetCellHyperLink(sheet, cellName(col["Evidence"], row), r.link, "External"); err != nil {
			t.Fatal(err)
		}
	}
}

// readReview reads what a claim's row holds.
func readReview(t *testing.T, f *excelize.File, sheet, id string) (review, bool) {
	t.Helper()
	row := findRow(t, f, sheet, id)
	if row == 0 {
		return review{}, false
	}
	col := header(t, f, sheet)
	get := func(name string) string {
		v, _ := f.GetCellValue(sheet, cellName(col[name], row))
		return v
	}
	r := review{status: get("Status"), note: get("Reviewer note"), evidence: get("Evidence")}
	if ok, target, _ := f.GetCellHyperLink(sheet, cellName(col["Evidence"], row)); ok {
		r.link = target
	}
	return r, true
}

// editSentence returns the sentences of a synthetic document with one
// sentence's text changed.
func edited(n, which int, from, to string) *annotate.Document {
	doc := synthDoc("rt", n)
	var ss []synthSentence
	for i, s := range doc.Sentences {
		sen := synthSentence{text: s.Text}
		for _, m := range doc.Mentions {
			if m.Sentence != i {
				continue
			}
			switch m.Type {
			case annotate.TypeDate:
				sen.date = m.Text
			case annotate.TypeEntity:
				sen.place = m.Text
			case annotate.TypeQuantity:
				sen.amount = m.Text
			}
		}
		if i == which {
			sen.text = strings.Replace(sen.text, from, to, 1)
		}
		ss = append(ss, sen)
	}
	return synthDocOf("rt", ss)
}

func TestReviewRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.xlsx")
	day1 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	doc := synthDoc("rt", 8)
	writeWorkbookFile(t, path, day1, doc)

	// A reviewer works through it, and sorts the table so that rows move.
	reviews := map[string]review{
		doc.Claims[0].ID: {status: "Verified", note: "Matches the 1959 yearbook."},
		doc.Claims[1].ID: {note: "Ask about the county figures."},
		doc.Claims[2].ID: {status: "Disputed", evidence: "Dikötter 2010, p. 56", link: "https://example.org/dikotter#p56"},
		doc.Claims[5].ID: {status: "False", note: "The count was revised.", evidence: "https://example.org/revision"},
		doc.Claims[6].ID: {status: "Needs source"},
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for id, r := range reviews {
		typeReview(t, f, "Claims", id, r)
	}
	rows, _ := f.GetRows("Claims")
	f.SetSheetRow("Claims", "A2", ptr(toAny(rows[2])))
	f.SetSheetRow("Claims", "A3", ptr(toAny(rows[1])))
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	reviewed, _ := os.ReadFile(path)

	// One sentence of the source is edited: its claim gets a new ID.
	day2 := day1.Add(24 * time.Hour)
	doc2 := edited(8, 5, "by the official count", "by the official tally")
	if doc2.Claims[5].ID == doc.Claims[5].ID || doc2.Claims[4].ID != doc.Claims[4].ID {
		t.Fatal("editing the sentence should change its claim's ID only")
	}
	rs := writeWorkbookFile(t, path, day2, doc2)
	if rs.Carried != 4 || rs.Orphaned != 1 {
		t.Errorf("carried %d, orphaned %d; want 4 and 1", rs.Carried, rs.Orphaned)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "facts.backup-20260302-090000.xlsx"))
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	if b, _ := os.ReadFile(backups[0]); !bytes.Equal(b, reviewed) {
		t.Error("the backup is not the reviewed workbook")
	}

	f, err = excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range reviews {
		if id == doc.Claims[5].ID {
			continue
		}
		if want.status == "" {
			want.status = "Unreviewed"
		}
		if want.link == "" && strings.HasPrefix(want.evidence, "https://") {
			want.link = want.evidence
		}
		if got, ok := readReview(t, f, "Claims", id); !ok || got != want {
			t.Errorf("claim %s: %+v, want %+v", id, got, want)
		}
	}
	if got, _ := readReview(t, f, "Claims", doc2.Claims[5].ID); got.status != "Unreviewed" || got.note != "" {
		t.Errorf("the edited sentence's new claim: %+v, want unreviewed", got)
	}
	if got := strings.Join(f.GetSheetList(), ","); got != "Claims,Orphaned reviews,Sentences,Entities,Dates,Sources,About" {
		t.Errorf("sheets %s", got)
	}
	want := review{status: "False", note: "The count was revised.", evidence: "https://example.org/revision", link: "https://example.org/revision"}
	if got, ok := readReview(t, f, "Orphaned reviews", doc.Claims[5].ID); !ok || got != want {
		t.Errorf("orphan %+v, want %+v", got, want)
	}
	col := header(t, f, "Orphaned reviews")
	row := findRow(t, f, "Orphaned reviews", doc.Claims[5].ID)
	old, _ := f.GetCellValue("Orphaned reviews", cellName(col["Sentence"], row))
	when, _ := f.GetCellValue("Orphaned reviews", cellName(col["Orphaned"], row))
	if old != doc.Sentences[5].Text || when != "2026-03-02" {
		t.Errorf("orphan's sentence %q, orphaned %q; want the old sentence and the run's day", old, when)
	}
	f.Close()

	// The next run keeps the orphan, and the day it was orphaned.
	writeWorkbookFile(t, path, day2.Add(24*time.Hour), doc2)
	f, _ = excelize.OpenFile(path)
	if got, ok := readReview(t, f, "Orphaned reviews", doc.Claims[5].ID); !ok || got != want {
		t.Errorf("orphan after another run: %+v", got)
	}
	row = findRow(t, f, "Orphaned reviews", doc.Claims[5].ID)
	if when, _ := f.GetCellValue("Orphaned reviews", cellName(col["Orphaned"], row)); when != "2026-03-02" {
		t.Errorf("orphaned %q after another run, want the day it was first orphaned", when)
	}
	f.Close()

	// Undoing the edit brings the claim back, and its review with it.
	rs = writeWorkbookFile(t, path, day2.Add(48*time.Hour), doc)
	if rs.Orphaned != 0 || rs.Carried != 5 {
		t.Errorf("carried %d, orphaned %d; want 5 and 0", rs.Carried, rs.Orphaned)
	}
	f, _ = excelize.OpenFile(path)
	defer f.Close()
	if got, ok := readReview(t, f, "Claims", doc.Claims[5].ID); !ok || got != want {
		t.Errorf("returned claim's review %+v, want %+v", got, want)
	}
	if idx, _ := f.GetSheetIndex("Orphaned reviews"); idx >= 0 {
		t.Error("an Orphaned reviews sheet with nothing on it")
	}
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func TestReviewDuplicateRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dup.xlsx")
	doc := synthDoc("dup", 3)
	writeWorkbookFile(t, path, time.Unix(0, 0), doc)
	f, _ := excelize.OpenFile(path)
	rows, _ := f.GetRows("Claims")
	copyRow := toAny(rows[1])
	f.SetSheetRow("Claims", "A5", &copyRow) // a reviewer pasted a claim's row twice
	typeReview(t, f, "Claims", doc.Claims[0].ID, review{status: "Verified"})
	col := header(t, f, "Claims")
	f.SetCellStr("Claims", cellName(col["Status"], 5), "False")
	f.SetCellStr("Claims", cellName(col["Reviewer note"], 5), "On second thought.")
	f.Save()
	f.Close()
	rs, err := ReadReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Len() != 2 || rs.Lookup(doc.Claims[0].ID).Status != "Verified" {
		t.Fatalf("%d reviews; first %+v", rs.Len(), rs.Lookup(doc.Claims[0].ID))
	}
	writeWorkbookFile(t, path, time.Unix(0, 0), doc)
	f, _ = excelize.OpenFile(path)
	defer f.Close()
	if got, _ := readReview(t, f, "Claims", doc.Claims[0].ID); got.status != "Verified" {
		t.Errorf("claim's review %+v", got)
	}
	got, ok := readReview(t, f, "Orphaned reviews", doc.Claims[0].ID)
	if !ok || got.status != "False" || got.note != "On second thought." {
		t.Errorf("the second row's review was dropped: %+v", got)
	}
}

func TestReadReviewsMissingWorkbook(t *testing.T) {
	rs, err := ReadReviews(filepath.Join(t.TempDir(), "none.xlsx"))
	if err != nil || rs.Existed || rs.Len() != 0 {
		t.Errorf("%+v, %v; want no reviews", rs, err)
	}
}

func TestReadReviewsRefuses(t *testing.T) {
	good := renderXLSX(t, testRun, 0, 0, synthDoc("good", 2))
	otherWorkbook := func() []byte {
		f := excelize.NewFile()
		f.SetCellStr("Sheet1", "A1", "My own notes")
		var b bytes.Buffer
		f.WriteTo(&b)
		return b.Bytes()
	}
	noStatus := func() []byte {
		f := openXLSX(t, good)
		col := header(t, f, "Claims")
		f.SetCellStr("Claims", cellName(col["Status"], 1), "State")
		var b bytes.Buffer
		f.WriteTo(&b)
		return b.Bytes()
	}
	tests := []struct {
		name   string
		data   []byte
		lock   string // a lock file to put next to it, and what it holds
		holds  string
		kind   error
		detail string
	}{
		{"random bytes", []byte("\x00\x01not a workbook at all"), "", "", ErrWorkbookDamaged, "cannot be read as a workbook"},
		{"half a workbook", good[:len(good)/2], "", "", ErrWorkbookDamaged, "cannot be read as a workbook"},
		{"JSON named .xlsx", []byte(`{"documents": []}`), "", "", ErrWorkbookDamaged, "cannot be read as a workbook"},
		{"someone else's workbook", otherWorkbook(), "", "", ErrNotFactsheet, "has no Claims sheet"},
		{"Claims without Status", noStatus(), "", "", ErrNotFactsheet, `has no "Status" column`},
		{"open in LibreOffice", good, ".~lock.facts.xlsx#", "U,Ada Lovelace,analytical,01.03.2026 09:00,file:///home/ada;", ErrWorkbookLocked, "open in a spreadsheet program by Ada Lovelace"},
		{"open in Excel", good, "~$facts.xlsx", "\x07Charles" + strings.Repeat(" ", 46), ErrWorkbookLocked, "open in a spreadsheet program by Charles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "facts.xlsx")
			os.WriteFile(path, tt.data, 0o644)
			if tt.lock != "" {
				os.WriteFile(filepath.Join(dir, tt.lock), []byte(tt.holds), 0o644)
			}
			_, err := ReadReviews(path)
			var we *WorkbookError
			if !errors.Is(err, tt.kind) || !errors.As(err, &we) {
				t.Fatalf("error %v, want %v", err, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.detail) || !strings.Contains(err.Error(), "left untouched") {
				t.Errorf("message %q does not say %q and that it was left untouched", err, tt.detail)
			}
			if b, _ := os.ReadFile(path); !bytes.Equal(b, tt.data) {
				t.Error("the workbook was changed")
			}
		})
	}
}

func TestSeekTag(t *testing.T) {
	const chunk = 1 << 20
	links := `<hyperlinks><hyperlink ref="Q5" location="'Sentences'!A5"/></hyperlinks>`
	tests := []struct {
		name, xml string
		found     bool
		rest      string // what the reader returned starts with
	}{
		{"plain", `<worksheet><sheetData/>` + links + `</worksheet>`, true, "<hyperlinks>"},
		{"prefixed", `<x:worksheet><x:sheetData/><x:hyperlinks><x:hyperlink ref="Q5"/></x:hyperlinks>`, true, "<x:hyperlinks>"},
		{"only in text", `<worksheet><c><is><t>follow the hyperlinks here</t></is></c></worksheet>`, false, ""},
		{"a longer name", `<worksheet><hyperlinksExtra/></worksheet>`, false, ""},
		{"none", `<worksheet><sheetData/></worksheet>`, false, ""},
		{"across chunks", strings.Repeat("x", chunk-3) + links, true, "<hyperlinks>"},
		{"prefix across chunks", strings.Repeat("x", chunk-2) + `<x:hyperlinks>`, true, "<x:hyperlinks>"},
		{"name ends a chunk", strings.Repeat("x", chunk-11) + `<hyperlinks>`, true, "<hyperlinks>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, found, err := seekTag(strings.NewReader(tt.xml), "hyperlinks")
			if err != nil || found != tt.found {
				t.Fatalf("found %v, %v; want %v", found, err, tt.found)
			}
			if !found {
				return
			}
			rest, _ := io.ReadAll(r)
			if !strings.HasPrefix(string(rest), tt.rest) || !strings.HasSuffix(tt.xml, string(rest)) {
				t.Errorf("reader starts %.30q", rest)
			}
		})
	}
}
