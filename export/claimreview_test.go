package export

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
	"github.com/xuri/excelize/v2"
)

// TestClaimReviewFromReviewedWorkbook reviews claims of the sample in a
// workbook, as a reviewer would, and checks the ClaimReview JSON-LD made
// from it: one review for each claim with a verdict, its rating, note,
// evidence and where the claim appears.
func TestClaimReviewFromReviewedWorkbook(t *testing.T) {
	doc := sampleDoc(t)
	doc.Source.Meta.URL = "https://example.org/great-leap-forward"
	doc.Source.Meta.Author = []sources.Name{{Given: "Jonathan", Family: "Spence"}, {Literal: "Encyclopedia Staff"}}
	doc.Source.Meta.Issued = &sources.DateParts{DateParts: [][]int{{2019, 3, 4}}}
	doc.Source.Meta.Publisher = "Example Encyclopedia"
	path := filepath.Join(t.TempDir(), "reviewed.xlsx")
	writeWorkbookFile(t, path, time.Unix(0, 0), doc)

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]string{} // claim words -> claim ID
	for _, c := range doc.Claims {
		byText[c.Text] = c.ID
	}
	typed := map[string]review{
		"more than 30 million people": {status: "Disputed", note: "Estimates range from 15 to 55 million.", evidence: "Dikötter 2010, p. 325"},
		"600,000 backyard furnaces":   {status: "Verified", note: "As in Spence.", evidence: "Spence, The Search for Modern China", link: "https://example.org/spence"},
		"$66 billion":                 {status: "Needs source"},
		"65 percent":                  {status: "False", evidence: "https://example.org/yearbook-1959"},
		"18 percent":                  {note: "Still checking."}, // no verdict: not published
	}
	for words, r := range typed {
		id, ok := byText[words]
		if !ok {
			t.Fatalf("the sample has no claim %q", words)
		}
		typeReview(t, f, "Claims", id, r)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	rs, err := OpenReviews(path)
	if err != nil {
		t.Fatal(err)
	}
	run := testRun
	run.Reviews = rs
	var out strings.Builder
	writeAll(t, mustNew(t, "claimreview", &out, run), []*annotate.Document{doc})
	var graph struct {
		Context string        `json:"@context"`
		Graph   []claimReview `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(out.String()), &graph); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if graph.Context != "https://schema.org" {
		t.Errorf("@context %q", graph.Context)
	}
	want := map[string]struct {
		value            int
		name, body, cite string
		citeURL          string
	}{
		"more than 30 million people": {3, "Disputed", "Estimates range from 15 to 55 million.", "Dikötter 2010, p. 325", ""},
		"600,000 backyard furnaces":   {5, "True", "As in Spence.", "Spence, The Search for Modern China", "https://example.org/spence"},
		"$66 billion":                 {2, "Unsupported", "", "", ""},
		"65 percent":                  {1, "False", "", "", "https://example.org/yearbook-1959"},
	}
	if len(graph.Graph) != len(want) {
		t.Fatalf("%d claim reviews, want %d (the claim with only a note is not published)", len(graph.Graph), len(want))
	}
	for _, cr := range graph.Graph {
		words := cr.ItemReviewed.Text
		w, ok := want[words]
		if !ok {
			t.Errorf("review of %q, which was not reviewed", words)
			continue
		}
		if cr.Type != "ClaimReview" || cr.ItemReviewed.Type != "Claim" || cr.Identifier != byText[words] {
			t.Errorf("%q: type %q, item %q, id %q", words, cr.Type, cr.ItemReviewed.Type, cr.Identifier)
		}
		rt := cr.ReviewRating
		if rt.RatingValue != w.value || rt.AlternateName != w.name || rt.BestRating != 5 || rt.WorstRating != 1 {
			t.Errorf("%q: rating %+v, want %d %q", words, rt, w.value, w.name)
		}
		if cr.ReviewBody != w.body {
			t.Errorf("%q: reviewBody %q, want %q", words, cr.ReviewBody, w.body)
		}
		switch {
		case w.cite == "" && w.citeURL == "":
			if cr.Citation != nil {
				t.Errorf("%q: citation %+v, want none", words, cr.Citation)
			}
		case cr.Citation == nil || cr.Citation.Name != w.cite || cr.Citation.URL != w.citeURL:
			t.Errorf("%q: citation %+v, want %q at %q", words, cr.Citation, w.cite, w.citeURL)
		}
		if !strings.Contains(cr.ClaimReviewed, words) {
			t.Errorf("%q: claimReviewed %q lacks the claim's words", words, cr.ClaimReviewed)
		}
		app := cr.ItemReviewed.Appearance
		if !strings.HasPrefix(app.URL, "https://example.org/great-leap-forward#:~:text=") || !strings.Contains(app.URL, strings.ReplaceAll(strings.Fields(words)[0], ",", "%2C")) {
			t.Errorf("%q: appearance url %q", words, app.URL)
		}
		if app.Name != "Great Leap Forward in China (1958 – 1961)" || app.DatePublished != "2019-03-04" || app.Publisher == nil ||
			len(app.Author) != 2 || app.Author[0] != (crAgent{"Person", "Jonathan Spence"}) || app.Author[1].Type != "Organization" {
			t.Errorf("%q: appearance %+v", words, app)
		}
		if !strings.Contains(app.Citation, "¶") || app.Text != cr.ClaimReviewed {
			t.Errorf("%q: appearance citation %q, text %q", words, app.Citation, app.Text)
		}
	}
	if rs.Carried != 4 {
		t.Errorf("Carried = %d, want the 4 published", rs.Carried)
	}
}

func mustNew(t *testing.T, format string, w *strings.Builder, run Run) Writer {
	t.Helper()
	x, err := New(format, w, run)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestTextFragment(t *testing.T) {
	tests := []struct{ name, page, words, want string }{
		{"plain", "https://example.org/a", "600 furnaces", "https://example.org/a#:~:text=600%20furnaces"},
		{"comma and dash", "https://example.org/a#top", "1958–1961, 600,000 e-mail", "https://example.org/a#:~:text=1958%E2%80%931961%2C%20600%2C000%20e%2Dmail"},
		{"ampersand", "https://example.org/a", "A & B", "https://example.org/a#:~:text=A%20%26%20B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textFragment(tt.page, tt.words); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
