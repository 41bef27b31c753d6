package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// FactSheetKind tells what raw bytes are: "json" for a JSON fact sheet
// ({"tool": ..., "documents": [...]}), "jsonl" for JSON Lines records, or
// "" for anything else (a source to annotate).
func FactSheetKind(raw []byte) string {
	head := bytes.TrimLeft(raw[:min(len(raw), 512)], "\ufeff \t\r\n")
	if !bytes.HasPrefix(head, []byte("{")) {
		return ""
	}
	compact := bytes.Join(bytes.Fields(head), nil)
	if bytes.HasPrefix(compact, []byte(`{"record":"`)) {
		return "jsonl"
	}
	if bytes.HasPrefix(compact, []byte(`{"tool":`)) || bytes.HasPrefix(compact, []byte(`{"documents":`)) {
		return "json"
	}
	return ""
}

// ReadFactSheet reads the documents of a fact sheet written earlier by
// annotate, as JSON (kind "json") or JSON Lines ("jsonl"), so that a corpus
// annotated once can be compared many times. A JSON fact sheet is read one
// document at a time; JSON Lines records are gathered by their source id,
// in the order the sources first appear, so that the output of shards can
// be concatenated. Errors name the line.
func ReadFactSheet(r io.Reader, kind string) ([]*annotate.Document, error) {
	if kind == "jsonl" {
		return readJSONL(r)
	}
	return readJSON(r)
}

func readJSON(r io.Reader) ([]*annotate.Document, error) {
	dec := json.NewDecoder(bufio.NewReader(r))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, errors.New("not a factsheet JSON file: it does not start with an object")
	}
	var docs []*annotate.Document
	found := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, jsonError(err)
		}
		if key, _ := t.(string); key != "documents" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, jsonError(err)
			}
			continue
		}
		found = true
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return nil, errors.New(`"documents" is not a list`)
		}
		for dec.More() {
			d := &annotate.Document{}
			if err := dec.Decode(d); err != nil {
				return nil, jsonError(err)
			}
			if err := checkDocument(d); err != nil {
				return nil, fmt.Errorf("document %d: %w", len(docs)+1, err)
			}
			docs = append(docs, d)
		}
		if _, err := dec.Token(); err != nil {
			return nil, jsonError(err)
		}
	}
	if !found {
		return nil, errors.New(`not a factsheet JSON file: it has no "documents"`)
	}
	return docs, nil
}

// jsonError words a decoding error; a syntax error says where it is.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("bad JSON at byte %d: %v", se.Offset, se)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("the JSON ends too soon (a cut file?)")
	}
	return err
}

func readJSONL(r io.Reader) ([]*annotate.Document, error) {
	br := bufio.NewReader(r)
	byID := map[string]*annotate.Document{}
	var docs []*annotate.Document
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if err := readRecord(line, byID, &docs); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	for _, d := range docs {
		if err := checkDocument(d); err != nil {
			return nil, fmt.Errorf("source %s: %w", d.Source.ID, err)
		}
	}
	return docs, nil
}

// readRecord reads one JSON Lines record into the document of its source.
func readRecord(line []byte, byID map[string]*annotate.Document, docs *[]*annotate.Document) error {
	var head struct {
		Record string `json:"record"`
		Source string `json:"source"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return jsonError(err)
	}
	d := byID[head.Source]
	if head.Record == "source" {
		if d != nil {
			return fmt.Errorf("source %q appears twice", head.Source)
		}
		d = &annotate.Document{}
		if err := json.Unmarshal(line, &d.Source); err != nil {
			return jsonError(err)
		}
		d.Source.ID = head.Source
		byID[head.Source] = d
		*docs = append(*docs, d)
		return nil
	}
	if d == nil {
		return fmt.Errorf("a %s record of source %q before its source record", head.Record, head.Source)
	}
	switch head.Record {
	case "sentence":
		var s annotate.Sentence
		if err := json.Unmarshal(line, &s); err != nil {
			return jsonError(err)
		}
		d.Sentences = append(d.Sentences, s)
	case "mention":
		var m annotate.Mention
		if err := json.Unmarshal(line, &m); err != nil {
			return jsonError(err)
		}
		d.Mentions = append(d.Mentions, m)
	case "claim":
		var c annotate.Claim
		if err := json.Unmarshal(line, &c); err != nil {
			return jsonError(err)
		}
		d.Claims = append(d.Claims, c)
	default:
		return fmt.Errorf("unknown record %q", head.Record)
	}
	return nil
}

// checkDocument checks what the comparison relies on: every claim's
// sentence exists, and its mention is a quantity of the document.
func checkDocument(d *annotate.Document) error {
	if d.Source.ID == "" {
		return errors.New("a document without a source id")
	}
	for i, s := range d.Sentences {
		if s.Index != i {
			return fmt.Errorf("sentence %d is numbered %d", i, s.Index)
		}
	}
	ms := d.MentionIndex()
	for _, c := range d.Claims {
		if c.Sentence < 0 || c.Sentence >= len(d.Sentences) {
			return fmt.Errorf("claim %s names sentence %d of %d", c.ID, c.Sentence, len(d.Sentences))
		}
		if c.Mention != "" {
			if m := ms[string(c.Mention)]; m == nil || m.QuantityAttrs == nil {
				return fmt.Errorf("claim %s names %s, which is not a quantity of the source", c.ID, c.Mention)
			}
		}
	}
	return nil
}

// readInput reads one input of compare: a fact sheet written earlier (its
// documents), or a source (annotated with the pipeline). A panic in the
// pipeline costs only that input, as in Document.
func readInput(pipeline annotate.Options, in sources.Input, stdin io.Reader) (docs []*annotate.Document, err error) {
	raw, err := readRaw(in, stdin)
	if err != nil {
		return nil, err
	}
	if kind := FactSheetKind(raw); kind != "" {
		docs, err := ReadFactSheet(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\ufeff"))), kind)
		if err != nil {
			return nil, &sources.Error{Path: in.Path, Err: err}
		}
		return docs, nil
	}
	src, err := sources.FromBytes(in, raw)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, &sources.Error{Path: in.Path, Err: fmt.Errorf("internal error, please report it: %v", r)}
		}
	}()
	return []*annotate.Document{pipeline.Annotate(src)}, nil
}
