// Package strtab is an immutable table from strings to small numbers, laid
// out in one block of bytes so that a model embedded in the binary is used
// where it lies: opening a table costs nothing, whatever its size. The
// trained entity model and the place gazetteer keep their word tables in
// it.
package strtab

import (
	"encoding/binary"
	"errors"
	"sort"
)

// Table maps strings to uint32 values. The zero Table is empty. It is
// read-only and safe for concurrent use.
//
// Its bytes are: the number of keys, the number of slots (a power of two)
// and the length of the entries, each a little-endian uint32; zero bytes
// up to a multiple of 8 from the start of the file Build appended to; the
// slots, each a little-endian uint64 that is 0 when empty or else one more
// than the offset of its entry plus the key's hash times 2³²; then the
// entries, each a uvarint length, the key and a uvarint value. A key's
// first slot is its FNV-1a hash modulo the slot count, and a lookup probes
// the following slots until it finds the key or an empty slot, reading an
// entry only where the hash matches.
type Table struct {
	n       int
	slots   []uint64
	entries string
	mask    uint32
}

// ErrDamaged is returned by Open for bytes that are not a table.
var ErrDamaged = errors.New("strtab: damaged table")

// Build returns the bytes of a table of keys and their values, appended to
// out. The same pairs, in any order, give the same bytes; a key given twice
// keeps its last value.
func Build(out []byte, pairs map[string]uint32) []byte {
	keys := make([]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	slots := make([]uint64, size)
	var entries []byte
	for _, k := range keys {
		h := hash(k)
		i := h & uint32(size-1)
		for slots[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		slots[i] = uint64(len(entries)) + 1 | uint64(h)<<32
		entries = binary.AppendUvarint(entries, uint64(len(k)))
		entries = append(entries, k...)
		entries = binary.AppendUvarint(entries, uint64(pairs[k]))
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keys)))
	out = binary.LittleEndian.AppendUint32(out, uint32(size))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(entries)))
	out = Pad(out, 8)
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint64(out, s)
	}
	return append(out, entries...)
}

// Open reads a table at the start of data, which lies offset bytes from
// the start of the file the table was built into, and returns it with the
// bytes that follow it. Where the file lies aligned (an embedded file
// does) nothing is copied.
func Open(data string, offset int) (t Table, rest string, err error) {
	if len(data) < 12 {
		return Table{}, "", ErrDamaged
	}
	n, size, elen := u32(data, 0), u32(data, 4), u32(data, 8)
	start := 12 + (8-(offset+12)%8)%8
	if size == 0 || size&(size-1) != 0 || uint64(size) <= uint64(n) ||
		uint64(len(data)) < uint64(start)+8*uint64(size)+uint64(elen) {
		return Table{}, "", ErrDamaged
	}
	end := start + 8*int(size)
	t = Table{n: int(n), slots: Uint64s(data[start:end]), entries: data[end : end+int(elen)], mask: size - 1}
	for _, s := range t.slots {
		if uint32(s) > elen || s != 0 && uint32(s) == 0 {
			return Table{}, "", ErrDamaged // an entry past the end, or a hash with no entry
		}
	}
	return t, data[end+int(elen):], nil
}

// Len returns the number of keys.
func (t *Table) Len() int { return t.n }

// Get returns the value of key and whether the table has it.
func (t *Table) Get(key string) (uint32, bool) {
	if t.n == 0 {
		return 0, false
	}
	h := hash(key)
	i := h & t.mask
	for probe := uint32(0); probe <= t.mask; probe++ {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if uint32(s>>32) != h {
			i = (i + 1) & t.mask
			continue
		}
		e := t.entries[uint32(s)-1:]
		klen, n := uvarint(e)
		if n <= 0 || uint64(len(e)-n) < klen {
			return 0, false // damaged: Open checked the slots, not the entries
		}
		if klen == uint64(len(key)) && e[n:n+int(klen)] == key {
			v, m := uvarint(e[n+int(klen):])
			if m <= 0 {
				return 0, false
			}
			return uint32(v), true
		}
		i = (i + 1) & t.mask
	}
	return 0, false // damaged: no empty slot
}

// hash is 32-bit FNV-1a.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func u32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// uvarint is binary.Uvarint over a string.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
