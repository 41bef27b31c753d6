package batch

import (
	"fmt"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// longSource is the length from which a source is annotated as it is
// written, a part at a time, when the output is JSON Lines: a 20 MB
// transcription then goes through in the memory of its text and its
// entities, not of its whole document.
var longSource = 1 << 20

// streamed is a long source to annotate on the writer's goroutine, a part
// at a time, writing the records of each part as soon as it is made (see
// annotate.Options.AnnotateParts), and keeping them in the cache too when
// the run has one.
type streamed struct {
	pipeline annotate.Options
	src      sources.Source
	path     string
	cache    *Cache
	key      string
}

// written is what writing a streamed source gave: its counts, the
// source's error (a panic in the pipeline), the output's, the cache's.
type written struct {
	sentences, claims   int
	err, werr, cacheErr error
}

// write annotates the source and writes its records to rw. A source that
// fails midway (a bug in the pipeline) has the records of its parts made
// before the failure in the output, and its error says so; nothing of it
// goes into the cache.
func (s *streamed) write(rw export.RecordWriter) (w written) {
	var entry *cacheEntry
	if s.cache != nil {
		entry, w.cacheErr = s.cache.newEntry(s.key)
	}
	put := func(records []byte) error {
		if entry != nil {
			if _, err := entry.Write(records); err != nil {
				entry.abort()
				entry, w.cacheErr = nil, err
			}
		}
		return rw.WriteRecords(records)
	}
	var buf []byte
	defer func() {
		if p := recover(); p != nil {
			path := s.path
			if path == "" {
				path = s.src.ID
			}
			w.err = &sources.Error{Path: path, Err: fmt.Errorf("internal error, please report it (the records of its parts before it are in the output): %v", p)}
		}
		if entry != nil {
			if w.err != nil || w.werr != nil {
				entry.abort()
			} else if err := entry.commit(); err != nil {
				w.cacheErr = err
			}
		}
	}()
	w.werr = s.pipeline.AnnotateParts(s.src, func(src *sources.Source) error {
		return export.WriteSourceRecord(writerFunc(func(p []byte) (int, error) { return len(p), put(p) }), src)
	}, func(p annotate.Part) error {
		var err error
		if buf, err = export.AppendPartRecords(buf[:0], s.src.ID, p); err != nil {
			return err
		}
		w.sentences += len(p.Sentences)
		w.claims += len(p.Claims)
		return put(buf)
	})
	return w
}

// writerFunc is a function as an io.Writer.
type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
