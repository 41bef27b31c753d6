package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The tests named TestFaultN are the faults of issue 15, one each: each
// failed before its fix.

// sampleIn copies the sample into a fresh folder and returns the folder
// and the copy.
func sampleIn(t *testing.T) (dir, src string) {
	t.Helper()
	dir = t.TempDir()
	sample, err := os.ReadFile(filepath.Join("testdata", "great-leap-forward.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src = filepath.Join(dir, "great-leap-forward.txt")
	if err := os.WriteFile(src, sample, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, src
}

// TestFault4FlagsAfterInputs: `annotate src/ -o sheet.xlsx` read -o and
// sheet.xlsx as inputs and wrote factsheet.xlsx.
func TestFault4FlagsAfterInputs(t *testing.T) {
	sample, _ := filepath.Abs(filepath.Join("testdata", "great-leap-forward.txt"))
	tests := []struct {
		name  string
		args  func(out string) []string
		wrote string // file name written in the working folder
	}{
		{"-o after the input", func(out string) []string { return []string{"annotate", sample, "-o", out} }, "sheet.json"},
		{"--output= after the input", func(out string) []string { return []string{"annotate", sample, "--output=" + out} }, "sheet.json"},
		{"flags on both sides", func(out string) []string {
			return []string{"annotate", "--jobs", "1", sample, "-o", out, "--format", "jsonl"}
		}, "sheet.json"},
		{"-- keeps what follows as inputs", func(out string) []string { return []string{"annotate", "-o", out, "--", sample} }, "sheet.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			code, _, stderr := runCLI(t, "", tt.args("sheet.json")...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if _, err := os.Stat(tt.wrote); err != nil {
				t.Errorf("%s not written: %v (stderr %q)", tt.wrote, err, stderr)
			}
			if _, err := os.Stat("factsheet.xlsx"); err == nil {
				t.Error("factsheet.xlsx written: the flags were read as inputs")
			}
			if !strings.Contains(stderr, "wrote sheet.json: 1 source,") {
				t.Errorf("stderr %q", stderr)
			}
		})
	}
	// A flag after the input of extract too.
	code, out, stderr := runCLI(t, "", "extract", "testdata/great-leap-forward.txt", "--jsonl")
	if code != 0 || !strings.HasPrefix(out, `{"source":`) {
		t.Errorf("extract INPUT --jsonl: exit %d, %q, %q", code, out[:min(len(out), 40)], stderr)
	}
}

// TestFault5UsageAndHelp: an unknown flag or a bad value printed the whole
// help on standard output; `factsheet help` and `factsheet bogus` answered
// "No help topic"; -v and version printed different text.
func TestFault5UsageAndHelp(t *testing.T) {
	usage := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"unknown flag", []string{"annotate", "--bogus", "x"}, "factsheet: unknown flag --bogus (see factsheet annotate --help)\n"},
		{"unknown flag after input", []string{"annotate", "x", "--bogus"}, "factsheet: unknown flag --bogus (see factsheet annotate --help)\n"},
		{"bad value", []string{"annotate", "--jobs", "many", "x"}, "factsheet: --jobs \"many\": not a number (see factsheet annotate --help)\n"},
		{"missing value", []string{"annotate", "x", "-o"}, "factsheet: -o needs a value (see factsheet annotate --help)\n"},
		{"unknown command", []string{"bogus"}, "factsheet: unknown command \"bogus\"; the commands are annotate, extract, sources, compare, merge, cache, version (see factsheet help)\n"},
		{"help for an unknown command", []string{"help", "bogus"}, "factsheet: unknown command \"bogus\"; the commands are annotate, extract, sources, compare, merge, cache, version (see factsheet help)\n"},
		{"unknown global flag", []string{"--bogus"}, "factsheet: unknown flag --bogus before the command (see factsheet help)\n"},
		{"extract flag", []string{"extract", "-o", "x", "y"}, "factsheet: unknown flag -o (see factsheet extract --help)\n"},
		{"version with an argument", []string{"version", "x"}, "factsheet: version takes no arguments (see factsheet version --help)\n"},
	}
	for _, tt := range usage {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", tt.args...)
			if code != 2 || out != "" || stderr != tt.stderr {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2, nothing on stdout, stderr %q", code, out, stderr, tt.stderr)
			}
		})
	}

	help := []struct {
		name string
		args []string
		want string
	}{
		{"help", []string{"help"}, "COMMANDS:\n   annotate"},
		{"--help", []string{"--help"}, "COMMANDS:\n   annotate"},
		{"help annotate", []string{"help", "annotate"}, "factsheet annotate - read sources"},
		{"annotate --help", []string{"annotate", "--help"}, "factsheet annotate - read sources"},
		{"annotate -h after an input", []string{"annotate", "x", "-h"}, "factsheet annotate - read sources"},
		{"help extract", []string{"help", "extract"}, "factsheet extract - show the mentions"},
		{"help version", []string{"help", "version"}, "factsheet version - print the version"},
	}
	for _, tt := range help {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, "", tt.args...)
			if code != 0 || !strings.Contains(out, tt.want) || stderr != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", code, out, stderr, tt.want)
			}
			if strings.Contains(out, "help, h") {
				t.Errorf("the help lists a help subcommand: %q", out)
			}
		})
	}

	code, out, stderr := runCLI(t, "")
	if code != 2 || out != "" || !strings.Contains(stderr, "COMMANDS:") {
		t.Errorf("no command: exit %d, stdout %q, stderr %q; want the overview on stderr, exit 2", code, out, stderr)
	}

	_, want, _ := runCLI(t, "", "version")
	if !strings.HasPrefix(want, "factsheet "+version+" (go") {
		t.Errorf("version prints %q", want)
	}
	for _, flag := range []string{"-v", "--version"} {
		if code, out, _ := runCLI(t, "", flag); code != 0 || out != want {
			t.Errorf("%s: exit %d, %q; want %q as version prints", flag, code, out, want)
		}
	}
}

// TestFault6LinkToFolderInput: a link to a folder given as an input (no
// trailing slash) gave "no inputs to annotate" without a reason.
func TestFault6LinkToFolderInput(t *testing.T) {
	dir, _ := sampleIn(t)
	link := filepath.Join(t.TempDir(), "sources")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	code, _, stderr := runCLI(t, "", "annotate", "-o", out, link)
	if code != 0 || !strings.Contains(stderr, "1 source,") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	empty := t.TempDir()
	code, _, stderr = runCLI(t, "", "annotate", "-o", out, empty)
	if code != 1 || !strings.Contains(stderr, empty+": the folder has no files to read") {
		t.Errorf("empty folder: exit %d, stderr %q", code, stderr)
	}
}

// TestFault8Messages: messages that misled.
func TestFault8Messages(t *testing.T) {
	t.Run("renamed Claims sheet", func(t *testing.T) {
		dir, src := sampleIn(t)
		out := filepath.Join(dir, "facts.xlsx")
		if code, _, stderr := runCLI(t, "", "annotate", "-o", out, src); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		f, err := excelize.OpenFile(out)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows("Claims")
		f.SetCellStr("Claims", "R2", "Verified")
		f.SetCellStr("Claims", "S2", "Checked.")
		if err := f.SetSheetName("Claims", "Claims checked"); err != nil {
			t.Fatal(err)
		}
		f.Save()
		f.Close()
		code, _, stderr := runCLI(t, "", "annotate", "-o", out, src)
		if code != 0 || strings.Contains(stderr, "not a factsheet workbook") ||
			!strings.Contains(stderr, `read the review work of the sheet "Claims checked" as the Claims sheet`) ||
			!strings.Contains(stderr, "carried over 1 review\n") {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		f, _ = excelize.OpenFile(out)
		defer f.Close()
		if got, _ := f.GetCellValue("Claims", "S2"); got != "Checked." || rows[1][0] == "" {
			t.Errorf("note %q not carried over", got)
		}
	})
	t.Run("output is a folder", func(t *testing.T) {
		dir, src := sampleIn(t)
		code, _, stderr := runCLI(t, "", "annotate", "-o", dir, src)
		if code != 2 || strings.Contains(stderr, "spreadsheet") || !strings.Contains(stderr, "is a folder; name a file in it") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
	})
	t.Run("one source, one orphan", func(t *testing.T) {
		dir, src := sampleIn(t)
		out := filepath.Join(dir, "facts.xlsx")
		runCLI(t, "", "annotate", "-o", out, src)
		f, _ := excelize.OpenFile(out)
		f.SetCellStr("Claims", "S2", "A note on a claim that will be gone.")
		claim, _ := f.GetCellValue("Claims", "D2")
		f.Save()
		f.Close()
		// Its words are edited in the source: the claim is gone.
		sample, _ := os.ReadFile(src)
		edited := strings.Replace(string(sample), claim, "many", 1)
		if claim == "" || edited == string(sample) {
			t.Fatalf("claim %q not in the source", claim)
		}
		os.WriteFile(src, []byte(edited), 0o644)
		code, _, stderr := runCLI(t, "", "annotate", "-o", out, src)
		if code != 0 || !strings.Contains(stderr, ": 1 source, ") ||
			!strings.Contains(stderr, "carried over 0 reviews; 1 review of claims no longer found is on the \"Orphaned reviews\" sheet") {
			t.Errorf("exit %d, stderr %q", code, stderr)
		}
		f, _ = excelize.OpenFile(out)
		defer f.Close()
		rows, _ := f.GetRows("About")
		for _, r := range rows {
			if len(r) > 2 && r[0] == "Run" && r[1] == "Sources" && !strings.HasPrefix(r[2], "1 source, ") {
				t.Errorf("About says %q", r[2])
			}
		}
	})
}

// TestFault9ReadOnlyWorkbook: a read-only (0444) workbook was silently
// replaced by a writable one. A workbook that can be written keeps its
// permissions.
func TestFault9ReadOnlyWorkbook(t *testing.T) {
	if os.Getuid() == 0 {
		// root may write anything, but the mode is what says "keep it".
		t.Log("running as root: the refusal rests on the mode bits, not on access")
	}
	dir, src := sampleIn(t)
	out := filepath.Join(dir, "facts.xlsx")
	if code, _, stderr := runCLI(t, "", "annotate", "-o", out, src); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	os.Chmod(out, 0o444)
	before, _ := os.ReadFile(out)
	code, _, stderr := runCLI(t, "", "annotate", "-o", out, src)
	if code != 1 || !strings.Contains(stderr, "it is read-only (mode 0444); it was left untouched") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	after, _ := os.ReadFile(out)
	info, _ := os.Stat(out)
	if !bytes.Equal(before, after) || info.Mode().Perm() != 0o444 {
		t.Errorf("the read-only workbook was replaced (mode %v)", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}

	// A read-only JSON file is refused too.
	js := filepath.Join(dir, "facts.json")
	os.WriteFile(js, []byte("{}"), 0o444)
	if code, _, stderr := runCLI(t, "", "annotate", "-o", js, src); code != 1 || !strings.Contains(stderr, "read-only") {
		t.Errorf("json: exit %d, stderr %q", code, stderr)
	}

	// A workbook shared with a group keeps its mode when replaced.
	os.Chmod(out, 0o664)
	if code, _, stderr := runCLI(t, "", "annotate", "-o", out, src); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o664 {
		t.Errorf("mode %v, want 0664 kept", info.Mode().Perm())
	}
}

// TestFault7OutputsInsideTheInputFolder: writing the workbook into the
// folder being annotated made the next run fail on its own workbook and
// backups (read as binary inputs), and a CSV written there was re-read as
// a source.
func TestFault7OutputsInsideTheInputFolder(t *testing.T) {
	for _, name := range []string{"facts.xlsx", "facts.csv"} {
		t.Run(name, func(t *testing.T) {
			dir, _ := sampleIn(t)
			out := filepath.Join(dir, name)
			for run := 1; run <= 3; run++ {
				code, _, stderr := runCLI(t, "", "annotate", dir, "-o", out)
				if code != 0 || !strings.Contains(stderr, "wrote "+out+": 1 source,") || strings.Contains(stderr, "binary") {
					t.Fatalf("run %d: exit %d, stderr %q", run, code, stderr)
				}
			}
			// The other's output, written there too, is not a source either.
			other := filepath.Join(dir, "other.jsonl")
			if code, _, stderr := runCLI(t, "", "annotate", dir, "-o", other); code != 0 || !strings.Contains(stderr, "1 source,") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
		})
	}
}

// TestFault2RunMessage: what is carried over besides the reviews, and what
// is not (named with the backup that holds it), is in the run's message.
func TestFault2RunMessage(t *testing.T) {
	dir, src := sampleIn(t)
	out := filepath.Join(dir, "facts.xlsx")
	if code, _, stderr := runCLI(t, "", "annotate", "-o", out, src); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, _ := excelize.OpenFile(out)
	f.NewSheet("My notes")
	f.SetCellStr("My notes", "A1", "Ask the archive.")
	f.AddComment("Sentences", excelize.Comment{Cell: "G2", Author: "Ada", Text: "A caption."})
	f.SetCellStr("Claims", "U1", "Checked by")
	f.SetCellStr("Claims", "U2", "Ada")
	f.Save()
	f.Close()
	code, _, stderr := runCLI(t, "", "annotate", "-o", out, src)
	backups, _ := filepath.Glob(filepath.Join(dir, "facts.backup-*.xlsx"))
	if code != 0 || len(backups) != 1 {
		t.Fatalf("exit %d, backups %v: %s", code, backups, stderr)
	}
	for _, want := range []string{
		`factsheet: also carried over: the sheet "My notes"; the column "Checked by"` + "\n",
		"factsheet: not carried over, kept only in the backup " + backups[0] + `: 1 comment on the sheet "Sentences", which is written afresh` + "\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
}
