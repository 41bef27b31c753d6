package ner

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode"
)

// TrainOptions are the settings of a training run. The same options and
// data give the same model, bit for bit.
type TrainOptions struct {
	Groups   Groups
	Epochs   int
	MinCount int    // features seen fewer times are left out
	Seed     uint64 // orders the sentences of each epoch
	Places   *Places
	// Capitals adds a copy in capitals of every Capitals-th training
	// sentence that holds a name, so that names in headlines in capitals
	// are learnt (0: none).
	Capitals int
	// Log, when not nil, receives a line after each epoch.
	Log func(epoch, errors int)
}

// DefaultTrainOptions are the options the embedded model was trained with.
func DefaultTrainOptions(places *Places) TrainOptions {
	return TrainOptions{Groups: AllGroups, Epochs: 10, MinCount: 2, Seed: 20260301, Places: places, Capitals: 10}
}

// ordinaryCounts counts, for each lower-cased word, how often it is written
// in lower case and how often capitalised away from the start of a
// sentence.
type ordinaryCounts map[string][2]int

func (c ordinaryCounts) add(s *Sentence, sign int) {
	var f featurizer
	words := s.Words()
	f.prepare(words)
	for i, w := range words {
		in := f.info[i]
		if in.initial || !unicode.IsLetter(firstRune(w)) {
			continue
		}
		v := c[in.lower]
		if in.upper {
			v[1] += sign
		} else if w == in.lower {
			v[0] += sign
		} else {
			continue
		}
		if v == [2]int{} {
			delete(c, in.lower)
		} else {
			c[in.lower] = v
		}
	}
}

func ordinaryClass(v [2]int) uint8 {
	lower, upper := v[0], v[1]
	switch n := lower + upper; {
	case n <= 0:
		return ordUnseen
	case lower*10 >= n*9:
		return ordLower
	case upper*10 >= n*9:
		return ordCapital
	}
	return ordMixed
}

// OrdinaryTable learns from sentences how each lower-cased word is written.
func OrdinaryTable(sents []Sentence) map[string]uint8 {
	c := ordinaryCounts{}
	for i := range sents {
		c.add(&sents[i], 1)
	}
	out := make(map[string]uint8, len(c))
	for w, v := range c {
		if k := ordinaryClass(v); k != ordUnseen {
			out[w] = k
		}
	}
	return out
}

// upperSentence returns a copy of s in capitals.
func upperSentence(s *Sentence) Sentence {
	text := strings.ToUpper(s.Text)
	if len(text) != len(s.Text) {
		return Sentence{}
	}
	return Sentence{Doc: s.Doc + "/caps", Text: text, Tokens: Tokenize(text, 0, len(text)), Gold: s.Gold}
}

func hasName(s *Sentence) bool {
	for _, g := range s.Gold {
		if g != "O" {
			return true
		}
	}
	return false
}

// Train trains a model on sentences. Each document's words are looked up
// in a table of ordinary words learnt from the other documents, so that
// the model does not learn to trust a table that knows every training word.
func Train(sents []Sentence, opt TrainOptions) *Model {
	labels := CoarseLabels
	T := 1 + 2*len(labels)
	tagIndex := map[string]int{"O": 0}
	for i, l := range labels {
		tagIndex["B-"+l], tagIndex["I-"+l] = 1+2*i, 2+2*i
	}
	all := append([]Sentence(nil), sents...)
	if opt.Capitals > 0 {
		k := 0
		for i := range sents {
			if hasName(&sents[i]) {
				if k%opt.Capitals == opt.Capitals-1 {
					if u := upperSentence(&sents[i]); len(u.Tokens) == len(sents[i].Tokens) {
						all = append(all, u)
					}
				}
				k++
			}
		}
	}

	// The ordinary-word table, leaving each document out of its own.
	counts := ordinaryCounts{}
	for i := range sents {
		counts.add(&sents[i], 1)
	}
	byDoc := map[string][]int{}
	var docs []string
	for i := range all {
		d := strings.TrimSuffix(all[i].Doc, "/caps")
		if _, ok := byDoc[d]; !ok {
			docs = append(docs, d)
		}
		byDoc[d] = append(byDoc[d], i)
	}

	type seq struct {
		featOff []int32 // token i's features are feats[featOff[i]:featOff[i+1]]
		gold    []int
	}
	seqs := make([]seq, len(all))
	var hashes []uint32
	countOf := map[uint32]int32{}
	f := featurizer{groups: opt.Groups, places: opt.Places}
	for _, d := range docs {
		own := ordinaryCounts{}
		for _, i := range byDoc[d] {
			if !strings.HasSuffix(all[i].Doc, "/caps") {
				own.add(&all[i], 1)
			}
		}
		ownClass := map[string]uint8{}
		for w, v := range own {
			o := counts[w]
			ownClass[w] = ordinaryClass([2]int{o[0] - v[0], o[1] - v[1]})
		}
		ordinaryOf := func(w string) uint8 {
			if k, ok := ownClass[w]; ok {
				return k
			}
			return ordinaryClass(counts[w])
		}
		f.ordinary = ordinaryOf
		for _, i := range byDoc[d] {
			s := &all[i]
			words := s.Words()
			f.prepare(words)
			sq := seq{featOff: []int32{int32(len(hashes))}, gold: make([]int, len(words))}
			for k := range words {
				before := len(hashes)
				hashes = f.features(words, k, hashes)
				for _, h := range hashes[before:] {
					countOf[h]++
				}
				sq.featOff = append(sq.featOff, int32(len(hashes)))
				sq.gold[k] = tagIndex[s.Gold[k]]
			}
			seqs[i] = sq
		}
	}
	// Dense indices for the features seen often enough, in hash order.
	var kept []uint32
	for h, n := range countOf {
		if int(n) >= opt.MinCount {
			kept = append(kept, h)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i] < kept[j] })
	index := make(map[uint32]int32, len(kept))
	for i, h := range kept {
		index[h] = int32(i)
	}
	feats := make([]int32, len(hashes))
	for i, h := range hashes {
		if k, ok := index[h]; ok {
			feats[i] = k
		} else {
			feats[i] = -1
		}
	}
	hashes = nil

	F := len(kept)
	w := make([]float64, F*T)
	u := make([]float64, F*T)
	tw := make([]float64, (T+1)*T)
	tu := make([]float64, (T+1)*T)
	c := 1.0
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	var scores, best []float32
	var back []int32
	var pred []int
	trans32 := make([]float32, (T+1)*T)
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			sq := &seqs[si]
			n := len(sq.gold)
			if n == 0 {
				continue
			}
			if cap(scores) < n*T {
				scores, best, back = make([]float32, n*T), make([]float32, n*T), make([]int32, n*T)
			}
			sc := scores[:n*T]
			for i := 0; i < n; i++ {
				row := sc[i*T : (i+1)*T]
				var acc [64]float64
				for _, fi := range feats[sq.featOff[i]:sq.featOff[i+1]] {
					if fi < 0 {
						continue
					}
					ws := w[int(fi)*T : int(fi)*T+T]
					for t := range ws {
						acc[t] += ws[t]
					}
				}
				for t := range row {
					row[t] = float32(acc[t])
				}
			}
			for i := range tw {
				trans32[i] = float32(tw[i])
			}
			pred = viterbi(sc, trans32, n, T, best[:n*T], back[:n*T], pred[:0])
			wrong := false
			for i := 0; i < n; i++ {
				g, p := sq.gold[i], pred[i]
				pg, pp := T, T
				if i > 0 {
					pg, pp = sq.gold[i-1], pred[i-1]
				}
				if g != p || pg != pp {
					wrong = true
					tw[pg*T+g]++
					tu[pg*T+g] += c
					tw[pp*T+p]--
					tu[pp*T+p] -= c
				}
				if g == p {
					continue
				}
				for _, fi := range feats[sq.featOff[i]:sq.featOff[i+1]] {
					if fi < 0 {
						continue
					}
					w[int(fi)*T+g]++
					u[int(fi)*T+g] += c
					w[int(fi)*T+p]--
					u[int(fi)*T+p] -= c
				}
			}
			if wrong {
				errs++
			}
			c++
		}
		if opt.Log != nil {
			opt.Log(epoch+1, errs)
		}
	}

	d := &modelData{groups: opt.Groups, labels: labels, ordinary: OrdinaryTable(sents), feats: map[uint32][]tagWeight{}}
	d.trans = make([]float32, len(tw))
	for i := range tw {
		d.trans[i] = float32(tw[i] - tu[i]/c)
	}
	for fi, h := range kept {
		var ws []tagWeight
		for t := 0; t < T; t++ {
			if v := w[fi*T+t] - u[fi*T+t]/c; v != 0 {
				ws = append(ws, tagWeight{uint8(t), float32(v)})
			}
		}
		if len(ws) > 0 {
			d.feats[h] = ws
		}
	}
	if opt.Groups&GroupOrdinary == 0 {
		d.ordinary = map[string]uint8{}
	}
	m, err := decodeModel(string(d.encode()), opt.Places)
	if err != nil {
		panic("ner: a model just encoded does not decode: " + err.Error())
	}
	return m
}

// WriteTo writes the model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, m.encoded)
	return int64(n), err
}

// Digest returns the SHA-256 of the model file, which depends only on the
// training data and options.
func (m *Model) Digest() string {
	sum := sha256.Sum256([]byte(m.encoded))
	return hex.EncodeToString(sum[:])
}
