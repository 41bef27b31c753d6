package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestSourcesCommand(t *testing.T) {
	code, out, stderr := runCLI(t, "", "sources", "--library", "testdata/library/refs.json", "--style", "mla",
		"testdata/formats/harvest.md", "testdata/formats/times-1958-03-12.txt", "testdata/formats/nothing.txt")
	if code != exitFailed || !strings.Contains(stderr, "nothing.txt: no such file or folder") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"harvest  testdata/formats/harvest.md (markdown, UTF-8)",
		"  title    Harvest Report  [front matter]",
		"  author   Liang, Wei; Smith, Anna  [front matter]",
		"  cite     Liang, Wei, and Anna Smith. Harvest Report. May 1962.",
		"  issued   1958-03-12  [file name]",
		"  missing  author, type",
	} {
		if !strings.Contains(out, want+"\n") {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "", "sources", "--format", "json", "--style", "apa", "testdata/formats/harvest.html")
	var report struct {
		Sources []struct {
			ID       string            `json:"id"`
			Format   string            `json:"format"`
			MetaFrom map[string]string `json:"meta_from"`
			Citation string            `json:"citation"`
			Missing  []string          `json:"missing"`
		} `json:"sources"`
		Failed []any `json:"failed"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil || code != 0 {
		t.Fatalf("exit %d, %v: %s", code, err, out)
	}
	s := report.Sources[0]
	if s.ID != "harvest" || s.Format != "html" || s.MetaFrom["issued"] != "html" || len(s.Missing) != 0 ||
		s.Citation != "Liang, W., & Smith, A. (1962, May 14). Harvest Report. Rural Review. https://example.org/harvest" {
		t.Errorf("report = %+v", s)
	}
	if code, _, stderr := runCLI(t, "", "sources", "--style", "harvard", "x"); code != exitUsage || !strings.Contains(stderr, "unknown citation style") {
		t.Errorf("bad style: exit %d, %q", code, stderr)
	}
}
