package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/bench/corpus"
	"github.com/xuri/excelize/v2"
)

// buildFactsheet builds the program into a temporary folder, for the tests
// that run it under other programs.
func buildFactsheet(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "factsheet")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestGNUParallel runs the README's GNU parallel line: blocks of a stream
// of sources annotated by separate processes, in order, give the records of
// one process.
func TestGNUParallel(t *testing.T) {
	parallel, err := exec.LookPath("parallel")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("GNU parallel is missing (Debian package parallel; .ci/run installs it)")
		}
		t.Skip("GNU parallel is not installed (Debian package parallel); skipping the README's parallel line")
	}
	bin := buildFactsheet(t)
	var stream strings.Builder
	for i, s := range corpus.New(11).Corpus(30, 800) {
		line, _ := json.Marshal(map[string]any{"id": s.Name, "text": s.Text, "meta": map[string]any{"title": "Source " + string(rune('A'+i%26))}})
		stream.Write(line)
		stream.WriteByte('\n')
	}
	run := func(name string, args ...string) string {
		cmd := exec.Command(name, args...)
		cmd.Stdin = strings.NewReader(stream.String())
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errOut.String())
		}
		return out.String()
	}
	one := run(bin, "annotate", "--stdin-jsonl")
	if n := strings.Count(one, `{"record":"source"`); n != 30 {
		t.Fatalf("one process wrote %d sources, want 30", n)
	}
	split := run(parallel, "--will-cite", "--pipe", "-N", "7", "--keep-order", bin, "annotate", "--stdin-jsonl", "-j", "1")
	if split != one {
		t.Error("GNU parallel's blocks, concatenated, differ from one process's output")
	}
}

// TestShardAutoAndMergeCLI runs the shards of a Slurm job array and of a
// Kubernetes Indexed Job, with their variables simulated, and merges them
// into the JSON Lines of one run and into a workbook.
func TestShardAutoAndMergeCLI(t *testing.T) {
	dir := t.TempDir()
	for _, s := range corpus.New(12).Corpus(10, 700) {
		os.WriteFile(filepath.Join(dir, s.Name), []byte(s.Text), 0o644)
	}
	code, one, stderr := runCLI(t, "", "annotate", "--format", "jsonl", "-o", "-", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	schedulers := []struct {
		name string
		env  func(i int) map[string]string
	}{
		{"slurm", func(i int) map[string]string {
			return map[string]string{"SLURM_ARRAY_TASK_ID": string(rune('0' + i)), "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "2"}
		}},
		{"kubernetes", func(i int) map[string]string {
			return map[string]string{"JOB_COMPLETION_INDEX": string(rune('0' + i)), "JOB_COMPLETIONS": "3"}
		}},
	}
	for _, sc := range schedulers {
		t.Run(sc.name, func(t *testing.T) {
			out := t.TempDir()
			var shards []string
			for i := range 3 {
				for k, v := range sc.env(i) {
					t.Setenv(k, v)
				}
				f := filepath.Join(out, "shard-"+string(rune('0'+i))+".jsonl")
				if code, _, stderr := runCLI(t, "", "annotate", "--shard", "auto", "--format", "jsonl", "-o", f, dir); code != 0 {
					t.Fatalf("shard %d: exit %d: %s", i, code, stderr)
				}
				shards = append(shards, f)
			}
			code, merged, stderr := runCLI(t, "", append([]string{"merge", "--format", "jsonl", "-o", "-"}, shards...)...)
			if code != 0 || merged != one {
				t.Errorf("merge: exit %d, same as one run: %v; %s", code, merged == one, stderr)
			}
			sheet := filepath.Join(out, "all.xlsx")
			if code, _, stderr := runCLI(t, "", append([]string{"merge", "-o", sheet}, shards...)...); code != 0 || !strings.Contains(stderr, "10 sources") {
				t.Errorf("merge to a workbook: exit %d: %s", code, stderr)
			}
		})
	}
}

// TestMergeCarriesReviews merges shards into a workbook a reviewer has
// worked on: the review work stays with its claims.
func TestMergeCarriesReviews(t *testing.T) {
	dir := t.TempDir()
	sample, _ := os.ReadFile(filepath.Join("testdata", "great-leap-forward.txt"))
	os.WriteFile(filepath.Join(dir, "great-leap-forward.txt"), sample, 0o644)
	for _, s := range corpus.New(13).Corpus(4, 700) {
		os.WriteFile(filepath.Join(dir, s.Name), []byte(s.Text), 0o644)
	}
	var shards []string
	for _, share := range []string{"1/2", "2/2"} {
		f := filepath.Join(t.TempDir(), "shard.jsonl")
		if code, _, stderr := runCLI(t, "", "annotate", "--shard", share, "--format", "jsonl", "-o", f, dir); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		shards = append(shards, f)
	}
	sheet := filepath.Join(dir, "out", "facts.xlsx")
	os.Mkdir(filepath.Dir(sheet), 0o755)
	merge := func() string {
		code, _, stderr := runCLI(t, "", append([]string{"merge", "-o", sheet}, shards...)...)
		if code != 0 {
			t.Fatalf("merge: exit %d: %s", code, stderr)
		}
		return stderr
	}
	merge()
	f, err := excelize.OpenFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Claims")
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i + 1
	}
	for i, r := range rows[1:] {
		if r[col["Claim"]-1] == "600,000 backyard furnaces" {
			cell, _ := excelize.CoordinatesToCellName(col["Status"], i+2)
			f.SetCellStr("Claims", cell, "Verified")
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if stderr := merge(); !strings.Contains(stderr, "carried over 1 review") {
		t.Errorf("second merge: %s", stderr)
	}
	f, err = excelize.OpenFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if cells, ok := claimCells(t, f, "Claims", "600,000 backyard furnaces"); !ok || cells["Status"] != "Verified" {
		t.Errorf("the review was not carried over: %v", cells)
	}
}
