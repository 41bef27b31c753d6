package tagging

import (
	"sync"
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

func TestTokensAlignToText(t *testing.T) {
	text := "The People’s Republic of China (PRC) proclaimed a “Great Leap Forward” in 1958."
	m := SharedModel()
	toks := m.Tokens(text, []lex.Span{{Start: 0, End: len(text)}})
	if len(toks) < 10 {
		t.Fatalf("got %d tokens", len(toks))
	}
	want := map[string]bool{"People": true, "’s": true, "“": true, "Great": true, "”": true, "1958": true, "(": true}
	prev := 0
	for _, tok := range toks {
		if tok.Start < prev || tok.End > len(text) || tok.Start >= tok.End {
			t.Fatalf("token %+v out of order or outside the text", tok)
		}
		prev = tok.End
		delete(want, tok.Text(text))
		if tok.Tag == "" {
			t.Errorf("token %q has no tag", tok.Text(text))
		}
	}
	if len(want) > 0 {
		t.Errorf("tokens not found with their original text: %v", want)
	}
}

func TestSharedModelLoadsOnce(t *testing.T) {
	var wg sync.WaitGroup
	models := make([]*Model, 8)
	for i := range models {
		wg.Add(1)
		go func() {
			defer wg.Done()
			models[i] = SharedModel()
			models[i].Tokens("Mao Zedong went to Moscow in 1957.", []lex.Span{{Start: 0, End: 34}})
		}()
	}
	wg.Wait()
	for _, m := range models {
		if m != models[0] {
			t.Fatal("SharedModel returned different models")
		}
	}
	if n := ModelLoads(); n != 1 {
		t.Errorf("models loaded %d times, want 1", n)
	}
}

func TestSanitizeOffsets(t *testing.T) {
	s := "a “b” c’s &rsquo;d"
	clean, offsets := sanitize(s)
	if clean != `a "b" c's 'd` {
		t.Fatalf("clean = %q", clean)
	}
	if len(offsets) != len(clean)+1 || offsets[len(clean)] != len(s) {
		t.Fatalf("offsets do not end at the end of s")
	}
	for i := range clean {
		if clean[i] == 'b' && s[offsets[i]] != 'b' || clean[i] == 'd' && s[offsets[i]] != 'd' {
			t.Errorf("offset of %q is %d", clean[i], offsets[i])
		}
	}
}
