package export

import (
	"bufio"
	"io"

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
// mentions and claims, in order.
type jsonlWriter struct {
	w *bufio.Writer
}

func newJSONL(w io.Writer) *jsonlWriter { return &jsonlWriter{w: bufio.NewWriter(w)} }

func (j *jsonlWriter) line(v any) error {
	b, err := marshal(v, "", "")
	if err != nil {
		return err
	}
	j.w.Write(b)
	return j.w.WriteByte('\n')
}

func (j *jsonlWriter) Write(doc *annotate.Document) error {
	id := doc.Source.ID
	if err := j.line(sourceRecord{"source", id, doc.Source}); err != nil {
		return err
	}
	for _, s := range doc.Sentences {
		if err := j.line(sentenceRecord{"sentence", id, s}); err != nil {
			return err
		}
	}
	for _, m := range doc.Mentions {
		if err := j.line(mentionRecord{"mention", id, m}); err != nil {
			return err
		}
	}
	for _, c := range doc.Claims {
		if err := j.line(claimRecord{"claim", id, c}); err != nil {
			return err
		}
	}
	return nil
}

// WriteRecords writes the records of one document as Write wrote them
// once (kept by annotate --cache), without decoding them again.
func (j *jsonlWriter) WriteRecords(records []byte) error {
	_, err := j.w.Write(records)
	return err
}

func (j *jsonlWriter) Close() error { return j.w.Flush() }
