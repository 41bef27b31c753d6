package export

import (
	"bufio"
	"bytes"
	"io"
	"unicode/utf8"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// The records of JSON Lines output. Each line is one record; its "record"
// field says which kind and its "source" field names the source id, so that
// streams of many sources can be split, sharded and joined again.
type (
	sourceRecord struct {
		Record   string `json:"record"`
		SourceID string `json:"source"`
		sources.Source
	}
	sentenceRecord struct {
		Record   string `json:"record"`
		SourceID string `json:"source"`
		annotate.Sentence
	}
	mentionRecord struct {
		Record   string `json:"record"`
		SourceID string `json:"source"`
		annotate.Mention
	}
	claimRecord struct {
		Record   string `json:"record"`
		SourceID string `json:"source"`
		annotate.Claim
	}
)

// jsonlWriter writes one record per line: the source, then its sentences,
// mentions and claims, part by part (see annotate.Document.Parts), so that
// a long source annotated a part at a time (annotate.Options.AnnotateParts)
// streams out as its parts are made, and a document written whole gives
// the same bytes.
type jsonlWriter struct {
	w   *bufio.Writer
	buf []byte
}

func newJSONL(w io.Writer) *jsonlWriter { return &jsonlWriter{w: bufio.NewWriter(w)} }

func (j *jsonlWriter) Write(doc *annotate.Document) error {
	if err := WriteSourceRecord(j.w, &doc.Source); err != nil {
		return err
	}
	for _, p := range doc.Parts() {
		var err error
		if j.buf, err = AppendPartRecords(j.buf[:0], doc.Source.ID, p); err != nil {
			return err
		}
		if _, err := j.w.Write(j.buf); err != nil {
			return err
		}
	}
	return nil
}

// WriteSourceRecord writes the JSON Lines record of a source to w, as the
// jsonl format writes it before the source's other records. The text is
// written a megabyte at a time, so that a long source's record is never
// held whole in memory beside the text.
func WriteSourceRecord(w io.Writer, src *sources.Source) error {
	rec := sourceRecord{"source", src.ID, *src}
	rec.Text = ""
	line, err := marshal(rec, "", "")
	if err != nil {
		return err
	}
	// The text's field is the first `"text":""`: the fields before it are
	// strings, whose quotes are escaped.
	const field = `"text":""`
	at := bytes.Index(line, []byte(field)) + len(field) - 1
	if _, err := w.Write(line[:at]); err != nil {
		return err
	}
	for text := src.Text; text != ""; {
		n := len(text)
		if n > textChunk {
			// Cut where a character starts, never inside one: escaping is
			// the same on either side (an invalid byte is replaced on its
			// own).
			n = textChunk
			for n < len(text) && !utf8.RuneStart(text[n]) {
				n++
			}
		}
		quoted, err := marshal(text[:n], "", "")
		if err != nil {
			return err
		}
		if _, err := w.Write(quoted[1 : len(quoted)-1]); err != nil {
			return err
		}
		text = text[n:]
	}
	if _, err := w.Write(line[at:]); err != nil {
		return err
	}
	_, err = w.Write([]byte{'\n'})
	return err
}

// textChunk is how much of a source's text WriteSourceRecord encodes at
// once.
var textChunk = 1 << 20

// AppendPartRecords appends to b the JSON Lines records of a part of the
// document of source id (its sentences, then its mentions, then its
// claims), as the jsonl format writes them.
func AppendPartRecords(b []byte, id string, p annotate.Part) ([]byte, error) {
	var err error
	for _, s := range p.Sentences {
		if b, err = appendLine(b, sentenceRecord{"sentence", id, s}); err != nil {
			return b, err
		}
	}
	for _, m := range p.Mentions {
		if b, err = appendLine(b, mentionRecord{"mention", id, m}); err != nil {
			return b, err
		}
	}
	for _, c := range p.Claims {
		if b, err = appendLine(b, claimRecord{"claim", id, c}); err != nil {
			return b, err
		}
	}
	return b, nil
}

func appendLine(b []byte, v any) ([]byte, error) {
	line, err := marshal(v, "", "")
	if err != nil {
		return b, err
	}
	return append(append(b, line...), '\n'), nil
}

// WriteRecords writes records as WriteSourceRecord and AppendPartRecords
// made them (or the cache kept them), without decoding them again.
func (j *jsonlWriter) WriteRecords(records []byte) error {
	_, err := j.w.Write(records)
	return err
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }
