package export

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// astralText is a source whose text has characters outside the Basic
// Multilingual Plane (4 bytes, 1 code point, 2 UTF-16 units) before and
// among its mentions.
const astralText = "𝔊𝔯𝔢𝔞𝔱 𝔏𝔢𝔞𝔭 😀\n\nIn February 1958 🌾 Mao Zedong announced that 600,000 backyard furnaces 𓀀 would be built in China. " +
	"By 1961 more than 30 million 😢 people had died, and the economy had declined by $66 billion 💰.\n"

func astralDoc(t *testing.T) *annotate.Document {
	t.Helper()
	src := sources.Source{ID: "astral", SHA256: strings.Repeat("ab", 32), Encoding: "UTF-8", Text: astralText,
		Meta: sources.Meta{Type: "document", Title: "𝔊𝔯𝔢𝔞𝔱 𝔏𝔢𝔞𝔭", URL: "https://example.org/astral"}}
	return annotate.Annotate(src)
}

type w3cCollection struct {
	Context []any  `json:"@context"`
	Type    string `json:"type"`
	Total   int    `json:"total"`
	First   struct {
		Type  string          `json:"type"`
		Items []w3cAnnotation `json:"items"`
	} `json:"first"`
}

// TestW3CReanchors re-anchors every annotation by each of its selectors, on
// the sample and on a text with characters outside the BMP, and checks
// both find the mention's text at its place.
func TestW3CReanchors(t *testing.T) {
	docs := []*annotate.Document{sampleDoc(t), astralDoc(t)}
	out := render(t, "w3c", docs...)
	var coll w3cCollection
	if err := json.Unmarshal(out, &coll); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if coll.Type != "AnnotationCollection" || coll.First.Type != "AnnotationPage" || coll.Context[0] != "http://www.w3.org/ns/anno.jsonld" {
		t.Fatalf("collection %q, page %q, context %v", coll.Type, coll.First.Type, coll.Context)
	}
	wantTotal := 0
	for _, d := range docs {
		wantTotal += len(d.Mentions)
		for _, c := range d.Claims {
			if c.Mention == "" {
				wantTotal++ // a comparison is annotated too
			}
		}
	}
	if coll.Total != wantTotal || len(coll.First.Items) != wantTotal {
		t.Fatalf("total %d, %d items; want %d", coll.Total, len(coll.First.Items), wantTotal)
	}
	texts := map[string]string{w3cSourceIRI(docs[0]): docs[0].Source.Text, "https://example.org/astral": astralText}
	byID := map[string]string{}
	for _, d := range docs {
		for _, m := range d.Mentions {
			byID["urn:factsheet:"+d.Source.ID+":"+m.ID] = m.Text
		}
		for _, c := range d.Claims {
			byID["urn:factsheet:"+d.Source.ID+":"+c.ID] = c.Text
		}
	}
	claims := 0
	for _, a := range coll.First.Items {
		text, ok := texts[a.Target.Source]
		if !ok {
			t.Fatalf("%s: target source %q is not one of the sources", a.ID, a.Target.Source)
		}
		want, ok := byID[a.ID]
		if !ok {
			t.Fatalf("annotation id %q names no mention or claim", a.ID)
		}
		var quote, pos *w3cSelector
		for i, s := range a.Target.Selector {
			switch s.Type {
			case "TextQuoteSelector":
				quote = &a.Target.Selector[i]
			case "TextPositionSelector":
				pos = &a.Target.Selector[i]
			}
		}
		if quote == nil || pos == nil || pos.Start == nil || pos.End == nil {
			t.Fatalf("%s: selectors %+v", a.ID, a.Target.Selector)
		}
		runes := []rune(text)
		// By position: code points, as the Web Annotation model counts.
		if got := string(runes[*pos.Start:*pos.End]); got != want {
			t.Errorf("%s: TextPositionSelector %d–%d selects %q, want %q", a.ID, *pos.Start, *pos.End, got, want)
		}
		// By quote: prefix+exact+suffix occurs once, where the position says.
		if quote.Exact != want {
			t.Errorf("%s: exact %q, want %q", a.ID, quote.Exact, want)
		}
		whole := quote.Prefix + quote.Exact + quote.Suffix
		if n := strings.Count(text, whole); n != 1 {
			t.Errorf("%s: the quote with its prefix and suffix occurs %d times", a.ID, n)
			continue
		}
		at := len([]rune(text[:strings.Index(text, whole)])) + len([]rune(quote.Prefix))
		if at != *pos.Start {
			t.Errorf("%s: the quote is at code point %d, the position selector says %d", a.ID, at, *pos.Start)
		}
		if len(a.Body) != 2 || a.Body[0].Purpose != "tagging" || a.Body[1].Value == "" {
			t.Errorf("%s: body %+v", a.ID, a.Body)
		}
		if a.Body[1].Claim != "" {
			claims++
		}
	}
	if want := len(docs[0].Claims) + len(docs[1].Claims); claims != want {
		t.Errorf("%d annotations carry a claim, want %d", claims, want)
	}
	if !strings.Contains(astralText[:strings.Index(astralText, "600,000")], "🌾") {
		t.Fatal("the astral text lost its characters outside the BMP")
	}
}

func TestW3CBodies(t *testing.T) {
	var coll w3cCollection
	if err := json.Unmarshal(render(t, "w3c", sampleDoc(t)), &coll); err != nil {
		t.Fatal(err)
	}
	want := map[string]func(b w3cBody) bool{
		"February 1958": func(b w3cBody) bool {
			return b.EDTF == "1958-02" && b.Earliest == "1958-02-01" && b.Latest == "1958-02-28"
		},
		"more than 30 million people": func(b w3cBody) bool {
			return *b.Number == 3e7 && b.Qualifier == "gt" && b.Claim != "" && b.Value == "count > 30,000,000 people"
		},
		"Mao Tse-tung": func(b w3cBody) bool { return b.Value == "Mao Zedong" && b.Label == "PERSON" },
	}
	found := map[string]bool{}
	for _, a := range coll.First.Items {
		exact := a.Target.Selector[0].Exact
		if check, ok := want[exact]; ok && !found[exact] {
			found[exact] = true
			if !check(a.Body[1]) {
				t.Errorf("%q: body %+v", exact, a.Body[1])
			}
		}
	}
	for exact := range want {
		if !found[exact] {
			t.Errorf("no annotation of %q", exact)
		}
	}
}
