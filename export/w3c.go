package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/factsheet/factsheet/annotate"
)

// w3cContext is the JSON-LD context of the W3C Web Annotation Data Model,
// and the prefix of factsheet's own terms (fs:edtf, fs:value...).
var w3cContext = []any{
	"http://www.w3.org/ns/anno.jsonld",
	map[string]string{"fs": "https://github.com/factsheet/factsheet#"},
}

// quoteContext is how many code points of text a TextQuoteSelector's
// prefix and suffix hold (fewer at the start or end of the text).
const quoteContext = 32

// The JSON-LD of a W3C Web Annotation (https://www.w3.org/TR/annotation-model/).
type (
	w3cAnnotation struct {
		ID         string    `json:"id"`
		Type       string    `json:"type"`
		Motivation string    `json:"motivation"`
		Body       []w3cBody `json:"body"`
		Target     w3cTarget `json:"target"`
	}
	w3cSoftware struct {
		Type    string `json:"type"`
		Name    string `json:"name"`
		Version string `json:"fs:version,omitempty"`
	}
	// w3cBody is a TextualBody. Its value is the tag or the normalised
	// value as text; the fs: fields give the normalised value as data.
	w3cBody struct {
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
		Value   string `json:"value"`

		Label     string   `json:"fs:label,omitempty"`
		Canonical string   `json:"fs:canonical,omitempty"`
		EDTF      string   `json:"fs:edtf,omitempty"`
		Mod       string   `json:"fs:mod,omitempty"`
		Relative  bool     `json:"fs:relative,omitempty"`
		Earliest  string   `json:"fs:earliest,omitempty"`
		Latest    string   `json:"fs:latest,omitempty"`
		Kind      string   `json:"fs:kind,omitempty"`
		Number    *float64 `json:"fs:value,omitempty"`
		High      *float64 `json:"fs:high,omitempty"`
		Unit      string   `json:"fs:unit,omitempty"`
		Qualifier string   `json:"fs:qualifier,omitempty"`
		Vague     bool     `json:"fs:vague,omitempty"`

		Claim    string   `json:"fs:claim,omitempty"`
		Subject  string   `json:"fs:subject,omitempty"`
		When     string   `json:"fs:when,omitempty"`
		Entities []string `json:"fs:entities,omitempty"`
		Citation string   `json:"fs:citation,omitempty"`
	}
	w3cTarget struct {
		Source   string        `json:"source"`
		Selector []w3cSelector `json:"selector"`
	}
	// w3cSelector is a TextQuoteSelector (Exact, Prefix, Suffix) or a
	// TextPositionSelector (Start, End, in code points).
	w3cSelector struct {
		Type   string `json:"type"`
		Exact  string `json:"exact,omitempty"`
		Prefix string `json:"prefix,omitempty"`
		Suffix string `json:"suffix,omitempty"`
		Start  *int   `json:"start,omitempty"`
		End    *int   `json:"end,omitempty"`
	}
)

// w3cWriter writes one AnnotationCollection for the whole run: its first
// (and only) AnnotationPage holds an Annotation for every mention of every
// source, in order; "total" comes last, once they are counted, so that the
// collection streams.
type w3cWriter struct {
	w     *bufio.Writer
	tool  Tool
	n     int
	begun bool
}

func newW3C(w io.Writer, run Run) *w3cWriter {
	return &w3cWriter{w: bufio.NewWriter(w), tool: run.Tool}
}

func (x *w3cWriter) header() error {
	ctx, err := marshal(w3cContext, "  ", "  ")
	if err != nil {
		return err
	}
	gen, err := marshal(w3cSoftware{Type: "Software", Name: x.tool.Name, Version: x.tool.Version}, "  ", "  ")
	if err != nil {
		return err
	}
	x.w.WriteString("{\n  \"@context\": " + string(ctx) + ",\n  \"type\": \"AnnotationCollection\",\n  \"label\": \"Entities, dates and numeric claims tagged by factsheet\",\n  \"generator\": " + string(gen) + ",\n  \"first\": {\n    \"type\": \"AnnotationPage\",\n    \"items\": [")
	x.begun = true
	return nil
}

// w3cSourceIRI names a source as an annotation target: its URL where it has
// one, else the ni: URI (RFC 6920) of its bytes' SHA-256, which names the
// file whatever its path.
func w3cSourceIRI(doc *annotate.Document) string {
	switch {
	case doc.Source.Meta.URL != "":
		return doc.Source.Meta.URL
	case doc.Source.URL != "":
		return doc.Source.URL
	}
	if sum, err := hex.DecodeString(doc.Source.SHA256); err == nil && len(sum) == sha256.Size {
		return "ni:///sha-256;" + base64.RawURLEncoding.EncodeToString(sum)
	}
	return "urn:factsheet:source:" + doc.Source.ID
}

func (x *w3cWriter) Write(doc *annotate.Document) error {
	if !x.begun {
		if err := x.header(); err != nil {
			return err
		}
	}
	text := doc.Source.Text
	offs := NewOffsets(text)
	claims := make(map[string]*annotate.Claim, len(doc.Claims))
	for i := range doc.Claims {
		claims[string(doc.Claims[i].Mention)] = &doc.Claims[i]
	}
	source := w3cSourceIRI(doc)
	var comparisons []*annotate.Claim // claims without a number, annotated in their place among the mentions
	for i := range doc.Claims {
		if c := &doc.Claims[i]; c.Mention == "" && c.Start >= 0 && c.End <= len(text) && c.Start < c.End {
			comparisons = append(comparisons, c)
		}
	}
	for i := 0; i <= len(doc.Mentions); i++ {
		for len(comparisons) > 0 && (i == len(doc.Mentions) || comparisons[0].Start < doc.Mentions[i].Start) {
			if err := x.comparison(doc, source, text, offs, comparisons[0]); err != nil {
				return err
			}
			comparisons = comparisons[1:]
		}
		if i == len(doc.Mentions) {
			break
		}
		m := &doc.Mentions[i]
		a := w3cAnnotation{
			ID:     "urn:factsheet:" + doc.Source.ID + ":" + m.ID,
			Type:   "Annotation",
			Target: w3cTarget{Source: source, Selector: selectors(text, offs, m.Start, m.End)},
		}
		value := w3cBody{Type: "TextualBody", Value: describe(m)}
		switch {
		case m.EntityAttrs != nil:
			a.Motivation = "identifying"
			value.Purpose, value.Value = "identifying", m.Canonical
			value.Label, value.Canonical = m.Label, m.Canonical
		case m.DateAttrs != nil:
			a.Motivation = "describing"
			value.Purpose = "describing"
			value.EDTF, value.Mod, value.Relative, value.Earliest, value.Latest = m.EDTF, m.Mod, m.Relative, m.Earliest, m.Latest
		case m.QuantityAttrs != nil:
			a.Motivation = "describing"
			value.Purpose = "describing"
			value.Kind, value.Number, value.High, value.Unit, value.Qualifier, value.Vague = m.Kind, m.Value, m.High, m.Unit, m.Qualifier, m.Vague
			if c := claims[m.ID]; c != nil {
				a.ID = "urn:factsheet:" + doc.Source.ID + ":" + c.ID
				value.Claim, value.Subject, value.When, value.Entities, value.Citation = c.ID, c.Subject, c.When, c.Entities, c.Citation
			}
		default:
			continue
		}
		tag := m.Type
		if m.EntityAttrs != nil {
			tag = m.Label
		}
		a.Body = []w3cBody{{Type: "TextualBody", Purpose: "tagging", Value: tag}, value}
		if err := x.item(&a); err != nil {
			return err
		}
	}
	return nil
}

// item writes one annotation of the collection.
func (x *w3cWriter) item(a *w3cAnnotation) error {
	return writeItem(x.w, &x.n, "      ", a)
}

// comparison writes the annotation of a claim without a number (a
// superlative or comparison), tagged "comparison".
func (x *w3cWriter) comparison(doc *annotate.Document, source, text string, offs *Offsets, c *annotate.Claim) error {
	value := w3cBody{Type: "TextualBody", Purpose: "describing", Value: annotate.KindComparison, Kind: annotate.KindComparison,
		Claim: c.ID, Subject: c.Subject, When: c.When, Entities: c.Entities, Citation: c.Citation}
	return x.item(&w3cAnnotation{
		ID:         "urn:factsheet:" + doc.Source.ID + ":" + c.ID,
		Type:       "Annotation",
		Motivation: "describing",
		Target:     w3cTarget{Source: source, Selector: selectors(text, offs, c.Start, c.End)},
		Body:       []w3cBody{{Type: "TextualBody", Purpose: "tagging", Value: annotate.KindComparison}, value},
	})
}

// selectors are the two selectors of the text between byte offsets start
// and end: a TextQuoteSelector, with up to quoteContext code points of
// text either side, and a TextPositionSelector in code points.
func selectors(text string, offs *Offsets, start, end int) []w3cSelector {
	p := start
	for n := 0; n < quoteContext && p > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:p])
		p -= size
	}
	s := end
	for n := 0; n < quoteContext && s < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[s:])
		s += size
	}
	cs, ce := offs.CodePoint(start), offs.CodePoint(end)
	return []w3cSelector{
		{Type: "TextQuoteSelector", Exact: text[start:end], Prefix: text[p:start], Suffix: text[end:s]},
		{Type: "TextPositionSelector", Start: &cs, End: &ce},
	}
}

func (x *w3cWriter) Close() error {
	if !x.begun {
		if err := x.header(); err != nil {
			return err
		}
	}
	if x.n > 0 {
		x.w.WriteString("\n    ")
	}
	x.w.WriteString("]\n  },\n  \"total\": " + strconv.Itoa(x.n) + "\n}\n")
	return x.w.Flush()
}
