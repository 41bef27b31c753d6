package batch

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// Cache keeps the annotations of sources in a folder, so that a run over a
// corpus annotated before reads them back instead of annotating again.
//
// An entry is one source's document as JSON Lines, in
// DIR/v1/KK/KEY.jsonl, where KEY is the SHA-256 of everything the document
// depends on (see InputKey, and Key for a source read already). Entries
// are written to a temporary file in the same folder and renamed into
// place, so that a run stopped at any moment, or many runs (processes,
// machines on a shared disk) using the folder at once, never see half an
// entry: at worst two of them annotate the same source and write the same
// entry. Using an entry touches it (at most hourly), so that Prune can
// remove those not used for a while.
type Cache struct {
	dir  string // DIR/v1
	salt string // the program and the options (see NewCache)
}

// cacheLayout names the layout of the folder; a change of layout or of the
// entries' format takes a new name.
const cacheLayout = "v1"

// NewCache opens (creating it if need be) the cache in dir. salt stands
// for what, beside a source, changes its annotations: the program (its
// version, and a hash of its executable, which holds the models: any new
// build makes new entries) and every option of the pipeline that changes
// the output (see Options.PipelineKey).
func NewCache(dir, salt string) (*Cache, error) {
	root := filepath.Join(dir, cacheLayout)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("--cache %s: %w", dir, unwrapPath(err))
	}
	return &Cache{dir: root, salt: salt}, nil
}

// Key is the entry's name for a source: the SHA-256 of the cache's salt,
// the SHA-256 of the source's raw bytes, and all that the run knows of the
// source beside its text (id, path, URL, encoding, metadata), since the
// document carries them and claim IDs hash the source id.
func (c *Cache) Key(src sources.Source) string {
	about := src
	about.Text = ""
	meta, _ := json.Marshal(about)
	return hashKey("factsheet cache "+cacheLayout, c.salt, src.SHA256, string(meta))
}

// InputKey is the entry's name for an input whose identity (see
// sources.Reader.Identity) is id: the SHA-256 of the cache's salt and the
// identity, which stands for the source the input makes.
func (c *Cache) InputKey(id string) string {
	return hashKey("factsheet cache "+cacheLayout+" input", c.salt, id)
}

// hashKey is the hex SHA-256 of parts, each ended by a NUL byte.
func hashKey(parts ...string) string {
	h := sha256.New()
	for _, part := range parts {
		io.WriteString(h, part)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".jsonl")
}

// Get returns the document cached under key, if there is a sound one.
func (c *Cache) Get(key string) (*annotate.Document, bool) {
	data, ok := c.GetRecords(key)
	if !ok {
		return nil, false
	}
	docs, err := ReadFactSheet(bytes.NewReader(data), "jsonl")
	if err != nil || len(docs) != 1 {
		return nil, false // damaged (by hand: writes are atomic); annotate again and replace it
	}
	return docs[0], true
}

// GetRecords returns the JSON Lines records of the document cached under
// key, undecoded; only a whole entry ends with a line end.
func (c *Cache) GetRecords(key string) ([]byte, bool) {
	p := c.path(key)
	f, err := os.Open(p)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() == 0 {
		return nil, false
	}
	data := make([]byte, info.Size())
	n, err := io.ReadFull(f, data)
	if err != nil || n != len(data) || !bytes.HasPrefix(data, []byte(`{"record":"source"`)) || !bytes.HasSuffix(data, []byte("\n")) {
		return nil, false
	}
	touch(p, info.ModTime(), time.Now())
	return data, true
}

// touchAfter is how old an entry's time may grow before a run that uses it
// sets it to now, for Prune: a re-run of a large corpus does not pay a
// write to the disk for each entry, and Prune knows when an entry was last
// used to within this.
const touchAfter = time.Hour

// touch marks the entry at p, last touched at mod, as used now, unless it
// was touched less than touchAfter ago.
func touch(p string, mod, now time.Time) {
	if now.Sub(mod) >= touchAfter {
		os.Chtimes(p, now, now) // used: keep it from Prune
	}
}

// Records returns a document's JSON Lines records, as the jsonl format
// writes them and the cache keeps them.
func Records(doc *annotate.Document) ([]byte, error) {
	var b bytes.Buffer
	w, err := jsonlFormat().New(&b, export.Run{})
	if err != nil {
		return nil, err
	}
	if err := w.Write(doc); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// PutRecords stores a document's JSON Lines records (see Records) under
// key, atomically.
func (c *Cache) PutRecords(key string, records []byte) error {
	return c.writeAtomic(c.path(key), records)
}

// Has reports whether there is an entry under key, without reading it,
// and marks it used (see touch).
func (c *Cache) Has(key string) bool {
	p := c.path(key)
	info, err := os.Stat(p)
	if err != nil || !info.Mode().IsRegular() || info.Size() == 0 {
		return false
	}
	touch(p, info.ModTime(), time.Now())
	return true
}

// writeAtomic writes the file p of the cache: to a temporary file in its
// folder, renamed into place.
func (c *Cache) writeAtomic(p string, data []byte) error {
	e, err := createAtomic(p)
	if err != nil {
		return err
	}
	if _, err := e.Write(data); err != nil {
		e.abort()
		return err
	}
	return e.commit()
}

// cacheEntry is a file of the cache being written (a long source's entry
// a part at a time, see streamed): a temporary file beside its place,
// renamed into it by commit.
type cacheEntry struct {
	*os.File
	path string
}

// newEntry starts writing the entry of key.
func (c *Cache) newEntry(key string) (*cacheEntry, error) { return createAtomic(c.path(key)) }

// createAtomic starts writing the file p of the cache.
func createAtomic(p string) (*cacheEntry, error) {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), tmpPrefix+"*")
	if err != nil {
		return nil, err
	}
	return &cacheEntry{File: tmp, path: p}, nil
}

// commit puts the entry in its place.
func (e *cacheEntry) commit() error {
	err := e.Close()
	if err == nil {
		err = os.Rename(e.Name(), e.path)
	}
	if err != nil {
		os.Remove(e.Name())
	}
	return err
}

// abort drops the entry.
func (e *cacheEntry) abort() {
	e.Close()
	os.Remove(e.Name())
}

// tmpPrefix starts the names of entries being written.
const tmpPrefix = ".tmp-"

var jsonlFormat = sync.OnceValue(func() *export.Format {
	f, err := export.Lookup("jsonl")
	if err != nil {
		panic(err)
	}
	return f
})

// PruneStats count what Prune did.
type PruneStats struct {
	Removed, Kept int
	Bytes         int64 // of the entries removed
}

// Prune removes the entries of the cache in dir not used (written or read,
// or held in an output a run found unchanged: see outputReuse) for longer
// than age, the notes of outputs not used for as long, and the temporary
// files that runs stopped midway
// left behind (those more than an hour old: younger ones may be being
// written); entries of older layouts go whatever their age.
func Prune(dir string, age time.Duration, now time.Time) (PruneStats, error) {
	var st PruneStats
	info, err := os.Stat(dir)
	if err != nil {
		return st, fmt.Errorf("%s: %w", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return st, fmt.Errorf("%s: not a folder", dir)
	}
	cutoff := now.Add(-age)
	held := heldByNotes(filepath.Join(dir, cacheLayout), cutoff)
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		name := d.Name()
		rel, _ := filepath.Rel(dir, p)
		current := strings.HasPrefix(rel, cacheLayout+string(filepath.Separator))
		if !strings.HasSuffix(name, ".jsonl") && !strings.HasSuffix(name, ".note") && !strings.HasPrefix(name, tmpPrefix) {
			return nil // not ours
		}
		fi, err := d.Info()
		if err != nil {
			return nil // removed meanwhile by another prune
		}
		keep := current && (fi.ModTime().After(cutoff) || held[strings.TrimSuffix(name, ".jsonl")])
		if strings.HasPrefix(name, tmpPrefix) {
			// Being written by a run now, unless it is an hour old.
			keep = fi.ModTime().After(now.Add(-time.Hour))
		}
		if keep {
			if !strings.HasPrefix(name, tmpPrefix) {
				st.Kept++
			}
			return nil
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		st.Removed++
		st.Bytes += fi.Size()
		return nil
	})
	return st, err
}

// heldByNotes returns the keys of the entries that the outputs whose notes
// were used after cutoff hold: a run that leaves an output unchanged uses
// them without reading, or touching, them.
func heldByNotes(root string, cutoff time.Time) map[string]bool {
	held := map[string]bool{}
	notes, _ := filepath.Glob(filepath.Join(root, "outputs", "*.note"))
	for _, p := range notes {
		if info, err := os.Stat(p); err != nil || !info.ModTime().After(cutoff) {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if n, _, ok := parseNote(data); ok {
			for _, e := range n.entries {
				held[e.key] = true
			}
		}
	}
	return held
}

// unwrapPath drops the path from an *fs.PathError, for messages that name
// it already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ProgramKey stands for the running program in cache keys: its version and
// what identifies its executable, which embeds the models, so that a new
// build never reads entries an older one wrote. It is computed once.
func ProgramKey(version string) string {
	return version + " " + executableID()
}

// executableID identifies the running executable: the Go build ID the
// linker writes into it, which ends in a hash of the binary's content (so
// any change of code or embedded model changes it), or else the SHA-256 of
// the whole file. Reading the ID takes a few kilobytes; hashing the 50 MB
// file took a fifth of a second, most of a run over a cached corpus.
var executableID = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return randomKey()
	}
	f, err := os.Open(exe)
	if err != nil {
		return randomKey()
	}
	defer f.Close()
	if id, ok := goBuildID(f); ok {
		return "buildid:" + id
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return randomKey()
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return randomKey()
	}
	return hex.EncodeToString(h.Sum(nil))
})

// goBuildID reads the Go build ID of an executable as cmd/go's buildid
// package does: from the ELF note .note.go.buildid, or else from the text
// "\xff Go build ID: \"...\"\n \xff" near the start of other formats.
func goBuildID(f *os.File) (string, bool) {
	if ef, err := elf.NewFile(f); err == nil {
		if sec := ef.Section(".note.go.buildid"); sec != nil {
			note, err := sec.Data()
			// The note: name size, description size, type, "Go\x00\x00", the ID.
			if err == nil && len(note) > 16 && string(note[12:16]) == "Go\x00\x00" {
				size := int(ef.ByteOrder.Uint32(note[4:8]))
				if 16+size <= len(note) {
					return validBuildID(string(note[16 : 16+size]))
				}
			}
		}
		return "", false
	}
	head := make([]byte, 32<<10)
	n, _ := f.ReadAt(head, 0)
	head = head[:n]
	const prefix, suffix = "\xff Go build ID: \"", "\"\n \xff"
	i := bytes.Index(head, []byte(prefix))
	if i < 0 {
		return "", false
	}
	rest := head[i+len(prefix):]
	j := bytes.Index(rest, []byte(suffix))
	if j < 0 {
		return "", false
	}
	return validBuildID(string(rest[:j]))
}

// validBuildID checks the shape of a build ID: action and content IDs
// joined by slashes.
func validBuildID(id string) (string, bool) {
	if len(id) < 20 || len(id) > 512 || !strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

// randomKey stands for a program that cannot be identified: its entries are
// never reused, which is slow but never wrong.
func randomKey() string {
	return "unknown-" + rand.Text()
}
