package sources

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseBibTeX(t *testing.T) {
	entries, err := ParseBibTeX(`@string{tq = "The China"}
@comment{ignored {braces}}
junk between entries
@article{k1,
  author = {M{\"u}ller, J{\"o}rg and {United Nations}},
  title = "On {\'E}tudes " # tq,
  year = 1961, month = sep,
  pages = {3--9},
}`)
	if err != nil || len(entries) != 1 {
		t.Fatalf("entries %v, err %v", entries, err)
	}
	e := entries[0].entry().meta
	if e.Title != "On Études The China" || names(e.Author) != "Müller|Jörg|; ||United Nations" || e.Issued.String() != "1961-09" || e.Page != "3–9" {
		t.Errorf("entry = %+v", e)
	}
	tests := []struct {
		name, text, msg string
	}{
		{"unclosed", "@book{a,\n title = {x}\n", "1: BibTeX: @book{a is not closed"},
		{"no equals", "@book{a,\n\n title {x}}", "3: BibTeX: expected = after title"},
		{"no key", "@book{,title={x}}", "1: BibTeX: expected a citation key in @book"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBibTeX(tt.text)
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.HasSuffix(":"+err.Error(), ":"+tt.msg) {
				t.Errorf("error = %v, want line and %q", err, tt.msg)
			}
		})
	}
}

func names(ns []Name) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Family+"|"+n.Given+"|"+n.Literal)
	}
	return strings.Join(out, "; ")
}

func TestLoadLibraryAndManifestErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	tests := []struct {
		name string
		load func() error
		msg  string
	}{
		{"csl syntax", func() error { _, err := LoadLibrary(write("a.json", "[\n{\"id\": \"x\",\n}\n]")); return err }, "a.json:3: not CSL-JSON"},
		{"bib", func() error { _, err := LoadLibrary(write("b.bib", "@book{a,\ntitle = }")); return err }, "b.bib:2: BibTeX"},
		{"manifest quote", func() error { _, err := LoadManifest(write("m.csv", "path,title\nx.txt,\"bad\n")); return err }, "m.csv:2: "},
		{"manifest date", func() error { _, err := LoadManifest(write("d.csv", "path,issued\nx.txt,someday\n")); return err }, "d.csv:2: cannot read the date"},
		{"manifest columns", func() error { _, err := LoadManifest(write("c.csv", "name,title\n")); return err }, "c.csv:1: the first row names no path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.load()
			if err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, tt.msg)) {
				t.Errorf("error = %v, want %q", err, tt.msg)
			}
		})
	}
}
