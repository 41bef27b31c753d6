package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func benchTexts(b *testing.B) []string {
	var out []string
	for _, name := range []string{"great-leap-forward.txt", "corpus/siege-of-leningrad.txt", "corpus/irish-famine.md", "corpus/black-death-bom.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, strings.TrimPrefix(string(data), "\ufeff"))
	}
	return out
}

func BenchmarkEntityStage(b *testing.B) {
	texts := benchTexts(b)
	m := SharedModel()
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			for _, s := range Sentences(t) {
				_ = m
				Entities(t, s.Span)
			}
		}
	}
}
