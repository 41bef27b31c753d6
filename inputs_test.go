package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// claimIDs runs annotate over args to JSON and returns the claim ids of
// each source, by source id.
func claimIDs(t *testing.T, args ...string) map[string][]string {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"annotate", "--format", "json", "-o", "-"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var sheet struct {
		Documents []struct {
			Source struct {
				ID string `json:"id"`
			} `json:"source"`
			Claims []struct {
				ID string `json:"id"`
			} `json:"claims"`
		} `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &sheet); err != nil {
		t.Fatal(err)
	}
	ids := map[string][]string{}
	for _, d := range sheet.Documents {
		ids[d.Source.ID] = []string{}
		for _, c := range d.Claims {
			ids[d.Source.ID] = append(ids[d.Source.ID], c.ID)
		}
	}
	return ids
}

func TestAddingASameNamedFileKeepsClaimIDs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("notes.txt", "In 1958 the commune had 5,000 members. By 1960 it had 3,000.")
	write("other.txt", "The mill employed 240 workers in 1901.")
	before := claimIDs(t, dir)
	write("a/notes.txt", "The new commune had 7,000 members in 1959.")
	write("a/other.txt", "Some 300 workers struck in 1902.")
	after := claimIDs(t, dir)
	if len(before["notes"]) != 2 || len(before["other"]) != 1 {
		t.Fatalf("claims before = %v", before)
	}
	for id, claims := range before {
		if strings.Join(after[id], " ") != strings.Join(claims, " ") {
			t.Errorf("source %s: claims %v became %v when a/notes.txt was added", id, claims, after[id])
		}
	}
	if len(after["a-notes"]) != 1 || len(after["a-other"]) != 1 {
		t.Errorf("new sources = %v, want a-notes and a-other", after)
	}
	// Naming the files, in either order, gives the old ones the same ids too.
	named := claimIDs(t, filepath.Join(dir, "a", "other.txt"), filepath.Join(dir, "notes.txt"))
	if strings.Join(named["notes"], " ") != strings.Join(before["notes"], " ") {
		t.Errorf("named: %v, want notes %v", named, before["notes"])
	}
}

func TestOutputNamingAnInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	v := filepath.Join(dir, "v.txt")
	text := "In 1958 the commune had 5,000 members.\n"
	if err := os.WriteFile(v, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"csv over the input", []string{"annotate", "--format", "csv", "-o", v, v}},
		{"json over an input among others", []string{"annotate", "--format", "json", "-o", v, "testdata/great-leap-forward.txt", v}},
		{"a glob that matches the output", []string{"annotate", "--format", "csv", "-o", v, filepath.Join(dir, "*.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, "names an input") {
				t.Errorf("exit %d, stderr %q; want %d and a refusal", code, stderr, exitUsage)
			}
			if got, _ := os.ReadFile(v); string(got) != text {
				t.Errorf("input changed to %q", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files written beside the input: %v", entries)
			}
		})
	}
}

func TestOwnOutputsAreNotRead(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "source.txt"), []byte("The mill employed 240 workers in 1901.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "facts.json")
	for range 2 { // the second run finds facts.json in the folder it reads
		if code, _, stderr := runCLI(t, "", "annotate", "-o", out, dir); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	// An earlier fact sheet in another format is skipped, not read.
	if code, _, stderr := runCLI(t, "", "annotate", "-o", filepath.Join(dir, "facts.csv"), dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, _, stderr := runCLI(t, "", "annotate", "-o", filepath.Join(dir, "again.json"), dir)
	if code != 0 || !strings.Contains(stderr, "facts.csv: written by factsheet") || !strings.Contains(stderr, "facts.json: written by factsheet") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	ids := claimIDs(t, dir)
	if len(ids) != 1 || ids["source"] == nil {
		t.Errorf("sources read = %v, want source only", ids)
	}
	// Workbook backups are skipped by name.
	for range 2 {
		if code, _, stderr := runCLI(t, "", "annotate", "-o", filepath.Join(dir, "facts.xlsx"), dir); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "facts.backup-*.xlsx"))
	if len(backups) != 1 {
		t.Errorf("backups = %v", backups)
	}
}
