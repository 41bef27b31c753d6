package sources

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash"
	"os"
	"sync"
)

// Identity returns a digest of all that FromBytes reads to make the Source
// of an input, but the program itself: the raw bytes and the media type a
// server gave them, the input (its id, path and URL, and with a manifest
// the file it is), the bytes of its sidecar, the Reader's library and
// manifest, and for a URL the day of the run (its access date). FromBytes
// gives the same Source for the same identity, so that a cache can find a
// source's annotations without decoding the source. Whatever FromBytes
// comes to read must be added here.
func (r *Reader) Identity(in Input, raw []byte, mediaType string) string {
	h := sha256.New()
	sum := sha256.Sum256(raw)
	writeParts(h, "factsheet source identity v1", string(sum[:]), mediaType, in.ID, in.Path, in.URL, in.Rel)
	if in.URL == "" && in.Path != Stdin {
		if r.Manifest != nil {
			writeParts(h, "file", absPath(in.Path)) // rows name files
		}
		for _, p := range sidecarsOf(in) {
			if data, err := os.ReadFile(p); err == nil {
				writeParts(h, "sidecar", p, string(data)) // the first that can be read, as sidecar does
				break
			}
		}
	}
	if in.URL != "" && !r.Now.IsZero() {
		writeParts(h, "accessed", r.Now.Format("2006-01-02"))
	}
	if r.Library != nil {
		writeParts(h, "library", r.Library.digest())
	}
	if r.Manifest != nil {
		writeParts(h, "manifest", r.Manifest.digest())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeParts writes each part to h with its length before it, so that no
// two lists of parts write the same bytes.
func writeParts(h hash.Hash, parts ...string) {
	var n [8]byte
	for _, p := range parts {
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write([]byte(p))
	}
}

// digest is a digest of what the library holds, made once.
func (l *Library) digest() string {
	l.digestOnce.Do(func() {
		type entry struct {
			Meta  Meta
			Keys  []string
			Files []string
		}
		entries := make([]entry, len(l.entries))
		for i, e := range l.entries {
			entries[i] = entry{e.meta, e.keys, e.files}
		}
		l.digestText = digestOf(entries)
	})
	return l.digestText
}

// digest is a digest of what the manifest holds, made once.
func (m *Manifest) digest() string {
	m.digestOnce.Do(func() {
		type row struct {
			Path string
			Meta Meta
			Line int
		}
		rows := make([]row, len(m.rows))
		for i, r := range m.rows {
			rows[i] = row{r.path, r.meta, r.line}
		}
		m.digestText = digestOf(rows)
	})
	return m.digestText
}

func digestOf(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return "unknown: " + err.Error()
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// digestCache holds a digest made once; the zero value is ready.
type digestCache struct {
	digestOnce sync.Once
	digestText string
}
