package pos

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"sync"
	"unsafe"

	"github.com/factsheet/factsheet/extract/internal/strtab"
)

//go:embed model.bin
var modelData string

// model is prose's averaged perceptron in compact form (made by
// gen_model.go, which gives the layout), read where it lies in the
// embedded data: for each feature (its template id as one byte, then its
// words), the weights of the classes it votes for, in thousandths.
type model struct {
	classes  []string
	tagMap   strtab.Table // words that always take one tag → the class
	features strtab.Table // feature key → feature index
	start    []uint32     // feature k's weights are class/weight[start[k]:start[k+1]]
	class    string       // a byte a weight
	weight   []uint32     // int32s in thousandths
}

var shared = sync.OnceValues(func() (*model, error) { return parse(modelData) })

var errModel = errors.New("pos: damaged model.bin")

// parse opens model.bin. Nothing is copied but the class names' slice.
func parse(data string) (*model, error) {
	if len(data) < len(magic) || data[:len(magic)] != magic {
		return nil, errModel
	}
	b := data[len(magic):]
	bad := false
	uvarint := func() int {
		if bad {
			return 0
		}
		v, n := binary.Uvarint(unsafe.Slice(unsafe.StringData(b), len(b)))
		if n <= 0 || v > uint64(len(data)) {
			bad = true
			return 0
		}
		b = b[n:]
		return int(v)
	}
	take := func(n int) string {
		if bad || n < 0 || n > len(b) {
			bad = true
			return ""
		}
		s := b[:n]
		b = b[n:]
		return s
	}
	m := &model{}
	nc := uvarint()
	if nc > 64 {
		return nil, errModel
	}
	for range nc {
		m.classes = append(m.classes, take(uvarint()))
	}
	if bad {
		return nil, errModel
	}
	var err error
	if m.tagMap, b, err = strtab.Open(b, len(data)-len(b)); err != nil {
		return nil, errModel
	}
	if m.features, b, err = strtab.Open(b, len(data)-len(b)); err != nil {
		return nil, errModel
	}
	counts := take(8)
	if bad {
		return nil, errModel
	}
	nf, ne := int(u32at(counts, 0)), int(u32at(counts, 1))
	if nf > len(data) || ne > len(data) {
		return nil, errModel
	}
	pad := func() { take((4 - (len(data)-len(b))%4) % 4) }
	pad()
	m.start = strtab.Uint32s(take(4 * (nf + 1)))
	m.class = take(ne)
	pad()
	m.weight = strtab.Uint32s(take(4 * ne))
	if bad || len(b) != 0 {
		return nil, errModel
	}
	for k, s := range m.start {
		if s > uint32(ne) || k > 0 && s < m.start[k-1] {
			return nil, errModel
		}
	}
	for e := 0; e < ne; e++ {
		if int(m.class[e]) >= len(m.classes) {
			return nil, errModel
		}
	}
	return m, nil
}

// u32at returns the i-th little-endian uint32 of s.
func u32at(s string, i int) uint32 {
	s = s[4*i : 4*i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

const magic = "factsheet pos 2\n"
