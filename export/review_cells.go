package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// cellKind is the type of a value typed into a cell.
type cellKind int

// The kinds of cell values.
const (
	kindText   cellKind = iota
	kindNumber          // a number; a date is a number with a date format
	kindBool
	kindError // #N/A and the like, as a formula's cached value
	kindISODate
)

// typedCell is a cell as it is stored: its value with its type, the
// formula that computed it, and its style, so that what a person typed is
// written back as it was, not as the text a spreadsheet shows for it.
type typedCell struct {
	col     int // 1-based
	kind    cellKind
	text    string // the string, or the number, TRUE/FALSE (1/0) or error as stored
	formula string // without the leading "="; "" for a plain value
	style   int    // index into the workbook's cell formats
	link    string // where a hyperlink on the cell points, if any
}

// empty reports whether the cell holds nothing a person typed.
func (c *typedCell) empty() bool {
	return c == nil || c.formula == "" && strings.TrimSpace(c.text) == ""
}

// same reports whether two cells hold the same.
func (c *typedCell) same(o *typedCell) bool {
	if c.empty() || o.empty() {
		return c.empty() == o.empty()
	}
	return c.kind == o.kind && c.text == o.text && c.formula == o.formula && c.link == o.link
}

// String is the cell's value as text.
func (c *typedCell) String() string {
	if c == nil {
		return ""
	}
	if c.kind == kindBool {
		if c.text == "1" {
			return "TRUE"
		}
		return "FALSE"
	}
	return c.text
}

// xmlCell is a <c> element of a worksheet.
type xmlCell struct {
	R string `xml:"r,attr"`
	T string `xml:"t,attr"`
	S int    `xml:"s,attr"`
	F *struct {
		Text string `xml:",chardata"`
	} `xml:"f"`
	V  *string   `xml:"v"`
	Is *richText `xml:"is"`
}

// richText is a string of the workbook: plain, or in runs of formatting.
type richText struct {
	T *struct {
		Text string `xml:",chardata"`
	} `xml:"t"`
	R []struct {
		T struct {
			Text string `xml:",chardata"`
		} `xml:"t"`
	} `xml:"r"`
}

func (r *richText) String() string {
	var sb strings.Builder
	if r.T != nil {
		sb.WriteString(r.T.Text)
	}
	for _, run := range r.R {
		sb.WriteString(run.T.Text)
	}
	return sb.String()
}

// sharedStrings reads the workbook's table of shared strings.
func (p *xlsxPackage) sharedStrings() ([]string, error) {
	if p.sstRead {
		return p.sst, nil
	}
	p.sstRead = true
	f := p.parts["xl/sharedStrings.xml"]
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return p.sst, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			var si richText
			if err := dec.DecodeElement(&si, &se); err != nil {
				return nil, err
			}
			p.sst = append(p.sst, si.String())
		}
	}
}

// rows streams the rows of a worksheet: fn gets each row's number (from 1)
// and its cells that hold something, in order. Empty rows are skipped.
func (p *xlsxPackage) rows(sheet string, fn func(row int, cells []typedCell) error) error {
	part, err := p.part(sheet)
	if err != nil {
		return err
	}
	sst, err := p.sharedStrings()
	if err != nil {
		return err
	}
	rc, err := p.parts[part].Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(rc)
	row, col := 0, 0
	var cells []typedCell
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row++
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						if n, err := strconv.Atoi(a.Value); err == nil {
							row = n
						}
					}
				}
				col, cells = 0, nil // a new slice: the caller may keep the cells
			case "c":
				var xc xmlCell
				if err := dec.DecodeElement(&xc, &t); err != nil {
					return err
				}
				col++
				if xc.R != "" {
					if c, r, err := excelize.CellNameToCoordinates(xc.R); err == nil {
						col, row = c, r
					}
				}
				if c, ok := xc.typed(sst); ok {
					c.col = col
					cells = append(cells, c)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "row" && len(cells) > 0 {
				if err := fn(row, cells); err != nil {
					return err
				}
			}
			if t.Name.Local == "sheetData" {
				return nil
			}
		}
	}
}

// typed reads the value of a <c> element. ok is false for a cell with
// neither a value nor a formula (one that is only formatted).
func (xc *xmlCell) typed(sst []string) (typedCell, bool) {
	c := typedCell{style: xc.S}
	if xc.F != nil {
		c.formula = strings.TrimPrefix(xc.F.Text, "=")
	}
	v := ""
	if xc.V != nil {
		v = *xc.V
	}
	switch xc.T {
	case "s":
		if i, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && i >= 0 && i < len(sst) {
			c.text = sst[i]
		}
	case "inlineStr":
		if xc.Is != nil {
			c.text = xc.Is.String()
		}
	case "str":
		c.text = v
	case "b":
		c.kind, c.text = kindBool, strings.TrimSpace(v)
	case "e":
		c.kind, c.text = kindError, v
	case "d":
		c.kind, c.text = kindISODate, v
	default:
		if strings.TrimSpace(v) != "" {
			c.kind, c.text = kindNumber, strings.TrimSpace(v)
		}
	}
	return c, c.formula != "" || c.text != ""
}
