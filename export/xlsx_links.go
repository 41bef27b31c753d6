package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Links within the workbook (a claim to its sentence) are written into the
// worksheets' XML as the workbook is zipped, rather than with excelize's
// SetCellHyperLink, which looks through every link of the sheet before
// adding one: 65,530 links took it some five seconds a sheet. Links out of
// the workbook (URLs), which are few and need relationships, still go
// through excelize.

// locationLink is the XML of a link from a cell to a place in the workbook.
func locationLink(cell, location string) []byte {
	var b bytes.Buffer
	b.WriteString(`<hyperlink ref="`)
	b.WriteString(cell)
	b.WriteString(`" location="`)
	xml.EscapeText(&b, []byte(location))
	b.WriteString(`"/>`)
	return b.Bytes()
}

// afterHyperlinks are the elements that follow <hyperlinks> in a worksheet,
// in the order of the schema (ECMA-376 CT_Worksheet), and its end.
var afterHyperlinks = []string{
	"<printOptions", "<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks",
	"<customProperties", "<cellWatches", "<ignoredErrors", "<smartTags", "<drawing", "<legacyDrawing",
	"<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems",
	"<tableParts", "<extLst", "</worksheet>",
}

// linkingZip is the zip writer excelize writes the workbook with: it adds
// the links of each worksheet to that worksheet's part.
type linkingZip struct {
	zw    *zip.Writer
	links map[string][]byte // part name → <hyperlink> elements
	cur   *linkInjector
	done  map[string]bool
}

func newLinkingZip(w io.Writer, links map[string][]byte) *linkingZip {
	return &linkingZip{zw: zip.NewWriter(w), links: links, done: map[string]bool{}}
}

func (z *linkingZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	w, err := z.zw.Create(name)
	if err != nil || z.links[name] == nil {
		return w, err
	}
	z.cur = &linkInjector{w: w, links: z.links[name]}
	z.done[name] = true
	return z.cur, nil
}

func (z *linkingZip) AddFS(fsys fs.FS) error { return z.zw.AddFS(fsys) }

func (z *linkingZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	for name := range z.links {
		if !z.done[name] {
			return fmt.Errorf("the links of %s found no worksheet to go in", name)
		}
	}
	return z.zw.Close()
}

func (z *linkingZip) finish() error {
	if z.cur == nil {
		return nil
	}
	err := z.cur.finish()
	z.cur = nil
	return err
}

// linkInjector passes a worksheet's XML through, and adds links to its
// <hyperlinks> element (making one if it has none). The cells, which are
// nearly all of it, stream through; what follows them, which is small, is
// held to find where the links go.
type linkInjector struct {
	w     io.Writer
	links []byte
	held  []byte // the last bytes, which may start "</sheetData>"
	after []byte // everything after </sheetData>
	found bool
}

const endSheetData = "</sheetData>"

func (l *linkInjector) Write(p []byte) (int, error) {
	if l.found {
		l.after = append(l.after, p...)
		return len(p), nil
	}
	data := append(l.held, p...)
	if i := bytes.Index(data, []byte(endSheetData)); i >= 0 {
		end := i + len(endSheetData)
		l.found = true
		l.after = append(l.after, data[end:]...)
		l.held = nil
		_, err := l.w.Write(data[:end])
		return len(p), err
	}
	keep := min(len(data), len(endSheetData)-1)
	if _, err := l.w.Write(data[:len(data)-keep]); err != nil {
		return 0, err
	}
	l.held = append(l.held[:0:0], data[len(data)-keep:]...)
	return len(p), nil
}

// finish writes what follows the cells, with the links in place.
func (l *linkInjector) finish() error {
	if !l.found {
		return fmt.Errorf("no %s in a worksheet", endSheetData)
	}
	rest := string(l.after)
	var out strings.Builder
	if i := strings.Index(rest, "</hyperlinks>"); i >= 0 {
		out.WriteString(rest[:i])
		out.Write(l.links)
		out.WriteString(rest[i:])
	} else {
		at := -1
		for _, tag := range afterHyperlinks {
			if i := strings.Index(rest, tag); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at < 0 {
			return fmt.Errorf("no end to a worksheet")
		}
		out.WriteString(rest[:at])
		out.WriteString("<hyperlinks>")
		out.Write(l.links)
		out.WriteString("</hyperlinks>")
		out.WriteString(rest[at:])
	}
	_, err := io.WriteString(l.w, out.String())
	return err
}
