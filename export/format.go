package export

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// ReviewUse says what a format does with a reviewer's work (the Status,
// Reviewer note and Evidence of each claim).
type ReviewUse int

// The uses of review work.
const (
	// ReviewNone: the format holds no review work.
	ReviewNone ReviewUse = iota
	// ReviewCarried: the format holds review work, and writing over a file
	// of it carries the work in that file over to the new one by claim ID.
	ReviewCarried
	// ReviewShown: the format shows the review work of a workbook given
	// with --review FILE, when one is.
	ReviewShown
	// ReviewNeeded: the format is made from the review work of a workbook
	// given with --review FILE.
	ReviewNeeded
)

// String says what the use is, as the README's table of formats says it.
func (u ReviewUse) String() string {
	switch u {
	case ReviewCarried:
		return "carried over from the file it replaces"
	case ReviewShown:
		return "shown, from `--review FILE`"
	case ReviewNeeded:
		return "made from `--review FILE`"
	}
	return "no"
}

// Format is one output format, as the registry (Formats) knows it: the
// command line, its help and the README's table of formats are made from
// it.
type Format struct {
	Name       string    // as given to --format
	Extensions []string  // of its files, with the dot, the usual one first
	Streaming  bool      // can be written to standard output as it is made
	Review     ReviewUse // what it does with review work
	Kind       string    // what one of its files is called: "workbook", "file"
	Summary    string    // what it is, in a few words

	// New returns a Writer of the format writing to w.
	New func(w io.Writer, run Run) (Writer, error)

	// readReviews reads the review work of a file of the format about to be
	// replaced; set for formats whose review work is carried.
	readReviews func(path string) (*Reviews, error)
	// openReviews reads the review work of a file of the format given
	// with --review, without the checks for replacing it.
	openReviews func(path string) (*Reviews, error)
	// replace writes a file of the format over path, keeping what prev
	// read from it; nil for a plain atomic write (WriteFile).
	replace func(path string, prev *Reviews, now time.Time, write func(io.Writer) error) (backup string, err error)
}

// Formats is the registry of output formats, the default first.
var Formats = []*Format{
	{
		Name: "xlsx", Extensions: []string{".xlsx"}, Review: ReviewCarried, Kind: "workbook",
		Summary:     "Excel workbook for a reviewer: Claims, Sentences, Entities, Dates, Sources, About",
		New:         func(w io.Writer, run Run) (Writer, error) { return newXLSX(w, run) },
		readReviews: ReadReviews,
		openReviews: readWorkbookReviews,
		replace:     WriteWorkbook,
	},
	{
		Name: "json", Extensions: []string{".json"}, Streaming: true, Kind: "file",
		Summary: "the whole model: sources, sentences, mentions, claims",
		New:     func(w io.Writer, run Run) (Writer, error) { return newJSON(w, run), nil },
	},
	{
		Name: "jsonl", Extensions: []string{".jsonl", ".ndjson"}, Streaming: true, Kind: "file",
		Summary: "one record per line: source, sentence, mention, claim",
		New:     func(w io.Writer, _ Run) (Writer, error) { return newJSONL(w), nil },
	},
	{
		Name: "csv", Extensions: []string{".csv"}, Streaming: true, Kind: "file",
		Summary: "the claims table",
		New:     func(w io.Writer, _ Run) (Writer, error) { return newCSV(w) },
	},
	{
		Name: "html", Extensions: []string{".html", ".htm"}, Review: ReviewShown, Kind: "page",
		Summary: "a reading view in the browser: the texts with their marks, a panel of claims, a timeline, the sources; one self-contained page",
		New:     func(w io.Writer, run Run) (Writer, error) { return newHTML(w, run) },
	},
	{
		Name: "w3c", Extensions: []string{".jsonld"}, Streaming: true, Kind: "file",
		Summary: "W3C Web Annotation JSON-LD: an AnnotationCollection, an Annotation for every entity, date and quantity",
		New:     func(w io.Writer, run Run) (Writer, error) { return newW3C(w, run), nil },
	},
	{
		Name: "sqlite", Extensions: []string{".sqlite", ".sqlite3", ".db"}, Review: ReviewCarried, Kind: "database",
		Summary:     "SQLite database (sources, sentences, mentions, claims, entities; full-text search) for SQL and Datasette",
		New:         func(w io.Writer, run Run) (Writer, error) { return newSQLite(w, run) },
		readReviews: readSQLiteReviews,
		openReviews: func(path string) (*Reviews, error) { return openSQLiteReviews(path, false) },
		replace:     WriteWorkbook,
	},
	{
		Name: "tei", Extensions: []string{".tei.xml", ".xml"}, Streaming: true, Kind: "file",
		Summary: "TEI P5 XML for editions and corpora: a TEI document per source, its sentences with names, dates and numbers tagged",
		New:     func(w io.Writer, run Run) (Writer, error) { return newTEI(w, run), nil },
	},
	{
		Name: "claimreview", Extensions: []string{".claimreview.jsonld"}, Streaming: true, Review: ReviewNeeded, Kind: "file",
		Summary: "schema.org ClaimReview JSON-LD of the claims a reviewer marked, for publishing fact checks",
		New:     func(w io.Writer, run Run) (Writer, error) { return newClaimReview(w, run), nil },
	},
}

// Default is the format written when neither --format nor -o names one.
var Default = Formats[0]

// Lookup returns the format of a name, or an error naming the formats.
func Lookup(name string) (*Format, error) {
	for _, f := range Formats {
		if f.Name == name {
			return f, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", name, FormatNames(", "))
}

// ForPath returns the format an output path's extension names, or nil.
// The longest extension that ends the name wins: "x.claimreview.jsonld"
// is claimreview, "x.jsonld" w3c.
func ForPath(path string) *Format {
	name := strings.ToLower(filepath.Base(path))
	var best *Format
	longest := 0
	for _, f := range Formats {
		for _, e := range f.Extensions {
			if len(e) > longest && len(name) > len(e) && strings.HasSuffix(name, e) {
				best, longest = f, len(e)
			}
		}
	}
	return best
}

// FormatNames joins the names of the formats with sep.
func FormatNames(sep string) string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, sep)
}

// StreamingNames joins the names of the formats that can be written to
// standard output.
func StreamingNames(sep string) string {
	var names []string
	for _, f := range Formats {
		if f.Streaming {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, sep)
}

// ReviewFormatNames joins the names of the formats that show or publish
// the review work of a file given with --review.
func ReviewFormatNames() string {
	var names []string
	for _, f := range Formats {
		if f.Review == ReviewShown || f.Review == ReviewNeeded {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

// Extensions lists the extensions of every format's files, as
// ".json, .jsonl or .ndjson, ..." for the help text.
func Extensions() string {
	parts := make([]string, len(Formats))
	for i, f := range Formats {
		parts[i] = strings.Join(f.Extensions, " or ")
	}
	return strings.Join(parts, ", ")
}

// FileName is the name of a file of the format written where no -o is
// given: "factsheet.xlsx".
func (f *Format) FileName() string { return "factsheet" + f.Extensions[0] }

// ReadReviews reads the review work in the file at path that a new file of
// the format is about to replace, before anything is annotated, so that a
// file that is open, damaged or of something else is refused at once and
// left untouched. Formats whose review work is not carried have none: nil.
func (f *Format) ReadReviews(path string) (*Reviews, error) {
	if f.readReviews == nil {
		return nil, nil
	}
	return f.readReviews(path)
}

// WriteFile writes a file of the format at path atomically. A format that
// carries review work replaces the file only if it is unchanged since prev
// was read from it, and keeps the old one as a backup, whose name it
// returns ("" when there was none to keep).
func (f *Format) WriteFile(path string, prev *Reviews, now time.Time, write func(io.Writer) error) (backup string, err error) {
	if f.replace == nil {
		return "", WriteFile(path, write)
	}
	return f.replace(path, prev, now, write)
}

// FormatHelp lists the formats for --help, one a line: name, extensions
// and what it is.
func FormatHelp() string {
	var b strings.Builder
	for _, f := range Formats {
		fmt.Fprintf(&b, "  %-12s %-16s %s\n", f.Name, strings.Join(f.Extensions, " "), f.Summary)
	}
	return strings.TrimRight(b.String(), "\n")
}

// FormatTable is the README's table of formats, in Markdown, made from the
// registry.
func FormatTable() string {
	var b strings.Builder
	b.WriteString("| format | extensions | to standard output | review work | what |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, f := range Formats {
		exts := make([]string, len(f.Extensions))
		for i, e := range f.Extensions {
			exts[i] = "`" + e + "`"
		}
		stream := "no"
		if f.Streaming {
			stream = "yes"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", f.Name, strings.Join(exts, ", "), stream, f.Review, f.Summary)
	}
	return b.String()
}
