package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// famine is the sample and two short texts on the same famine, written for
// the test: the sample says "more than 30 million", one text "some 36
// million", the other the official "about 16.5 million".
var famine = []string{"testdata/great-leap-forward.txt", "testdata/compare/famine"}

// TestCompareFamine checks the terminal table for the sample and the two
// texts against a golden file, read and checked by a person; run go test
// -run TestCompareFamine -update to rewrite it, and read the diff.
func TestCompareFamine(t *testing.T) {
	code, out, stderr := runCLI(t, "", append([]string{"compare"}, famine...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden := filepath.Join("testdata", "compare", "famine.golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestCompareFamine -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("compare output differs from %s:\n%s", golden, out)
	}
	// what the golden file was checked for
	if strings.Count(out, "\nG") != 0 || !strings.HasPrefix(out, "G1  deaths  [count, 1959/1961]  CONFLICTING") {
		t.Errorf("want exactly one group, the death toll, conflicting:\n%s", out)
	}
	if !strings.Contains(out, "✗  C8f164b4a03  official-figure     about 16.5 million people") {
		t.Errorf("the official 16.5 million is not marked the outlier:\n%s", out)
	}
}

// compareJSON runs compare --format json and decodes the report.
func compareJSON(t *testing.T, args ...string) (string, map[string]any) {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"compare", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return out, v
}

func TestCompareIsDeterministic(t *testing.T) {
	fixture := "testdata/compare/famine-fixture"
	first, _ := compareJSON(t, "-j", "1", "testdata/great-leap-forward.txt", fixture)
	for _, args := range [][]string{
		{"-j", "4", "testdata/great-leap-forward.txt", fixture},
		{"-j", "2", fixture, "testdata/great-leap-forward.txt"},
	} {
		if got, _ := compareJSON(t, args...); got != first {
			t.Errorf("compare %v gives other JSON than with -j 1 in the first order", args)
		}
	}
}

// TestCompareReadsFactSheets checks that fact sheets written earlier, as
// JSON or JSON Lines (or both, and with a source), compare as the sources
// do.
func TestCompareReadsFactSheets(t *testing.T) {
	dir := t.TempDir()
	fixture := "testdata/compare/famine-fixture"
	want, _ := compareJSON(t, "testdata/great-leap-forward.txt", fixture)
	sheet := filepath.Join(dir, "sheet.json")
	lines := filepath.Join(dir, "sheet.jsonl")
	for _, out := range []string{sheet, lines} {
		if code, _, stderr := runCLI(t, "", "annotate", "-o", out, "testdata/great-leap-forward.txt", fixture); code != 0 {
			t.Fatalf("annotate: exit %d: %s", code, stderr)
		}
	}
	sample := filepath.Join(dir, "sample.jsonl")
	if code, _, stderr := runCLI(t, "", "annotate", "-o", sample, "testdata/great-leap-forward.txt"); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, stderr)
	}
	for name, args := range map[string][]string{
		"JSON":                 {sheet},
		"JSON Lines":           {lines},
		"JSON Lines and texts": {sample, fixture},
	} {
		t.Run(name, func(t *testing.T) {
			if got, _ := compareJSON(t, args...); got != want {
				t.Errorf("compare of %v differs from compare of the sources:\n%s", args, got)
			}
		})
	}
}

func TestCompareUsage(t *testing.T) {
	dir := t.TempDir()
	badTopics := filepath.Join(dir, "topics.yaml")
	os.WriteFile(badTopics, []byte("- name: toll\n  colour: red\n"), 0o644)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no input", []string{"compare"}, "compare needs at least one INPUT"},
		{"unknown format", []string{"compare", "--format", "pdf", "x.txt"}, `unknown format "pdf" (want one of table, json, xlsx)`},
		{"workbook to standard output", []string{"compare", "--format", "xlsx", "-o", "-", "x.txt"}, "a workbook cannot be written to standard output"},
		{"approx out of range", []string{"compare", "--approx", "1.5", "x.txt"}, "--approx 1.5: want a fraction from 0 to below 1"},
		{"bad topics", []string{"compare", "--topics", badTopics, "x.txt"}, badTopics + `: line 2: unknown key "colour"`},
		{"output names an input", []string{"compare", "-o", "testdata/great-leap-forward.txt", "testdata/great-leap-forward.txt"}, "names an input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want exit %d and one line with %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

// TestCompareBadInputs checks that an input that cannot be read, or a cut
// fact sheet, is named on one line and the rest are still compared.
func TestCompareBadInputs(t *testing.T) {
	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.json")
	os.WriteFile(cut, []byte("{\n  \"tool\": {\"name\": \"factsheet\"},\n  \"documents\": [\n    {\"source\": {\"id\": \"x\""), 0o644)
	orphan := filepath.Join(dir, "orphan.jsonl")
	os.WriteFile(orphan, []byte(`{"record":"claim","source":"nowhere","id":"C1"}`+"\n"), 0o644)
	missing := filepath.Join(dir, "missing.txt")
	out := filepath.Join(dir, "out.json")
	code, _, stderr := runCLI(t, "", "compare", "-o", out, cut, orphan, missing, "testdata/compare/famine")
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	for _, want := range []string{
		cut + ": the JSON ends too soon (a cut file?)",
		orphan + `: line 1: a claim record of source "nowhere" before its source record`,
		missing + ":",
		"3 inputs failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(b), `"verdict": "conflicting"`) {
		t.Errorf("the good inputs were not compared into %s: %v", out, err)
	}
}

func TestCompareTopics(t *testing.T) {
	topics := filepath.Join(t.TempDir(), "topics.csv")
	os.WriteFile(topics, []byte("name,words,unit,entities,period\nGreat Chinese Famine death toll,died;deaths;starved,people,,1958/1962\n"), 0o644)
	_, v := compareJSON(t, "--topics", topics, "testdata/great-leap-forward.txt", "testdata/compare/famine-fixture")
	groups := v["groups"].([]any)
	g := groups[0].(map[string]any)
	if g["topic"] != "Great Chinese Famine death toll" || g["measure"] != "Great Chinese Famine death toll" {
		t.Fatalf("first group = %v, want the topic", g)
	}
	// the topic holds the national tolls and Anhui's, which grouping alone keeps apart
	if n := len(g["members"].([]any)); n != 9 {
		t.Errorf("the topic has %d members, want 9 (7 national, 2 for Anhui)", n)
	}
	if g["verdict"] != "conflicting" {
		t.Errorf("verdict %v, want conflicting", g["verdict"])
	}
}

// TestCompareWorkbook checks the Groups sheet: first, one row per member,
// each Claim ID linked to its row on the Claims sheet, rows coloured by
// verdict; and that review work typed into the workbook survives a re-run.
func TestCompareWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "compare.xlsx")
	args := append([]string{"compare", "-o", path}, famine...)
	if code, _, stderr := runCLI(t, "", args...); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.GetSheetList(), ","); !strings.HasPrefix(got, "Groups,Claims,") {
		t.Errorf("sheets %s, want Groups first, then Claims", got)
	}
	rows, _ := f.GetRows("Groups")
	if len(rows) != 4 {
		t.Fatalf("Groups has %d rows, want a header and the 3 members of the death toll", len(rows))
	}
	if rows[0][0] != "Group" || rows[1][4] != "conflicting" {
		t.Errorf("header %v, first row %v", rows[0], rows[1])
	}
	ok, target, _ := f.GetCellHyperLink("Groups", "I2")
	if !ok || !strings.HasPrefix(target, "'Claims'!A") {
		t.Fatalf("the Claim ID is not linked to the Claims sheet: %v %q", ok, target)
	}
	cell := strings.TrimPrefix(target, "'Claims'!")
	if id, _ := f.GetCellValue("Claims", cell); id != rows[1][8] {
		t.Errorf("the link goes to %s, holding %q, want the claim %s", cell, id, rows[1][8])
	}
	formats, _ := f.GetConditionalFormats("Groups")
	if len(formats) == 0 {
		t.Error("the Groups rows are not coloured by verdict")
	}
	// a reviewer marks the claim Disputed; compare runs again
	claimRow := strings.TrimPrefix(cell, "A")
	f.SetCellValue("Claims", "R"+claimRow, "Disputed") // Status
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if code, _, stderr := runCLI(t, "", args...); code != 0 || !strings.Contains(stderr, "carried over 1 review") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err = excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue("Claims", "R"+claimRow); got != "Disputed" {
		t.Errorf("status after the re-run = %q, want Disputed", got)
	}
}

// TestREADMECompareExample keeps the README's example of compare the output
// the golden file holds.
func TestREADMECompareExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "compare", "famine.golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	example := "$ go run . compare testdata/great-leap-forward.txt testdata/compare/famine\n" + string(golden)
	if !strings.Contains(string(readme), example) {
		t.Error("the README's example of compare is not the output in testdata/compare/famine.golden.txt")
	}
}
