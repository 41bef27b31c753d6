package annotate

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract"
	"github.com/factsheet/factsheet/sources"
)

// Annotate runs the pipeline over one source: it segments the text, finds
// entities, dates and quantities sentence by sentence, resolves relative
// dates, and makes one claim of every quantity. prose's models are shared by
// all calls (extract.SharedModel), so Annotate is safe to call from many
// goroutines at once.
func Annotate(src sources.Source) *Document {
	text := src.Text
	units := extract.Sentences(text)
	lines := extract.NewLines(text)
	model := extract.SharedModel()

	doc := &Document{Source: src}
	doc.Sentences = make([]Sentence, len(units))
	var mentions []Mention
	shifts := map[int]extract.Shift{}
	tokens := make([][]extract.Token, len(units))
	for i, u := range units {
		doc.Sentences[i] = Sentence{
			Index:     i,
			Paragraph: u.Paragraph,
			Kind:      string(u.Kind),
			Start:     u.Start,
			End:       u.End,
			Line:      lines.Line(u.Start),
			Text:      u.Text(text),
		}
		tokens[i] = model.Tokens(text, []extract.Span{u.Span})
		mentions = append(mentions, sentenceMentions(text, i, u.Span, tokens[i], shifts)...)
	}
	sort.SliceStable(mentions, func(i, j int) bool {
		a, b := mentions[i], mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.Type < b.Type
	})
	for i := range mentions {
		mentions[i].ID = "M" + strconv.Itoa(i+1)
	}
	doc.Mentions = mentions
	resolveDates(doc, shifts)
	doc.Source.Meta = withTitle(doc)
	doc.Claims = claims(doc, tokens)
	return doc
}

// sentenceMentions runs the extractors over one sentence and returns its
// mentions, with offsets into the whole text. Entities that overlap a date
// or a quantity are dropped: prose often tags "February" or "Five-Year".
// The shift of each relative date goes into shifts, by start offset.
func sentenceMentions(text string, index int, s extract.Span, toks []extract.Token, shifts map[int]extract.Shift) []Mention {
	sentence := s.Text(text)
	shift := func(sp extract.Span) extract.Span {
		return extract.Span{Start: sp.Start + s.Start, End: sp.End + s.Start}
	}
	var out []Mention
	mention := func(kind string, sp extract.Span) Mention {
		return Mention{Type: kind, Text: sp.Text(text), Start: sp.Start, End: sp.End, Sentence: index}
	}
	var taken []extract.Span
	dates := extract.Dates(sentence)
	for _, d := range dates {
		sp := shift(d.Span)
		m := mention(TypeDate, sp)
		m.DateAttrs = &DateAttrs{EDTF: d.EDTF, Mod: d.Mod, Relative: d.Shift != nil}
		m.DateAttrs.Earliest, m.DateAttrs.Latest = extract.Bounds(d.EDTF, d.Mod)
		if d.Shift != nil {
			shifts[sp.Start] = *d.Shift
		}
		out = append(out, m)
		taken = append(taken, sp)
	}
	for _, q := range extract.Quantities(sentence, dates) {
		sp := shift(q.Span)
		m := mention(TypeQuantity, sp)
		m.QuantityAttrs = &QuantityAttrs{Value: q.Value, High: q.High, Kind: q.Kind, Unit: q.Unit,
			SurfaceUnit: q.Surface, Qualifier: q.Qualifier, Vague: q.Vague}
		out = append(out, m)
		taken = append(taken, sp)
	}
	for _, e := range extract.Entities(text, toks) {
		if overlapsAny(e.Span, taken) {
			continue
		}
		m := mention(TypeEntity, e.Span)
		m.EntityAttrs = &EntityAttrs{Label: e.Label, Canonical: e.Canonical}
		out = append(out, m)
	}
	return out
}

func overlapsAny(s extract.Span, spans []extract.Span) bool {
	for _, o := range spans {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// withTitle returns the source's metadata with a title: the one it has, else
// the text's title line (a heading that opens it), else the file name.
func withTitle(doc *Document) sources.Meta {
	meta := doc.Source.Meta
	if meta.Title != "" {
		return meta
	}
	switch {
	case len(doc.Sentences) > 0 && doc.Sentences[0].Kind == string(extract.KindHeading):
		meta.Title = foldSpace(doc.Sentences[0].Text)
	case doc.Source.Path != "":
		meta.Title = filepath.Base(doc.Source.Path)
	default:
		meta.Title = doc.Source.ID
	}
	return meta
}

// foldSpace replaces each run of white space with one space and trims the
// ends.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
