package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Sentence is a sentence of a training or evaluation corpus, re-tokenised
// with Tokenize so that training sees the tokens the recogniser will see:
// its text, its tokens (offsets into Text), their gold tags (IOB2 over the
// coarse labels) and the document it belongs to.
type Sentence struct {
	Doc    string
	Text   string
	Tokens []Token
	Gold   []string
}

// Words returns the tokens' texts.
func (s *Sentence) Words() []string {
	out := make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		out[i] = t.Text
	}
	return out
}

// CoarseLabels are the labels the model is trained on.
var CoarseLabels = []string{"PER", "ORG", "LOC", "MISC"}

// coarseLabel maps a corpus's own label to a coarse one ("" for outside),
// following the mapping of ../shared/ner/README.md: places of every kind
// are LOC (the grammar tells GPE, LOC and FAC apart), and groups, events,
// works and laws are MISC (the grammar tells NORP, EVENT, WORK and LAW
// apart).
func coarseLabel(corpus, label string) string {
	switch corpus {
	case "wikigold", "btc":
		switch label {
		case "PER", "ORG", "LOC", "MISC":
			return label
		}
	case "litbank":
		switch label {
		case "PER", "ORG", "LOC":
			return label
		case "GPE", "FAC":
			return "LOC"
		}
	case "gum":
		switch label {
		case "PERSON":
			return "PER"
		case "ORGANIZATION":
			return "ORG"
		case "PLACE":
			return "LOC"
		case "EVENT", "ABSTRACT", "OBJECT":
			return "MISC"
		}
	case "wnut17":
		switch label {
		case "person":
			return "PER"
		case "corporation", "group":
			return "ORG"
		case "location":
			return "LOC"
		case "creative-work":
			return "MISC"
		}
	case "crossner":
		switch label {
		case "person", "politician", "writer", "scientist", "researcher", "musicalartist":
			return "PER"
		case "organisation", "politicalparty", "university", "band", "academicjournal", "magazine", "conference":
			return "ORG"
		case "country", "location":
			return "LOC"
		case "election", "event", "book", "poem", "album", "song", "award", "misc":
			return "MISC"
		}
	}
	return ""
}

// corpusOf names the corpus of a data file from its name.
func corpusOf(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexAny(base, "-."); i > 0 {
		return base[:i]
	}
	return base
}

// ReadCorpus reads a gzip-compressed CoNLL file of ../shared/ner (see its
// README for the format), maps its labels to CoarseLabels and re-tokenises
// each sentence. Sentences of files without "# doc" lines are documents of
// their own.
func ReadCorpus(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	corpus := corpusOf(path)
	spacing := corpus == "litbank" || corpus == "gum"
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	doc := ""
	var toks, tags []string
	var space []bool
	line := 0
	flush := func() {
		if len(toks) == 0 {
			return
		}
		d := doc
		if d == "" {
			d = fmt.Sprintf("%s#%d", filepath.Base(path), line)
		}
		out = append(out, retokenize(d, toks, tags, space, spacing, corpus))
		toks, tags, space = nil, nil, nil
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case strings.HasPrefix(s, "# doc "):
			flush()
			doc = filepath.Base(path) + ":" + s[len("# doc "):]
		case s == "":
			flush()
		default:
			col := strings.Split(s, "\t")
			if len(col) < 2 {
				return nil, fmt.Errorf("%s:%d: want a token and a tag", path, line)
			}
			toks = append(toks, col[0])
			tags = append(tags, col[1])
			space = append(space, !(len(col) > 2 && col[2] == "SpaceAfter=No"))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// retokenize rebuilds a sentence's text from its corpus tokens and tokenises
// it again; a new token takes the label of the name its first byte falls
// in, B- when it is the first new token of that name.
func retokenize(doc string, toks, tags []string, space []bool, spacing bool, corpus string) Sentence {
	type name struct {
		start, end int
		label      string
	}
	var b strings.Builder
	var names []name
	for i, t := range toks {
		start := b.Len()
		b.WriteString(t)
		tag := tags[i]
		label := ""
		if len(tag) > 2 {
			label = coarseLabel(corpus, tag[2:])
		}
		switch {
		case label == "":
		case strings.HasPrefix(tag, "B-") || len(names) == 0 || names[len(names)-1].label != label || names[len(names)-1].end != -1:
			names = append(names, name{start, -1, label})
		}
		if label != "" && (i+1 == len(toks) || !strings.HasPrefix(tags[i+1], "I-") || coarseLabel(corpus, tags[i+1][2:]) != label) {
			names[len(names)-1].end = b.Len()
		}
		if i+1 < len(toks) && (!spacing || space[i]) {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	s := Sentence{Doc: doc, Text: text, Tokens: Tokenize(text, 0, len(text))}
	s.Gold = make([]string, len(s.Tokens))
	k := 0
	last := -1
	for i, t := range s.Tokens {
		for k < len(names) && names[k].end <= t.Start {
			k++
		}
		s.Gold[i] = "O"
		if k < len(names) && names[k].start <= t.Start {
			if last == k {
				s.Gold[i] = "I-" + names[k].label
			} else {
				s.Gold[i] = "B-" + names[k].label
			}
			last = k
		}
	}
	return s
}

// The files of ../shared/ner the model is trained and evaluated on.
// CrossNER's development and test files are used for training (its
// README allows it), so no score is reported on them.
var (
	trainFiles = []string{"wikigold-train", "litbank-train", "gum-train",
		"crossner/crossner-politics-train", "crossner/crossner-politics-dev", "crossner/crossner-politics-test",
		"crossner/crossner-literature-train", "crossner/crossner-literature-dev", "crossner/crossner-literature-test",
		"crossner/crossner-music-train", "crossner/crossner-music-dev", "crossner/crossner-music-test",
		"crossner/crossner-science-train", "crossner/crossner-science-dev", "crossner/crossner-science-test",
		"crossner/crossner-ai-train", "crossner/crossner-ai-dev", "crossner/crossner-ai-test"}
	socialFiles = []string{"wnut17-train", "btc-train"}
	devFiles    = []string{"wikigold-dev", "litbank-dev", "gum-dev"}
)

// ReadSplits reads the training and development sentences from the folder
// of ../shared/ner; social adds the social-media corpora to training.
func ReadSplits(dir string, social bool) (train, dev []Sentence, err error) {
	files := trainFiles
	if social {
		files = append(append([]string(nil), files...), socialFiles...)
	}
	for _, f := range files {
		s, err := ReadCorpus(filepath.Join(dir, f+".conll.gz"))
		if err != nil {
			return nil, nil, err
		}
		train = append(train, s...)
	}
	dev, err = ReadDev(dir)
	return train, dev, err
}

// ReadDev reads the development sentences (wikigold, litbank and GUM).
func ReadDev(dir string) ([]Sentence, error) {
	var dev []Sentence
	for _, f := range devFiles {
		s, err := ReadCorpus(filepath.Join(dir, f+".conll.gz"))
		if err != nil {
			return nil, err
		}
		dev = append(dev, s...)
	}
	return dev, nil
}

// SplitByCorpus groups sentences by the corpus their document comes from.
func SplitByCorpus(sents []Sentence) map[string][]Sentence {
	out := map[string][]Sentence{}
	for _, s := range sents {
		c := corpusOf(s.Doc)
		out[c] = append(out[c], s)
	}
	return out
}
