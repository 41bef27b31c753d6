package sources

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Library is a reference library as Zotero exports it: CSL-JSON or
// BibTeX/BibLaTeX. Its entries are matched to inputs by id (or citation
// key), URL, DOI or attached file name.
type Library struct {
	Path    string
	entries []libraryEntry
	digestCache
}

type libraryEntry struct {
	meta  Meta
	keys  []string // the id and citation key
	files []string // base names of attached files
}

// ParseError is a mistake in a library or manifest file, at a line.
type ParseError struct {
	Path string
	Line int
	Msg  string
}

// Error reads "FILE:LINE: reason".
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// LoadLibrary reads a library file: CSL-JSON (an array of items, or an
// object with "items") or BibTeX, by its content. Errors are *ParseError
// values naming the file and line.
func LoadLibrary(file string) (*Library, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, &ParseError{Path: file, Msg: unwrapPathError(err).Error()}
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	lib := &Library{Path: file}
	if len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
		items, err := parseCSLJSON(data)
		if err != nil {
			if pe, ok := err.(*ParseError); ok {
				pe.Path = file
			}
			return nil, err
		}
		lib.entries = items
		return lib, nil
	}
	entries, err := ParseBibTeX(string(data))
	if err != nil {
		if pe, ok := err.(*ParseError); ok {
			pe.Path = file
		}
		return nil, err
	}
	if len(entries) == 0 && len(trimmed) > 0 {
		return nil, &ParseError{Path: file, Line: 1, Msg: "BibTeX: no entries; a library is CSL-JSON or BibTeX as Zotero exports it"}
	}
	for _, e := range entries {
		lib.entries = append(lib.entries, e.entry())
	}
	return lib, nil
}

// Items returns the library's items, in the file's order.
func (l *Library) Items() []Meta {
	out := make([]Meta, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.meta
	}
	return out
}

// parseCSLJSON reads CSL-JSON items; a syntax error names its line.
func parseCSLJSON(data []byte) ([]libraryEntry, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		var wrapped struct {
			Items []json.RawMessage `json:"items"`
		}
		if err2 := json.Unmarshal(data, &wrapped); err2 != nil || wrapped.Items == nil {
			return nil, jsonError(data, err)
		}
		raw = wrapped.Items
	}
	var out []libraryEntry
	for i, r := range raw {
		var m Meta
		if err := json.Unmarshal(r, &m); err != nil {
			return nil, &ParseError{Line: lineAt(data, bytes.Index(data, r)), Msg: fmt.Sprintf("item %d: %v", i+1, err)}
		}
		var extra struct {
			CitationKey  string `json:"citation-key"`
			CitationKey2 string `json:"citation_key"`
			File         string `json:"file"`
		}
		json.Unmarshal(r, &extra)
		e := libraryEntry{meta: m, keys: []string{m.ID, extra.CitationKey, extra.CitationKey2}}
		if extra.File != "" {
			e.files = append(e.files, path.Base(filepath.ToSlash(extra.File)))
		}
		if m.ID == "" && extra.CitationKey != "" {
			e.meta.ID = extra.CitationKey
		}
		out = append(out, e)
	}
	return out, nil
}

func jsonError(data []byte, err error) error {
	if se, ok := err.(*json.SyntaxError); ok {
		return &ParseError{Line: lineAt(data, int(se.Offset)), Msg: "not CSL-JSON: " + se.Error()}
	}
	if te, ok := err.(*json.UnmarshalTypeError); ok {
		return &ParseError{Line: lineAt(data, int(te.Offset)), Msg: "not CSL-JSON: " + te.Error()}
	}
	return &ParseError{Msg: "not CSL-JSON: " + err.Error()}
}

func lineAt(data []byte, offset int) int {
	if offset < 0 || offset > len(data) {
		return 0
	}
	return bytes.Count(data[:offset], []byte("\n")) + 1
}

// byID returns the entry whose id or citation key is id.
func (l *Library) byID(id string) *Meta {
	for i, e := range l.entries {
		for _, k := range e.keys {
			if k != "" && (k == id || Slug(k) == Slug(id)) {
				return &l.entries[i].meta
			}
		}
	}
	return nil
}

// match finds the entry of an input: by id (the input's own, or its file
// name without extension), URL, DOI (of the entry and of the format's own
// metadata) or attached file name, in that order.
func (l *Library) match(in Input, format Meta) *Meta {
	stem := ""
	if in.URL == "" && in.Path != Stdin {
		base := filepath.Base(in.Path)
		stem = strings.TrimSuffix(base, filepath.Ext(base))
	}
	for _, id := range []string{in.ID, stem} {
		if id != "" {
			if m := l.byID(id); m != nil {
				return m
			}
		}
	}
	for _, u := range []string{in.URL, format.URL} {
		if u == "" {
			continue
		}
		for i, e := range l.entries {
			if e.meta.URL != "" && sameURL(e.meta.URL, u) {
				return &l.entries[i].meta
			}
		}
	}
	if doi := normalDOI(format.DOI); doi != "" {
		for i, e := range l.entries {
			if normalDOI(e.meta.DOI) == doi {
				return &l.entries[i].meta
			}
		}
	}
	if in.URL == "" && in.Path != Stdin {
		base := filepath.Base(in.Path)
		for i, e := range l.entries {
			for _, f := range e.files {
				if f == base {
					return &l.entries[i].meta
				}
			}
		}
	}
	return nil
}

func sameURL(a, b string) bool {
	norm := func(u string) string {
		u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
		return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
	}
	return norm(a) == norm(b)
}

func normalDOI(doi string) string {
	doi = strings.ToLower(strings.TrimSpace(doi))
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"} {
		doi = strings.TrimPrefix(doi, p)
	}
	return doi
}
