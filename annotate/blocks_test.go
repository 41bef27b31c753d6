package annotate

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/bench/corpus"
	"github.com/factsheet/factsheet/sources"
)

// TestLongSourceInBlocks reads a long source in blocks of paragraphs on
// many goroutines and on one: the documents are the same, and what crosses
// blocks (a relative date whose anchor is in the block before, an acronym
// defined in the first block) is still resolved.
func TestLongSourceInBlocks(t *testing.T) {
	src := longSource()
	one := Options{}.Annotate(src)
	many := Options{Jobs: 4}.Annotate(src)
	blocks := paragraphBlocks(one.Sentences)
	if len(blocks) < 3 {
		t.Fatalf("%d blocks; the test wants a source of several", len(blocks))
	}
	a, _ := json.Marshal(one)
	c, _ := json.Marshal(many)
	if string(a) != string(c) {
		t.Fatal("the source read in blocks differs from the source read whole")
	}
	// Resolution across blocks.
	byID := many.MentionIndex()
	crossed, prc := 0, 0
	for _, m := range many.Mentions {
		if m.DateAttrs != nil && m.Relative && strings.Contains(many.Sentences[m.Sentence].Text, "60,000 more followed") {
			anchor := byID[m.Anchor]
			if anchor == nil || !strings.HasPrefix(anchor.Text, "March ") || m.EDTF != strconv.Itoa(atoi(anchor.Text[len("March "):])+1) {
				t.Errorf("%q at %d resolved to %q from %v", m.Text, m.Start, m.EDTF, anchor)
				continue
			}
			if blockOf(blocks, anchor.Sentence) != blockOf(blocks, m.Sentence) {
				crossed++
			}
		}
		if m.EntityAttrs != nil && m.Text == "PRC" && m.Start > 3*blockSize {
			if m.Canonical != "People's Republic of China" {
				t.Errorf("the PRC at %d is %q", m.Start, m.Canonical)
			}
			prc++
		}
	}
	t.Logf("%d blocks; %d relative dates resolved across blocks; %d late acronyms", len(blocks), crossed, prc)
	if crossed == 0 || prc == 0 {
		t.Errorf("%d relative dates resolved across blocks, %d late acronyms checked; the test wants some of each", crossed, prc)
	}
}

// longSource is a source of five blocks whose relative dates and
// acronyms cross blocks.
func longSource() sources.Source {
	g := corpus.New(21)
	var b strings.Builder
	b.WriteString("The famine of Hunan\n\nThe People's Republic of China (PRC) was proclaimed in October 1949.\n\n")
	b.WriteString(g.Text(blockSize))
	// Then pairs of paragraphs: a long one with an absolute date, a short
	// one with a date relative to it. A block starts at the first paragraph
	// after blockSize bytes, which is mostly a short one, whose anchor is
	// then in the block before.
	filler := strings.Repeat("The records of the district, kept by the clerks of the county office, were read again by later historians. ", 3)
	for year := 1900; b.Len() < 5*blockSize; year++ {
		fmt.Fprintf(&b, "In March %d about 4,000 people left the PRC for Hong Kong. %s\n\nThe following year, some 60,000 more followed.\n\n", year, filler)
	}
	return sources.Source{ID: "long", Text: b.String()}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func blockOf(blocks [][2]int, sentence int) int {
	for i, b := range blocks {
		if sentence >= b[0] && sentence < b[1] {
			return i
		}
	}
	return -1
}
