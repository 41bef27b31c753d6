package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factsheet/factsheet/extract/internal/freelist"
	"github.com/factsheet/factsheet/extract/internal/strtab"
)

// Model is a trained sequence labeller: feature weights for each tag (O, and
// B- and I- of each label), tag-to-tag transition weights, the table of
// ordinary words learnt from the training text, and the feature groups it
// uses. It is read-only and safe for concurrent use.
type Model struct {
	groups   Groups
	labels   []string
	ordinary strtab.Table // lower-cased word → ordLower, ordMixed or ordCapital
	places   *Places

	ntags int
	trans []float32 // (ntags+1) × ntags; the last row scores the first tag

	// The feature table, read where it lies in the model file (see
	// encode): little-endian uint32 arrays keys (feature hashes, sorted),
	// offs (feature k's weights are tags/weights[offs[k]:offs[k+1]]) and
	// slots (an open-addressing index of keys: k+1, or 0 for an empty
	// slot); a byte a weight for its tag, and the weights as int16
	// multiples of quantum.
	keys    []uint32
	offs    []uint32
	slots   []uint32
	mask    uint32
	tags    string
	weights []int16
	quantum float32
	encoded string // the model file

	scratch freelist.List[scratch] // with their caches of word scores
}

// Span is a name the model found: tokens [From, To) of the input, bytes
// [Start, End) of the text, and a coarse label (PER, ORG, LOC, MISC).
type Span struct {
	From, To   int
	Start, End int
	Label      string
}

//go:embed model.bin
var modelFile string

var builtinModel = sync.OnceValue(func() *Model {
	builtinLoaded.Store(true)
	m, err := decodeModel(modelFile, BuiltinPlaces())
	if err != nil {
		panic("ner: embedded model: " + err.Error())
	}
	return m
})

var builtinLoaded atomic.Bool

// Builtin returns the embedded model, read on first use.
func Builtin() *Model { return builtinModel() }

// BuiltinLoaded reports whether the process has read the embedded model:
// whether anything has asked for entities.
func BuiltinLoaded() bool { return builtinLoaded.Load() }

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
	cache  map[string]*wordScores // see wordcache.go
	words  []string
	feats  []uint32
	scores []float32
	best   []float32
	back   []int32
	tags   []int
}

func (m *Model) getScratch() *scratch { return m.scratch.Get() }

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

// lookup returns the index of the feature with hash key, or -1.
func (m *Model) lookup(key uint32) int {
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		k := int(m.slots[i]) - 1
		if k < 0 || m.keys[k] == key {
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
	m.emissions(s, words, scores)
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

const modelMagic = "factsheet-ner 2\n"

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

// encode writes the model file: everything in sorted order, weights as
// 16-bit multiples of one quantum, so the same training gives the same
// bytes. It is laid out to be read where it lies (see decodeModel), with
// no decompression and no parsing: the magic line; the feature groups and
// the number of labels (uint32 each); the labels (a length byte and the
// name); the table of ordinary words (package strtab); the quantum
// (float32); the transition weights ((T+1)×T int16); the number of
// features F, of weights E and of slots S (uint32 each); the slots (S
// uint32: an open-addressing index of the hashes, each slot one more than
// the index of its feature, or 0); the sorted feature hashes (F uint32);
// the offsets of each feature's weights (F+1 uint32); the weights' tags (E
// bytes); the weights (E int16). Integers are little-endian, and each
// array starts at a multiple of its size from the start of the file.
func (d *modelData) encode() []byte {
	le := binary.LittleEndian
	var b []byte
	b = append(b, modelMagic...)
	b = le.AppendUint32(b, uint32(d.groups))
	b = le.AppendUint32(b, uint32(len(d.labels)))
	for _, l := range d.labels {
		b = append(b, byte(len(l)))
		b = append(b, l...)
	}
	ord := make(map[string]uint32, len(d.ordinary))
	for w, k := range d.ordinary {
		ord[w] = uint32(k)
	}
	b = strtab.Build(b, ord)
	q := d.quantum()
	b = le.AppendUint32(b, math.Float32bits(q))
	quant := func(w float32) int16 { return int16(math.Round(float64(w / q))) }
	for _, w := range d.trans {
		b = le.AppendUint16(b, uint16(quant(w)))
	}
	keys := make([]uint32, 0, len(d.feats))
	kept := map[uint32][]tagWeight{}
	for k, ws := range d.feats {
		var nz []tagWeight
		for _, tw := range ws {
			if quant(tw.w) != 0 {
				nz = append(nz, tw)
			}
		}
		if len(nz) > 0 {
			sort.Slice(nz, func(i, j int) bool { return nz[i].tag < nz[j].tag })
			keys = append(keys, k)
			kept[k] = nz
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var tags []byte
	var weights []int16
	offs := []uint32{0}
	for _, k := range keys {
		for _, tw := range kept[k] {
			tags = append(tags, tw.tag)
			weights = append(weights, quant(tw.w))
		}
		offs = append(offs, uint32(len(tags)))
	}
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	slots := make([]uint32, size)
	for k, key := range keys {
		i := key & uint32(size-1)
		for slots[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		slots[i] = uint32(k) + 1
	}
	b = le.AppendUint32(b, uint32(len(keys)))
	b = le.AppendUint32(b, uint32(len(tags)))
	b = le.AppendUint32(b, uint32(size))
	b = strtab.Pad(b, 4)
	for _, s := range slots {
		b = le.AppendUint32(b, s)
	}
	for _, k := range keys {
		b = le.AppendUint32(b, k)
	}
	for _, o := range offs {
		b = le.AppendUint32(b, o)
	}
	b = append(b, tags...)
	b = strtab.Pad(b, 2)
	for _, w := range weights {
		b = le.AppendUint16(b, uint16(w))
	}
	return b
}

var errModel = errors.New("not a factsheet-ner model")

// ReadModel reads a model file as WriteTo writes it; places is the
// gazetteer its gazetteer features look up.
func ReadModel(r io.Reader, places *Places) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return decodeModel(string(data), places)
}

// decodeModel reads a model file (see encode) where it lies: only the
// transition weights are copied; the tables are checked, not decoded.
func decodeModel(data string, places *Places) (*Model, error) {
	if !strings.HasPrefix(data, modelMagic) {
		return nil, errModel
	}
	b := data[len(modelMagic):]
	fail := false
	take := func(n int) string {
		if fail || n < 0 || len(b) < n {
			fail = true
			return ""
		}
		s := b[:n]
		b = b[n:]
		return s
	}
	u32 := func() uint32 {
		s := take(4)
		if fail {
			return 0
		}
		return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	}
	m := &Model{places: places, encoded: data}
	m.groups = Groups(u32())
	nl := u32()
	if fail || nl > 64 {
		return nil, fmt.Errorf("%w: bad header", errModel)
	}
	for i := uint32(0); i < nl && !fail; i++ {
		n := take(1)
		if !fail {
			m.labels = append(m.labels, take(int(n[0])))
		}
	}
	if fail {
		return nil, fmt.Errorf("%w: truncated labels", errModel)
	}
	m.ntags = 1 + 2*len(m.labels)
	ord, rest, err := strtab.Open(b, len(data)-len(b))
	if err != nil {
		return nil, fmt.Errorf("%w: ordinary words: %v", errModel, err)
	}
	m.ordinary, b = ord, rest
	q := math.Float32frombits(u32())
	T := m.ntags
	tr := take(2 * (T + 1) * T)
	if fail {
		return nil, fmt.Errorf("%w: truncated transitions", errModel)
	}
	m.trans = make([]float32, (T+1)*T)
	for i := range m.trans {
		m.trans[i] = float32(int16(uint16(tr[2*i])|uint16(tr[2*i+1])<<8)) * q
	}
	nf, ne, size := int(u32()), int(u32()), int(u32())
	if fail || size < nf || size&(size-1) != 0 {
		return nil, fmt.Errorf("%w: bad feature table", errModel)
	}
	m.quantum, m.mask = q, uint32(size-1)
	pad := func(align int) { take((align - (len(data)-len(b))%align) % align) }
	pad(4)
	m.slots, m.keys, m.offs = strtab.Uint32s(take(4*size)), strtab.Uint32s(take(4*nf)), strtab.Uint32s(take(4*(nf+1)))
	m.tags = take(ne)
	pad(2)
	m.weights = strtab.Int16s(take(2 * ne))
	if fail || len(b) != 0 {
		return nil, fmt.Errorf("%w: bad feature table", errModel)
	}
	empty := false
	for _, k := range m.slots {
		empty = empty || k == 0
		if k > uint32(nf) {
			return nil, fmt.Errorf("%w: bad feature index", errModel)
		}
	}
	if !empty {
		return nil, fmt.Errorf("%w: no empty slot", errModel)
	}
	for k, o := range m.offs {
		if o > uint32(ne) || k > 0 && o < m.offs[k-1] {
			return nil, fmt.Errorf("%w: bad feature offsets", errModel)
		}
	}
	for e := 0; e < ne; e++ {
		if int(m.tags[e]) >= T {
			return nil, fmt.Errorf("%w: tag %d out of range", errModel, m.tags[e])
		}
	}
	m.scratch.New = func() *scratch {
		return &scratch{f: featurizer{groups: m.groups, ordinary: m.ordinaryClass, places: m.places}}
	}
	return m, nil
}

// ordinaryClass returns how the training text writes a lower-cased word.
func (m *Model) ordinaryClass(lower string) uint8 {
	k, _ := m.ordinary.Get(lower)
	return uint8(k)
}

// Ordinary reports whether the training text writes a lower-cased word
// nearly always in lower case: an ordinary word, not a name.
func (m *Model) Ordinary(lower string) bool { return m.ordinaryClass(lower) == ordLower }

// Capitalised reports whether the training text writes a lower-cased word
// nearly always capitalised (away from the start of a sentence): a name.
func (m *Model) Capitalised(lower string) bool { return m.ordinaryClass(lower) == ordCapital }

// Common reports whether the training text writes a lower-cased word in
// lower case at least now and then: a common word that may also be a name
// ("cotton", "providence").
func (m *Model) Common(lower string) bool {
	k := m.ordinaryClass(lower)
	return k == ordLower || k == ordMixed
}
