package annotate

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

func TestClaimID(t *testing.T) {
	sum := sha256.Sum256([]byte("src\x00More than 30 million people died.\x00more than 30 million people\x001"))
	want := "C" + hex.EncodeToString(sum[:])[:10]
	got := ClaimID("src", "More than  30 million\npeople died.", "more than 30 million people", 1)
	if got != want {
		t.Errorf("ClaimID = %s, want %s (white space folded before hashing)", got, want)
	}
	if ClaimID("src", "a 5 b", "5", 1) == ClaimID("src", "a 5 b", "5", 2) {
		t.Error("occurrence does not change the id")
	}
}

func TestClaimIDsSurviveEditsElsewhere(t *testing.T) {
	before := "In 1958, 600,000 furnaces were built.\n\nAbout 30 million people died. Some 5 percent fled."
	after := "In 1958, 600,000 furnaces were built.\n\nAbout 45 million people died. Some 5 percent fled."
	ids := func(text string) map[string]string {
		doc := Annotate(sources.Source{ID: "s", Text: text})
		out := map[string]string{}
		for _, c := range doc.Claims {
			out[c.Text] = c.ID
		}
		return out
	}
	a, b := ids(before), ids(after)
	if a["600,000 furnaces"] == "" || a["600,000 furnaces"] != b["600,000 furnaces"] {
		t.Errorf("claim in an unedited paragraph changed id: %v vs %v", a, b)
	}
	if a["Some 5 percent"] == "" || a["Some 5 percent"] != b["Some 5 percent"] {
		t.Errorf("claim in an unedited sentence changed id: %v vs %v", a, b)
	}
	if a["About 30 million people"] == b["About 45 million people"] {
		t.Errorf("edited claim kept its id")
	}
}

func TestRepeatedMentionsGetDistinctIDs(t *testing.T) {
	doc := Annotate(sources.Source{ID: "s", Text: "Output rose 5 percent, then 5 percent again."})
	if len(doc.Claims) != 2 || doc.Claims[0].ID == doc.Claims[1].ID {
		t.Errorf("claims = %+v", doc.Claims)
	}
}

func TestCitation(t *testing.T) {
	sentences := []Sentence{{Index: 0, Paragraph: 0, Line: 1}, {Index: 1, Paragraph: 1, Line: 3}, {Index: 2, Paragraph: 1, Line: 3}}
	meta := sources.Meta{
		Title:     "The Great Famine",
		Author:    []sources.Name{{Family: "Dikötter", Given: "Frank"}},
		Publisher: "Walker",
		Issued:    &sources.DateParts{DateParts: [][]int{{2010}}},
	}
	got := Citation(meta, sentences, 2)
	want := "Frank Dikötter, The Great Famine (Walker, 2010), ¶ 2, sentence 2."
	if got != want {
		t.Errorf("Citation = %q\nwant %q", got, want)
	}
	if got := Citation(sources.Meta{Title: "Notes"}, sentences, 0); got != "Notes (n.d.), ¶ 1, sentence 1." {
		t.Errorf("Citation = %q", got)
	}
	for _, tt := range []struct {
		meta sources.Meta
		want string
	}{
		{meta, "Dikötter, Frank. The Great Famine. Walker, 2010."},
		{sources.Meta{Title: "Notes"}, "Notes. N.d."},
		{sources.Meta{Author: []sources.Name{{Literal: "UN"}}}, "UN. N.d."},
	} {
		if got := SourceCitation(tt.meta); got != tt.want {
			t.Errorf("SourceCitation = %q, want %q", got, tt.want)
		}
	}
	if !strings.Contains(Citation(sources.Meta{Author: []sources.Name{{Literal: "UN"}, {Family: "B"}, {Family: "C"}}}, sentences, 0), "UN, B, and C,") {
		t.Error("three authors not joined with a serial comma")
	}
}
