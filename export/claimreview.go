package export

import (
	"bufio"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// rating is how a status is published in a ClaimReview's reviewRating: a
// value on a scale of 1 (false) to 5 (true), and the words fact-checkers
// use ("alternateName").
type rating struct {
	value int
	name  string
}

// ratings map the reviewer's statuses to ratings. Unreviewed claims are
// not published.
var ratings = map[string]rating{
	"Verified":     {5, "True"},
	"Disputed":     {3, "Disputed"},
	"Needs source": {2, "Unsupported"},
	"False":        {1, "False"},
}

// The JSON-LD of schema.org's ClaimReview (https://schema.org/ClaimReview),
// as fact-checkers publish it.
type (
	claimReview struct {
		Type          string          `json:"@type"`
		Identifier    string          `json:"identifier"`
		ClaimReviewed string          `json:"claimReviewed"`
		ItemReviewed  crClaim         `json:"itemReviewed"`
		ReviewRating  crRating        `json:"reviewRating"`
		ReviewBody    string          `json:"reviewBody,omitempty"`
		Citation      *crCreativeWork `json:"citation,omitempty"`
	}
	crClaim struct {
		Type          string         `json:"@type"`
		Text          string         `json:"text"`
		Author        []crAgent      `json:"author,omitempty"`
		DatePublished string         `json:"datePublished,omitempty"`
		Appearance    crCreativeWork `json:"appearance"`
	}
	crCreativeWork struct {
		Type          string    `json:"@type"`
		URL           string    `json:"url,omitempty"`
		Name          string    `json:"name,omitempty"`
		Author        []crAgent `json:"author,omitempty"`
		DatePublished string    `json:"datePublished,omitempty"`
		Publisher     *crAgent  `json:"publisher,omitempty"`
		Text          string    `json:"text,omitempty"`
		Citation      string    `json:"citation,omitempty"`
		Identifier    string    `json:"identifier,omitempty"`
	}
	crAgent struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	}
	crRating struct {
		Type          string `json:"@type"`
		RatingValue   int    `json:"ratingValue"`
		BestRating    int    `json:"bestRating"`
		WorstRating   int    `json:"worstRating"`
		AlternateName string `json:"alternateName"`
	}
)

// claimReviewWriter writes {"@context": "https://schema.org", "@graph":
// [...]}: a ClaimReview for every claim of the run that the workbook given
// with --review marks with a status other than Unreviewed.
type claimReviewWriter struct {
	w       *bufio.Writer
	reviews *Reviews
	n       int
	begun   bool
}

func newClaimReview(w io.Writer, run Run) *claimReviewWriter {
	return &claimReviewWriter{w: bufio.NewWriter(w), reviews: run.Reviews}
}

func (c *claimReviewWriter) begin() {
	if !c.begun {
		c.w.WriteString("{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [")
		c.begun = true
	}
}

func (c *claimReviewWriter) Write(doc *annotate.Document) error {
	c.begin()
	meta := doc.Source.Meta
	authors := crAuthors(meta.Author)
	var publisher *crAgent
	if meta.Publisher != "" {
		publisher = &crAgent{Type: "Organization", Name: meta.Publisher}
	}
	pageURL := firstNonEmpty(meta.URL, doc.Source.URL)
	mentions := doc.MentionIndex()
	for i := range doc.Claims {
		cl := &doc.Claims[i]
		r := c.reviews.take(cl.ID)
		if r == nil {
			continue
		}
		rt, ok := ratings[r.statusOrDefault()]
		if !ok {
			continue
		}
		words := cl.Quote
		if m := mentions[string(cl.Mention)]; m != nil {
			words = m.Text
		}
		appearance := crCreativeWork{Type: "CreativeWork", Name: meta.Title, Author: authors,
			DatePublished: meta.Issued.String(), Publisher: publisher, Text: cl.Quote, Citation: cl.Citation,
			Identifier: doc.Source.ID}
		if pageURL != "" {
			appearance.URL = textFragment(pageURL, words)
		}
		cr := claimReview{
			Type:          "ClaimReview",
			Identifier:    cl.ID,
			ClaimReviewed: cl.Quote,
			ItemReviewed: crClaim{Type: "Claim", Text: words, Author: authors,
				DatePublished: meta.Issued.String(), Appearance: appearance},
			ReviewRating: crRating{Type: "Rating", RatingValue: rt.value, BestRating: 5, WorstRating: 1, AlternateName: rt.name},
			ReviewBody:   r.Note,
		}
		if r.Evidence != "" {
			cr.Citation = &crCreativeWork{Type: "CreativeWork", Name: r.Evidence}
			switch {
			case isWebAddress(r.EvidenceLink):
				cr.Citation.URL = r.EvidenceLink
			case isWebAddress(r.Evidence):
				cr.Citation.URL, cr.Citation.Name = r.Evidence, ""
			}
		}
		if err := writeItem(c.w, &c.n, "    ", &cr); err != nil {
			return err
		}
	}
	return nil
}

// crAuthors are a source's authors as schema.org agents: a person, or an
// organisation for a literal name.
func crAuthors(names []sources.Name) []crAgent {
	var out []crAgent
	for _, n := range names {
		switch {
		case n.Literal != "":
			out = append(out, crAgent{Type: "Organization", Name: n.Literal})
		case n.Given != "" || n.Family != "":
			out = append(out, crAgent{Type: "Person", Name: strings.TrimSpace(n.Given + " " + n.Family)})
		}
	}
	return out
}

// textFragment is a link to words on a web page, as browsers follow it
// (https://wicg.github.io/scroll-to-text-fragment/): page#:~:text=words.
func textFragment(page, words string) string {
	if i := strings.Index(page, "#"); i >= 0 {
		page = page[:i]
	}
	esc := strings.NewReplacer("-", "%2D", ",", "%2C", "&", "%26").Replace(url.PathEscape(words))
	return page + "#:~:text=" + esc
}

func (c *claimReviewWriter) Close() error {
	c.begin()
	if c.n > 0 {
		c.w.WriteString("\n  ")
	}
	c.w.WriteString("]\n}\n")
	if c.reviews != nil {
		c.reviews.orphans(time.Time{}) // counts the reviews of claims not in the run
		c.reviews.Carried = c.n
	}
	return c.w.Flush()
}
