package sources

import "sort"

// Source is one input, decoded to UTF-8 and read in its format. Offsets
// everywhere else in factsheet are byte offsets into Text, the text a reader
// sees: for Markdown without its markup, for HTML the main text of the page,
// for DOCX and PDF the text of the document.
type Source struct {
	ID       string `json:"id"`             // see Expand: from the path under its folder, or the library
	Path     string `json:"path,omitempty"` // the file it was read from
	URL      string `json:"url,omitempty"`  // the address it was fetched from
	SHA256   string `json:"sha256"`         // of the raw bytes, before decoding
	Format   string `json:"format"`         // text, markdown, html, docx or pdf
	Encoding string `json:"encoding"`       // the encoding the raw bytes were decoded from
	Text     string `json:"text"`
	// Pages are where the pages of the original begin in Text: a PDF's
	// pages, or the page markers of a transcription. Empty when unknown.
	Pages []Page `json:"pages,omitempty"`
	// Notes is where the notes kept apart from the body (a DOCX's
	// footnotes) begin in Text, or 0 when there are none.
	Notes int  `json:"notes,omitempty"`
	Meta  Meta `json:"meta"`
	// Citation is the source's entry in a bibliography, in the style of
	// CitationStyle (chicago, apa or mla), made from Meta.
	Citation      string `json:"citation,omitempty"`
	CitationStyle string `json:"citation_style,omitempty"`
	// MetaFrom says where each field of Meta came from ("library",
	// "manifest", "sidecar", "front matter", "html", "docx", "pdf", "title
	// line", "file name"...), by CSL-JSON field name.
	MetaFrom map[string]string `json:"meta_from,omitempty"`
}

// Page is where one page of the original begins in a source's text.
type Page struct {
	Label string `json:"label"` // the page's number as printed: "45", "xii"
	Start int    `json:"start"` // byte offset in Text
}

// PageAt returns the label of the page that holds offset, or "" when the
// source has no pages or offset comes before the first.
func (s *Source) PageAt(offset int) string {
	// Pages are in text order: the page is the last that starts by offset
	// (found by halving, since every sentence of a long PDF asks).
	i := sort.Search(len(s.Pages), func(i int) bool { return s.Pages[i].Start > offset })
	if i == 0 {
		return ""
	}
	return s.Pages[i-1].Label
}

// Meta is the citation metadata of a source, as a CSL-JSON item (the format
// of Zotero and citeproc). Only the fields factsheet uses are kept; an item
// read from a library keeps them whatever else it has.
type Meta struct {
	ID              string     `json:"id,omitempty"`
	Type            string     `json:"type"`
	Title           string     `json:"title,omitempty"`
	ContainerTitle  string     `json:"container-title,omitempty"`
	CollectionTitle string     `json:"collection-title,omitempty"`
	Author          []Name     `json:"author,omitempty"`
	Editor          []Name     `json:"editor,omitempty"`
	Recipient       []Name     `json:"recipient,omitempty"`
	Issued          *DateParts `json:"issued,omitempty"`
	Publisher       string     `json:"publisher,omitempty"`
	PublisherPlace  string     `json:"publisher-place,omitempty"`
	Edition         string     `json:"edition,omitempty"`
	Volume          string     `json:"volume,omitempty"`
	Issue           string     `json:"issue,omitempty"`
	Page            string     `json:"page,omitempty"`
	Section         string     `json:"section,omitempty"`
	Genre           string     `json:"genre,omitempty"`
	Medium          string     `json:"medium,omitempty"`
	Archive         string     `json:"archive,omitempty"`
	ArchiveLocation string     `json:"archive_location,omitempty"`
	ArchivePlace    string     `json:"archive-place,omitempty"`
	Number          string     `json:"number,omitempty"`
	DOI             string     `json:"DOI,omitempty"`
	ISBN            string     `json:"ISBN,omitempty"`
	URL             string     `json:"URL,omitempty"`
	Accessed        *DateParts `json:"accessed,omitempty"`
	Language        string     `json:"language,omitempty"`
	Note            string     `json:"note,omitempty"`
}

// Name is a CSL-JSON name: a family and given name, or a literal one for
// organisations.
type Name struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

// DateParts is a CSL-JSON date: {"date-parts": [[1958, 2, 17]]}, with
// "circa": true for an approximate one ("c. 1920"), or a literal when the
// date could not be read into parts.
type DateParts struct {
	DateParts [][]int `json:"date-parts,omitempty"`
	Circa     bool    `json:"circa,omitempty"`
	Literal   string  `json:"literal,omitempty"`
}
