package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Groups is a set of feature groups. The model file records the groups it
// was trained with; decoding uses the same.
type Groups uint32

// The feature groups, measured one by one on the development data (see the
// README).
const (
	GroupWord       Groups = 1 << iota // the word and the lower-cased word
	GroupShape                         // the word's shape: Xxxx, XXXX, X.X., dddd
	GroupAffix                         // prefixes and suffixes of up to four letters
	GroupNeighbours                    // the words and shapes of two tokens either side
	GroupInitial                       // opening the sentence (or a quotation)
	GroupOrdinary                      // how the lower-cased word is written in ordinary text
	GroupGazetteer                     // membership in a GeoNames place name

	AllGroups = GroupWord | GroupShape | GroupAffix | GroupNeighbours | GroupInitial | GroupOrdinary | GroupGazetteer
)

// GroupNames names the feature groups for flags and reports.
var GroupNames = []struct {
	Name  string
	Group Groups
}{
	{"word", GroupWord}, {"shape", GroupShape}, {"affix", GroupAffix}, {"neighbours", GroupNeighbours},
	{"initial", GroupInitial}, {"ordinary", GroupOrdinary}, {"gazetteer", GroupGazetteer},
}

// How a lower-cased word is written in the training text, away from the
// start of a sentence.
const (
	ordUnseen  uint8 = iota
	ordLower         // nearly always in lower case: an ordinary word
	ordMixed         // both
	ordCapital       // nearly always capitalised: a name
)

// tokInfo is what the features read of one token.
type tokInfo struct {
	lower, shape, short string
	ord, gaz            uint8
	initial, upper      bool
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func hashString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// featurizer turns sentences into feature hashes.
type featurizer struct {
	groups   Groups
	ordinary func(lower string) uint8 // how a lower-cased word is written in ordinary text (nil: unseen)
	places   *Places
	info     []tokInfo
}

func feature(t byte, s string) uint32 { return hashString(hashByte(fnvOffset, t), s) }

func feature2(t byte, a, b string) uint32 {
	return hashString(hashByte(hashString(hashByte(fnvOffset, t), a), 0), b)
}

// shapes returns the shape of w (letters as X and x, digits as d, runs
// longer than three cut to three) and its short shape (runs cut to one).
func shapes(w string) (string, string) {
	var long, short []byte
	var last byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			c = 'X'
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if c == last {
			run++
		} else {
			run = 1
			short = append(short, c)
		}
		if run <= 3 {
			long = append(long, c)
		}
		last = c
	}
	return string(long), string(short)
}

// isOpening reports whether a token opens a quotation or a clause after
// which any word is capitalised.
func isOpening(w string) bool {
	switch w {
	case "“", "\"", "‘", "'", "(", "[", ":", "—", "--", "``", "-":
		return true
	}
	return false
}

// prepare fills f.info for one sentence.
func (f *featurizer) prepare(words []string) {
	if cap(f.info) < len(words) {
		f.info = make([]tokInfo, len(words), 2*len(words))
	}
	f.info = f.info[:len(words)]
	seenWord := false
	for i, w := range words {
		in := &f.info[i]
		in.lower = strings.ToLower(w)
		in.shape, in.short = shapes(w)
		r := firstRune(w)
		in.upper = unicode.IsUpper(r) || unicode.IsTitle(r)
		in.initial = !seenWord || i > 0 && isOpening(words[i-1])
		if isWordRune(r) {
			seenWord = true
		}
		in.ord = ordUnseen
		if f.ordinary != nil {
			in.ord = f.ordinary(in.lower)
		}
		in.gaz = 0
	}
	if f.groups&GroupGazetteer != 0 && f.places != nil {
		f.places.markTokens(f.info)
	}
}

var (
	startInfo = tokInfo{lower: "<s>", shape: "<s>", short: "<s>"}
	endInfo   = tokInfo{lower: "</s>", shape: "</s>", short: "</s>"}
)

// initialFeatures appends the features of a token's place at the opening
// of its sentence, with its shape and how ordinary it is.
func (f *featurizer) initialFeatures(t *tokInfo, out []uint32) []uint32 {
	if f.groups&GroupInitial == 0 {
		return out
	}
	init := "0"
	if t.initial {
		init = "1"
	}
	out = append(out, feature('I', init), feature2('J', init, t.short))
	if f.groups&GroupOrdinary != 0 {
		out = append(out, feature2('K', init, string('0'+t.ord)))
	}
	return out
}

// features appends the feature hashes of token i (after prepare) to out.
func (f *featurizer) features(words []string, i int, out []uint32) []uint32 {
	at := f.at
	g := f.groups
	t := at(i)
	out = append(out, feature('B', ""))
	if g&GroupWord != 0 {
		out = append(out, feature('w', words[i]), feature('l', t.lower))
	}
	if g&GroupShape != 0 {
		out = append(out, feature('s', t.short), feature('S', t.shape))
	}
	if g&GroupAffix != 0 {
		out = affixFeatures(t.lower, out)
	}
	if g&GroupNeighbours != 0 {
		p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
		out = append(out,
			feature('a', p1.lower), feature('b', n1.lower), feature('c', p2.lower), feature('d', n2.lower),
			feature('e', p1.short), feature('f', n1.short),
			feature2('g', p1.short, t.short), feature2('h', t.short, n1.short),
			feature2('i', p1.lower, t.short), feature2('j', t.short, n1.lower),
			feature2('k', p1.lower, t.lower), feature2('m', t.lower, n1.lower))
	}
	out = f.initialFeatures(t, out)
	if g&GroupOrdinary != 0 {
		o := string('0' + t.ord)
		out = append(out, feature('o', o), feature2('O', o, t.short),
			feature2('q', string('0'+at(i-1).ord), o), feature2('r', o, string('0'+at(i+1).ord)))
	}
	if g&GroupGazetteer != 0 {
		z := string('0' + t.gaz)
		out = append(out, feature('z', z), feature2('Z', z, t.short),
			feature2('y', string('0'+at(i-1).gaz), z), feature2('Y', z, string('0'+at(i+1).gaz)))
	}
	return out
}
