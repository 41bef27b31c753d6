package sources

import (
	"fmt"
	"strconv"
)

// Source is one input, decoded to UTF-8. Offsets everywhere else in factsheet
// are byte offsets into Text.
type Source struct {
	ID       string `json:"id"`             // slug of the file name, unique within a run
	Path     string `json:"path,omitempty"` // the file it was read from
	URL      string `json:"url,omitempty"`  // the address it was fetched from
	SHA256   string `json:"sha256"`         // of the raw bytes, before decoding
	Encoding string `json:"encoding"`       // the encoding the raw bytes were decoded from
	Text     string `json:"text"`
	Meta     Meta   `json:"meta"`
}

// Meta is the citation metadata of a source, as a CSL-JSON item (the format
// of Zotero and citeproc).
type Meta struct {
	ID        string     `json:"id,omitempty"`
	Type      string     `json:"type"`
	Title     string     `json:"title,omitempty"`
	Author    []Name     `json:"author,omitempty"`
	Issued    *DateParts `json:"issued,omitempty"`
	Publisher string     `json:"publisher,omitempty"`
	URL       string     `json:"URL,omitempty"`
	Accessed  *DateParts `json:"accessed,omitempty"`
}

// Name is a CSL-JSON name: a family and given name, or a literal one for
// organisations.
type Name struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// DateParts is a CSL-JSON date: {"date-parts": [[1958, 2, 17]]}.
type DateParts struct {
	DateParts [][]int `json:"date-parts"`
}

// String writes the date as "1958", "1958-02" or "1958-02-17", or "" for
// none.
func (d *DateParts) String() string {
	if d == nil || len(d.DateParts) == 0 || len(d.DateParts[0]) == 0 {
		return ""
	}
	parts := d.DateParts[0]
	s := strconv.Itoa(parts[0])
	for _, p := range parts[1:min(len(parts), 3)] {
		s += fmt.Sprintf("-%02d", p)
	}
	return s
}
