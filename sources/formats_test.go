package sources_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
	"github.com/factsheet/factsheet/sources/sourcetest"
)

func read(t *testing.T, name string, raw []byte) sources.Source {
	t.Helper()
	src, err := sources.FromBytes(sources.Input{ID: "x", Path: name}, raw)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func names(ns []sources.Name) string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Family+"|"+n.Given+"|"+n.Literal)
	}
	return strings.Join(out, "; ")
}

const harvest = "Harvest Report\n\nIn February 1958 the party called for 600,000 backyard furnaces. More than 500 million peasants were organised into communes by late 1958.\n\nBy 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion.\n"

func TestHTML(t *testing.T) {
	raw, err := os.ReadFile("../testdata/formats/harvest.html")
	if err != nil {
		t.Fatal(err)
	}
	src := read(t, "harvest.html", raw)
	want := "Harvest Report\n\nBy Wei Liang and Anna Smith, 14 May 1962\n\nIn February 1958 the party called for 600,000 backyard furnaces. More than 500 million peasants were organised into communes by late 1958.\n\nBy 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion.\n"
	if src.Text != want {
		t.Errorf("text =\n%q\nwant\n%q", src.Text, want)
	}
	m := src.Meta
	if m.Title != "Harvest Report" || names(m.Author) != "Liang|Wei|; Smith|Anna|" || m.Issued.String() != "1962-05-14" ||
		m.ContainerTitle != "Rural Review" || m.URL != "https://example.org/harvest" || m.Type != "webpage" {
		t.Errorf("meta = %+v", m)
	}
	if src.MetaFrom["title"] != "html" || src.Format != sources.FormatHTML {
		t.Errorf("format %s, meta from %v", src.Format, src.MetaFrom)
	}
}

func TestHTMLMetaFallbacks(t *testing.T) {
	page := `<html><head><title>Steel | The Daily</title><meta property="og:site_name" content="The Daily"><meta name="author" content="Jane Doe"></head>
<body><nav>Home</nav><main><p>Output rose.</p><p>Published <time datetime="1958-03-12T08:00:00Z">Wednesday</time>.</p></main></body></html>`
	src := read(t, "page", []byte(page))
	if src.Meta.Title != "Steel" || names(src.Meta.Author) != "Doe|Jane|" || src.Meta.Issued.String() != "1958-03-12" {
		t.Errorf("meta = %+v", src.Meta)
	}
	if src.Text != "Output rose.\n\nPublished Wednesday.\n" {
		t.Errorf("text = %q", src.Text)
	}
}

func TestMarkdown(t *testing.T) {
	raw, err := os.ReadFile("../testdata/formats/harvest.md")
	if err != nil {
		t.Fatal(err)
	}
	src := read(t, "harvest.md", raw)
	if strings.Join(strings.Fields(src.Text), " ") != strings.Join(strings.Fields(harvest), " ") {
		t.Errorf("text = %q", src.Text)
	}
	m := src.Meta
	if m.Title != "Harvest Report" || names(m.Author) != "Liang|Wei|; Smith|Anna|" || m.Issued.String() != "1962-05" || m.ContainerTitle != "Rural Review" {
		t.Errorf("meta = %+v", m)
	}
	if src.MetaFrom["issued"] != "front matter" {
		t.Errorf("meta from = %v", src.MetaFrom)
	}
	tests := []struct{ name, in, want string }{
		{"heading", "## A *Title* ##", "A Title"},
		{"link and image", "See [the report](http://x.org) and ![a chart](c.png).", "See the report and a chart."},
		{"escapes", `5 \* 3 and \_x\_`, "5 * 3 and _x_"},
		{"snake_case kept", "a snake_case_name", "a snake_case_name"},
		{"bullets", "* one\n+ two", "- one\n- two"},
		{"quote", "> quoted *text*", "quoted text"},
		{"fence", "```\ncode 1\n```", "code 1\n"},
		{"table", "| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n\n1 | 2"},
		{"footnote ref", "A claim.[^1]\n\n[^1]: The note.", "A claim.\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := read(t, "n.md", []byte(tt.in)).Text
			if got != tt.want {
				t.Errorf("Markdown %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDOCX(t *testing.T) {
	raw := sourcetest.DOCX{
		Paragraphs: [][]string{{"Title"}, {"In 1958 there were ", "600,000", " furnaces.", "^1"}, {"Second paragraph."}},
		Footnotes:  []string{"A note of 1959.", "Another note."},
		Title:      "The Report", Creator: "Wei Liang; Anna Smith", Created: "1962-05-14T09:00:00Z",
	}.Bytes()
	src := read(t, "r.docx", raw)
	body := "Title\n\nIn 1958 there were 600,000 furnaces.\n\nSecond paragraph.\n\n"
	if src.Text != body+"1. A note of 1959.\n\n2. Another note.\n" || src.Notes != len(body) {
		t.Errorf("text = %q, notes at %d", src.Text, src.Notes)
	}
	if src.Meta.Title != "The Report" || names(src.Meta.Author) != "Liang|Wei|; Smith|Anna|" || src.Meta.Issued.String() != "1962-05-14" || src.MetaFrom["author"] != "docx" {
		t.Errorf("meta = %+v from %v", src.Meta, src.MetaFrom)
	}
}

func TestDOCXGuards(t *testing.T) {
	var bomb bytes.Buffer
	z := zip.NewWriter(&bomb)
	w, _ := z.Create("word/document.xml")
	w.Write(bytes.Repeat([]byte(" "), 80<<20))
	z.Close()
	var broken bytes.Buffer
	z = zip.NewWriter(&broken)
	w, _ = z.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="x"><w:body><w:p><w:t>cut off`))
	z.Close()
	tests := []struct {
		name string
		raw  []byte
		msg  string
	}{
		{"zip bomb", bomb.Bytes(), "unpacks to 80 MB, more than the 64 MB allowed"},
		{"damaged", broken.Bytes(), "damaged DOCX: word/document.xml"},
		{"truncated", sourcetest.DOCX{Paragraphs: [][]string{{"x"}}}.Bytes()[:200], "damaged DOCX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sources.FromBytes(sources.Input{ID: "x", Path: "bad.docx"}, tt.raw)
			if err == nil || !strings.HasPrefix(err.Error(), "bad.docx: ") || !strings.Contains(err.Error(), tt.msg) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error = %v, want one line naming the file and %q", err, tt.msg)
			}
		})
	}
}

func TestPDF(t *testing.T) {
	raw := sourcetest.PDF("Harvest Report", "Wei Liang", [][]string{
		{"Harvest Report", "In February 1958 the party called for 600,000 backyard furnaces."},
		{"By 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion."},
		{"the sentence above ran on."},
	})
	src := read(t, "h.pdf", raw)
	want := "Harvest Report\n\nIn February 1958 the party called for 600,000 backyard furnaces.\n\nBy 1961 more than 30 million people had died of starvation, a catastrophe that cost $66 billion.\n\nthe sentence above ran on.\n"
	if src.Text != want {
		t.Errorf("text = %q\nwant %q", src.Text, want)
	}
	if len(src.Pages) != 3 || src.PageAt(strings.Index(src.Text, "In February")) != "1" || src.PageAt(strings.Index(src.Text, "By 1961")) != "2" || src.PageAt(len(src.Text)-2) != "3" {
		t.Errorf("pages = %+v", src.Pages)
	}
	if src.Meta.Title != "Harvest Report" || names(src.Meta.Author) != "Liang|Wei|" || src.Meta.Issued.String() != "1962-05-14" {
		t.Errorf("meta = %+v", src.Meta)
	}
	_, err := sources.FromBytes(sources.Input{ID: "s", Path: "scan.pdf"}, sourcetest.ImagePDF())
	if !errors.Is(err, sources.ErrNoTextLayer) || !strings.HasPrefix(err.Error(), "scan.pdf: PDF has no text layer") {
		t.Errorf("scan: %v", err)
	}
	_, err = sources.FromBytes(sources.Input{ID: "s", Path: "cut.pdf"}, raw[:len(raw)/2])
	if err == nil || !strings.HasPrefix(err.Error(), "cut.pdf: damaged PDF") {
		t.Errorf("truncated: %v", err)
	}
}

func TestPageMarkers(t *testing.T) {
	tests := []struct {
		name, in, text string
		pages          string
	}{
		{"bracketed p.", "[p. 45]\nOne.\n[p. 46]\nTwo.\n", "One.\nTwo.\n", "45@0 46@5"},
		{"bare bracket on its line", "One.\n\n[46]\n\nTwo.\n", "One.\n\n\nTwo.\n", "45@0 46@6"},
		{"dashes", "--- page 12 ---\nOne.\n=== Page 13 ===\nTwo.", "One.\nTwo.", "12@0 13@5"},
		{"braces inline", "Half a sen{46}tence and {47} more.", "Half a sentence and more.", "45@0 46@10 47@20"},
		{"inline p.", "It cost [p. 9] $5.", "It cost $5.", "8@0 9@8"},
		{"roman", "[p. xii]\nPreface.", "Preface.", "xii@0"},
		{"footnote marks are not pages", "As reported.[12] And [13] more.", "As reported.[12] And [13] more.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := read(t, "t.txt", []byte(tt.in))
			var got []string
			for _, p := range src.Pages {
				got = append(got, p.Label+"@"+itoa(p.Start))
			}
			if src.Text != tt.text || strings.Join(got, " ") != tt.pages {
				t.Errorf("text %q pages %q; want %q, %q", src.Text, got, tt.text, tt.pages)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSniff(t *testing.T) {
	tests := []struct{ name, path, content, format string }{
		{"html by content, any name", "page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"},
		{"html by extension", "frag.htm", "<p>Hello</p>", "html"},
		{"markdown by front matter", "notes.txt", "---\ntitle: T\n---\nText.", "markdown"},
		{"markdown by extension", "notes.md", "Text.", "markdown"},
		{"page marker is not front matter", "t.txt", "--- page 1 ---\nText.", "text"},
		{"text", "a.txt", "Plain <b>words</b>.", "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := read(t, tt.path, []byte(tt.content)).Format; got != tt.format {
				t.Errorf("format = %s, want %s", got, tt.format)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := map[string]string{
		"1958": "1958", "1958-03": "1958-03", "1958-03-12": "1958-03-12", "12 March 1958": "1958-03-12",
		"March 12, 1958": "1958-03-12", "Mar. 1958": "1958-03", "c. 1920": "1920~", "ca 1920": "1920~",
		"circa 1920": "1920~", "1920?": "1920~", "[1920]": "1920", "1958-03-12T08:00:00Z": "1958-03-12",
		"Wednesday, 12 March 1958": "1958-03-12", "12/03/1958": "1958-03-12", "1958-02-30": "", "soon": "",
	}
	for in, want := range tests {
		got := ""
		if d := sources.ParseDate(in); d != nil {
			got = d.EDTF()
		}
		if got != want {
			t.Errorf("ParseDate(%q) = %q, want %q", in, got, want)
		}
	}
}
