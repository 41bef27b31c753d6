package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/factsheet/factsheet/annotate"
)

// jsonWriter writes {"tool": ..., "documents": [...]}, indented by two
// spaces, one document at a time.
type jsonWriter struct {
	w    *bufio.Writer
	tool Tool
	n    int
}

func newJSON(w io.Writer, run Run) *jsonWriter {
	return &jsonWriter{w: bufio.NewWriter(w), tool: run.Tool}
}

// marshal encodes v as indented JSON without HTML escaping, so that source
// text stays readable, and without the encoder's final newline.
func marshal(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

func (j *jsonWriter) header() error {
	tool, err := marshal(j.tool, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = j.w.WriteString("{\n  \"tool\": " + string(tool) + ",\n  \"documents\": [")
	return err
}

func (j *jsonWriter) Write(doc *annotate.Document) error {
	if j.n == 0 {
		if err := j.header(); err != nil {
			return err
		}
	}
	b, err := marshal(doc, "    ", "  ")
	if err != nil {
		return err
	}
	sep := ",\n    "
	if j.n == 0 {
		sep = "\n    "
	}
	j.n++
	j.w.WriteString(sep)
	_, err = j.w.Write(b)
	return err
}

func (j *jsonWriter) Close() error {
	if j.n == 0 {
		if err := j.header(); err != nil {
			return err
		}
		j.w.WriteString("]\n}\n")
	} else {
		j.w.WriteString("\n  ]\n}\n")
	}
	return j.w.Flush()
}
