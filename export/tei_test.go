package export

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// xnode is an element of a parsed XML document.
type xnode struct {
	name     string
	attrs    map[string]string
	children []*xnode
	text     string // all the text inside, children's included
	parent   *xnode
}

// parseXML parses a document with encoding/xml, which fails on anything
// not well-formed.
func parseXML(t *testing.T, data []byte) *xnode {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := &xnode{name: "#document"}
	cur := root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &xnode{name: tok.Name.Local, attrs: map[string]string{}, parent: cur}
			if tok.Name.Space != "http://www.tei-c.org/ns/1.0" {
				t.Errorf("<%s> is in namespace %q, not TEI's", tok.Name.Local, tok.Name.Space)
			}
			for _, a := range tok.Attr {
				key := a.Name.Local
				if a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
					key = "xml:" + key
				} else if a.Name.Space == "xmlns" || key == "xmlns" {
					continue
				}
				n.attrs[key] = a.Value
			}
			cur.children = append(cur.children, n)
			cur = n
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			for n := cur; n != nil; n = n.parent {
				n.text += string(tok)
			}
		}
	}
	return root
}

func (n *xnode) walk(f func(*xnode)) {
	f(n)
	for _, c := range n.children {
		c.walk(f)
	}
}

// teiModel is the part of TEI P5 factsheet writes: for each element, the
// elements it may hold (in any order; "#text" when it holds text) and the
// attributes it may have, as the TEI Guidelines define them.
var teiModel = map[string]struct{ children, attrs string }{
	"teiCorpus":       {"teiHeader TEI", ""},
	"TEI":             {"teiHeader text", "n"},
	"teiHeader":       {"fileDesc encodingDesc", ""},
	"fileDesc":        {"titleStmt publicationStmt sourceDesc", ""},
	"titleStmt":       {"title author", ""},
	"publicationStmt": {"p", ""},
	"sourceDesc":      {"p bibl", ""},
	"encodingDesc":    {"appInfo calendarDesc", ""},
	"appInfo":         {"application", ""},
	"application":     {"label", "ident version"},
	"label":           {"#text", ""},
	"calendarDesc":    {"calendar", ""},
	"calendar":        {"p", "xml:id"},
	"bibl":            {"#text title author editor edition pubPlace publisher biblScope date ref note idno", "type"},
	"editor":          {"#text persName orgName", ""},
	"edition":         {"#text", ""},
	"pubPlace":        {"#text", ""},
	"biblScope":       {"#text", "unit"},
	"author":          {"#text persName orgName", ""},
	"publisher":       {"#text", ""},
	"ref":             {"#text", "target"},
	"note":            {"#text date", "type"},
	"idno":            {"#text", "type"},
	"forename":        {"#text", ""},
	"surname":         {"#text", ""},
	"text":            {"body", ""},
	"body":            {"p", ""},
	"p":               {"#text s", "n"},
	"s":               {"#text persName placeName orgName name title date num measure", "n type"},
	"persName":        {"#text forename surname", "key"},
	"placeName":       {"#text", "key type"},
	"orgName":         {"#text", "key"},
	"name":            {"#text", "key type"},
	"title":           {"#text", "key type"},
	"date":            {"#text", "when from to notBefore notAfter when-custom datingMethod type"},
	"num":             {"#text persName placeName orgName name title date", "type value min max atLeast atMost xml:id"},
	"measure":         {"#text persName placeName orgName name title date", "type quantity unit commodity min max atLeast atMost xml:id"},
}

// checkTEI checks every element and attribute against teiModel.
func checkTEI(t *testing.T, root *xnode) {
	t.Helper()
	if len(root.children) != 1 || root.children[0].name != "teiCorpus" {
		t.Fatalf("the root is not one teiCorpus")
	}
	ids := map[string]bool{}
	root.children[0].walk(func(n *xnode) {
		model, ok := teiModel[n.name]
		if !ok {
			t.Errorf("<%s> is not an element factsheet's TEI has", n.name)
			return
		}
		for _, c := range n.children {
			if !strings.Contains(" "+model.children+" ", " "+c.name+" ") {
				t.Errorf("<%s> may not hold <%s>", n.name, c.name)
			}
		}
		for k, v := range n.attrs {
			if !strings.Contains(" "+model.attrs+" ", " "+k+" ") {
				t.Errorf("<%s> may not have @%s", n.name, k)
			}
			if k == "xml:id" {
				if ids[v] {
					t.Errorf("xml:id %q twice", v)
				}
				ids[v] = true
			}
			if (k == "when" || k == "from" || k == "to" || k == "notBefore" || k == "notAfter") && !isoDate.MatchString(v) {
				t.Errorf("<%s %s=%q> is not a W3C date", n.name, k, v)
			}
			if k == "value" || k == "quantity" || k == "min" || k == "max" || k == "atLeast" || k == "atMost" {
				if _, err := strconv.ParseFloat(v, 64); err != nil {
					t.Errorf("<%s %s=%q> is not a number", n.name, k, v)
				}
			}
		}
		if !strings.Contains(model.children, "#text") && strings.TrimSpace(ownText(n)) != "" {
			t.Errorf("<%s> holds text %q", n.name, ownText(n))
		}
	})
	for _, e := range []string{"teiHeader", "fileDesc", "titleStmt", "text", "body"} {
		found := false
		root.walk(func(n *xnode) { found = found || n.name == e })
		if !found {
			t.Errorf("no <%s>", e)
		}
	}
}

// ownText is the text of an element outside its children.
func ownText(n *xnode) string {
	s := n.text
	for _, c := range n.children {
		s = strings.Replace(s, c.text, "", 1)
	}
	return s
}

// TestTEI parses the TEI of the sample and of a text with markup and
// characters XML cannot hold, checks it against the TEI structures it
// uses, finds every claim's <num> or <measure> with its value, every
// sentence's text, and the citation in each header.
func TestTEI(t *testing.T) {
	sample := sampleDoc(t)
	sample.Source.Meta.Author = []sources.Name{{Given: "Jonathan", Family: "Spence"}, {Literal: "Staff & Co."}}
	sample.Source.Meta.Issued = &sources.DateParts{DateParts: [][]int{{2019, 3}}}
	sample.Source.Meta.URL = "https://example.org/glf?a=1&b=2"
	sample.Source.Meta.Editor = []sources.Name{{Given: "A.", Family: "Editor"}}
	sample.Source.Meta.ContainerTitle, sample.Source.Meta.PublisherPlace, sample.Source.Meta.Volume = "Encyclopedia of China", "New York", "2"
	sample.Source.Meta.DOI, sample.Source.Meta.Archive = "10.1000/xyz", "Archive <&> of China"
	hostile := docOf(t, "hostile", hostileText+"A form feed \f and a NUL \x00 in 1931 cost $5 million.\n")
	docs := []*annotate.Document{sample, hostile, astralDoc(t)}
	root := parseXML(t, render(t, "tei", docs...))
	checkTEI(t, root)

	byID := map[string]*xnode{}
	var teis, sentences []*xnode
	root.walk(func(n *xnode) {
		if id := n.attrs["xml:id"]; id != "" {
			byID[id] = n
		}
		switch n.name {
		case "TEI":
			teis = append(teis, n)
		case "s":
			sentences = append(sentences, n)
		}
	})
	if len(teis) != len(docs) {
		t.Fatalf("%d TEI documents, want %d", len(teis), len(docs))
	}
	k := 0
	for i, d := range docs {
		var cite string
		teis[i].walk(func(n *xnode) {
			if n.name == "bibl" && n.attrs["type"] == "citation" {
				cite = n.text
			}
		})
		if i == 0 {
			got := map[string]string{}
			teis[0].walk(func(n *xnode) {
				if n.parent != nil && n.parent.name == "bibl" {
					got[n.name+" "+n.attrs["type"]+n.attrs["unit"]] = n.text
				}
			})
			for k, v := range map[string]string{"editor ": "A. Editor", "title container": "Encyclopedia of China", "pubPlace ": "New York",
				"biblScope volume": "2", "idno DOI": "10.1000/xyz", "note archive": "Archive <&> of China", "date ": "2019-03", "author ": "Staff & Co."} {
				if got[k] != v {
					t.Errorf("the source's <bibl> has %s %q, want %q", k, got[k], v)
				}
			}
		}
		if want := annotate.SourceCitation(d.Source.Meta); cite != want || cite == "" {
			t.Errorf("%s: header citation %q, want %q", d.Source.ID, cite, want)
		}
		for _, s := range d.Sentences {
			want := strings.Map(func(r rune) rune {
				if !xmlChar(r) {
					return '\uFFFD'
				}
				return r
			}, s.Text)
			if k >= len(sentences) || sentences[k].text != want {
				t.Errorf("%s: sentence %d reads %q, want %q", d.Source.ID, s.Index, sentences[k].text, want)
			}
			k++
		}
		mentions := d.MentionIndex()
		for _, c := range d.Claims {
			m := mentions[string(c.Mention)]
			if m == nil {
				continue // a comparison has no number to mark
			}
			n := byID[c.ID]
			if n == nil || (n.name != "num" && n.name != "measure") {
				t.Errorf("%s: claim %s (%q) has no <num> or <measure>", d.Source.ID, c.ID, m.Text)
				continue
			}
			if n.text != m.Text {
				t.Errorf("claim %s: element text %q, want %q", c.ID, n.text, m.Text)
			}
			attr := map[string]string{"num": "value", "measure": "quantity"}[n.name]
			switch {
			case m.Value == nil:
				if n.attrs[attr] != "" {
					t.Errorf("claim %s (%q) is vague, but has %s=%q", c.ID, m.Text, attr, n.attrs[attr])
				}
			case m.High != nil:
				if n.attrs["min"] != formatNumber(m.Value) || n.attrs["max"] != formatNumber(m.High) {
					t.Errorf("claim %s (%q): range %v", c.ID, m.Text, n.attrs)
				}
			default:
				if got, err := strconv.ParseFloat(n.attrs[attr], 64); err != nil || got != *m.Value {
					t.Errorf("claim %s (%q): %s=%q, want %v", c.ID, m.Text, attr, n.attrs[attr], *m.Value)
				}
			}
			if n.name == "measure" && m.Kind != "count" && n.attrs["unit"] != m.Unit {
				t.Errorf("claim %s (%q): unit %q, want %q", c.ID, m.Text, n.attrs["unit"], m.Unit)
			}
		}
	}
	if k != len(sentences) {
		t.Errorf("%d <s>, want %d", len(sentences), k)
	}
}
