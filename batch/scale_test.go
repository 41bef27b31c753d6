package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factsheet/factsheet/bench/corpus"
	"github.com/factsheet/factsheet/export"
)

// writeCorpus writes n generated sources of about avg bytes into a new
// folder and returns it.
func writeCorpus(t *testing.T, seed uint64, n, avg int) string {
	t.Helper()
	dir := t.TempDir()
	for _, s := range corpus.New(seed).Corpus(n, avg) {
		if err := os.WriteFile(filepath.Join(dir, s.Name), []byte(s.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runJSONL annotates with opts and returns the JSON Lines written to
// standard output and the stats.
func runJSONL(t *testing.T, opts Options) (string, Stats) {
	t.Helper()
	var out, errOut bytes.Buffer
	opts.Output, opts.Format = "-", "jsonl"
	if opts.Jobs == 0 {
		opts.Jobs = 2
	}
	opts.Tool = export.Tool{Name: "factsheet", Version: "test"}
	stats, err := Annotate(opts, Streams{Out: &out, Err: &errOut})
	if err != nil {
		t.Fatalf("%v: %s", err, errOut.String())
	}
	return out.String(), stats
}

func TestOutputSameForAnyJobsAndShards(t *testing.T) {
	dir := writeCorpus(t, 3, 24, 1500)
	want, stats := runJSONL(t, Options{Inputs: []string{dir}, Jobs: 1})
	if stats.Sources != 24 {
		t.Fatalf("stats = %+v", stats)
	}
	for _, jobs := range []int{2, 8} {
		if got, _ := runJSONL(t, Options{Inputs: []string{dir}, Jobs: jobs}); got != want {
			t.Errorf("-j %d differs from -j 1", jobs)
		}
	}
	// Three shards, concatenated in any order and merged, give the single
	// run's bytes; every source is in exactly one shard.
	var files []string
	total := 0
	for i := 3; i >= 1; i-- {
		out, st := runJSONL(t, Options{Inputs: []string{dir}, Shard: fmt.Sprintf("%d/3", i)})
		total += st.Sources
		if st.Sources+st.Skipped != 24 {
			t.Errorf("shard %d/3: %+v", i, st)
		}
		f := filepath.Join(t.TempDir(), fmt.Sprintf("shard-%d.jsonl", i))
		os.WriteFile(f, []byte(out), 0o644)
		files = append(files, f)
	}
	if total != 24 {
		t.Errorf("the shards annotated %d sources, want 24", total)
	}
	var out, errOut bytes.Buffer
	if _, err := Merge(MergeOptions{Inputs: files, Output: "-", Format: "jsonl"}, Streams{Out: &out, Err: &errOut}); err != nil {
		t.Fatalf("merge: %v: %s", err, errOut.String())
	}
	if out.String() != want {
		t.Error("shards merged differ from one run")
	}
}

func TestParseShard(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	tests := []struct {
		name  string
		flag  string
		env   func(string) string
		want  Shard
		error string
	}{
		{"none", "", env(), Shard{}, ""},
		{"first of four", "1/4", env(), Shard{1, 4}, ""},
		{"last", "4/4", env(), Shard{4, 4}, ""},
		{"zero", "0/4", env(), Shard{}, "1 ≤ i ≤ n"},
		{"beyond", "5/4", env(), Shard{}, "1 ≤ i ≤ n"},
		{"junk", "a/b", env(), Shard{}, "1 ≤ i ≤ n"},
		{"slurm count", "auto", env("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_MIN", "0"), Shard{3, 8}, ""},
		{"slurm from 1", "auto", env("SLURM_ARRAY_TASK_ID", "1", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "5"), Shard{1, 5}, ""},
		{"slurm min max", "auto", env("SLURM_ARRAY_TASK_ID", "14", "SLURM_ARRAY_TASK_MIN", "10", "SLURM_ARRAY_TASK_MAX", "19"), Shard{5, 10}, ""},
		{"slurm no count", "auto", env("SLURM_ARRAY_TASK_ID", "1"), Shard{}, "SLURM_ARRAY_TASK_COUNT"},
		{"slurm out of range", "auto", env("SLURM_ARRAY_TASK_ID", "9", "SLURM_ARRAY_TASK_COUNT", "8"), Shard{}, "task 9 of 8"},
		{"kubernetes", "auto", env("JOB_COMPLETION_INDEX", "0", "JOB_COMPLETIONS", "4"), Shard{1, 4}, ""},
		{"kubernetes last", "auto", env("JOB_COMPLETION_INDEX", "3", "JOB_COMPLETIONS", "4"), Shard{4, 4}, ""},
		{"kubernetes no count", "auto", env("JOB_COMPLETION_INDEX", "3"), Shard{}, "JOB_COMPLETIONS"},
		{"kubernetes junk", "auto", env("JOB_COMPLETION_INDEX", "x", "JOB_COMPLETIONS", "4"), Shard{}, "not a number"},
		{"no scheduler", "auto", env(), Shard{}, "neither a Slurm job array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseShard(tt.flag, tt.env)
			if tt.error != "" {
				var ue UsageError
				if !errors.As(err, &ue) || !strings.Contains(ue.Msg, tt.error) {
					t.Errorf("err = %v, want a usage error with %q", err, tt.error)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %v, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestShardsPartitionSources(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7} {
		counts := make([]int, n)
		for k := range 1000 {
			id := fmt.Sprintf("source-%d", k)
			in := 0
			for i := 1; i <= n; i++ {
				if (Shard{i, n}).Keep(id) {
					in++
					counts[i-1]++
				}
			}
			if in != 1 {
				t.Fatalf("%s is in %d of %d shards", id, in, n)
			}
		}
		for i, c := range counts {
			if c < 1000/n/2 {
				t.Errorf("shard %d/%d has only %d of 1000 sources", i+1, n, c)
			}
		}
	}
}

func TestCache(t *testing.T) {
	dir := writeCorpus(t, 5, 12, 1500)
	cache := t.TempDir()
	opts := Options{Inputs: []string{dir}, Cache: cache}
	cold, st := runJSONL(t, opts)
	if st.Cached != 0 || st.Sources != 12 {
		t.Fatalf("cold run: %+v", st)
	}
	warm, st := runJSONL(t, opts)
	if st.Cached != 12 {
		t.Errorf("warm run: %+v, want all 12 from the cache", st)
	}
	if warm != cold {
		t.Error("the cached run's JSON Lines differ from the first run's")
	}
	// Decoded from the cache for another format, the documents are the same.
	for _, format := range []string{"json", "csv"} {
		var fresh, cached, errOut bytes.Buffer
		tool := export.Tool{Name: "factsheet", Version: "test"}
		Annotate(Options{Inputs: []string{dir}, Output: "-", Format: format, Jobs: 2, Tool: tool}, Streams{Out: &fresh, Err: &errOut})
		st, err := Annotate(Options{Inputs: []string{dir}, Output: "-", Format: format, Jobs: 2, Tool: tool, Cache: cache}, Streams{Out: &cached, Err: &errOut})
		if err != nil || st.Cached != 12 || fresh.String() != cached.String() {
			t.Errorf("%s from the cache: %+v, %v, same output %v", format, st, err, fresh.String() == cached.String())
		}
	}
	// One source changed: only it is annotated again.
	changed := filepath.Join(dir, "source-0005.txt")
	data, _ := os.ReadFile(changed)
	os.WriteFile(changed, append(data, []byte("\n\nIn 1901 some 40 ships sailed.\n")...), 0o644)
	out, st := runJSONL(t, opts)
	if st.Cached != 11 || st.Sources != 12 {
		t.Errorf("after changing one source: %+v, want 11 from the cache", st)
	}
	if !strings.Contains(out, "some 40 ships") {
		t.Error("the changed source's new claim is missing")
	}
	// Another option of the pipeline is another entry.
	_, st = runJSONL(t, Options{Inputs: []string{dir}, Cache: cache, PipelineKey: "aliases 1234"})
	if st.Cached != 0 {
		t.Errorf("with other options: %+v, want nothing from the cache", st)
	}
}

func TestCacheSurvivesDamageAndSharing(t *testing.T) {
	dir := writeCorpus(t, 6, 8, 1200)
	cache := t.TempDir()
	opts := Options{Inputs: []string{dir}, Cache: cache}
	want, _ := runJSONL(t, opts)
	// A run stopped midway leaves temporary files; a damaged entry (cut
	// short) is annotated again and replaced.
	entries, _ := filepath.Glob(filepath.Join(cache, cacheLayout, "*", "*.jsonl"))
	if len(entries) != 8 {
		t.Fatalf("%d entries, want 8", len(entries))
	}
	data, _ := os.ReadFile(entries[0])
	os.WriteFile(entries[0], data[:len(data)/2], 0o644)
	stale := filepath.Join(filepath.Dir(entries[1]), tmpPrefix+"123")
	os.WriteFile(stale, data[:10], 0o644)
	hourAgo := time.Now().Add(-90 * time.Minute)
	os.Chtimes(stale, hourAgo, hourAgo)
	got, st := runJSONL(t, opts)
	if got != want || st.Cached != 7 {
		t.Errorf("after damage: %+v, same output %v", st, got == want)
	}
	// Runs sharing the folder at once agree with each other.
	fresh := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]string, 4)
	for i := range outs {
		wg.Go(func() {
			var out, errOut bytes.Buffer
			Annotate(Options{Inputs: []string{dir}, Output: "-", Format: "jsonl", Jobs: 2, Cache: fresh, Tool: export.Tool{Name: "factsheet", Version: "test"}}, Streams{Out: &out, Err: &errOut})
			outs[i] = out.String()
		})
	}
	wg.Wait()
	for i, o := range outs {
		if o != want {
			t.Errorf("concurrent run %d differs", i)
		}
	}
	// Prune keeps what was used lately and removes the rest, and the
	// temporary files.
	old := time.Now().Add(-48 * time.Hour)
	os.Chtimes(entries[2], old, old)
	st2, err := Prune(cache, 24*time.Hour, time.Now())
	if err != nil || st2.Removed != 2 || st2.Kept != 7 {
		t.Errorf("prune: %+v, %v; want 2 removed (an old entry, a temporary file), 7 kept", st2, err)
	}
}

func TestStdinJSONL(t *testing.T) {
	lines := []string{
		`{"id": "a", "text": "In 1958 more than 500 million peasants joined 26,000 communes.", "meta": {"title": "Notes A", "issued": {"date-parts": [[1959]]}}}`,
		`not json`,
		`{"text": "no id"}`,
		`{"id": "b", "text": "Two years later, about 30 million people had died."}`,
		``,
		`{"id": "a", "text": "again"}`,
	}
	var out, errOut bytes.Buffer
	st, err := Annotate(Options{StdinJSONL: true, Jobs: 2}, Streams{In: strings.NewReader(strings.Join(lines, "\n")), Out: &out, Err: &errOut})
	if !errors.Is(err, ErrFailed) || st.Sources != 2 || st.Failed != 3 {
		t.Fatalf("stats %+v, err %v, stderr %q", st, err, errOut.String())
	}
	for _, want := range []string{"standard input: line 2: not a JSON object", `standard input: line 3: no "id"`, `line 6: source "a" again (first on line 1)`} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, errOut.String())
		}
	}
	var first struct {
		Record, Source string
		Meta           struct{ Title string }
	}
	json.Unmarshal([]byte(out.String()[:strings.IndexByte(out.String(), '\n')]), &first)
	if first.Record != "source" || first.Source != "a" || first.Meta.Title != "Notes A" {
		t.Errorf("first record = %+v", first)
	}
	if !strings.Contains(out.String(), `"text":"more than 500 million peasants"`) || !strings.Contains(out.String(), `"source":"b"`) {
		t.Errorf("output lacks the claims: %s", out.String())
	}
}

func TestStdinJSONLMatchesFiles(t *testing.T) {
	// The same texts as files and as a stream give the same claims.
	srcs := corpus.New(9).Corpus(6, 1200)
	var stream strings.Builder
	for _, s := range srcs {
		line, _ := json.Marshal(map[string]string{"id": strings.TrimSuffix(s.Name, ".txt"), "text": s.Text})
		stream.Write(line)
		stream.WriteByte('\n')
	}
	var out, errOut bytes.Buffer
	if _, err := Annotate(Options{StdinJSONL: true, Jobs: 2}, Streams{In: strings.NewReader(stream.String()), Out: &out, Err: &errOut}); err != nil {
		t.Fatal(err, errOut.String())
	}
	dir := writeCorpus(t, 9, 6, 1200)
	files, _ := runJSONL(t, Options{Inputs: []string{dir}})
	claims := func(s string) []string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			if strings.HasPrefix(l, `{"record":"claim"`) {
				out = append(out, l)
			}
		}
		return out
	}
	a, b := claims(out.String()), claims(files)
	if len(a) == 0 || strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("stream gave %d claims, files %d, or they differ", len(a), len(b))
	}
}
