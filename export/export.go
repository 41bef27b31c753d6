package export

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
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
// same inputs give byte-identical output. Reviews is the review work of the
// workbook being replaced (from ReadReviews), which the workbook writer
// carries over; the other formats ignore it.
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

// Formats lists the output formats, the default first.
var Formats = []string{"xlsx", "json", "jsonl", "csv"}

// Streaming reports whether a format can be written to standard output.
func Streaming(format string) bool {
	return format == "json" || format == "jsonl" || format == "csv"
}

// FormatFromPath returns the format an output path's extension names
// (".xlsx", ".json", ".jsonl" or ".ndjson", ".csv"), or "" for none.
func FormatFromPath(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return "xlsx"
	case ".json":
		return "json"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".csv":
		return "csv"
	}
	return ""
}

// CheckFormat returns an error naming the formats when format is not one of
// them.
func CheckFormat(format string) error {
	for _, f := range Formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// New returns a Writer of the format writing to w.
func New(format string, w io.Writer, run Run) (Writer, error) {
	switch format {
	case "json":
		return newJSON(w, run), nil
	case "jsonl":
		return newJSONL(w), nil
	case "csv":
		return newCSV(w)
	case "xlsx":
		return newXLSX(w, run)
	}
	return nil, CheckFormat(format)
}
