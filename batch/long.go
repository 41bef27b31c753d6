package batch

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"time"

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

// written is what writing a long source, or a large cache entry, gave:
// its counts, the bytes written, the key of the cache entry that holds
// them ("" if none does), the source's error (a panic in the pipeline),
// the output's, the cache's.
type written struct {
	sentences, claims, bytes int
	key                      string
	err, werr, cacheErr      error
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
		w.bytes += len(records)
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
			} else {
				w.key = s.key
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

// largeEntry is the size from which a cache entry (a long source's) is
// copied to the output a megabyte at a time rather than read whole: the
// records of a 20 MB source take about 350 MB.
var largeEntry int64 = 16 << 20

// openLarge opens the entry under key if it is large and sound (it starts
// with a source record and ends with a line end), and marks it used.
func (c *Cache) openLarge(key string) (*os.File, bool) {
	p := c.path(key)
	f, err := os.Open(p)
	if err != nil {
		return nil, false
	}
	info, err := f.Stat()
	head := make([]byte, len(`{"record":"source"`))
	last := make([]byte, 1)
	if err != nil || info.Size() < largeEntry {
		f.Close()
		return nil, false
	}
	if _, err := f.ReadAt(head, 0); err != nil || string(head) != `{"record":"source"` {
		f.Close()
		return nil, false
	}
	if _, err := f.ReadAt(last, info.Size()-1); err != nil || last[0] != '\n' {
		f.Close()
		return nil, false
	}
	touch(p, info.ModTime(), time.Now())
	return f, true
}

// copyPiece is how much of an entry copyRecords reads at once.
var copyPiece = 1 << 20

// copyRecords copies the records of a cache entry to rw a megabyte at a
// time, counts its bytes, sentences and claims, and closes it.
func copyRecords(f *os.File, rw export.RecordWriter) (w written) {
	defer f.Close()
	// The tail of a piece goes before the next, so that a record's start
	// cut between two is found (see countRecords).
	keep := len(sentenceStart) - 1
	buf := make([]byte, keep+copyPiece)
	carry := 0
	for {
		n, rerr := f.Read(buf[carry:])
		if n > 0 {
			piece := buf[:carry+n]
			sentences, claims := countRecords(piece, carry)
			w.sentences += sentences
			w.claims += claims
			w.bytes += n
			if w.werr = rw.WriteRecords(buf[carry : carry+n]); w.werr != nil {
				return w
			}
			next := min(keep, len(piece))
			copy(buf, piece[len(piece)-next:])
			carry = next
		}
		if rerr == io.EOF {
			return w
		}
		if rerr != nil {
			w.werr = rerr
			return w
		}
	}
}

// The starts of sentence and claim records: a source's records begin with
// its source record, so each of the others follows a line end.
var (
	sentenceStart = []byte("\n" + `{"record":"sentence"`)
	claimStart    = []byte("\n" + `{"record":"claim"`)
)

// countRecords counts the sentence and claim records that start in b,
// those whose start ends after its first carry bytes (counted before,
// with the piece those bytes ended).
func countRecords(b []byte, carry int) (sentences, claims int) {
	count := func(start []byte) int {
		n := 0
		for at := 0; ; {
			i := bytes.Index(b[at:], start)
			if i < 0 {
				return n
			}
			if at+i+len(start) > carry {
				n++
			}
			at += i + 1
		}
	}
	return count(sentenceStart), count(claimStart)
}
