package sources

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits on a DOCX file, against zip bombs: the parts read may not unpack
// to more than maxDOCXPart bytes each, nor be packed more than
// maxDOCXRatio times over, and the archive may hold at most maxDOCXFiles
// files.
const (
	maxDOCXPart  = 64 << 20
	maxDOCXRatio = 200
	maxDOCXFiles = 10000
)

// isDOCX reports whether a ZIP archive is a Word document.
func isDOCX(raw []byte) bool {
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// readDOCX reads a Word document: the text of its body in document order,
// one paragraph per paragraph (table cells too), without deleted text; then
// its footnotes and endnotes, kept apart after the body, each as a paragraph
// "N. text"; and the author, title and dates of docProps/core.xml.
func readDOCX(raw []byte) (document, error) {
	z, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return document{}, fmt.Errorf("damaged DOCX (not a readable ZIP archive): %w", err)
	}
	if len(z.File) > maxDOCXFiles {
		return document{}, fmt.Errorf("DOCX holds %d files, more than the %d allowed", len(z.File), maxDOCXFiles)
	}
	parts := map[string]*zip.File{}
	for _, f := range z.File {
		parts[f.Name] = f
	}
	body, err := docxPart(parts, "word/document.xml")
	if err != nil {
		return document{}, err
	}
	if body == nil {
		return document{}, errors.New("not a Word document: no word/document.xml")
	}
	paras, err := docxParagraphs(body, "body")
	if err != nil {
		return document{}, fmt.Errorf("damaged DOCX: word/document.xml: %w", err)
	}
	var doc document
	doc.encoding = EncodingUTF8
	text := strings.Join(paras, "\n\n")
	var notes []string
	for _, name := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		data, err := docxPart(parts, name)
		if err != nil {
			return document{}, err
		}
		if data == nil {
			continue
		}
		n, err := docxParagraphs(data, "notes")
		if err != nil {
			return document{}, fmt.Errorf("damaged DOCX: %s: %w", name, err)
		}
		notes = append(notes, n...)
	}
	if len(notes) > 0 {
		text += "\n\n"
		doc.notes = len(text)
		text += strings.Join(notes, "\n\n")
	}
	doc.text = text + "\n"
	if data, err := docxPart(parts, "docProps/core.xml"); err == nil && data != nil {
		doc.meta = coreProperties(data)
		doc.metaFrom = "docx"
	}
	return doc, nil
}

// docxPart unpacks one part of the archive, or returns nil when it is not
// there; a part too large, or packed suspiciously tight, is an error.
func docxPart(parts map[string]*zip.File, name string) ([]byte, error) {
	f := parts[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > maxDOCXPart {
		return nil, fmt.Errorf("DOCX part %s unpacks to %d MB, more than the %d MB allowed", name, f.UncompressedSize64>>20, maxDOCXPart>>20)
	}
	if f.CompressedSize64 > 0 && f.UncompressedSize64 > 1<<20 && f.UncompressedSize64/f.CompressedSize64 > maxDOCXRatio {
		return nil, fmt.Errorf("DOCX part %s is packed %d times over (a zip bomb?); refused", name, f.UncompressedSize64/f.CompressedSize64)
	}
	r, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged DOCX: %s: %w", name, err)
	}
	defer r.Close()
	// The sizes in the archive may lie: read no more than the limit.
	data, err := io.ReadAll(io.LimitReader(r, maxDOCXPart+1))
	if err != nil {
		return nil, fmt.Errorf("damaged DOCX: %s: %w", name, err)
	}
	if len(data) > maxDOCXPart {
		return nil, fmt.Errorf("DOCX part %s unpacks to more than the %d MB allowed", name, maxDOCXPart>>20)
	}
	return data, nil
}

// docxParagraphs reads the paragraphs of a WordprocessingML part. In notes,
// each footnote (but the separators Word keeps there) becomes one paragraph
// "N. text", numbered in order.
func docxParagraphs(data []byte, kind string) ([]string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var paras []string
	var cur strings.Builder
	inText, skip := false, 0
	noteNumber := 0
	var note []string
	inNote := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "del", "instrText", "delText", "fldChar":
				skip++
			case "t":
				inText = true
			case "tab":
				if skip == 0 {
					cur.WriteByte('\t')
				}
			case "br", "cr":
				if skip == 0 {
					cur.WriteByte('\n')
				}
			case "noBreakHyphen":
				cur.WriteString("\u2011")
			case "footnote", "endnote":
				inNote = true
				note = nil
				for _, a := range t.Attr {
					if a.Name.Local == "type" && a.Value != "normal" {
						inNote = false // separator, continuationSeparator...
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "del", "instrText", "delText", "fldChar":
				skip--
			case "t":
				inText = false
			case "p":
				p := strings.TrimSpace(cur.String())
				cur.Reset()
				switch {
				case kind == "notes" && inNote && p != "":
					note = append(note, p)
				case kind == "body" && p != "":
					paras = append(paras, p)
				}
			case "footnote", "endnote":
				if inNote && len(note) > 0 {
					noteNumber++
					paras = append(paras, strconv.Itoa(noteNumber)+". "+strings.Join(note, " "))
				}
				inNote = false
			}
		case xml.CharData:
			if inText && skip == 0 {
				cur.Write(t)
			}
		}
	}
	return paras, nil
}

// coreProperties reads docProps/core.xml: dc:title, dc:creator (names
// separated by ";"), dcterms:created as the date of writing.
func coreProperties(data []byte) Meta {
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
		Subject string `xml:"subject"`
		Lang    string `xml:"language"`
	}
	var m Meta
	if xml.Unmarshal(data, &core) != nil {
		return m
	}
	m.Title = strings.TrimSpace(core.Title)
	for _, n := range splitNames(core.Creator) {
		m.Author = append(m.Author, ParseName(n))
	}
	if core.Created != "" {
		m.Issued = ParseDate(core.Created)
	}
	m.Language = strings.TrimSpace(core.Lang)
	return m
}
