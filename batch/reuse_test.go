package batch

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/export"
)

// runFile annotates opts.Inputs to the JSON Lines file out and returns the
// stats, standard error and the error.
func runFile(opts Options, out string) (Stats, string, error) {
	var errOut bytes.Buffer
	opts.Output, opts.Format, opts.Jobs = out, "jsonl", 2
	opts.Tool = export.Tool{Name: "factsheet", Version: "test"}
	st, err := Annotate(opts, Streams{Out: &bytes.Buffer{}, Err: &errOut})
	return st, errOut.String(), err
}

// entryOf returns the path of the cache entry of the source with id.
func entryOf(t *testing.T, cache, id string) string {
	t.Helper()
	entries, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "*", "*.jsonl"))
	for _, e := range entries {
		data, _ := os.ReadFile(e)
		if bytes.HasPrefix(data, []byte(`{"record":"source","source":"`+id+`"`)) {
			return e
		}
	}
	t.Fatalf("no cache entry of %s", id)
	return ""
}

// TestCacheLeavesUnchangedOutput: a second run with --cache to the same
// JSON Lines file leaves it in place when it would come out byte for byte
// the same, and otherwise writes what a run without the cache writes,
// whatever changed in between: sources, the output, the cache.
func TestCacheLeavesUnchangedOutput(t *testing.T) {
	tests := []struct {
		name          string
		change        func(t *testing.T, dir, cache, out string)
		wantCached    int
		wantUnchanged bool
	}{
		{"unchanged corpus", func(*testing.T, string, string, string) {}, 6, true},
		{"a source changed in the middle", func(t *testing.T, dir, _, _ string) {
			appendTo(t, filepath.Join(dir, "source-0003.txt"), "\n\nIn 1901 some 40 ships sailed.\n")
		}, 5, false},
		{"the last source removed", func(t *testing.T, dir, _, _ string) {
			os.Remove(filepath.Join(dir, "source-0006.txt"))
		}, 5, false},
		{"a source added", func(t *testing.T, dir, _, _ string) {
			os.WriteFile(filepath.Join(dir, "source-0007.txt"), []byte("In 1902 about 300 farms were sold.\n"), 0o644)
		}, 6, false},
		{"a sidecar added", func(t *testing.T, dir, _, _ string) {
			// The source's metadata changes, its bytes do not.
			os.WriteFile(filepath.Join(dir, "source-0004.json"), []byte(`{"title": "Letters, 1902", "author": [{"family": "Ives"}]}`), 0o644)
		}, 5, false},
		{"the output edited", func(t *testing.T, _, _, out string) {
			appendTo(t, out, `{"record":"note"}`+"\n")
		}, 6, false},
		{"the output's time changed", func(t *testing.T, _, _, out string) {
			then := time.Now().Add(-time.Hour)
			os.Chtimes(out, then, then)
		}, 6, false},
		{"an entry damaged, read after a change", func(t *testing.T, dir, cache, _ string) {
			appendTo(t, filepath.Join(dir, "source-0001.txt"), "\n\nIn 1901 some 40 ships sailed.\n")
			e := entryOf(t, cache, "source-0005")
			data, _ := os.ReadFile(e)
			os.WriteFile(e, data[:len(data)/2], 0o644)
		}, 4, false},
		{"an entry damaged, output unchanged", func(t *testing.T, _, cache, _ string) {
			// The output holds the entry already: it is not read.
			e := entryOf(t, cache, "source-0002")
			data, _ := os.ReadFile(e)
			os.WriteFile(e, data[:len(data)/2], 0o644)
		}, 6, true},
		{"the note lost", func(t *testing.T, _, cache, _ string) {
			notes, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "outputs", "*"))
			if len(notes) != 1 {
				t.Fatalf("%d notes, want 1", len(notes))
			}
			os.Remove(notes[0])
		}, 6, false},
		{"a failing input in both runs", func(t *testing.T, dir, _, _ string) {}, 6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeCorpus(t, 11, 6, 900)
			if strings.HasPrefix(tt.name, "a failing input") {
				os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02\x00 not text"), 0o644)
			}
			cache := t.TempDir()
			out := filepath.Join(t.TempDir(), "out.jsonl")
			opts := Options{Inputs: []string{dir}, Cache: cache}
			if _, stderr, err := runFile(opts, out); err != nil && !strings.HasPrefix(tt.name, "a failing input") {
				t.Fatalf("first run: %v: %s", err, stderr)
			}
			before, err := os.Stat(out)
			if err != nil {
				t.Fatal(err)
			}
			tt.change(t, dir, cache, out)

			st, stderr, err := runFile(opts, out)
			freshOut := filepath.Join(t.TempDir(), "fresh.jsonl")
			wantSt, _, wantErr := runFile(Options{Inputs: []string{dir}}, freshOut)
			if !errors.Is(err, wantErr) || (err == nil) != (wantErr == nil) {
				t.Fatalf("err = %v, want %v as without the cache; stderr %s", err, wantErr, stderr)
			}
			got, _ := os.ReadFile(out)
			fresh, _ := os.ReadFile(freshOut)
			if len(fresh) == 0 || !bytes.Equal(got, fresh) {
				t.Errorf("the output differs from a run without the cache (%d bytes, want %d)", len(got), len(fresh))
			}
			wantSt.Cached = tt.wantCached
			if st != wantSt {
				t.Errorf("stats = %+v, want %+v", st, wantSt)
			}
			after, err := os.Stat(out)
			if err != nil {
				t.Fatal(err)
			}
			if left := os.SameFile(before, after); left != tt.wantUnchanged {
				t.Errorf("output left in place: %v, want %v", left, tt.wantUnchanged)
			}
			if said := strings.Contains(stderr, "out.jsonl is unchanged: "); said != tt.wantUnchanged {
				t.Errorf("stderr says unchanged: %v, want %v: %s", said, tt.wantUnchanged, stderr)
			}
			if tt.wantUnchanged && time.Since(after.ModTime()) > time.Minute {
				t.Errorf("an unchanged output keeps its old time %v", after.ModTime())
			}
			// A third run finds the output as the second left it.
			if _, stderr, _ := runFile(opts, out); !strings.Contains(stderr, "is unchanged") {
				t.Errorf("third run: %s", stderr)
			}
		})
	}
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// TestPruneNotes: the notes of outputs go with Prune when no run has used
// them for the age given; a run's note is fresh.
func TestPruneNotes(t *testing.T) {
	dir := writeCorpus(t, 12, 3, 600)
	cache := t.TempDir()
	outs := []string{filepath.Join(t.TempDir(), "a.jsonl"), filepath.Join(t.TempDir(), "b.jsonl")}
	for _, out := range outs {
		if _, stderr, err := runFile(Options{Inputs: []string{dir}, Cache: cache}, out); err != nil {
			t.Fatal(err, stderr)
		}
	}
	notes, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "outputs", "*.note"))
	if len(notes) != 2 {
		t.Fatalf("%d notes, want one per output", len(notes))
	}
	old := time.Now().Add(-48 * time.Hour)
	os.Chtimes(notes[0], old, old)
	st, err := Prune(cache, 24*time.Hour, time.Now())
	if err != nil || st.Removed != 1 || st.Kept != 4 {
		t.Errorf("prune: %+v, %v; want the old note removed, 3 entries and a note kept", st, err)
	}
	if _, err := os.Stat(notes[0]); err == nil {
		t.Error("the old note is still there")
	}
	// Entries an output holds are kept while its note is used, however
	// long since they were read: a run that leaves the output unchanged
	// does not read them.
	entries, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "*", "*.jsonl"))
	for _, e := range entries {
		os.Chtimes(e, old, old)
	}
	if st, err := Prune(cache, 24*time.Hour, time.Now()); err != nil || st.Removed != 0 || st.Kept != 4 {
		t.Errorf("prune with a fresh note: %+v, %v; want the 3 entries it holds kept", st, err)
	}
	os.Chtimes(notes[1], old, old)
	if st, err := Prune(cache, 24*time.Hour, time.Now()); err != nil || st.Removed != 4 || st.Kept != 0 {
		t.Errorf("prune with an old note: %+v, %v; want all removed", st, err)
	}
}
