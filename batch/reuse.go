package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/factsheet/factsheet/export"
)

// outputReuse follows a run with --cache that writes JSON Lines to a file,
// whose output is the cache entries of its sources one after the other.
// The cache keeps a note of what such a run wrote (see outputNote); the
// next run over the same output compares its entries, as they come, with
// the note's. While they are the same it writes nothing and reads no
// entry; if all of them are, the output would come out byte for byte as
// it is, so it is left in place (its time set to now) instead of being
// written, synced and renamed again. At the first difference the part that
// matched is copied from the output as it is, and the run goes on as any
// other.
type outputReuse struct {
	cache *Cache
	path  string // the output, absolute

	old     *outputNote     // what the output holds, or nil
	held    map[string]bool // the keys of old's entries
	file    *os.File        // the output as it is, while old is being matched
	matched int             // entries of old matched so far
	broken  bool            // the output is being written
	unread  atomic.Bool     // workers may leave the entries of cache hits unread (see Annotate)

	// The note of the new output: its entries, or noNote when one of
	// them is not known.
	entries []noteEntry
	noNote  bool
}

// outputNote is what a run wrote to an output: the output's size and
// time, which tell that nothing else wrote it since, and its entries in
// order.
type outputNote struct {
	size    int64
	modTime int64 // Unix nanoseconds
	entries []noteEntry
}

// noteEntry is one source's cache entry in an output.
type noteEntry struct {
	key                      string
	bytes, sentences, claims int
}

// errUnchanged stops writing an output that would come out as it is.
var errUnchanged = errors.New("the output is unchanged")

// noteHeader starts a note; a change of its format takes a new one.
const noteHeader = "factsheet output note v1"

// notePath is where the note of the output at path (absolute) is kept.
func (c *Cache) notePath(path string) string {
	sum := sha256.Sum256([]byte(path))
	return filepath.Join(c.dir, "outputs", hex.EncodeToString(sum[:16])+".note")
}

// newOutputReuse starts following a run that writes output with cache; it
// returns nil when there is nothing to follow (no cache, or standard
// output).
func newOutputReuse(cache *Cache, output string) *outputReuse {
	if cache == nil || output == "-" {
		return nil
	}
	abs, err := filepath.Abs(output)
	if err != nil {
		return nil
	}
	r := &outputReuse{cache: cache, path: abs}
	note, err := readNote(cache.notePath(abs), abs)
	if err != nil {
		return r
	}
	f, err := os.Open(abs)
	if err != nil {
		return r
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() || info.Size() != note.size || info.ModTime().UnixNano() != note.modTime {
		f.Close() // written since, by something else
		return r
	}
	r.old, r.file = note, f
	r.held = make(map[string]bool, len(note.entries))
	for _, e := range note.entries {
		r.held[e.key] = true
	}
	r.unread.Store(true)
	return r
}

// readNote reads the note at p of the output path.
func readNote(p, path string) (*outputNote, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	n, of, ok := parseNote(data)
	if !ok || of != path {
		return nil, fmt.Errorf("%s: not a note of %s", p, path)
	}
	return n, nil
}

// parseNote reads a note (see writeNote) and the output it is of.
func parseNote(data []byte) (n *outputNote, path string, ok bool) {
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) < 3 || lines[0] != noteHeader {
		return nil, "", false
	}
	n = &outputNote{}
	if _, err := fmt.Sscanf(lines[2], "%d %d", &n.size, &n.modTime); err != nil {
		return nil, "", false
	}
	var total int64
	for _, line := range lines[3:] {
		f := strings.Fields(line)
		if len(f) != 4 {
			return nil, "", false
		}
		e := noteEntry{key: f[0]}
		for i, v := range []*int{&e.bytes, &e.sentences, &e.claims} {
			var err error
			if *v, err = strconv.Atoi(f[i+1]); err != nil || *v < 0 {
				return nil, "", false
			}
		}
		total += int64(e.bytes)
		n.entries = append(n.entries, e)
	}
	if total != n.size {
		return nil, "", false
	}
	return n, lines[1], true
}

// writeNote keeps, atomically, the note of the output at path.
func (c *Cache) writeNote(path string, n *outputNote) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n%s\n%d %d\n", noteHeader, path, n.size, n.modTime)
	for _, e := range n.entries {
		fmt.Fprintf(&b, "%s %d %d %d\n", e.key, e.bytes, e.sentences, e.claims)
	}
	return c.writeAtomic(c.notePath(path), b.Bytes())
}

// holds reports whether the output as it is holds the entry under key.
// Prune keeps such entries (see heldByNotes), so a run need not look for
// them, nor mark them used.
func (o *outputReuse) holds(key string) bool {
	return o.held[key]
}

// take reports whether r, the next document of the run, is the next entry
// of the output as it is, and so need not be written; if so, it returns
// the entry, for the counts.
func (o *outputReuse) take(r result) (noteEntry, bool) {
	if o == nil || o.broken || o.old == nil || !r.cached || r.key == "" || o.matched == len(o.old.entries) {
		return noteEntry{}, false
	}
	e := o.old.entries[o.matched]
	if e.key != r.key {
		return noteEntry{}, false
	}
	o.matched++
	o.entries = append(o.entries, e)
	return e, true
}

// unchanged reports, at the end of the run, whether every document was
// taken and the output as it is holds them all.
func (o *outputReuse) unchanged() bool {
	return o != nil && !o.broken && o.old != nil && o.matched == len(o.old.entries) && o.matched > 0
}

// write starts writing the output, if it has not: the entries matched so
// far are copied from the output as it is, one document's records at a
// time; from now on the workers read the entries of cache hits.
func (o *outputReuse) write(out export.Writer) error {
	if o == nil || o.broken {
		return nil
	}
	o.broken = true
	o.unread.Store(false)
	if o.matched == 0 {
		return nil
	}
	rw, ok := out.(export.RecordWriter)
	if !ok {
		return fmt.Errorf("%s: the format takes no records", o.path)
	}
	var size int64
	for _, e := range o.old.entries[:o.matched] {
		size += int64(e.bytes)
	}
	// A megabyte at a time, as a large cache entry is (see copyRecords).
	to := writerFunc(func(p []byte) (int, error) { return len(p), rw.WriteRecords(p) })
	n, err := io.CopyBuffer(to, io.NewSectionReader(o.file, 0, size), make([]byte, 1<<20))
	if err == nil && n < size {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return fmt.Errorf("copying what is unchanged from %s: %w", o.path, err)
	}
	return nil
}

// add counts a document written to the new output: its cache entry's key
// and size, or none (key "") when the document was not kept in the cache.
func (o *outputReuse) add(key string, size, sentences, claims int) {
	if o == nil {
		return
	}
	if key == "" {
		o.noNote = true
		return
	}
	o.entries = append(o.entries, noteEntry{key, size, sentences, claims})
}

// finish keeps the note of the output once the run wrote it, or left it
// as it was (unchanged): then its time is set to now, as if it had been
// written. A note that cannot be kept only costs the next run its speed.
func (o *outputReuse) finish(unchanged bool, now time.Time) {
	if o == nil {
		return
	}
	if o.file != nil {
		o.file.Close()
	}
	if unchanged {
		os.Chtimes(o.path, now, now)
	}
	if o.noNote {
		os.Remove(o.cache.notePath(o.path))
		return
	}
	info, err := os.Stat(o.path)
	if err != nil {
		return
	}
	n := &outputNote{size: info.Size(), modTime: info.ModTime().UnixNano(), entries: o.entries}
	var total int64
	for _, e := range n.entries {
		total += int64(e.bytes)
	}
	if total != n.size {
		// Not the entries one after the other: the output is not known.
		os.Remove(o.cache.notePath(o.path))
		return
	}
	o.cache.writeNote(o.path, n)
}

// close lets go of the output as it was, when the run failed.
func (o *outputReuse) close() {
	if o != nil && o.file != nil {
		o.file.Close()
	}
}
