package pos

import (
	"bufio"
	"compress/gzip"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/bench/corpus"
	"github.com/jdkato/prose/v2"
)

// proseSanitizer is prose's own replacement of quotes before tokenizing, to
// compare our tokens' text with prose's.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// proseModel is prose's model, loaded once for the tests.
var proseModel = func() func() *prose.Model {
	var m *prose.Model
	return func() *prose.Model {
		if m == nil {
			doc, _ := prose.NewDocument("", prose.WithSegmentation(false))
			m = doc.Model
		}
		return m
	}
}()

// proseTokens tags text with prose itself: the text and tag of each token.
func proseTokens(text string) (toks []prose.Token, panicked bool) {
	defer func() {
		if recover() != nil {
			toks, panicked = nil, true
		}
	}()
	doc, _ := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false), prose.WithExtraction(false))
	return doc.Tokens(), false
}

// same reports whether our tokens of text are prose's: the same words, in
// the same order, with the same tags.
func same(text string, ours []Token, theirs []prose.Token) bool {
	if len(ours) != len(theirs) {
		return false
	}
	for i, t := range ours {
		if proseSanitizer.Replace(text[t.Start:t.End]) != theirs[i].Text || t.Tag != theirs[i].Tag {
			return false
		}
	}
	return true
}

func TestTagKnownCases(t *testing.T) {
	tagger, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
	}{
		{"plain", "More than 30 million people died of starvation between 1959 and 1961."},
		{"curly quotes and contractions", "“They’ll say it wasn’t the People’s fault,” he wrote — we’re sure."},
		{"prefixes and suffixes", "($66 billion) [sic]; \"quoted\"! What? Yes: it's done."},
		{"initials and abbreviations", "Mr. Smith of the U.S. Army met Gen. Lee at 5 p.m. on Feb. 3."},
		{"repeated words share a tag", "that that is is that that is not is not that it it is"},
		{"links, mail, specials", "See www.example.org or mail a.b@example.com, @user, - and -LRB- and *-1 and 0 :-) ok."},
		{"hyphens, years, digits", "The 1958-62 plan, 1,000 t, 12th-century, +123, -123, 4th and 33 ships."},
		{"non-ASCII", "Émile Zola était à Paris; İstanbul ÉTAIT grande; naïve café déjà-vu."},
		{"whitespace", "  two  spaces\tand a tab\nand a line  "},
		{"empty", ""},
		{"malformed", "People\xe2\x80's \xff bad bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ours := tagger.Tag(tt.text, nil)
			theirs, panicked := proseTokens(tt.text)
			if panicked {
				if len(ours) != 0 {
					t.Errorf("prose's tokenizer panics on %q, and we gave %d tokens", tt.text, len(ours))
				}
				return
			}
			if !same(tt.text, ours, theirs) {
				t.Errorf("tokens differ from prose's:\n ours   %v\n theirs %v", show(tt.text, ours), theirs)
			}
			for _, tok := range ours {
				if tok.Start < 0 || tok.End > len(tt.text) || tok.Start >= tok.End {
					t.Errorf("bad span %v", tok)
				}
			}
		})
	}
}

func show(text string, toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, text[t.Start:t.End]+"/"+t.Tag)
	}
	return out
}

// TestTagEquivalence tags more than a megabyte of varied text, unit by
// unit (a line, as the pipeline tags a sentence), with prose and with
// Tagger, and requires the same words and tags. Where prose disagrees with
// itself (two tags scoring exactly the same, which prose breaks by map
// order), a unit counts as the same when one of 40 prose runs agrees.
func TestTagEquivalence(t *testing.T) {
	if testing.Short() {
		t.Skip("tags a megabyte with prose; skipped with -short")
	}
	tagger, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	units := equivalenceText(t)
	size, words, ties, failures := 0, 0, 0, 0
	for _, u := range units {
		size += len(u)
		ours := tagger.Tag(u, nil)
		words += len(ours)
		theirs, panicked := proseTokens(u)
		if panicked {
			if len(ours) != 0 {
				t.Errorf("prose panics on %q, we gave %d tokens", u, len(ours))
			}
			continue
		}
		if same(u, ours, theirs) {
			continue
		}
		agreed := false
		for range 40 {
			again, _ := proseTokens(u)
			if same(u, ours, again) {
				agreed = true
				break
			}
		}
		if agreed {
			ties++
			continue
		}
		t.Errorf("tags differ from prose's on %q:\n ours   %v\n theirs %v", u, show(u, ours), theirs)
		if failures++; failures == 20 {
			t.Fatal("stopping after 20 differences")
		}
	}
	if size < 1_000_000 {
		t.Errorf("only %d bytes of text; the test wants a megabyte at least", size)
	}
	t.Logf("%d units, %d bytes, %d words; %d units where prose breaks a tie its own way", len(units), size, words, ties)
}

// equivalenceText is the test's text, in units: a generated corpus (names,
// dates, numbers, captions, lists), the repository's own sources, those
// sources' words shuffled into new contexts, and, when ../shared/ner is
// there, the sentences of its training sets (read in place).
func equivalenceText(t *testing.T) []string {
	var units []string
	for _, src := range corpus.New(7).Corpus(200, 1500) {
		units = append(units, strings.Split(src.Text, "\n")...)
	}
	var own []string
	files, _ := filepath.Glob("../../testdata/*.txt")
	more, _ := filepath.Glob("../../testdata/*/*")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil || strings.HasSuffix(f, ".json") {
			continue
		}
		own = append(own, strings.Split(string(data), "\n")...)
	}
	units = append(units, own...)
	// Real sentences, when ../shared/ner is there: up to 300 KB of them.
	ner, _ := filepath.Glob("../../../shared/ner/*train.conll.gz")
	crossner, _ := filepath.Glob("../../../shared/ner/crossner/*train.conll.gz")
	if len(ner)+len(crossner) == 0 {
		t.Log("../shared/ner is absent: testing on generated text and the repository's sources only")
	}
	real := 0
	for _, f := range append(ner, crossner...) {
		for _, u := range conllSentences(t, f) {
			if real > 300_000 {
				break
			}
			units = append(units, u)
			real += len(u)
		}
	}
	// The repository's words in new contexts, up to 1.15 MB in all.
	var vocab []string
	for _, u := range own {
		vocab = append(vocab, strings.Fields(u)...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for size := total(units); size < 1_150_000 && len(vocab) > 0; {
		n := 3 + r.IntN(40)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		u := strings.Join(ws, " ")
		size += len(u)
		units = append(units, u)
	}
	return units
}

func total(units []string) int {
	n := 0
	for _, u := range units {
		n += len(u)
	}
	return n
}

// conllSentences reads the sentences of a CoNLL file (a token and its label
// per line, a blank line between sentences), joined with spaces unless a
// token says SpaceAfter=No.
func conllSentences(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var b strings.Builder
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		if strings.TrimSpace(line) == "" {
			if b.Len() > 0 {
				out = append(out, b.String())
				b.Reset()
			}
			continue
		}
		fields := strings.Split(line, "\t")
		b.WriteString(fields[0])
		if !strings.Contains(line, "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}
