package tagging

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/pos"
	"github.com/jdkato/prose/v2"

	"github.com/factsheet/factsheet/extract/lex"
)

// Token is a word or punctuation mark of a sentence, as prose's tokenizer
// splits it, with its part-of-speech tag (Penn Treebank) and its IOB entity
// label ("B-PERSON", "I-GPE", "O").
type Token struct {
	lex.Span
	Tag   string
	Label string
}

// Model holds prose's tagger and entity models, and the part-of-speech
// tagger that gives prose's tags faster (package pos). Each is loaded on its
// first use only (prose's take about a fifth of a second), once per process
// (see SharedModel), and shared: they are only read while tagging, and safe
// for concurrent use.
type Model struct {
	prose  func() *prose.Model
	tagger func() *pos.Tagger
}

var (
	sharedModel = sync.OnceValue(func() *Model {
		return &Model{prose: sync.OnceValue(loadProse), tagger: sync.OnceValue(loadTagger)}
	})
	modelLoads atomic.Int64
)

// SharedModel returns the process's model, loading it on first use.
func SharedModel() *Model { return sharedModel() }

// ModelLoads returns how many times the process has loaded prose's models:
// 1 once its entity model has been used, however many texts were.
func ModelLoads() int64 { return modelLoads.Load() }

func loadProse() *prose.Model {
	modelLoads.Add(1)
	// prose loads its models inside NewDocument; an empty document with
	// everything but tagging and extraction switched off does just that.
	doc, _ := prose.NewDocument("", prose.WithSegmentation(false))
	return doc.Model
}

func loadTagger() *pos.Tagger {
	t, err := pos.Load()
	if err != nil {
		panic(err) // the embedded model is part of the binary: a broken build
	}
	return t
}

// Tokens tags each sentence of text with prose and returns the tokens, with
// byte offsets into text, in order. Sentences whose tokens are not needed can
// be left out of sentences.
func (m *Model) Tokens(text string, sentences []lex.Span) []Token {
	return m.tag(text, sentences, true)
}

// Tags is Tokens without prose's entity model: every token's Label is "O".
// The tags are prose's, from package pos, which gives them without prose's
// costs. Entities runs the entity model itself, only where a name may be.
func (m *Model) Tags(text string, sentences []lex.Span) []Token {
	tagger := m.tagger()
	var out []Token
	var buf []pos.Token
	for _, s := range sentences {
		buf = tagger.Tag(s.Text(text), buf[:0])
		for _, t := range buf {
			out = append(out, Token{Span: lex.Span{Start: s.Start + t.Start, End: s.Start + t.End}, Tag: t.Tag, Label: "O"})
		}
	}
	return out
}

// tag tags each sentence, with prose's entity model when entities is true.
func (m *Model) tag(text string, sentences []lex.Span, entities bool) []Token {
	var out []Token
	for _, s := range sentences {
		out = append(out, m.SentenceTokens(text, s, entities)...)
	}
	return out
}

// SentenceTokens tags one span of text, with prose's entity model when
// entities is true.
func (m *Model) SentenceTokens(text string, s lex.Span, entities bool) (out []Token) {
	defer func() {
		// prose's tokenizer panics on some malformed text ("People\xe2\x80's"):
		// such a span has no tokens rather than stopping the program.
		if recover() != nil {
			out = nil
		}
	}()
	sentence := s.Text(text)
	doc, _ := prose.NewDocument(sentence,
		prose.UsingModel(m.prose()),
		prose.WithSegmentation(false),
		prose.WithExtraction(entities))
	clean, offsets := sanitize(sentence)
	toks := doc.Tokens()
	out = make([]Token, 0, len(toks))
	cursor := 0
	for _, t := range toks {
		k := strings.Index(clean[cursor:], t.Text)
		if k < 0 || t.Text == "" {
			continue // prose changed the token beyond its own sanitiser; leave it out
		}
		start, end := cursor+k, cursor+k+len(t.Text)
		cursor = end
		label := t.Label
		if !entities {
			label = "O"
		}
		out = append(out, Token{
			Span:  lex.Span{Start: s.Start + offsets[start], End: s.Start + offsets[end]},
			Tag:   t.Tag,
			Label: label,
		})
	}
	return out
}

// sanitize replays the replacements prose's tokenizer makes before it splits
// words (curly quotes to straight ones, "&rsquo;" to an apostrophe) and
// returns the cleaned text with, for every byte offset of it (and its end),
// the matching offset in s.
func sanitize(s string) (string, []int) {
	var b strings.Builder
	offsets := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		var repl string
		size := 1
		switch {
		case strings.HasPrefix(s[i:], "&rsquo;"):
			repl, size = "'", len("&rsquo;")
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch r {
			case '\u201c', '\u201d':
				repl = `"`
			case '\u2018', '\u2019':
				repl = "'"
			default:
				repl = s[i : i+n]
			}
		}
		for k := 0; k < len(repl); k++ {
			if size == len(repl) {
				offsets = append(offsets, i+k) // unchanged
			} else {
				offsets = append(offsets, i) // replaced: every byte maps to the start
			}
		}
		b.WriteString(repl)
		i += size
	}
	offsets = append(offsets, len(s))
	return b.String(), offsets
}
