package batch

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/bench/corpus"
	"github.com/factsheet/factsheet/export"
)

// TestLongSourceStreams: with JSON Lines out, a long source is written a
// part at a time as it is annotated, and the bytes are those of the
// document written whole, whatever the jobs, through shards and merge,
// and from the cache.
func TestLongSourceStreams(t *testing.T) {
	dir := writeCorpus(t, 7, 6, 1500)
	long := corpus.New(8).Text(300 << 10)
	if err := os.WriteFile(filepath.Join(dir, "source-0003-long.txt"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { longSource = n }(longSource)

	longSource = 1 << 30 // nothing streamed: each document written whole
	want, st := runJSONL(t, Options{Inputs: []string{dir}, Jobs: 1})
	if st.Sources != 7 {
		t.Fatalf("stats = %+v", st)
	}
	longSource = 200 << 10
	for _, jobs := range []int{1, 2, 8} {
		got, gst := runJSONL(t, Options{Inputs: []string{dir}, Jobs: jobs})
		if got != want || gst != st {
			t.Errorf("-j %d, streamed: the output differs from the documents written whole (%+v, %+v)", jobs, gst, st)
		}
	}
	// The long source's records come in parts: sentences after mentions.
	var kinds []string
	for _, line := range strings.Split(want, "\n") {
		if strings.Contains(line, `"source":"source-0003-long"`) {
			kinds = append(kinds, line[len(`{"record":"`):strings.Index(line, `","source"`)])
		}
	}
	parts := 0
	for i, k := range kinds {
		if k == "sentence" && kinds[i-1] != "sentence" {
			parts++
		}
	}
	if parts < 3 {
		t.Errorf("the long source's records come in %d parts, want several", parts)
	}
	// Shards, merged.
	var files []string
	for i := 1; i <= 2; i++ {
		out, _ := runJSONL(t, Options{Inputs: []string{dir}, Shard: fmt.Sprintf("%d/2", i)})
		f := filepath.Join(t.TempDir(), "shard.jsonl")
		os.WriteFile(f, []byte(out), 0o644)
		files = append(files, f)
	}
	var merged, errOut bytes.Buffer
	if _, err := Merge(MergeOptions{Inputs: files, Output: "-", Format: "jsonl", Tool: export.Tool{Name: "factsheet", Version: "test"}}, Streams{Out: &merged, Err: &errOut}); err != nil {
		t.Fatalf("merge: %v: %s", err, errOut.String())
	}
	if merged.String() != want {
		t.Error("the shards merged differ from one run")
	}
	// Kept in the cache as it streams, and read back from it: the long
	// source's entry a piece at a time.
	defer func(n int64) { largeEntry = n }(largeEntry)
	largeEntry = 256 << 10
	cache := t.TempDir()
	cold, cst := runJSONL(t, Options{Inputs: []string{dir}, Cache: cache})
	warm, wst := runJSONL(t, Options{Inputs: []string{dir}, Cache: cache})
	if cold != want || warm != want || cst.Cached != 0 || wst.Cached != 7 || wst.Sentences != st.Sentences || wst.Claims != st.Claims {
		t.Errorf("with the cache: cold %+v, warm %+v; same output %v, %v", cst, wst, cold == want, warm == want)
	}
	entries, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "*", "*.jsonl"))
	if len(entries) != 7 {
		t.Errorf("%d cache entries, want 7", len(entries))
	}
	// Written to a file, the long source is noted with the others: the
	// next run finds the output unchanged, and after a change the part
	// before it is copied and the rest written, as a fresh run would.
	out := filepath.Join(t.TempDir(), "out.jsonl")
	for i, wantUnchanged := range []bool{false, true} {
		_, stderr, err := runFile(Options{Inputs: []string{dir}, Cache: cache}, out)
		data, _ := os.ReadFile(out)
		if err != nil || string(data) != want || strings.Contains(stderr, "is unchanged") != wantUnchanged {
			t.Errorf("run %d to a file: %v, same output %v, stderr %q", i+1, err, string(data) == want, stderr)
		}
	}
	last := filepath.Join(dir, "source-0006.txt") // after the long source
	text, rerr := os.ReadFile(last)
	if rerr != nil {
		t.Fatal(rerr)
	}
	os.WriteFile(last, append(text, []byte("\n\nIn 1901 some 40 ships sailed.\n")...), 0o644)
	fresh, _ := runJSONL(t, Options{Inputs: []string{dir}})
	_, stderr, err := runFile(Options{Inputs: []string{dir}, Cache: cache}, out)
	data, _ := os.ReadFile(out)
	if err != nil || string(data) != fresh || strings.Contains(stderr, "is unchanged") {
		t.Errorf("after a change after the long source: %v, same as a fresh run %v, stderr %q", err, string(data) == fresh, stderr)
	}
}

// recordWriter keeps what is written to it.
type recordWriter struct{ bytes.Buffer }

func (w *recordWriter) WriteRecords(b []byte) error {
	_, err := w.Write(b)
	return err
}

// TestCopyRecords: an entry copied a piece at a time, cut anywhere, comes
// out whole, with its sentences and claims counted once.
func TestCopyRecords(t *testing.T) {
	entry := `{"record":"source","source":"a","text":"{\"record\":\"claim\"}"}` + "\n" +
		strings.Repeat(`{"record":"sentence","source":"a","index":0}`+"\n", 3) +
		`{"record":"mention","source":"a","id":"M1"}` + "\n" +
		strings.Repeat(`{"record":"claim","source":"a","id":"C1"}`+"\n", 2)
	p := filepath.Join(t.TempDir(), "entry.jsonl")
	if err := os.WriteFile(p, []byte(entry), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { copyPiece = n }(copyPiece)
	for _, piece := range []int{1, 2, 7, 18, 19, 20, 21, 64, 1 << 20} {
		copyPiece = piece
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		var w recordWriter
		got := copyRecords(f, &w)
		if got.werr != nil || got.sentences != 3 || got.claims != 2 || got.bytes != len(entry) || w.String() != entry {
			t.Errorf("pieces of %d: %+v, whole %v; want 3 sentences, 2 claims, %d bytes", piece, got, w.String() == entry, len(entry))
		}
	}
}
