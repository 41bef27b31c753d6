package sources

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Manifest is a spreadsheet of sources, as CSV: a header row naming the
// columns (path, id, title, author, issued, publisher, url, and any other
// CSL-JSON field: container-title, type, page, volume, archive,
// archive_location...), then one row per source. Rows are matched to inputs
// by path (relative to the manifest's folder, or as given on the command
// line), URL or id.
type Manifest struct {
	Path string
	rows []manifestRow
	digestCache
}

type manifestRow struct {
	path string // absolute, or "" for none
	meta Meta
	line int
}

// LoadManifest reads a manifest. Errors are *ParseError values naming the
// file and line.
func LoadManifest(file string) (*Manifest, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, &ParseError{Path: file, Msg: unwrapPathError(err).Error()}
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &ParseError{Path: file, Line: 1, Msg: "empty manifest; the first row names the columns (path, id, title, author, issued...)"}
		}
		return nil, csvError(file, err)
	}
	cols := make([]string, len(header))
	has := map[string]bool{}
	for i, h := range header {
		cols[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		has[cols[i]] = true
	}
	if !has["path"] && !has["url"] && !has["id"] && !has["file"] {
		return nil, &ParseError{Path: file, Line: 1, Msg: "the first row names no path, url or id column"}
	}
	m := &Manifest{Path: file}
	base := filepath.Dir(file)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return m, nil
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := r.FieldPos(0)
		fields := map[string][]string{}
		for i, v := range rec {
			if i < len(cols) && strings.TrimSpace(v) != "" {
				fields[cols[i]] = []string{strings.TrimSpace(v)}
			}
		}
		if len(fields) == 0 {
			continue
		}
		row := manifestRow{meta: metaFromFields(fields), line: line}
		if p := firstField(fields, "path", "file"); p != "" {
			if !filepath.IsAbs(p) {
				p = filepath.Join(base, filepath.FromSlash(p))
			}
			row.path = absPath(p)
		}
		if d := firstField(fields, "issued", "date"); d != "" && row.meta.Issued != nil && row.meta.Issued.String() == "" {
			return nil, &ParseError{Path: file, Line: line, Msg: "cannot read the date " + `"` + d + `"` + " (write 1958, 1958-03, 1958-03-12, 12 March 1958 or c. 1920)"}
		}
		m.rows = append(m.rows, row)
	}
}

func firstField(fields map[string][]string, keys ...string) string {
	for _, k := range keys {
		if v := fields[k]; len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{Path: file, Line: pe.Line, Msg: pe.Err.Error()}
	}
	return &ParseError{Path: file, Msg: err.Error()}
}

// match finds the row of an input: by path (the same file), URL or id.
func (m *Manifest) match(in Input) *Meta {
	if in.URL == "" && in.Path != Stdin {
		abs := absPath(in.Path)
		for i, r := range m.rows {
			if r.path != "" && (r.path == abs || sameFile(r.path, in.Path)) {
				return &m.rows[i].meta
			}
		}
	}
	for i, r := range m.rows {
		if in.URL != "" && r.meta.URL != "" && sameURL(r.meta.URL, in.URL) && r.path == "" {
			return &m.rows[i].meta
		}
	}
	for i, r := range m.rows {
		if r.meta.ID != "" && r.path == "" && (r.meta.ID == in.ID || Slug(r.meta.ID) == in.ID) {
			return &m.rows[i].meta
		}
	}
	return nil
}
