package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
)

// Model is a trained sequence labeller: feature weights for each tag (O, and
// B- and I- of each label), tag-to-tag transition weights, the table of
// ordinary words learnt from the training text, and the feature groups it
// uses. It is read-only and safe for concurrent use.
type Model struct {
	groups   Groups
	labels   []string
	ordinary map[string]uint8
	places   *Places

	ntags int
	trans []float32 // (ntags+1) × ntags; the last row scores the first tag

	keys    []uint32 // feature hashes, sorted
	offs    []uint32 // keys[k]'s weights are tags/weights[offs[k]:offs[k+1]]
	tags    []uint8
	weights []float32
	slots   []int32 // open-addressing index of keys
	mask    uint32
	encoded []byte // the uncompressed file

	scratch sync.Pool
}

// Span is a name the model found: tokens [From, To) of the input, bytes
// [Start, End) of the text, and a coarse label (PER, ORG, LOC, MISC).
type Span struct {
	From, To   int
	Start, End int
	Label      string
}

//go:embed model.bin.gz
var modelGz []byte

var builtinModel = sync.OnceValue(func() *Model {
	m, err := ReadModel(bytes.NewReader(modelGz), BuiltinPlaces())
	if err != nil {
		panic("ner: embedded model: " + err.Error())
	}
	return m
})

// Builtin returns the embedded model, read on first use.
func Builtin() *Model { return builtinModel() }

// Labels returns the model's labels.
func (m *Model) Labels() []string { return m.labels }

// Groups returns the feature groups the model was trained with.
func (m *Model) Groups() Groups { return m.groups }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.keys) }

// tagLabel returns the label index of tag t (-1 for O) and whether it is a
// B- tag.
func tagLabel(t int) (int, bool) {
	if t == 0 {
		return -1, false
	}
	return (t - 1) / 2, (t-1)%2 == 0
}

// allowed reports whether tag t may follow tag prev (prev = -1 at the
// start): an I- tag continues a name of its own label.
func allowed(prev, t int) bool {
	l, b := tagLabel(t)
	if l < 0 || b {
		return true
	}
	if prev < 0 {
		return false
	}
	pl, _ := tagLabel(prev)
	return pl == l
}

type scratch struct {
	f      featurizer
	words  []string
	feats  []uint32
	scores []float32
	best   []float32
	back   []int32
	tags   []int
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{f: featurizer{groups: m.groups, ordinary: m.ordinary, places: m.places}}
}

// Spans labels one sentence's tokens and returns the names found, in order.
func (m *Model) Spans(toks []Token) []Span {
	if len(toks) == 0 {
		return nil
	}
	s := m.getScratch()
	defer m.scratch.Put(s)
	s.words = s.words[:0]
	for _, t := range toks {
		s.words = append(s.words, t.Text)
	}
	tags := m.decode(s, s.words)
	var out []Span
	for i := 0; i < len(tags); {
		l, _ := tagLabel(tags[i])
		if l < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) {
			if l2, b := tagLabel(tags[j]); l2 != l || b {
				break
			}
			j++
		}
		out = append(out, Span{From: i, To: j, Start: toks[i].Start, End: toks[j-1].End, Label: m.labels[l]})
		i = j
	}
	return out
}

// Tags labels one sentence's words and returns their tags ("O", "B-PER",
// "I-PER", ...).
func (m *Model) Tags(words []string) []string {
	s := m.getScratch()
	defer m.scratch.Put(s)
	tags := m.decode(s, words)
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = m.tagName(t)
	}
	return out
}

func (m *Model) tagName(t int) string {
	l, b := tagLabel(t)
	switch {
	case l < 0:
		return "O"
	case b:
		return "B-" + m.labels[l]
	}
	return "I-" + m.labels[l]
}

func (m *Model) lookup(key uint32) int32 {
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		k := m.slots[i]
		if k < 0 {
			return -1
		}
		if m.keys[k] == key {
			return k
		}
	}
}

// decode runs the features and Viterbi over one sentence.
func (m *Model) decode(s *scratch, words []string) []int {
	n, T := len(words), m.ntags
	s.f.prepare(words)
	if cap(s.scores) < n*T {
		s.scores = make([]float32, n*T)
		s.best = make([]float32, n*T)
		s.back = make([]int32, n*T)
	}
	scores := s.scores[:n*T]
	clear(scores)
	for i := range words {
		s.feats = s.f.features(words, i, s.feats[:0])
		row := scores[i*T : (i+1)*T]
		for _, h := range s.feats {
			k := m.lookup(h)
			if k < 0 {
				continue
			}
			for e := m.offs[k]; e < m.offs[k+1]; e++ {
				row[m.tags[e]] += m.weights[e]
			}
		}
	}
	s.tags = viterbi(scores, m.trans, n, T, s.best[:n*T], s.back[:n*T], s.tags[:0])
	return s.tags
}

// viterbi returns the best tag sequence for emission scores (n × T) and
// transition scores ((T+1) × T, the last row for the first tag), keeping
// I- tags after their own label.
func viterbi(scores, trans []float32, n, T int, best []float32, back []int32, out []int) []int {
	neg := float32(math.Inf(-1))
	for t := 0; t < T; t++ {
		best[t] = neg
		if allowed(-1, t) {
			best[t] = scores[t] + trans[T*T+t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < T; t++ {
			b, bk := neg, int32(0)
			for p := 0; p < T; p++ {
				if !allowed(p, t) || best[(i-1)*T+p] == neg {
					continue
				}
				if v := best[(i-1)*T+p] + trans[p*T+t]; v > b {
					b, bk = v, int32(p)
				}
			}
			if b != neg {
				b += scores[i*T+t]
			}
			best[i*T+t], back[i*T+t] = b, bk
		}
	}
	last, lb := 0, neg
	for t := 0; t < T; t++ {
		if v := best[(n-1)*T+t]; v > lb {
			last, lb = t, v
		}
	}
	for len(out) < n {
		out = append(out, 0)
	}
	out = out[:n]
	for i := n - 1; i >= 0; i-- {
		out[i] = last
		last = int(back[i*T+last])
	}
	return out
}

const modelMagic = "factsheet-ner 1\n"

// modelData is a model as the file holds it, before the lookup index.
type modelData struct {
	groups   Groups
	labels   []string
	ordinary map[string]uint8
	trans    []float32
	feats    map[uint32][]tagWeight
}

type tagWeight struct {
	tag uint8
	w   float32
}

// quantum is the step weights are rounded to in the file: the largest
// weight over 32767.
func (d *modelData) quantum() float32 {
	var max float32
	for _, w := range d.trans {
		max = float32(math.Max(float64(max), math.Abs(float64(w))))
	}
	for _, ws := range d.feats {
		for _, tw := range ws {
			max = float32(math.Max(float64(max), math.Abs(float64(tw.w))))
		}
	}
	if max == 0 {
		return 1
	}
	return max / 32767
}

// encode writes the uncompressed model: everything in sorted order, weights
// as 16-bit multiples of one quantum, so the same training gives the same
// bytes.
func (d *modelData) encode() []byte {
	var b []byte
	b = append(b, modelMagic...)
	b = binary.AppendUvarint(b, uint64(d.groups))
	b = binary.AppendUvarint(b, uint64(len(d.labels)))
	for _, l := range d.labels {
		b = binary.AppendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	words := make([]string, 0, len(d.ordinary))
	for w := range d.ordinary {
		words = append(words, w)
	}
	sort.Strings(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
		b = append(b, d.ordinary[w])
	}
	q := d.quantum()
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(q))
	quant := func(w float32) int16 { return int16(math.Round(float64(w / q))) }
	for _, w := range d.trans {
		b = binary.LittleEndian.AppendUint16(b, uint16(quant(w)))
	}
	keys := make([]uint32, 0, len(d.feats))
	for k, ws := range d.feats {
		for _, tw := range ws {
			if quant(tw.w) != 0 {
				keys = append(keys, k)
				break
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	b = binary.AppendUvarint(b, uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
		var kept []tagWeight
		for _, tw := range d.feats[k] {
			if quant(tw.w) != 0 {
				kept = append(kept, tw)
			}
		}
		sort.Slice(kept, func(i, j int) bool { return kept[i].tag < kept[j].tag })
		b = append(b, byte(len(kept)))
		for _, tw := range kept {
			b = append(b, tw.tag)
			b = binary.LittleEndian.AppendUint16(b, uint16(quant(tw.w)))
		}
	}
	return b
}

// writeGzip writes data gzip-compressed.
func writeGzip(w io.Writer, data []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

var errModel = errors.New("not a factsheet-ner model")

// ReadModel reads a gzip-compressed model file; places is the gazetteer
// its gazetteer features look up.
func ReadModel(r io.Reader, places *Places) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(bufio.NewReader(zr))
	if err != nil {
		return nil, err
	}
	m, err := decodeModel(data, places)
	if err != nil {
		return nil, err
	}
	m.encoded = data
	return m, nil
}

func decodeModel(data []byte, places *Places) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errModel
	}
	b := data[len(modelMagic):]
	fail := false
	uv := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			fail = true
			return 0
		}
		b = b[n:]
		return v
	}
	str := func() string {
		n := uv()
		if fail || uint64(len(b)) < n {
			fail = true
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	m := &Model{places: places, ordinary: map[string]uint8{}}
	m.groups = Groups(uv())
	nl := uv()
	for i := uint64(0); i < nl && !fail; i++ {
		m.labels = append(m.labels, str())
	}
	m.ntags = 1 + 2*len(m.labels)
	nw := uv()
	for i := uint64(0); i < nw && !fail; i++ {
		w := str()
		if len(b) < 1 {
			fail = true
			break
		}
		m.ordinary[w] = b[0]
		b = b[1:]
	}
	if fail || len(b) < 4 {
		return nil, fmt.Errorf("%w: truncated header", errModel)
	}
	q := math.Float32frombits(binary.LittleEndian.Uint32(b))
	b = b[4:]
	T := m.ntags
	if len(b) < 2*(T+1)*T {
		return nil, fmt.Errorf("%w: truncated transitions", errModel)
	}
	m.trans = make([]float32, (T+1)*T)
	for i := range m.trans {
		m.trans[i] = float32(int16(binary.LittleEndian.Uint16(b))) * q
		b = b[2:]
	}
	nf := uv()
	m.keys = make([]uint32, 0, nf)
	m.offs = make([]uint32, 1, nf+1)
	key := uint32(0)
	for i := uint64(0); i < nf && !fail; i++ {
		key += uint32(uv())
		if fail || len(b) < 1 {
			fail = true
			break
		}
		c := int(b[0])
		b = b[1:]
		if len(b) < 3*c {
			fail = true
			break
		}
		for e := 0; e < c; e++ {
			if int(b[0]) >= T {
				return nil, fmt.Errorf("%w: tag %d out of range", errModel, b[0])
			}
			m.tags = append(m.tags, b[0])
			m.weights = append(m.weights, float32(int16(binary.LittleEndian.Uint16(b[1:])))*q)
			b = b[3:]
		}
		m.keys = append(m.keys, key)
		m.offs = append(m.offs, uint32(len(m.tags)))
	}
	if fail || len(b) != 0 {
		return nil, fmt.Errorf("%w: bad feature table", errModel)
	}
	size := 1
	for size < 2*len(m.keys)+1 {
		size <<= 1
	}
	m.slots = make([]int32, size)
	for i := range m.slots {
		m.slots[i] = -1
	}
	m.mask = uint32(size - 1)
	for k, key := range m.keys {
		i := key & m.mask
		for m.slots[i] >= 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = int32(k)
	}
	return m, nil
}

// Ordinary reports whether the training text writes a lower-cased word
// nearly always in lower case: an ordinary word, not a name.
func (m *Model) Ordinary(lower string) bool { return m.ordinary[lower] == ordLower }

// Capitalised reports whether the training text writes a lower-cased word
// nearly always capitalised (away from the start of a sentence): a name.
func (m *Model) Capitalised(lower string) bool { return m.ordinary[lower] == ordCapital }

// Common reports whether the training text writes a lower-cased word in
// lower case at least now and then: a common word that may also be a name
// ("cotton", "providence").
func (m *Model) Common(lower string) bool {
	k := m.ordinary[lower]
	return k == ordLower || k == ordMixed
}
