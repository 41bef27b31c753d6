package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/factsheet/factsheet/annotate"
)

// csvWriter writes the claims table as CSV: UTF-8 with a byte-order mark, so
// that Excel opens it as UTF-8, and text cells that a spreadsheet would take
// for a formula neutralised.
type csvWriter struct {
	buf *bufio.Writer
	w   *csv.Writer
}

func newCSV(w io.Writer) (*csvWriter, error) {
	buf := bufio.NewWriter(w)
	if _, err := buf.WriteString("\uFEFF"); err != nil {
		return nil, err
	}
	c := &csvWriter{buf: buf, w: csv.NewWriter(buf)}
	return c, c.w.Write(claimColumns)
}

func (c *csvWriter) Write(doc *annotate.Document) error {
	for _, r := range claimRows(doc, nil) {
		vals := r.values()
		rec := make([]string, len(vals))
		for i, v := range vals {
			switch v := v.(type) {
			case *float64:
				rec[i] = formatNumber(v) // numbers we formatted cannot be formulas
			case string:
				rec[i] = Neutralise(v)
			}
		}
		if err := c.w.Write(rec); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.buf.Flush()
}

// formatNumber writes a value in plain decimal ("66000000000"), or "" for
// none.
func formatNumber(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// Neutralise guards a text cell against formula injection: a cell that
// starts with "=", "+", "-", "@", a tab or a carriage return gets a leading
// apostrophe, so that a spreadsheet shows it as text instead of running it.
func Neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
