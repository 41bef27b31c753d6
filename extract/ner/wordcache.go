package ner

import (
	"strings"
	"unicode/utf8"
)

// Decoding scores each token by the weights of its features, about 36 of
// them, each a lookup in a table of some megabytes: a cache miss apiece.
// Most of those features read one word only: the token's own (its forms,
// shapes, affixes and how ordinary it is, given whether it opens the
// sentence) or a neighbour's ("the word before is 'of'"). Their summed
// weights are kept per word, so that a word seen before costs a map
// lookup, and only the features that read two tokens at once (pairs, and
// the place gazetteer, which depends on the words around) are looked up
// for each token. Weights are summed as integers (multiples of the
// model's quantum), so the order of the sum does not change a score.

// wordScores are a word's summed weights by tag, for each place it can
// stand relative to the token scored.
type wordScores struct {
	self [2][]int32 // the token itself, not opening and opening a sentence
	p1   []int32    // the word before the token
	n1   []int32    // the word after
	p2   []int32    // two before
	n2   []int32    // two after
}

// maxCachedWords bounds a scratch's cache; it is emptied when full.
const maxCachedWords = 1 << 13

// selfFeatures appends the features of a token that read only the token:
// the word (w), its forms, shapes and affixes, and, with its sentence
// opening flag, the initial and ordinary features.
func (f *featurizer) selfFeatures(word string, t *tokInfo, out []uint32) []uint32 {
	g := f.groups
	out = append(out, feature('B', ""))
	if g&GroupWord != 0 {
		out = append(out, feature('w', word), feature('l', t.lower))
	}
	if g&GroupShape != 0 {
		out = append(out, feature('s', t.short), feature('S', t.shape))
	}
	if g&GroupAffix != 0 {
		out = affixFeatures(t.lower, out)
	}
	out = f.initialFeatures(t, out)
	if g&GroupOrdinary != 0 {
		o := string('0' + t.ord)
		out = append(out, feature('o', o), feature2('O', o, t.short))
	}
	return out
}

// neighbourFeatures appends the features that read only the neighbour n
// standing at offset d (-2, -1, 1 or 2) from the token scored.
func (f *featurizer) neighbourFeatures(n *tokInfo, d int, out []uint32) []uint32 {
	if f.groups&GroupNeighbours == 0 {
		return out
	}
	switch d {
	case -1:
		return append(out, feature('a', n.lower), feature('e', n.short))
	case 1:
		return append(out, feature('b', n.lower), feature('f', n.short))
	case -2:
		return append(out, feature('c', n.lower))
	}
	return append(out, feature('d', n.lower))
}

// pairFeatures appends the features of token i that read two tokens at
// once, and the gazetteer's.
func (f *featurizer) pairFeatures(i int, out []uint32) []uint32 {
	g := f.groups
	t, p1, n1 := f.at(i), f.at(i-1), f.at(i+1)
	if g&GroupNeighbours != 0 {
		out = append(out,
			feature2('g', p1.short, t.short), feature2('h', t.short, n1.short),
			feature2('i', p1.lower, t.short), feature2('j', t.short, n1.lower),
			feature2('k', p1.lower, t.lower), feature2('m', t.lower, n1.lower))
	}
	if g&GroupOrdinary != 0 {
		o := string('0' + t.ord)
		out = append(out, feature2('q', string('0'+p1.ord), o), feature2('r', o, string('0'+n1.ord)))
	}
	if g&GroupGazetteer != 0 {
		z := string('0' + t.gaz)
		out = append(out, feature('z', z), feature2('Z', z, t.short),
			feature2('y', string('0'+p1.gaz), z), feature2('Y', z, string('0'+n1.gaz)))
	}
	return out
}

// at returns token k's information after prepare, or the start or end
// marker beyond the sentence.
func (f *featurizer) at(k int) *tokInfo {
	switch {
	case k < 0:
		return &startInfo
	case k >= len(f.info):
		return &endInfo
	}
	return &f.info[k]
}

// affixFeatures appends the prefixes and suffixes of up to four letters.
func affixFeatures(lower string, out []uint32) []uint32 {
	n := 0
	for k := range lower {
		if n > 0 && n <= 4 {
			out = append(out, feature('p'+byte(n), lower[:k]))
		}
		n++
	}
	if n <= 4 && n > 0 {
		out = append(out, feature('p'+byte(n), lower))
	}
	n = 0
	for k := len(lower); k > 0 && n < 4; {
		_, size := utf8.DecodeLastRuneInString(lower[:k])
		k -= size
		n++
		out = append(out, feature('x'+byte(n), lower[k:]))
	}
	return out
}

// sum adds the weights of the features in hashes to acc, by tag.
func (m *Model) sum(hashes []uint32, acc []int32) {
	for _, h := range hashes {
		k := m.lookup(h)
		if k < 0 {
			continue
		}
		for e := m.offs[k]; e < m.offs[k+1]; e++ {
			acc[m.tags[e]] += int32(m.weights[e])
		}
	}
}

// scoresOf returns the cached sums of a word, making them on first use.
// The sums that depend on the sentence-opening flag are made for the flag
// asked.
func (m *Model) scoresOf(s *scratch, word string, t *tokInfo, d int) []int32 {
	ws := s.cache[word]
	if ws == nil {
		if len(s.cache) >= maxCachedWords {
			clear(s.cache)
		}
		ws = &wordScores{}
		s.cache[strings.Clone(word)] = ws
	}
	var p *[]int32
	switch d {
	case 0:
		flag := 0
		if t.initial {
			flag = 1
		}
		p = &ws.self[flag]
	case -1:
		p = &ws.p1
	case 1:
		p = &ws.n1
	case -2:
		p = &ws.p2
	default:
		p = &ws.n2
	}
	if *p == nil {
		acc := make([]int32, m.ntags)
		if d == 0 {
			s.feats = s.f.selfFeatures(word, t, s.feats[:0])
		} else {
			s.feats = s.f.neighbourFeatures(t, d, s.feats[:0])
		}
		m.sum(s.feats, acc)
		*p = acc
	}
	return *p
}

// The cache keys of the markers beyond the sentence: no token has a space.
const startKey, endKey = " <s>", " </s>"

// emissions fills scores (n × T) with the tag scores of each token of
// words, after prepare.
func (m *Model) emissions(s *scratch, words []string, scores []float32) {
	T := m.ntags
	if s.cache == nil {
		s.cache = map[string]*wordScores{}
	}
	acc := make([]int32, T)
	for i := range words {
		clear(acc)
		add := func(v []int32) {
			for t, x := range v {
				acc[t] += x
			}
		}
		add(m.scoresOf(s, words[i], &s.f.info[i], 0))
		for _, d := range [...]int{-1, 1, -2, 2} {
			k := i + d
			switch {
			case k < 0:
				add(m.scoresOf(s, startKey, &startInfo, d))
			case k >= len(words):
				add(m.scoresOf(s, endKey, &endInfo, d))
			default:
				add(m.scoresOf(s, words[k], &s.f.info[k], d))
			}
		}
		s.feats = s.f.pairFeatures(i, s.feats[:0])
		m.sum(s.feats, acc)
		row := scores[i*T : (i+1)*T]
		for t, x := range acc {
			row[t] = float32(x) * m.quantum
		}
	}
}
