package pos

import (
	"regexp"
	"strings"
	"sync"
	"unsafe"

	"github.com/factsheet/factsheet/extract/internal/freelist"
)

// Tagger tags the words of a text as prose's tagger does. It is safe for
// concurrent use.
type Tagger struct {
	m *model
}

// Load returns the tagger. Its model is read from the embedded data on the
// first call only; the error is for a damaged build.
func Load() (*Tagger, error) {
	m, err := shared()
	if err != nil {
		return nil, err
	}
	return &Tagger{m}, nil
}

// scratch holds the buffers of one call of Tag, reused across calls.
type scratch struct {
	words  []word
	ctx    []string
	tags   []string
	final  []string
	chunks map[string]int
	key    []byte
	offs   []int
	votes  []vote
	// cache holds the votes of the features that read one word, by role
	// and word (see votesOf): slices of arena, where they are made one
	// after another, so that a word's votes cost no allocation of their
	// own. cacheKey is the buffer its keys are made in.
	cache    map[string][]vote
	arena    []vote
	cacheKey []byte
	clean    strings.Builder
}

// scratches are kept with their caches of votes (see freelist).
var scratches = freelist.List[scratch]{New: func() *scratch { return &scratch{chunks: map[string]int{}, cache: map[string][]vote{}} }}

// Tag splits text into words the way prose's tokenizer does and tags them,
// appending the tokens to out, in order, with byte offsets into text. It is
// prose.NewDocument(text, prose.WithSegmentation(false),
// prose.WithExtraction(false)).Tokens(), with offsets. prose's tokenizer
// panics on some malformed text ("People\xe2\x80's"); such a text gives no
// tokens.
func (t *Tagger) Tag(text string, out []Token) (res []Token) {
	s := scratches.Get()
	defer scratches.Put(s)
	n0 := len(out)
	defer func() {
		if recover() != nil {
			res = out[:n0]
		}
	}()
	clean, offs := s.sanitize(text)
	s.words = tokenize(clean, s.words[:0], s.chunks)
	words := s.words
	n := len(words)

	ctx := append(s.ctx[:0], "-START-", "-START2-")
	for _, w := range words {
		ctx = append(ctx, normalize(clean[w.start:w.end]))
	}
	ctx = append(ctx, "-END-", "-END2-")
	s.ctx = ctx

	tags := s.tags[:0]
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		word := clean[w.start:w.end]
		tag := t.special(word)
		if tag == "" {
			if c, ok := t.m.tagMap.Get(word); ok {
				tag = t.m.classes[c]
			} else {
				tag = t.predict(s, i, ctx, word, p1, p2)
			}
		}
		tags = append(tags, tag)
		p2, p1 = p1, tag
	}
	s.tags = tags

	// A repeated chunk shares prose's tokens with its first occurrence, so
	// all of them end with the tag written last.
	final := append(s.final[:0], tags...)
	for i, w := range words {
		if w.alias >= 0 {
			final[w.alias] = tags[i]
		}
	}
	s.final = final
	for i, w := range words {
		tag := final[i]
		if w.alias >= 0 {
			tag = final[w.alias]
		}
		start, end := w.start, w.end
		if offs != nil {
			start, end = offs[start], offs[end]
		}
		out = append(out, Token{Start: start, End: end, Tag: tag})
	}
	_ = n
	return out
}

// special is the tag prose gives a word before asking its model, or "".
func (t *Tagger) special(word string) string {
	switch {
	case word == "-":
		return "-"
	case emoticons[word]:
		return "SYM"
	case strings.HasPrefix(word, "@"),
		strings.IndexByte(word, '.') >= 0 && linkRE().MatchString(word),
		strings.IndexByte(word, '@') >= 0 && emailRE().MatchString(word):
		return "NN"
	case (word == "0" || word[0] == '*') && noneRE.MatchString(word):
		return "-NONE-"
	case len(word) == 5 && word[0] == '-' && keepRE.MatchString(word):
		return word
	}
	return ""
}

var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
	// prose's tests for links and e-mail addresses (commonregex's
	// LinkPattern and EmailPattern), compiled on first need.
	linkRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	})
	emailRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
	})
)

// predict scores the classes for the word at i from its features, as
// prose's featurize and predict do, and returns the best; where two score
// the same, the first in class order.
//
// Of the fourteen features, ten read one word only: the word itself (its
// suffix, first letter and normalised form, with the bias) or one
// neighbour's normalised form ("the word before is 'the'"). Their votes
// are kept per word (see votesOf), so only the four that read the tags
// before are looked up for every word. Weights are whole thousandths, so
// the order of the sum does not change a score.
func (t *Tagger) predict(s *scratch, i int, ctx []string, w, p1, p2 string) string {
	m := t.m
	var scores [64]int64
	var present uint64
	add := func(vs []vote) {
		for _, v := range vs {
			scores[v.class] += int64(v.weight)
			present |= 1 << v.class
		}
	}
	i += 2
	add(t.votesOf(s, 's', w, ctx[i]))
	add(t.votesOf(s, 'p', ctx[i-1], ""))
	add(t.votesOf(s, 'q', ctx[i-2], ""))
	add(t.votesOf(s, 'n', ctx[i+1], ""))
	add(t.votesOf(s, 'o', ctx[i+2], ""))
	s.votes = s.votes[:0]
	s.votes = t.lookup(s, s.votes, 3, p1)
	s.votes = t.lookup(s, s.votes, 4, p2)
	s.votes = t.lookup(s, s.votes, 5, p1, p2)
	s.votes = t.lookup(s, s.votes, 7, p1, ctx[i])
	add(s.votes)
	best := -1
	for c := range m.classes {
		if present&(1<<c) != 0 && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	if best < 0 {
		return ""
	}
	return m.classes[best]
}

// vote is a feature's weight for a class, in thousandths.
type vote struct {
	class  uint8
	weight int32
}

// maxCachedWords and arenaVotes bound a scratch's cache of votes: it is
// emptied when it holds maxCachedWords words, or when its arena (made once,
// of arenaVotes votes: 2 MB) may not hold the next word's, so that it
// never grows: about 40 votes a word.
const (
	maxCachedWords = 1 << 13
	arenaVotes     = 1 << 18
	maxWordVotes   = 4 * 64 // four features of at most one vote per class
)

// votesOf returns the votes of the features that read one word, by the
// word's role: 's' the word scored (w, with its normalised form norm), 'p'
// and 'q' the normalised words one and two before, 'n' and 'o' one and two
// after. They are made on the word's first use and kept.
func (t *Tagger) votesOf(s *scratch, role byte, w, norm string) []vote {
	k := append(append(s.cacheKey[:0], role), w...)
	s.cacheKey = k
	if vs, ok := s.cache[unsafe.String(unsafe.SliceData(k), len(k))]; ok {
		return vs
	}
	if s.arena == nil {
		s.arena = make([]vote, 0, arenaVotes)
	}
	if len(s.cache) >= maxCachedWords || cap(s.arena)-len(s.arena) < maxWordVotes {
		// The votes returned before are used before the next call, and
		// the cache no longer holds them: the arena is free again.
		clear(s.cache)
		s.arena = s.arena[:0]
	}
	from := len(s.arena)
	vs := s.arena
	switch role {
	case 's':
		var first [4]byte
		vs = t.lookup(s, vs, 0)
		vs = t.lookup(s, vs, 1, w[len(w)-min(len(w), 3):])
		vs = t.lookup(s, vs, 2, string(appendRune(first[:0], rune(w[0]))))
		vs = t.lookup(s, vs, 6, norm)
	case 'p':
		vs = t.lookup(s, vs, 8, w)
		vs = t.lookup(s, vs, 9, w[len(w)-min(len(w), 3):])
	case 'q':
		vs = t.lookup(s, vs, 10, w)
	case 'n':
		vs = t.lookup(s, vs, 11, w)
		vs = t.lookup(s, vs, 12, w[len(w)-min(len(w), 3):])
	case 'o':
		vs = t.lookup(s, vs, 13, w)
	}
	s.arena = vs
	vs = vs[from:len(vs):len(vs)]
	s.cache[string(k)] = vs
	return vs
}

// lookup appends the votes of one feature: its template's id and its
// words, as prose joins them.
func (t *Tagger) lookup(s *scratch, out []vote, template byte, parts ...string) []vote {
	m := t.m
	k := append(s.key[:0], template)
	for j, p := range parts {
		if j > 0 {
			k = append(k, ' ')
		}
		k = append(k, p...)
	}
	s.key = k
	f, ok := m.features.Get(unsafe.String(unsafe.SliceData(k), len(k))) // Get keeps no reference to it
	if !ok || int(f)+1 >= len(m.start) {
		return out
	}
	for j := m.start[f]; j < m.start[f+1]; j++ {
		out = append(out, vote{m.class[j], int32(m.weight[j])})
	}
	return out
}

// appendRune appends the UTF-8 encoding of r (prose's string(w[0]) turns a
// byte into the rune of that number).
func appendRune(b []byte, r rune) []byte {
	if r < 0x80 {
		return append(b, byte(r))
	}
	return append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
}

// normalize is prose's normalisation of a word for its context features.
func normalize(word string) string {
	if word == "" {
		return word
	}
	switch {
	case strings.IndexByte(word, '-') >= 0 && word[0] != '-':
		return "!HYPHEN"
	case len(word) == 4 && isInt(word):
		return "!YEAR"
	case '0' <= word[0] && word[0] <= '9':
		return "!DIGITS"
	}
	return strings.ToLower(word)
}

// isInt reports whether strconv.Atoi accepts s (for short s): an optional
// sign, then at least one ASCII digit and nothing else.
func isInt(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sanitize replays the replacements prose's tokenizer makes first (curly
// quotes to straight ones, "&rsquo;" to an apostrophe) and returns the
// cleaned text with, for every byte offset of it and its end, the offset in
// text; offsets is nil when nothing was replaced.
func (s *scratch) sanitize(text string) (clean string, offsets []int) {
	if strings.IndexByte(text, 0xE2) < 0 && strings.IndexByte(text, '&') < 0 {
		return text, nil
	}
	b := &s.clean
	b.Reset()
	offs := s.offs[:0]
	for i := 0; i < len(text); {
		var repl string
		size := 1
		switch {
		case strings.HasPrefix(text[i:], "&rsquo;"):
			repl, size = "'", len("&rsquo;")
		case strings.HasPrefix(text[i:], "\u201c"), strings.HasPrefix(text[i:], "\u201d"):
			repl, size = `"`, 3
		case strings.HasPrefix(text[i:], "\u2018"), strings.HasPrefix(text[i:], "\u2019"):
			repl, size = "'", 3
		}
		if repl == "" {
			b.WriteByte(text[i])
			offs = append(offs, i)
		} else {
			b.WriteString(repl)
			offs = append(offs, i)
		}
		i += size
	}
	if b.Len() == len(text) {
		s.offs = offs
		return text, nil
	}
	offs = append(offs, len(text))
	s.offs = offs
	return b.String(), offs
}
