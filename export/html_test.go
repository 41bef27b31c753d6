package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"golang.org/x/net/html"
)

// hostileText is a source that tries to break out of the page: markup,
// entities, quotes and a script, with claims among them.
const hostileText = "<script>alert('x')</script> & \"quoted\" <b onmouseover=\"steal()\">bold</b> &amp; 𝔄\n\n" +
	"In 1921 more than 5 million <i>people</i> died, and </div></article><script>alert(2)</script> grain fell by 40 percent.\n"

func parseHTML(t *testing.T, page []byte) *html.Node {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// walk calls f on every element under n.
func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// TestHTMLPage parses the page of the sample and of a hostile text: every
// text comes back exactly, escaped; there is one script, the page's own;
// nothing is fetched from anywhere; every claim is in the panel, linked to
// its mark; every mention is a mark with its value.
func TestHTMLPage(t *testing.T) {
	hostile := docOf(t, "hostile", hostileText)
	hostile.Source.Meta.Title = "</title><script>alert(3)</script>"
	docs := []*annotate.Document{sampleDoc(t), hostile}
	page := render(t, "html", docs...)
	root := parseHTML(t, page)

	var scripts, articles, marks, rects int
	ids := map[string]*html.Node{}
	var panel []*html.Node
	walk(root, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			if ids[id] != nil {
				t.Errorf("id %q used twice", id)
			}
			ids[id] = n
		}
		switch n.Data {
		case "script":
			scripts++
			if attr(n, "src") != "" {
				t.Errorf("a script is loaded from %s", attr(n, "src"))
			}
		case "link", "img", "iframe", "object", "embed":
			t.Errorf("the page has a <%s>, which may load something", n.Data)
		case "article":
			if articles < len(docs) && textOf(childWithClass(n, "text")) != docs[articles].Source.Text {
				t.Errorf("the text of source %d does not come back exactly from the page", articles+1)
			}
			articles++
		case "mark":
			if attr(n, "data-v") != "" {
				marks++
			}
		case "rect":
			rects++
		case "li":
			if n.Parent != nil && attr(n.Parent, "id") == "claims" {
				panel = append(panel, n)
			}
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("<%s> has an event handler attribute %s=%q", n.Data, a.Key, a.Val)
			}
		}
	})
	if scripts != 1 {
		t.Errorf("%d scripts, want the page's own only", scripts)
	}
	if articles != len(docs) {
		t.Errorf("%d articles, want %d", articles, len(docs))
	}
	mentions, claims := 0, 0
	for _, d := range docs {
		mentions += len(d.Mentions)
		claims += len(d.Claims)
		for _, c := range d.Claims {
			if c.Mention == "" {
				mentions++ // a comparison is marked too
			}
		}
	}
	if marks != mentions {
		t.Errorf("%d marks, want one for each of the %d mentions and comparisons", marks, mentions)
	}
	if len(panel) != claims || len(hostile.Claims) < 2 {
		t.Fatalf("panel lists %d claims, want %d (the hostile text has %d)", len(panel), claims, len(hostile.Claims))
	}
	for _, li := range panel {
		var a *html.Node
		walk(li, func(n *html.Node) {
			if n.Data == "a" && a == nil {
				a = n
			}
		})
		target := ids[strings.TrimPrefix(attr(a, "href"), "#")]
		if target == nil || target.Data != "mark" || !hasClass(target, "c") || textOf(target) != textOf(a) {
			t.Errorf("panel link %q does not lead to the mark of its claim", attr(a, "href"))
		}
	}
	if rects == 0 {
		t.Error("the timeline draws no claim")
	}
	if title := textOf(ids["s2-h"]); title != hostile.Source.Meta.Title {
		t.Errorf("the hostile title reads %q", title)
	}
	if !bytes.Contains(page, []byte("default-src 'none'")) {
		t.Error("no Content-Security-Policy forbids loading")
	}
}

func childWithClass(n *html.Node, class string) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) {
		if found == nil && hasClass(c, class) {
			found = c
		}
	})
	if found == nil {
		return &html.Node{}
	}
	return found
}

func TestHTMLShowsReviews(t *testing.T) {
	doc := sampleDoc(t)
	rs := &Reviews{byID: map[string]*Review{}, taken: map[*Review]bool{}}
	rs.add(&Review{Claim: doc.Claims[0].ID, Status: "Disputed"})
	run := testRun
	run.Reviews = rs
	var buf bytes.Buffer
	w, err := New("html", &buf, run)
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, w, []*annotate.Document{doc})
	if n := strings.Count(buf.String(), `data-r="Disputed"`); n != 1 {
		t.Errorf("%d claims shown Disputed, want 1", n)
	}
	if n := strings.Count(buf.String(), `data-r="Unreviewed"`); n != len(doc.Claims)-1 {
		t.Errorf("%d claims shown Unreviewed, want %d", n, len(doc.Claims)-1)
	}
}

func TestFractionalYear(t *testing.T) {
	tests := []struct {
		name, iso string
		end       bool
		want      float64
	}{
		{"year start", "1958-01-01", false, 1958},
		{"mid year", "1958-07-02", false, 1958.5},
		{"end of year", "1958-12-31", true, 1959},
		{"BC", "-0043-03-15", false, -42.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := fractionalYear(tt.iso, tt.end)
			if !ok || got < tt.want-0.01 || got > tt.want+0.01 {
				t.Errorf("fractionalYear(%q) = %v, %v; want about %v", tt.iso, got, ok, tt.want)
			}
		})
	}
	if yearLabel(-42.8) != "44 BC" || yearLabel(1958.4) != "1958" {
		t.Errorf("year labels %q %q", yearLabel(-42.8), yearLabel(1958.4))
	}
}
