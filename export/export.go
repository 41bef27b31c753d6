package export

import (
	"io"
	"time"

	"github.com/factsheet/factsheet/annotate"
)

// Tool names the program that made an export.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Run describes the run that made an export, for the workbook's About sheet.
// JSON, JSON Lines and CSV leave out the time and command line, so that the
// same inputs give byte-identical output. Reviews is the review work the
// format uses (see ReviewUse): that of the file being replaced (from
// Format.ReadReviews) for a format that carries it, that of the workbook
// given with --review for one that shows it; formats that hold none ignore
// it.
type Run struct {
	Tool    Tool
	Command []string
	Created time.Time
	Reviews *Reviews
}

// Writer writes documents in one format. Write is called once per document,
// in order; Close finishes the output (for JSON, the closing brackets; for a
// workbook, the whole file) but does not close the underlying io.Writer.
type Writer interface {
	Write(doc *annotate.Document) error
	Close() error
}

// RecordWriter is a Writer that can take a document already written in its
// format (the bytes its Write gave for it), as JSON Lines can: the cache
// passes documents through without decoding them.
type RecordWriter interface {
	WriteRecords(records []byte) error
}

// New returns a Writer of the named format writing to w.
func New(format string, w io.Writer, run Run) (Writer, error) {
	f, err := Lookup(format)
	if err != nil {
		return nil, err
	}
	return f.New(w, run)
}
