package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/export"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// runCLI runs the program and returns its exit code, standard output and
// standard error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"factsheet"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestGoldenJSON(t *testing.T) {
	code, out, stderr := runCLI(t, "", "annotate", "--format", "json", "-o", "-", "testdata/great-leap-forward.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden := filepath.Join("testdata", "great-leap-forward.golden.json")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenJSON -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("JSON output differs from %s; if the change is right, run go test -run TestGoldenJSON -update and review the diff", golden)
	}
}

func TestOutputDoesNotDependOnJobs(t *testing.T) {
	var outs []string
	for _, jobs := range []string{"1", "4"} {
		code, out, stderr := runCLI(t, "", "annotate", "--jobs", jobs, "--format", "jsonl", "-o", "-", "testdata/great-leap-forward.txt", "testdata/corpus")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Error("output with --jobs 1 and --jobs 4 differs")
	}
	if n := strings.Count(outs[0], `"record":"source"`); n != 7 {
		t.Errorf("%d sources, want the sample and the 6 files of testdata/corpus", n)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.png")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no inputs", []string{"annotate"}, 2, "needs at least one INPUT"},
		{"unknown flag", []string{"annotate", "--bogus", "x"}, 2, "unknown flag --bogus"},
		{"unknown format", []string{"annotate", "--format", "pdf", "x"}, 2, `unknown format "pdf"`},
		{"unknown extension", []string{"annotate", "-o", filepath.Join(dir, "out.txt"), "testdata/great-leap-forward.txt"}, 2, "cannot tell the format"},
		{"workbook to stdout", []string{"annotate", "--format", "xlsx", "-o", "-", "x"}, 2, "cannot be written to standard output"},
		{"stdout without format", []string{"annotate", "-o", "-", "x"}, 2, "needs --format"},
		{"bad jobs", []string{"annotate", "--jobs", "0", "x"}, 2, "--jobs must be at least 1"},
		{"missing output folder", []string{"annotate", "-o", filepath.Join(dir, "nowhere", "out.json"), "testdata/great-leap-forward.txt"}, 2, "nowhere does not exist"},
		{"missing file only", []string{"annotate", "-o", filepath.Join(dir, "none.json"), filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file or folder"},
		{"binary file among good", []string{"annotate", "-o", filepath.Join(dir, "some.json"), bin, "testdata/great-leap-forward.txt"}, 1, "image.png: binary file (PNG image), not text"},
		{"extract needs one input", []string{"extract"}, 2, "exactly one INPUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, tt.code, tt.stderr)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") > 3 {
				t.Errorf("error is not short: %q", stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "none.json")); err == nil {
		t.Error("output written although no input could be read")
	}
	data, err := os.ReadFile(filepath.Join(dir, "some.json"))
	if err != nil || !bytes.Contains(data, []byte(`"id": "great-leap-forward"`)) {
		t.Errorf("good input not written beside the bad one: %v", err)
	}
}

func TestAnnotateDefaultWorkbook(t *testing.T) {
	sample, err := filepath.Abs("testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	code, _, stderr := runCLI(t, "", "annotate", sample)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "wrote factsheet.xlsx: 1 source, 24 sentences, 13 claims") {
		t.Errorf("summary = %q", stderr)
	}
	f, err := excelize.OpenFile("factsheet.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	sheets := strings.Join(f.GetSheetList(), ",")
	f.Close()
	if sheets != "Claims,Sentences,Entities,Dates,Sources,About" {
		t.Errorf("sheets = %s", sheets)
	}
	// A second run keeps the first workbook as a backup.
	code, _, stderr = runCLI(t, "", "annotate", sample)
	if code != 0 || !strings.Contains(stderr, "kept the previous workbook as factsheet.backup-") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	backups, _ := filepath.Glob("factsheet.backup-*.xlsx")
	if len(backups) != 1 {
		t.Errorf("backups = %v", backups)
	}
}

func TestAnnotateStdin(t *testing.T) {
	code, out, stderr := runCLI(t, "Some 40 ships sailed in 1588.", "annotate", "--format", "csv", "-o", "-", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "\uFEFFClaim ID,") || !strings.Contains(out, "Some 40 ships") || !strings.Contains(out, ",stdin,") {
		t.Errorf("output = %q", out)
	}
}

func TestExtract(t *testing.T) {
	code, out, stderr := runCLI(t, "", "extract", "testdata/great-leap-forward.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"LINE:COL", "27:100", "more than 30 million people", "count 30000000 people (gt)", "1958 from “February 1958”"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	code, out, _ = runCLI(t, "", "extract", "--jsonl", "testdata/great-leap-forward.txt")
	if code != 0 || !strings.Contains(out, `"text":"$66 billion"`) || strings.Count(out, "\n") < 50 {
		t.Errorf("jsonl output: exit %d, %d lines", code, strings.Count(out, "\n"))
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "factsheet "+version) {
		t.Errorf("exit %d, %q", code, out)
	}
}

// TestREADMEFormatTable checks that the README's table of output formats is
// the one the registry makes; -update rewrites it.
func TestREADMEFormatTable(t *testing.T) {
	const begin, end = "<!-- formats: made from export.Formats; go test -run TestREADMEFormatTable -update . rewrites it -->\n", "<!-- /formats -->"
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q and %q around the table of formats", begin, end)
	}
	want := export.FormatTable()
	if got := readme[i+len(begin) : j]; got != want {
		if !*update {
			t.Fatalf("README's table of formats differs from the registry's; run go test -run TestREADMEFormatTable -update . and review the diff\ngot:\n%s\nwant:\n%s", got, want)
		}
		readme = readme[:i+len(begin)] + want + readme[j:]
		if err := os.WriteFile("README.md", []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHelpNamesEveryFormat checks that annotate --help is made from the
// registry: every format's name and extensions are in it.
func TestHelpNamesEveryFormat(t *testing.T) {
	code, out, _ := runCLI(t, "", "annotate", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, f := range export.Formats {
		for _, want := range append([]string{f.Name}, f.Extensions...) {
			if !strings.Contains(out, want) {
				t.Errorf("annotate --help does not mention %q of format %s", want, f.Name)
			}
		}
	}
}
