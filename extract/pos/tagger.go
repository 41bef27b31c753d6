package pos

import (
	"regexp"
	"strings"
	"sync"
	"unsafe"
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
	clean  strings.Builder
}

var scratches = sync.Pool{New: func() any { return &scratch{chunks: map[string]int{}} }}

// Tag splits text into words the way prose's tokenizer does and tags them,
// appending the tokens to out, in order, with byte offsets into text. It is
// prose.NewDocument(text, prose.WithSegmentation(false),
// prose.WithExtraction(false)).Tokens(), with offsets. prose's tokenizer
// panics on some malformed text ("People\xe2\x80's"); such a text gives no
// tokens.
func (t *Tagger) Tag(text string, out []Token) (res []Token) {
	s := scratches.Get().(*scratch)
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
func (t *Tagger) predict(s *scratch, i int, ctx []string, w, p1, p2 string) string {
	m := t.m
	var scores [64]int64
	var present uint64
	i += 2
	prev, next := ctx[i-1], ctx[i+1]
	feature := func(template byte, parts ...string) {
		k := append(s.key[:0], template)
		for j, p := range parts {
			if j > 0 {
				k = append(k, ' ')
			}
			k = append(k, p...)
		}
		s.key = k
		f, ok := m.features.Get(unsafe.String(unsafe.SliceData(k), len(k))) // Get keeps no reference to it
		if !ok || int(f) >= m.nf {
			return
		}
		for j := m.start[f]; j < m.start[f+1]; j++ {
			c := m.class[j]
			scores[c] += int64(int32(m.weight[j]))
			present |= 1 << c
		}
	}
	var first [4]byte
	pref := string(appendRune(first[:0], rune(w[0])))
	feature(0)
	feature(1, w[len(w)-min(len(w), 3):])
	feature(2, pref)
	feature(3, p1)
	feature(4, p2)
	feature(5, p1, p2)
	feature(6, ctx[i])
	feature(7, p1, ctx[i])
	feature(8, prev)
	feature(9, prev[len(prev)-min(len(prev), 3):])
	feature(10, ctx[i-2])
	feature(11, next)
	feature(12, next[len(next)-min(len(next), 3):])
	feature(13, ctx[i+2])
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
