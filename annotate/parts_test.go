package annotate

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// parts annotates src a part at a time and returns the parts.
func parts(t *testing.T, o Options, src sources.Source) []Part {
	t.Helper()
	var out []Part
	heads := 0
	err := o.AnnotateParts(src, func(*sources.Source) error {
		heads++
		if len(out) > 0 {
			t.Error("the source came after a part")
		}
		return nil
	}, func(p Part) error {
		out = append(out, p)
		return nil
	})
	if err != nil || heads != 1 {
		t.Fatalf("AnnotateParts: %v, the source given %d times", err, heads)
	}
	return out
}

func marshalDoc(t *testing.T, d *Document) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPartsChangeNothing: however a long source is read (in one block or
// many, its dates and quantities held between the passes or found again,
// on one goroutine or several), the document is the same; and its parts
// are the blocks, each of whole paragraphs, numbered on from the one
// before, as Document.Parts splits the document.
func TestPartsChangeNothing(t *testing.T) {
	src := longSource()
	want := marshalDoc(t, Options{}.Annotate(src))

	cases := []struct {
		name  string
		jobs  int
		block int // blockSize
		hold  int // holdLimit
	}{
		{"one block", 1, 1 << 30, 1 << 30},
		{"blocks, held", 1, blockSize, 1 << 30},
		{"blocks, found again", 1, blockSize, 0},
		{"blocks, found again, 3 jobs", 3, blockSize, 0},
		{"small blocks, 2 jobs", 2, 8 << 10, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			defer func(b, h int) { blockSize, holdLimit = b, h }(blockSize, holdLimit)
			blockSize, holdLimit = tc.block, tc.hold
			o := Options{Jobs: tc.jobs}
			if got := marshalDoc(t, o.Annotate(src)); got != want {
				t.Fatal("the document differs from the one read with the defaults")
			}
			ps := parts(t, o, src)
			doc := o.Annotate(src)
			split := doc.Parts()
			if len(ps) != len(split) || len(ps) != len(paragraphBlocks(doc.Sentences)) {
				t.Fatalf("%d parts, Document.Parts gives %d", len(ps), len(split))
			}
			if tc.block == 1<<30 && len(ps) != 1 || tc.block < 1<<30 && len(ps) < 3 {
				t.Fatalf("%d parts with blocks of %d bytes", len(ps), tc.block)
			}
			next, mentions := 0, 0
			for i, p := range ps {
				q := split[i]
				if len(p.Sentences) != len(q.Sentences) || len(p.Mentions) != len(q.Mentions) || len(p.Claims) != len(q.Claims) {
					t.Fatalf("part %d: %d sentences, %d mentions, %d claims; Document.Parts: %d, %d, %d", i,
						len(p.Sentences), len(p.Mentions), len(p.Claims), len(q.Sentences), len(q.Mentions), len(q.Claims))
				}
				first := p.Sentences[0]
				if first.Index != next || i > 0 && first.Paragraph == doc.Sentences[first.Index-1].Paragraph {
					t.Errorf("part %d starts at sentence %d (want %d), in mid-paragraph", i, first.Index, next)
				}
				next += len(p.Sentences)
				for _, m := range p.Mentions {
					mentions++
					if m.ID != doc.Mentions[mentions-1].ID || m.Sentence < first.Index || m.Sentence >= next {
						t.Fatalf("part %d holds mention %s of sentence %d", i, m.ID, m.Sentence)
					}
				}
				for _, c := range p.Claims {
					if c.Sentence < first.Index || c.Sentence >= next {
						t.Fatalf("part %d holds claim %s of sentence %d", i, c.ID, c.Sentence)
					}
				}
			}
		})
	}
}

// TestAnnotatePartsStops: an error from part stops the parts, and is
// returned.
func TestAnnotatePartsStops(t *testing.T) {
	src := longSource()
	for _, jobs := range []int{1, 3} {
		stop := errors.New("disk full")
		n := 0
		err := Options{Jobs: jobs}.AnnotateParts(src, func(*sources.Source) error { return nil }, func(Part) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || n != 2 {
			t.Errorf("-j %d: %v after %d parts, want the error after 2", jobs, err, n)
		}
		head := errors.New("no room")
		err = Options{Jobs: jobs}.AnnotateParts(src, func(*sources.Source) error { return head }, func(Part) error {
			t.Error("a part after the source's error")
			return nil
		})
		if !errors.Is(err, head) {
			t.Errorf("-j %d: %v, want the source's error", jobs, err)
		}
	}
}
