package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// claimCells finds a claim's row on a sheet by the claim's words and
// returns the row's cells by column name.
func claimCells(t *testing.T, f *excelize.File, sheet, claim string) (map[string]string, bool) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		cells := map[string]string{}
		for i, name := range rows[0] {
			if i < len(r) {
				cells[name] = r[i]
			}
		}
		if cells["Claim"] == claim {
			return cells, true
		}
	}
	return nil, false
}

func TestReviewRoundTripThroughAnnotate(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "great-leap-forward.txt") // the same name, so the same source id
	sample, err := os.ReadFile(filepath.Join("testdata", "great-leap-forward.txt"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(src, sample, 0o644)
	out := filepath.Join(dir, "facts.xlsx")
	if code, _, stderr := runCLI(t, "", "annotate", "-o", out, src); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}

	// A reviewer works through the claims in a spreadsheet program.
	type review struct{ status, note, evidence string }
	reviews := map[string]review{
		"600,000 backyard furnaces":   {"Verified", "Matches the 1959 yearbook.", ""},
		"millions of tons":            {"", "How many millions?", ""},
		"more than 98 percent":        {"Disputed", "", "Dikötter 2010, p. 49"},
		"$66 billion":                 {"False", "Cited from a secondary source.", "https://example.org/figures"},
		"more than 30 million people": {"Needs source", "", ""},
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Claims")
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i + 1
	}
	typed := 0
	for i, r := range rows[1:] {
		rv, ok := reviews[r[col["Claim"]-1]]
		if !ok {
			continue
		}
		typed++
		for name, v := range map[string]string{"Status": rv.status, "Reviewer note": rv.note, "Evidence": rv.evidence} {
			if v != "" {
				cell, _ := excelize.CoordinatesToCellName(col[name], i+2)
				f.SetCellStr("Claims", cell, v)
			}
		}
	}
	if typed != len(reviews) {
		t.Fatalf("found %d of the %d claims to review; has the sample changed?", typed, len(reviews))
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	reviewed, _ := os.ReadFile(out)

	// One sentence of the source is edited: the one with the furnaces and the tons.
	edited := strings.Replace(string(sample), "had been built throughout China", "had been built across China", 1)
	if edited == string(sample) {
		t.Fatal("the sentence to edit is not in the sample")
	}
	os.WriteFile(src, []byte(edited), 0o644)
	code, _, stderr := runCLI(t, "", "annotate", "-o", out, src)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"kept the previous workbook as " + filepath.Join(dir, "facts.backup-"),
		"carried over 3 reviews; 2 reviews of claims no longer found are on the \"Orphaned reviews\" sheet"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not say %q", stderr, want)
		}
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "facts.backup-*.xlsx"))
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	if b, _ := os.ReadFile(backups[0]); !bytes.Equal(b, reviewed) {
		t.Error("the backup does not hold the reviewed workbook")
	}

	f, err = excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var orphaned []string
	for claim, rv := range reviews {
		if rv.status == "" {
			rv.status = "Unreviewed"
		}
		sheet := "Claims"
		if claim == "600,000 backyard furnaces" || claim == "millions of tons" {
			sheet = "Orphaned reviews"
			orphaned = append(orphaned, claim)
		}
		cells, ok := claimCells(t, f, sheet, claim)
		if !ok {
			t.Errorf("%q: no row on %s", claim, sheet)
			continue
		}
		if got := (review{cells["Status"], cells["Reviewer note"], cells["Evidence"]}); got != rv {
			t.Errorf("%q on %s: %+v, want %+v", claim, sheet, got, rv)
		}
		if sheet == "Orphaned reviews" && !strings.Contains(cells["Sentence"], "had been built throughout China") {
			t.Errorf("%q: orphan's sentence %q is not the old one", claim, cells["Sentence"])
		}
	}
	sort.Strings(orphaned)
	if len(orphaned) != 2 {
		t.Errorf("orphans %v", orphaned)
	}
	// The edited sentence's claims are on the Claims sheet again, unreviewed.
	for _, claim := range []string{"600,000 backyard furnaces", "millions of tons"} {
		if cells, ok := claimCells(t, f, "Claims", claim); !ok || cells["Status"] != "Unreviewed" || cells["Reviewer note"] != "" {
			t.Errorf("%q on Claims: %v", claim, cells)
		}
	}
	if rows, _ := f.GetRows("Orphaned reviews"); len(rows) != 3 {
		t.Errorf("Orphaned reviews has %d rows, want 2 and a header", len(rows))
	}
}

func TestAnnotateRefusesWorkbook(t *testing.T) {
	sample, _ := filepath.Abs(filepath.Join("testdata", "great-leap-forward.txt"))
	other := excelize.NewFile()
	other.SetCellStr("Sheet1", "A1", "My own notes")
	var otherBytes bytes.Buffer
	other.WriteTo(&otherBytes)
	tests := []struct {
		name   string
		data   []byte
		lock   string
		stderr string
	}{
		{"damaged", []byte("PK\x03\x04 but then nothing"), "", "cannot be read as a workbook"},
		{"not a fact sheet", otherBytes.Bytes(), "", "it is not a factsheet workbook: it has no Claims sheet"},
		{"open elsewhere", otherBytes.Bytes(), ".~lock.facts.xlsx#", "it is open in a spreadsheet program"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "facts.xlsx")
			os.WriteFile(out, tt.data, 0o644)
			if tt.lock != "" {
				os.WriteFile(filepath.Join(dir, tt.lock), []byte("U,Ada,host,date,x;"), 0o644)
			}
			code, _, stderr := runCLI(t, "", "annotate", "-o", out, sample)
			if code != 1 || !strings.Contains(stderr, tt.stderr) || !strings.Contains(stderr, "left untouched") {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, tt.stderr)
			}
			if strings.Contains(stderr, "wrote") {
				t.Errorf("annotated although the workbook was refused: %q", stderr)
			}
			if b, _ := os.ReadFile(out); !bytes.Equal(b, tt.data) {
				t.Error("the workbook was changed")
			}
			want := 1
			if tt.lock != "" {
				want = 2
			}
			if entries, _ := os.ReadDir(dir); len(entries) != want {
				t.Errorf("files left: %v", entries)
			}
		})
	}
}

func TestAnnotateNeverWritesOtherFormatsOverAWorkbook(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "facts.xlsx")
	os.WriteFile(out, []byte("a reviewed workbook"), 0o644)
	code, _, stderr := runCLI(t, "", "annotate", "--format", "json", "-o", out, filepath.Join("testdata", "great-leap-forward.txt"))
	if code != 2 || !strings.Contains(stderr, "names a workbook, but the format is json") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(out); string(b) != "a reviewed workbook" {
		t.Error("the workbook was overwritten")
	}
}

// TestAnnotateClaimReview publishes the claims reviewed in a workbook as
// ClaimReview JSON-LD, and refuses --review where it has no use.
func TestAnnotateClaimReview(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join("testdata", "great-leap-forward.txt")
	book := filepath.Join(dir, "sheet.xlsx")
	if code, _, stderr := runCLI(t, "", "annotate", "-o", book, sample); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Claims")
	status := 0
	for i, name := range rows[0] {
		if name == "Status" {
			status = i + 1
		}
	}
	for i, r := range rows {
		if len(r) > 3 && r[3] == "more than 30 million people" {
			cell, _ := excelize.CoordinatesToCellName(status, i+1)
			f.SetCellStr("Claims", cell, "Disputed")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := filepath.Join(dir, "reviews.claimreview.jsonld")
	code, _, stderr := runCLI(t, "", "annotate", "--review", book, "-o", out, sample)
	if code != 0 || !strings.Contains(stderr, "1 reviewed claim of "+book+" published") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(out)
	if !strings.Contains(string(data), `"alternateName": "Disputed"`) || strings.Count(string(data), `"@type": "ClaimReview"`) != 1 {
		t.Errorf("output:\n%s", data)
	}

	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"claimreview without --review", []string{"annotate", "--format", "claimreview", "-o", "-", sample}, "give the reviewed workbook with --review FILE"},
		{"--review with json", []string{"annotate", "--review", book, "--format", "json", "-o", "-", sample}, "--review is for the formats"},
		{"--review of a missing file", []string{"annotate", "--review", filepath.Join(dir, "none.xlsx"), "--format", "claimreview", "-o", "-", sample}, "none.xlsx: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code == 0 || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %q", code, stderr, tt.stderr)
			}
		})
	}
}
