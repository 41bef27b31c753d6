package sources

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestExpandSkipsOutputUnderOtherNames: the output is never an input, by
// its own path or any other name of the same file: a link to it, a path
// through a link to its folder, a hard link, another spelling; other
// files of its folder are inputs.
func TestExpandSkipsOutputUnderOtherNames(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, dir, out string) string // returns the argument to expand
		want []string                                   // base names
	}{
		{"the output's own folder", func(t *testing.T, dir, out string) string { return dir }, []string{"a.txt", "b.txt"}},
		{"a link to the output", func(t *testing.T, dir, out string) string {
			link(t, os.Symlink(out, filepath.Join(dir, "copy.jsonl")))
			return dir
		}, []string{"a.txt", "b.txt"}},
		{"through a link to its folder", func(t *testing.T, dir, out string) string {
			l := filepath.Join(t.TempDir(), "linked")
			link(t, os.Symlink(dir, l))
			return l
		}, []string{"a.txt", "b.txt"}},
		{"a hard link", func(t *testing.T, dir, out string) string {
			link(t, os.Link(out, filepath.Join(dir, "z-copy.jsonl")))
			return dir
		}, []string{"a.txt", "b.txt"}},
		{"another spelling", func(t *testing.T, dir, out string) string {
			return filepath.Join(dir, ".", "..", filepath.Base(dir))
		}, []string{"a.txt", "b.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.jsonl")
			for _, name := range []string{"a.txt", "b.txt"} {
				os.WriteFile(filepath.Join(dir, name), []byte("In 1958 some 40 ships sailed."), 0o644)
			}
			os.WriteFile(out, []byte("notes kept as they were\n"), 0o644)
			arg := tt.make(t, dir, out)
			ins, errs := Expand([]string{arg}, out)
			var got []string
			for _, in := range ins {
				got = append(got, filepath.Base(in.Path))
			}
			sort.Strings(got)
			if len(errs) > 0 || strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Expand = %v, %v; want %v", got, errs, tt.want)
			}
		})
	}
}

func link(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Skip("skipping: no links here:", err)
	}
}
