package sources

import (
	"bytes"
	"path"
	"strings"
)

// The formats a source is read in.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatHTML     = "html"
	FormatDOCX     = "docx"
	FormatPDF      = "pdf"
)

// document is what a format reader makes of a file: the text a reader sees,
// its pages and notes, and the metadata the format itself carries.
type document struct {
	text     string
	encoding string
	pages    []Page
	notes    int
	meta     Meta
	metaFrom string // the name of the format's metadata in MetaFrom
}

// sniff chooses the format of raw bytes: by their content first (a PDF or
// DOCX signature, an HTML document, Markdown front matter), then by the
// extension of name ("text/html" or "text/markdown" from a web server count
// as an extension), else plain text.
func sniff(raw []byte, name string) string {
	switch {
	case bytes.HasPrefix(raw, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(raw, []byte("PK\x03\x04")) && isDOCX(raw):
		return FormatDOCX
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(raw[:min(len(raw), 1024)], []byte("\xEF\xBB\xBF")), " \t\r\n")
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		(bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<head")) || bytes.Contains(lower, []byte("<body")))) {
		return FormatHTML
	}
	if hasFrontMatter(string(head)) {
		return FormatMarkdown
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".docx":
		return FormatDOCX
	case ".pdf":
		return FormatPDF
	}
	return FormatText
}

// parse reads raw bytes in a format.
func parse(format string, raw []byte) (document, error) {
	switch format {
	case FormatPDF:
		return readPDF(raw)
	case FormatDOCX:
		return readDOCX(raw)
	}
	text, enc, err := Decode(raw)
	if err != nil {
		return document{}, err
	}
	var doc document
	switch format {
	case FormatHTML:
		doc, err = readHTML(text)
	case FormatMarkdown:
		doc, err = readMarkdown(text)
	default:
		doc = readText(text)
	}
	doc.encoding = enc
	return doc, err
}
