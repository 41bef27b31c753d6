package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// MergeOptions are the settings of a merge: JSON Lines fact sheets in (the
// outputs of the shards of a run, or of earlier runs), one fact sheet out.
type MergeOptions struct {
	Inputs  []string // JSON Lines files, or "-" for standard input
	Output  string
	Format  string
	Review  string
	Tool    export.Tool
	Command []string
	Now     time.Time
}

// Merge reads the documents of JSON Lines fact sheets and writes them as
// one fact sheet in any format, as annotate would have written them in one
// run: sources in the order of their paths (the order of a folder's files
// in annotate; sources without a path by id), each file read as a stream,
// so memory holds one source per input. Written over a workbook, the review
// work in it is carried over as by annotate. A source found in two inputs
// is reported and taken from the first.
func Merge(opts MergeOptions, std Streams) (Stats, error) {
	var stats Stats
	if len(opts.Inputs) == 0 {
		return stats, UsageError{"merge needs at least one INPUT.jsonl"}
	}
	aopts := Options{Inputs: opts.Inputs, Output: opts.Output, Format: opts.Format, Review: opts.Review,
		Jobs: 1, Tool: opts.Tool, Command: opts.Command, Now: opts.Now}
	format, err := resolveOutput(&aopts)
	if err != nil {
		return stats, err
	}
	if err := sources.CheckOutputs(aopts.Output, opts.Inputs); err != nil {
		return stats, UsageError{err.Error()}
	}
	reviews, err := readReviews(aopts, format)
	if err == nil && opts.Review != "" {
		reviews, err = export.OpenReviews(opts.Review)
	}
	if err != nil {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return stats, ErrFailed
	}
	var readers []*docReader
	for _, path := range opts.Inputs {
		r, err := openDocReader(path, std.In)
		if err != nil {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
			stats.Failed++
			continue
		}
		defer r.close()
		readers = append(readers, r)
	}
	if len(readers) == 0 {
		return stats, ErrFailed
	}
	return writeDocs(aopts, format, reviews, nil, std, stats, -1, func(emit func(result)) {
		seen := map[string]string{} // source id → the input it came from
		heads := make([]*annotate.Document, len(readers))
		advance := func(i int) {
			for {
				doc, err := readers[i].next()
				if doc == nil && err == nil {
					heads[i] = nil
					return
				}
				if err != nil {
					emit(result{err: err})
					if errors.As(err, new(brokenError)) {
						heads[i] = nil
						return
					}
					continue
				}
				heads[i] = doc
				return
			}
		}
		for i := range readers {
			advance(i)
		}
		for {
			best := -1
			for i, d := range heads {
				if d != nil && (best < 0 || before(d, heads[best])) {
					best = i
				}
			}
			if best < 0 {
				return
			}
			doc := heads[best]
			if from, dup := seen[doc.Source.ID]; dup {
				emit(result{err: &sources.Error{Path: readers[best].path, Err: fmt.Errorf("source %q is in %s too; kept the one from there", doc.Source.ID, from)}})
			} else {
				seen[doc.Source.ID] = readers[best].path
				emit(result{doc: doc})
			}
			advance(best)
		}
	})
}

// before orders documents as annotate orders the files of a folder: by
// path, then by id.
func before(a, b *annotate.Document) bool {
	if a.Source.Path != b.Source.Path {
		return a.Source.Path < b.Source.Path
	}
	return a.Source.ID < b.Source.ID
}

// brokenError is an error after which an input cannot be read further.
type brokenError struct{ error }

func (e brokenError) Unwrap() error { return e.error }

// docReader reads the documents of a JSON Lines fact sheet one at a time:
// each source's records follow its source record, as annotate writes them.
type docReader struct {
	path    string
	r       *bufio.Reader
	closer  io.Closer
	line    int
	pending []byte // a source record read ahead
	done    map[string]bool
	eof     bool
}

func openDocReader(path string, stdin io.Reader) (*docReader, error) {
	r := &docReader{path: path, done: map[string]bool{}}
	if path == sources.Stdin {
		r.r = bufio.NewReaderSize(stdin, 1<<16)
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, &sources.Error{Path: path, Err: unwrapPath(err)}
		}
		r.r, r.closer = bufio.NewReaderSize(f, 1<<16), f
	}
	head, _ := r.r.Peek(512)
	if len(bytes.TrimSpace(head)) > 0 && FactSheetKind(head) != "jsonl" {
		r.close()
		return nil, &sources.Error{Path: path, Err: errors.New("not a JSON Lines fact sheet (annotate --format jsonl writes them)")}
	}
	return r, nil
}

func (r *docReader) close() {
	if r.closer != nil {
		r.closer.Close()
	}
}

// next returns the next document, nil and nil at the end, or an error: a
// bad document's (the reader goes on with the next source) or a
// brokenError.
func (r *docReader) next() (*annotate.Document, error) {
	byID := map[string]*annotate.Document{}
	var docs []*annotate.Document
	fail := func(err error, broken bool) (*annotate.Document, error) {
		err = &sources.Error{Path: r.path, Err: fmt.Errorf("line %d: %w", r.line, err)}
		if broken {
			err = brokenError{err}
		}
		return nil, err
	}
	for {
		var line []byte
		if r.pending != nil {
			line, r.pending = r.pending, nil
		} else {
			if r.eof {
				break
			}
			var err error
			line, err = r.r.ReadBytes('\n')
			if err != nil && !errors.Is(err, io.EOF) {
				return fail(err, true)
			}
			r.eof = err != nil
			r.line++
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
		}
		if len(docs) == 1 && isSourceRecord(line) {
			r.pending = line
			break
		}
		if err := readRecord(line, byID, &docs); err != nil {
			var head struct {
				Source string `json:"source"`
			}
			if jerr := json.Unmarshal(line, &head); jerr == nil && r.done[head.Source] {
				err = fmt.Errorf("a record of source %q after another source's: the file is not as annotate writes it", head.Source)
			}
			return fail(err, true)
		}
	}
	if len(docs) == 0 {
		return nil, nil // the end
	}
	d := docs[0]
	r.done[d.Source.ID] = true
	if err := checkDocument(d); err != nil {
		return fail(fmt.Errorf("source %s: %w", d.Source.ID, err), false)
	}
	return d, nil
}

func isSourceRecord(line []byte) bool {
	compact := bytes.Join(bytes.Fields(line[:min(len(line), 64)]), nil)
	return bytes.HasPrefix(compact, []byte(`{"record":"source"`))
}
