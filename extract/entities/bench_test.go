package entities

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/ner"
	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/extract/tagging"
)

// benchTexts reads the texts entity extraction is timed on: the sample and
// the UTF-8 fixtures of testdata/corpus (as the first benchmarks did), or
// the labelled passages of testdata/entities with their marks taken out.
func benchTexts(b *testing.B, passages bool) []string {
	b.Helper()
	var paths []string
	if passages {
		paths, _ = filepath.Glob(filepath.Join("..", "..", "testdata", "entities", "*.txt"))
	} else {
		for _, name := range []string{"great-leap-forward.txt", "corpus/siege-of-leningrad.txt", "corpus/irish-famine.md", "corpus/black-death-bom.txt"} {
			paths = append(paths, filepath.Join("..", "..", "testdata", name))
		}
	}
	marks := regexp.MustCompile(`\[\[([^|\]]+)\|[^\]]+\]\]`)
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, marks.ReplaceAllString(strings.TrimPrefix(string(data), "\ufeff"), "$1"))
	}
	if len(out) == 0 {
		b.Fatal("no texts")
	}
	return out
}

// BenchmarkEntities times entity extraction, sentence by sentence, in bytes
// of text per second (run with -cpu 1 for one core). "model-on-every-
// sentence" is what it cost before the recogniser: prose's tagger and
// entity model on every sentence. "recognizer" is Entities: the gazetteers
// and rules on every sentence, prose's model only on the few words around
// names they do not settle, and no tagger.
func BenchmarkEntities(b *testing.B) {
	m := tagging.SharedModel()
	r := NewRecognizer(nil)
	for _, set := range []struct {
		name     string
		passages bool
	}{{"fixtures", false}, {"passages", true}} {
		texts := benchTexts(b, set.passages)
		var units [][]sentences.Sentence
		n := 0
		for _, t := range texts {
			n += len(t)
			units = append(units, sentences.Sentences(t))
		}
		b.Run(set.name+"/model-on-every-sentence", func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				for k, t := range texts {
					for _, s := range units[k] {
						m.Tokens(t, []lex.Span{s.Span})
					}
				}
			}
		})
		// The trained model of extract/ner on every sentence: its
		// tokenizer, features and Viterbi, against prose's entity model
		// above on the same text.
		b.Run(set.name+"/trained-model-on-every-sentence", func(b *testing.B) {
			nm := ner.Builtin()
			b.SetBytes(int64(n))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for k, t := range texts {
					for _, s := range units[k] {
						nm.Spans(ner.Tokenize(t, s.Start, s.End))
					}
				}
			}
		})
		b.Run(set.name+"/recognizer", func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				for k, t := range texts {
					for _, s := range units[k] {
						r.Entities(t, s.Span)
					}
				}
			}
		})
	}
}
