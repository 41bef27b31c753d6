package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Reader reads inputs into sources and settles their metadata, strongest
// first: the Library, the Manifest, a sidecar NAME.json next to the file,
// what fetching a URL tells (its address, the access date), the format's
// own metadata, then the file's name (and, in annotate, the title line).
// The zero Reader reads files and standard input with no library or
// manifest.
type Reader struct {
	Library  *Library
	Manifest *Manifest
	// Client fetches URLs; nil uses one with FetchTimeout.
	Client *http.Client
	// Now is the time of the run: the access date of what is fetched.
	Now time.Time
}

// Files returns the library and manifest files the Reader reads, which are
// never sources themselves.
func (r *Reader) Files() []string {
	var out []string
	if r.Library != nil {
		out = append(out, r.Library.Path)
	}
	if r.Manifest != nil {
		out = append(out, r.Manifest.Path)
	}
	return out
}

// Read reads one input with the zero Reader.
func Read(in Input, stdin io.Reader) (Source, error) { return (&Reader{}).Read(in, stdin) }

// FromBytes reads the raw bytes of an input with the zero Reader.
func FromBytes(in Input, raw []byte) (Source, error) {
	return (&Reader{}).FromBytes(in, raw, "")
}

// Read reads, decodes and describes one input; stdin is read for Stdin, and
// a URL is fetched. Failures are *Error values naming the input.
func (r *Reader) Read(in Input, stdin io.Reader) (Source, error) {
	raw, mediaType, err := r.Raw(in, stdin)
	if err != nil {
		return Source{}, err
	}
	return r.FromBytes(in, raw, mediaType)
}

// Raw reads the bytes of one input, undecoded: the file, stdin, or what a
// URL gives, with the media type its server named ("" for the others).
// FromBytes decodes them. Failures are *Error values naming the input.
func (r *Reader) Raw(in Input, stdin io.Reader) (raw []byte, mediaType string, err error) {
	return r.RawInto(in, stdin, nil)
}

// RawInto is Raw, reading a file into buf when it fits: raw is then
// buf[:len(raw)], good until buf is used again. A run that reads many
// sources only to look them up in a cache so leaves no garbage per source.
func (r *Reader) RawInto(in Input, stdin io.Reader, buf []byte) (raw []byte, mediaType string, err error) {
	switch {
	case in.URL != "":
		raw, mediaType, err = fetch(r.Client, in.URL)
	case in.Path == Stdin:
		raw, err = io.ReadAll(stdin)
	default:
		raw, err = readFile(in.Path, buf)
	}
	if err != nil {
		return nil, "", &Error{in.Path, unwrapPathError(err)}
	}
	return raw, mediaType, nil
}

// FromBytes reads the raw bytes of an input, in its format (mediaType is
// what a web server said it is, or ""), into a Source with its metadata.
func (r *Reader) FromBytes(in Input, raw []byte, mediaType string) (Source, error) {
	if isOwnOutput(raw) {
		return Source{}, &Error{in.Path, ErrOwnOutput}
	}
	name := in.Path
	if ext := mediaExtension[mediaType]; ext != "" {
		name = "page" + ext
	}
	format := sniff(raw, name)
	doc, err := parse(format, raw)
	if err != nil {
		return Source{}, &Error{in.Path, err}
	}
	sum := sha256.Sum256(raw)
	src := Source{
		ID:       in.ID,
		SHA256:   hex.EncodeToString(sum[:]),
		Format:   format,
		Encoding: doc.encoding,
		Text:     doc.text,
		Pages:    doc.pages,
		Notes:    doc.notes,
		MetaFrom: map[string]string{},
	}
	switch {
	case in.URL != "":
		src.URL = in.URL
	case in.Path != Stdin:
		src.Path = in.Path
	}
	if err := r.describe(&src, in, doc); err != nil {
		return Source{}, &Error{in.Path, err}
	}
	return src, nil
}

var mediaExtension = map[string]string{
	"text/html": ".html", "application/xhtml+xml": ".html", "text/markdown": ".md",
	"text/x-markdown": ".md", "application/pdf": ".pdf", "text/plain": ".txt",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}

// describe settles a source's metadata from every layer, strongest first,
// and its id from a library or manifest entry that has one.
func (r *Reader) describe(src *Source, in Input, doc document) error {
	var m Meta
	from := src.MetaFrom
	var lib, row *Meta
	if r.Manifest != nil {
		row = r.Manifest.match(in)
	}
	if r.Library != nil {
		if row != nil && row.ID != "" {
			lib = r.Library.byID(row.ID) // the row names its library entry
		}
		if lib == nil {
			lib = r.Library.match(in, doc.meta)
		}
	}
	id := ""
	if lib != nil {
		fill(&m, from, *lib, FromLibrary)
		id = lib.ID
	}
	if row != nil {
		fill(&m, from, *row, FromManifest)
		if row.ID != "" {
			id = row.ID
		}
	}
	if in.Path != Stdin && in.URL == "" {
		side, err := sidecar(in)
		if err != nil {
			return err
		}
		fill(&m, from, side, FromSidecar)
	}
	if in.URL != "" {
		fetched := Meta{URL: in.URL}
		if !r.Now.IsZero() {
			fetched.Accessed = DateOf(r.Now)
		}
		fill(&m, from, fetched, FromFetch)
	}
	fill(&m, from, doc.meta, doc.metaFrom)
	if in.Path != Stdin && in.URL == "" {
		fill(&m, from, fileNameMeta(in.Path), FromFileName)
	}
	if id != "" {
		src.ID = Slug(id)
	}
	m.ID = src.ID
	if m.Type == "" {
		m.Type = typeOf(m, src.Format)
	}
	src.Meta = m
	return nil
}

// sidecarPaths are the names a sidecar of path may have: NAME.EXT.json,
// then NAME.json.
func sidecarPaths(path string) []string {
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	out := []string{path + ".json"}
	if stem+".json" != path {
		out = append(out, stem+".json")
	}
	return out
}

// sidecarsOf are the paths a sidecar of in may have (see sidecarPaths)
// that may be there: those Expand saw in the input's folder, or all.
func sidecarsOf(in Input) []string {
	paths := sidecarPaths(in.Path)
	if !in.listed {
		return paths
	}
	kept := paths[:0]
	for i, p := range paths {
		if in.sidecars&(1<<i) != 0 {
			kept = append(kept, p)
		}
	}
	return kept
}

// sidecar reads the CSL-JSON item next to a source, if there is one.
func sidecar(in Input) (Meta, error) {
	for _, p := range sidecarsOf(in) {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var m Meta
		if err := json.Unmarshal(data, &m); err != nil {
			return Meta{}, fmt.Errorf("sidecar %s: not a CSL-JSON item: %w", filepath.Base(p), err)
		}
		return m, nil
	}
	return Meta{}, nil
}

// isSidecar reports whether a file is the sidecar of another of files.
func isSidecar(path string, files map[string]bool) bool {
	if !strings.EqualFold(filepath.Ext(path), ".json") {
		return false
	}
	stem := strings.TrimSuffix(path, filepath.Ext(path))
	sibling := files[stem]
	for f := range files {
		if f != path && strings.TrimSuffix(f, filepath.Ext(f)) == stem {
			sibling = true
		}
	}
	if !sibling {
		return false
	}
	// A fact sheet written as NAME.json beside NAME.csv is not a sidecar.
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return !isOwnOutput(head[:n])
}
