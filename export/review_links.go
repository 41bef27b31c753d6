package export

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// linkTargets holds where the hyperlinks of a worksheet point: a URL for a
// link out of the workbook, a location ("'Sheet'!A1") for one within it.
type linkTargets struct {
	cells  map[string]string // by cell ("Q5")
	ranges []rangeLink       // links over a range of cells
}

type rangeLink struct {
	c1, r1, c2, r2 int
	target         string
}

// target returns where the link on a cell points, or "".
func (lt *linkTargets) target(cell string) string {
	if t, ok := lt.cells[cell]; ok {
		return t
	}
	c, r, err := excelize.CellNameToCoordinates(cell)
	if err != nil {
		return ""
	}
	for _, rl := range lt.ranges {
		if c >= rl.c1 && c <= rl.c2 && r >= rl.r1 && r <= rl.r2 {
			return rl.target
		}
	}
	return ""
}

// xlsxPackage is a workbook file opened as the ZIP package it is, to
// stream its worksheets: excelize would load a whole worksheet into memory
// to read it (gigabytes for a sheet of a million claims).
type xlsxPackage struct {
	zr        *zip.ReadCloser
	parts     map[string]*zip.File
	sheetPart map[string]string // sheet name → its worksheet part
	sst       []string          // the shared strings, once read
	sstRead   bool
}

// openPackage opens a workbook file as a package.
func openPackage(file string) (*xlsxPackage, error) {
	zr, err := zip.OpenReader(file)
	if err != nil {
		return nil, err
	}
	p := &xlsxPackage{zr: zr, parts: map[string]*zip.File{}, sheetPart: map[string]string{}}
	for _, f := range zr.File {
		p.parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := decodePart(p.parts, "xl/workbook.xml", &wb); err != nil {
		zr.Close()
		return nil, err
	}
	wbRels, err := readRels(p.parts, "xl/workbook.xml")
	if err != nil {
		zr.Close()
		return nil, err
	}
	for _, s := range wb.Sheets {
		p.sheetPart[s.Name] = wbRels[s.RID]
	}
	return p, nil
}

// Close closes the file.
func (p *xlsxPackage) Close() error { return p.zr.Close() }

// part returns the worksheet part of a sheet.
func (p *xlsxPackage) part(sheet string) (string, error) {
	part := p.sheetPart[sheet]
	if p.parts[part] == nil {
		return "", errors.New("no worksheet part for sheet " + sheet)
	}
	return part, nil
}

// sheetLinks reads the hyperlinks of a worksheet straight from the workbook
// file. The hyperlinks come after the cells, so this streams past the cells
// to them.
func sheetLinks(file, sheet string) (*linkTargets, error) {
	p, err := openPackage(file)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	return p.links(sheet)
}

// links reads the hyperlinks of a worksheet.
func (p *xlsxPackage) links(sheet string) (*linkTargets, error) {
	part, err := p.part(sheet)
	if err != nil {
		return nil, err
	}
	parts := p.parts
	sheetRels, err := readRels(parts, part)
	if err != nil {
		return nil, err
	}
	rc, err := parts[part].Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r, found, err := seekTag(rc, "hyperlinks")
	lt := &linkTargets{cells: map[string]string{}}
	if err != nil || !found {
		return lt, err
	}
	dec := xml.NewDecoder(r)
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "hyperlink" {
				continue
			}
			var ref, target string
			for _, a := range t.Attr {
				switch {
				case a.Name.Local == "ref":
					ref = a.Value
				case a.Name.Local == "location" && target == "":
					target = a.Value
				case a.Name.Local == "id":
					if url := sheetRels[a.Value]; url != "" {
						target = url
					}
				}
			}
			lt.add(ref, target)
		case xml.EndElement:
			if t.Name.Local == "hyperlinks" {
				return lt, nil
			}
		}
	}
}

// add files a link under its cell or range.
func (lt *linkTargets) add(ref, target string) {
	if ref == "" || target == "" {
		return
	}
	from, to, isRange := strings.Cut(ref, ":")
	if !isRange {
		lt.cells[ref] = target
		return
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(from)
	c2, r2, err2 := excelize.CellNameToCoordinates(to)
	if err1 == nil && err2 == nil {
		lt.ranges = append(lt.ranges, rangeLink{min(c1, c2), min(r1, r2), max(c1, c2), max(r1, r2), target})
	}
}

// decodePart unmarshals an XML part of the package.
func decodePart(parts map[string]*zip.File, name string, v any) error {
	f := parts[name]
	if f == nil {
		return errors.New("no " + name)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// relationship is one Relationship of a part's .rels file: its id, type,
// target and target mode.
type relationship struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	Mode   string `xml:"TargetMode,attr"`
}

// relationships reads the relationships of a part; none when it has no
// .rels file.
func relationships(parts map[string]*zip.File, part string) ([]relationship, error) {
	dir, base := path.Split(part)
	name := dir + "_rels/" + base + ".rels"
	if parts[name] == nil {
		return nil, nil
	}
	var rels struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := decodePart(parts, name, &rels); err != nil {
		return nil, err
	}
	return rels.Rels, nil
}

// readRels reads the relationships of a part: id → the target, as a part
// name for a part of the package, or as it is (a URL) for an external one.
func readRels(parts map[string]*zip.File, part string) (map[string]string, error) {
	rels, err := relationships(parts, part)
	if err != nil {
		return nil, err
	}
	dir, _ := path.Split(part)
	out := map[string]string{}
	for _, r := range rels {
		switch {
		case r.Mode == "External":
			out[r.ID] = r.Target
		case strings.HasPrefix(r.Target, "/"):
			out[r.ID] = strings.TrimPrefix(r.Target, "/")
		default:
			out[r.ID] = path.Join(dir, r.Target)
		}
	}
	return out, nil
}

// seekTag reads r up to the start tag of an element with the given local
// name (with or without a namespace prefix) and returns a reader from that
// tag on. Text in XML cannot hold a bare "<", so "<name" or "<prefix:name"
// is always a tag.
func seekTag(r io.Reader, local string) (io.Reader, bool, error) {
	const chunk = 1 << 20
	const lookback = 64 // the end of a chunk is searched again with the next: a tag may straddle them
	pat := []byte(local)
	buf := make([]byte, lookback+chunk)
	carried := 0
	for {
		n, err := io.ReadFull(r, buf[carried:carried+chunk])
		data := buf[:carried+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return nil, false, err
		}
		for from := 0; ; {
			i := bytes.Index(data[from:], pat)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			end := i + len(pat)
			if end == len(data) || !bytes.ContainsRune([]byte("> \t\r\n/"), rune(data[end])) {
				continue // not the whole name, or its end is in the next chunk (searched again there)
			}
			if start := tagStart(data, i); start >= 0 {
				return io.MultiReader(bytes.NewReader(data[start:]), r), true, nil
			}
		}
		if eof {
			return nil, false, nil
		}
		carried = copy(buf, data[len(data)-lookback:])
	}
}

// tagStart returns where the tag whose name begins at i starts ("<name" or
// "<prefix:name"), or -1 if no tag does.
func tagStart(data []byte, i int) int {
	if i > 0 && data[i-1] == '<' {
		return i - 1
	}
	if i < 2 || data[i-1] != ':' {
		return -1
	}
	k := i - 2
	for k >= 0 && isNameByte(data[k]) {
		k--
	}
	if k >= 0 && k < i-2 && data[k] == '<' {
		return k
	}
	return -1
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// readRelTypes reads the types of the relationships of a part, by id.
func readRelTypes(parts map[string]*zip.File, part string) (map[string]string, error) {
	rels, err := relationships(parts, part)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range rels {
		out[r.ID] = r.Type
	}
	return out, nil
}
