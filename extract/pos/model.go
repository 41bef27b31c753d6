package pos

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"sync"
	"unsafe"
)

//go:embed model.bin
var modelData string

// model is prose's averaged perceptron in compact form: for each feature
// (its template id as one byte, then its words, as in gen_model.go), the
// weights of the classes it votes for, in thousandths.
type model struct {
	classes  []string
	tagMap   map[string]uint8 // words that always take one tag
	features map[string]uint32
	start    []uint32 // features[k]'s weights are class[start[k]:start[k+1]]
	class    []uint8
	weight   []int32
}

var shared = sync.OnceValues(func() (*model, error) { return parse(modelData) })

var errModel = errors.New("pos: damaged model.bin")

// parse reads model.bin. Its strings are not copied: they point into the
// embedded data, which is never written.
func parse(data string) (*model, error) {
	if len(data) < len(magic) || data[:len(magic)] != magic {
		return nil, errModel
	}
	p := len(magic)
	bad := false
	uvarint := func() int {
		if bad {
			return 0
		}
		v, n := binary.Uvarint(unsafe.Slice(unsafe.StringData(data[p:]), len(data)-p))
		if n <= 0 {
			bad = true
			return 0
		}
		p += n
		return int(v)
	}
	str := func() string {
		n := uvarint()
		if bad || p+n > len(data) {
			bad = true
			return ""
		}
		s := data[p : p+n]
		p += n
		return s
	}
	byteAt := func() uint8 {
		if bad || p >= len(data) {
			bad = true
			return 0
		}
		p++
		return data[p-1]
	}
	m := &model{}
	m.classes = make([]string, uvarint())
	for i := range m.classes {
		m.classes[i] = str()
	}
	n := uvarint()
	m.tagMap = make(map[string]uint8, n)
	for range n {
		w := str()
		m.tagMap[w] = byteAt()
	}
	n = uvarint()
	if bad || n > len(data) {
		return nil, errModel
	}
	m.features = make(map[string]uint32, n)
	m.start = make([]uint32, 0, n+1)
	for k := range n {
		m.features[str()] = uint32(k)
		m.start = append(m.start, uint32(len(m.class)))
		for range uvarint() {
			c := byteAt()
			if bad {
				break
			}
			v, size := binary.Varint(unsafe.Slice(unsafe.StringData(data[p:]), len(data)-p))
			if size <= 0 || int(c) >= len(m.classes) {
				return nil, errModel
			}
			p += size
			m.class = append(m.class, c)
			m.weight = append(m.weight, int32(v))
		}
		if bad {
			return nil, errModel
		}
	}
	m.start = append(m.start, uint32(len(m.class)))
	if bad || p != len(data) || len(m.classes) > 64 {
		return nil, errModel
	}
	return m, nil
}

const magic = "factsheet pos 1\n"
