package batch

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAnnotateStats(t *testing.T) {
	tests := []struct {
		name    string
		inputs  []string
		want    Stats
		wantErr error
	}{
		{"one source", []string{"../testdata/great-leap-forward.txt"}, Stats{Sources: 1, Sentences: 24, Claims: 13}, nil},
		{"one missing", []string{"../testdata/great-leap-forward.txt", "../testdata/missing.txt"}, Stats{Sources: 1, Sentences: 24, Claims: 13, Failed: 1}, ErrFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			stats, err := Annotate(Options{Inputs: tt.inputs, Output: "-", Format: "jsonl", Jobs: 2}, Streams{Out: &out, Err: &errOut})
			if !errors.Is(err, tt.wantErr) || err != nil && tt.wantErr == nil {
				t.Fatalf("err = %v, want %v; stderr %q", err, tt.wantErr, errOut.String())
			}
			if stats != tt.want {
				t.Errorf("stats = %+v, want %+v", stats, tt.want)
			}
			if n := strings.Count(out.String(), `"record":"claim"`); n != tt.want.Claims {
				t.Errorf("%d claim records, want %d", n, tt.want.Claims)
			}
		})
	}
}

func TestAnnotateUsage(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"no inputs", Options{Jobs: 1}, "at least one INPUT"},
		{"stdout without format", Options{Inputs: []string{"x"}, Output: "-", Jobs: 1}, "needs --format"},
		{"jobs", Options{Inputs: []string{"x"}, Output: "-", Format: "json", Jobs: 0}, "--jobs must be at least 1"},
		{"missing folder", Options{Inputs: []string{"x"}, Output: filepath.Join(t.TempDir(), "no", "a.json"), Jobs: 1}, "does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Annotate(tt.opts, Streams{Err: &bytes.Buffer{}})
			var ue UsageError
			if !errors.As(err, &ue) || !strings.Contains(ue.Msg, tt.want) {
				t.Errorf("err = %v, want a UsageError with %q", err, tt.want)
			}
		})
	}
}

// TestExecutableIDIsGoBuildID: the cache knows the running program by the
// Go build ID that `go tool buildid` prints, read from the executable's
// note without hashing the whole file.
func TestExecutableIDIsGoBuildID(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: no go command to read the build ID with")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(goTool, "tool", "buildid", exe).Output()
	if err != nil {
		t.Fatalf("go tool buildid: %v", err)
	}
	want := "buildid:" + strings.TrimSpace(string(out))
	if got := executableID(); got != want {
		t.Errorf("executableID() = %q, want %q", got, want)
	}
}

// TestGoBuildIDNotFound: a file that is no Go executable has no build ID,
// and the cache falls back to hashing it.
func TestGoBuildIDNotFound(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("In 1958 more than 500 million peasants joined the communes."), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if id, ok := goBuildID(f); ok {
		t.Errorf("goBuildID of a text file = %q, true", id)
	}
}

// TestCacheTouchesEntriesHourly: a run that reads an entry marks it used
// for Prune, but only when its time is an hour old or more, so that a
// re-run of a large corpus does not write to every entry.
func TestCacheTouchesEntriesHourly(t *testing.T) {
	tests := []struct {
		name      string
		age       time.Duration
		wantFresh bool // the entry's time is now after the read
	}{
		{"written a minute ago", time.Minute, false},
		{"used two hours ago", 2 * time.Hour, true},
		{"used a month ago", 30 * 24 * time.Hour, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewCache(t.TempDir(), "test")
			if err != nil {
				t.Fatal(err)
			}
			key := strings.Repeat("ab", 32)
			records := []byte(`{"record":"source","source":"a"}` + "\n")
			if err := c.PutRecords(key, records); err != nil {
				t.Fatal(err)
			}
			then := time.Now().Add(-tt.age)
			os.Chtimes(c.path(key), then, then)
			got, ok := c.GetRecords(key)
			if !ok || !bytes.Equal(got, records) {
				t.Fatalf("GetRecords = %q, %v; want %q", got, ok, records)
			}
			info, err := os.Stat(c.path(key))
			if err != nil {
				t.Fatal(err)
			}
			if fresh := time.Since(info.ModTime()) < time.Minute/2; fresh != tt.wantFresh {
				t.Errorf("entry time %v ago after the read, want touched %v", time.Since(info.ModTime()).Round(time.Second), tt.wantFresh)
			}
		})
	}
}
