package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/factsheet/factsheet/sources"
)

// streamSource is one line of --stdin-jsonl: a source's id, its text, and
// optionally its metadata as a CSL-JSON item.
type streamSource struct {
	ID   string          `json:"id"`
	Text *string         `json:"text"`
	Meta json.RawMessage `json:"meta"`
}

// jsonlJobs reads sources from r, one JSON object a line, as Spark's pipe,
// Hadoop Streaming or GNU parallel --pipe hand them over. A bad line is the
// error of its job ("standard input:LINE: reason"); the stream goes on.
func jsonlJobs(r io.Reader) func() (job, bool) {
	br := bufio.NewReaderSize(r, 1<<16)
	line := 0
	seen := map[string]int{}
	return func() (job, bool) {
		for {
			data, err := br.ReadBytes('\n')
			if len(data) == 0 && err != nil {
				if !errors.Is(err, io.EOF) {
					return job{err: &sources.Error{Path: sources.Stdin, Err: err}}, true
				}
				return job{}, false
			}
			line++
			data = bytes.TrimSpace(data)
			if len(data) == 0 {
				continue
			}
			src, err := parseStreamSource(data)
			if err == nil {
				if first, dup := seen[src.ID]; dup {
					err = fmt.Errorf("source %q again (first on line %d); ids must be unique", src.ID, first)
				} else {
					seen[src.ID] = line
				}
			}
			if err != nil {
				return job{err: &sources.Error{Path: sources.Stdin, Err: fmt.Errorf("line %d: %w", line, err)}}, true
			}
			return job{src: src, in: sources.Input{ID: src.ID, Path: sources.Stdin}}, true
		}
	}
}

func parseStreamSource(data []byte) (*sources.Source, error) {
	var in streamSource
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, fmt.Errorf("not a JSON object with id and text: %w", jsonError(err))
	}
	if in.ID == "" {
		return nil, errors.New(`no "id"`)
	}
	if in.Text == nil {
		return nil, fmt.Errorf(`source %q has no "text"`, in.ID)
	}
	if !utf8.ValidString(*in.Text) {
		return nil, fmt.Errorf("source %q: the text is not valid UTF-8", in.ID)
	}
	text, enc, err := sources.Decode([]byte(*in.Text))
	if err != nil {
		return nil, fmt.Errorf("source %q: %w", in.ID, err)
	}
	sum := sha256.Sum256([]byte(*in.Text))
	src := &sources.Source{
		ID:       in.ID,
		SHA256:   hex.EncodeToString(sum[:]),
		Encoding: enc,
		Text:     text,
		Meta:     sources.Meta{ID: in.ID, Type: "document"},
	}
	if len(in.Meta) > 0 && string(in.Meta) != "null" {
		if err := json.Unmarshal(in.Meta, &src.Meta); err != nil {
			return nil, fmt.Errorf(`source %q: "meta" is not a CSL-JSON item: %w`, in.ID, jsonError(err))
		}
		if src.Meta.ID == "" {
			src.Meta.ID = in.ID
		}
		if src.Meta.Type == "" {
			src.Meta.Type = "document"
		}
	}
	return src, nil
}
