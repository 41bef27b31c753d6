package export

import (
	"bufio"
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

// marshal encodes v as the fact sheet's JSON does (annotate.MarshalIndent).
var marshal = annotate.MarshalIndent

func (j *jsonWriter) header() error {
	tool, err := marshal(j.tool, "  ", "  ")
	if err != nil {
		return err
	}
	_, err = j.w.WriteString("{\n  \"tool\": " + string(tool) + ",\n  \"documents\": [")
	return err
}

// Write writes one document. Its parts are encoded one element at a time,
// so that a document with many claims is never held twice in memory; the
// bytes are the same as encoding the document whole.
func (j *jsonWriter) Write(doc *annotate.Document) error {
	if j.n == 0 {
		if err := j.header(); err != nil {
			return err
		}
	}
	sep := ",\n    {"
	if j.n == 0 {
		sep = "\n    {"
	}
	j.n++
	j.w.WriteString(sep)
	source, err := marshal(doc.Source, "      ", "  ")
	if err != nil {
		return err
	}
	j.w.WriteString("\n      \"source\": ")
	j.w.Write(source)
	if err := writeArray(j.w, "sentences", doc.Sentences); err != nil {
		return err
	}
	if err := writeArray(j.w, "mentions", doc.Mentions); err != nil {
		return err
	}
	if err := writeArray(j.w, "claims", doc.Claims); err != nil {
		return err
	}
	_, err = j.w.WriteString("\n    }")
	return err
}

// writeArray writes a document's field that holds a list, element by
// element, indented as a field of a document in the documents list.
func writeArray[T any](w *bufio.Writer, name string, elems []T) error {
	w.WriteString(",\n      \"" + name + "\": [")
	if len(elems) == 0 {
		_, err := w.WriteString("]")
		return err
	}
	n := 0
	for i := range elems {
		if err := writeItem(w, &n, "        ", &elems[i]); err != nil {
			return err
		}
	}
	_, err := w.WriteString("\n      ]")
	return err
}

// writeItem writes v as the next element of a JSON array whose elements
// stand on lines of their own at indent; n counts the elements written so
// far.
func writeItem(w *bufio.Writer, n *int, indent string, v any) error {
	b, err := marshal(v, indent, "  ")
	if err != nil {
		return err
	}
	if *n > 0 {
		w.WriteByte(',')
	}
	*n++
	w.WriteString("\n" + indent)
	_, err = w.Write(b)
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
