package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAliasesFlag runs annotate and extract with a user's aliases file, and
// with malformed ones: exit 2, and an error that names the file and line.
func TestAliasesFlag(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("aliases.csv", "canonical,label,variant\nMao Tse-tung,PERSON,Mao Zedong\nLushan Plenum,EVENT,Lushan Conference\n")
	code, out, stderr := runCLI(t, "", "annotate", "--aliases", good, "--format", "jsonl", "-o", "-", "testdata/great-leap-forward.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		`"text":"Mao Zedong","start":`, `"label":"PERSON","canonical":"Mao Tse-tung"`,
		`"text":"Lushan Conference"`, `"canonical":"Lushan Plenum"`, `"Lushan Plenum"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	if strings.Contains(out, `"canonical":"Mao Zedong"`) {
		t.Error(`a mention is still named "Mao Zedong"`)
	}
	code, out, _ = runCLI(t, "", "extract", "--aliases", good, "testdata/great-leap-forward.txt")
	if code != 0 || !strings.Contains(out, "EVENT Lushan Plenum") {
		t.Errorf("extract --aliases: exit %d, output lacks the alias", code)
	}

	tests := []struct {
		name, content, stderr string
	}{
		{"missing field", "Mao Zedong,PERSON,Mao\nLushan Plenum,EVENT\n", "bad.csv:2: want 3 fields (canonical,label,variant), got 2"},
		{"unknown label", "Lushan Plenum,MEETING,Lushan Conference\n", `bad.csv:1: unknown label "MEETING"`},
		{"conflict", "Mao Zedong,PERSON,Mao\nMao Dun,PERSON,Mao\n", `bad.csv:2: "Mao" is already a name of "Mao Zedong" (line 1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := write("bad.csv", tt.content)
			out := filepath.Join(dir, "out.json")
			code, _, stderr := runCLI(t, "", "annotate", "--aliases", bad, "-o", out, "testdata/great-leap-forward.txt")
			if code != exitUsage || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitUsage, tt.stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("output written despite a bad aliases file")
			}
		})
	}
	code, _, stderr = runCLI(t, "", "annotate", "--aliases", filepath.Join(dir, "none.csv"), "-o", "-", "--format", "json", "testdata/great-leap-forward.txt")
	if code != exitUsage || !strings.Contains(stderr, "none.csv: no such file or directory") {
		t.Errorf("missing aliases file: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "annotate", "--aliases", dir, "-o", "-", "--format", "json", "testdata/great-leap-forward.txt")
	if code != exitUsage || !strings.Contains(stderr, "factsheet: "+dir+": is a directory\n") {
		t.Errorf("aliases file that is a directory: exit %d, stderr %q", code, stderr)
	}
}
