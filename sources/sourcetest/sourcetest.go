// Package sourcetest writes the documents that the tests of factsheet read:
// Word files and PDFs made on the spot, so that no binary fixture needs to
// be trusted.
package sourcetest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
)

// DOCX describes a Word document: paragraphs of runs, footnotes, and core
// properties.
type DOCX struct {
	// Paragraphs are the body's paragraphs; each is a list of runs, and a
	// run "^1" stands for a reference to footnote 1.
	Paragraphs [][]string
	Footnotes  []string
	Title      string
	Creator    string
	Created    string // W3CDTF, "1962-05-14T09:00:00Z"
	// Extra are more files to put in the archive, by name.
	Extra map[string][]byte
}

// Bytes writes the document as a .docx archive.
func (d DOCX) Bytes() []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	add := func(name, content string) {
		w, err := z.Create(name)
		if err != nil {
			panic(err)
		}
		w.Write([]byte(content))
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)
	var body strings.Builder
	for _, p := range d.Paragraphs {
		body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>`)
		for _, r := range p {
			if n, ok := strings.CutPrefix(r, "^"); ok {
				body.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + n + `"/></w:r>`)
				continue
			}
			body.WriteString(`<w:r><w:t xml:space="preserve">` + html.EscapeString(r) + `</w:t></w:r>`)
		}
		body.WriteString(`</w:p>`)
	}
	add("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+ns+`><w:body>`+body.String()+`<w:p><w:r><w:delText>deleted 900 words</w:delText></w:r></w:p><w:sectPr/></w:body></w:document>`)
	if len(d.Footnotes) > 0 {
		var notes strings.Builder
		notes.WriteString(`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
		for i, n := range d.Footnotes {
			fmt.Fprintf(&notes, `<w:footnote w:id="%d"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, i+1, html.EscapeString(n))
		}
		add("word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes `+ns+`>`+notes.String()+`</w:footnotes>`)
	}
	if d.Title != "" || d.Creator != "" || d.Created != "" {
		add("docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>`+html.EscapeString(d.Title)+`</dc:title><dc:creator>`+html.EscapeString(d.Creator)+`</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">`+d.Created+`</dcterms:created></cp:coreProperties>`)
	}
	for name, data := range d.Extra {
		w, err := z.Create(name)
		if err != nil {
			panic(err)
		}
		w.Write(data)
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// PDF writes a PDF with a text layer: one page per element of pages, each
// a list of paragraphs, set in Times with a blank line between paragraphs.
// Title and author go into the document information.
func PDF(title, author string, pages [][]string) []byte {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetTitle(title, true)
	p.SetAuthor(author, true)
	p.SetCreationDate(fixedDate)
	p.SetModificationDate(fixedDate)
	p.SetCompression(true)
	p.SetFont("Times", "", 12)
	for _, paras := range pages {
		p.AddPage()
		for _, para := range paras {
			p.MultiCell(0, 6, p.UnicodeTranslatorFromDescriptor("")(para), "", "L", false)
			p.Ln(6)
		}
	}
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// ImagePDF writes a PDF of one page with no text on it: a scan, as far as
// a reader can tell.
func ImagePDF() []byte {
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(fixedDate)
	p.SetModificationDate(fixedDate)
	p.AddPage()
	p.SetFillColor(200, 200, 200)
	p.Rect(20, 20, 100, 150, "F")
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

var fixedDate = time.Date(1962, 5, 14, 9, 0, 0, 0, time.UTC)
