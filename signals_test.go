package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The subprocess tests run this test binary as the program: with
// FACTSHEET_MAIN set, TestMain calls main with the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("FACTSHEET_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{"factsheet"}, os.Args[i+1:]...)
				break
			}
		}
		main()
		return
	}
	os.Exit(m.Run())
}

// program is the factsheet program running in a subprocess, with its own
// temporary folder.
type program struct {
	cmd            *exec.Cmd
	stderr, stdout bytes.Buffer
}

func startProgram(t *testing.T, tmp string, args ...string) *program {
	t.Helper()
	p := &program{cmd: exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)}
	p.cmd.Env = append(os.Environ(), "FACTSHEET_MAIN=1", "TMPDIR="+tmp)
	p.cmd.Stderr, p.cmd.Stdout = &p.stderr, &p.stdout
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

// wait waits for the program to end and returns its exit status.
func (p *program) wait(t *testing.T) int {
	t.Helper()
	err := p.cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

// manyCopies writes n copies of the sample (each a little different) into a
// folder: enough text that annotating it takes a while.
func manyCopies(t *testing.T, n int) string {
	t.Helper()
	sample, err := os.ReadFile(filepath.Join("testdata", "great-leap-forward.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := range n {
		text := strings.Repeat(string(sample)+"\n\n", 3) + "Copy " + strings.Repeat("x", i) + ".\n"
		if err := os.WriteFile(filepath.Join(dir, "source-"+string(rune('a'+i%26))+strings.Repeat("z", i/26)+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// waitFor waits until a file matching the pattern exists, and returns it.
func waitFor(t *testing.T, p *program, pattern string) string {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(pattern); len(m) > 0 {
			return m[0]
		}
		if p.cmd.ProcessState != nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("no %s appeared; stderr %q", pattern, p.stderr.String())
	return ""
}

// TestFault10InterruptedRun: Ctrl-C or SIGTERM during a run stops it
// cleanly: its temporary files (beside the workbook, and the spool in
// TMPDIR) are removed, and the previous workbook is left as it was.
func TestFault10InterruptedRun(t *testing.T) {
	if testing.Short() || raceDetector {
		// The program, built with the race detector, runs ten times slower;
		// these tests start it and wait on it, and race with nothing.
		t.Skip("runs the program in a subprocess (not under -short or -race)")
	}
	sources := manyCopies(t, 60)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir, tmp := t.TempDir(), t.TempDir()
			out := filepath.Join(dir, "facts.xlsx")
			first := startProgram(t, tmp, "annotate", "-o", out, filepath.Join("testdata", "great-leap-forward.txt"))
			if code := first.wait(t); code != 0 {
				t.Fatalf("exit %d: %s", code, first.stderr.String())
			}
			before, _ := os.ReadFile(out)

			p := startProgram(t, tmp, "annotate", "-j", "1", "-o", out, sources)
			waitFor(t, p, filepath.Join(dir, ".facts.xlsx.*.tmp"))
			p.cmd.Process.Signal(sig)
			code := p.wait(t)
			if code != 128+int(sig) || !strings.Contains(p.stderr.String(), "factsheet: interrupted; "+out+" was left as it was") {
				t.Errorf("exit %d, stderr %q; want %d and a message", code, p.stderr.String(), 128+int(sig))
			}
			if after, _ := os.ReadFile(out); !bytes.Equal(before, after) {
				t.Error("the workbook changed")
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("files beside the workbook: %v", entries)
			}
			if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
				t.Errorf("left in TMPDIR: %v", entries)
			}
		})
	}
}

// TestFault10KilledRunLeftovers: a killed run (kill -9) leaves its
// temporary file beside the workbook and its spool folder in TMPDIR; the
// next run removes them.
func TestFault10KilledRunLeftovers(t *testing.T) {
	if testing.Short() || raceDetector {
		// The program, built with the race detector, runs ten times slower;
		// these tests start it and wait on it, and race with nothing.
		t.Skip("runs the program in a subprocess (not under -short or -race)")
	}
	sources := manyCopies(t, 60)
	dir, tmp := t.TempDir(), t.TempDir()
	out := filepath.Join(dir, "facts.xlsx")
	p := startProgram(t, tmp, "annotate", "-j", "1", "-o", out, sources)
	waitFor(t, p, filepath.Join(dir, ".facts.xlsx.*.tmp"))
	p.cmd.Process.Kill()
	p.wait(t)
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".facts.xlsx.*.tmp"))
	spools, _ := filepath.Glob(filepath.Join(tmp, "factsheet-spool-*"))
	if len(leftovers) != 1 || len(spools) != 1 {
		t.Fatalf("the killed run left %v and %v; the test expects one of each", leftovers, spools)
	}
	// A file of a run still going is not touched.
	live := filepath.Join(dir, ".facts.xlsx."+itoa(os.Getpid())+"-1.tmp")
	os.WriteFile(live, nil, 0o644)

	next := startProgram(t, tmp, "annotate", "-o", out, filepath.Join("testdata", "great-leap-forward.txt"))
	if code := next.wait(t); code != 0 {
		t.Fatalf("exit %d: %s", code, next.stderr.String())
	}
	for _, f := range append(leftovers, spools...) {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("%s is still there", f)
		}
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("the temporary file of a live run was removed")
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("left in TMPDIR: %v", entries)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
