package annotate

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/quantities"
	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/sources"
)

// Options are the settings of the pipeline. The zero value uses the
// built-in gazetteer and no aliases of the user's own.
type Options struct {
	// Aliases are the user's own entity names (the --aliases file, read
	// with ParseAliases). They win over the built-in gazetteer, the aliases
	// a text defines, and prose's model.
	Aliases *entities.Gazetteer
	// Jobs is how many goroutines may read the sentences of one long
	// source at once (see AnnotateParts); 0 or 1 reads them one after another.
	// The output is the same whatever it is.
	Jobs int
	// Style is the citation style of the claims and the source: StyleChicago
	// (the default, for ""), StyleAPA or StyleMLA.
	Style string
	// NoEntities leaves entities out: the document has dates and
	// quantities only, and the entity model is never loaded.
	NoEntities bool
}

// Annotate runs the pipeline over one source with the default options. See
// Options.Annotate.
func Annotate(src sources.Source) *Document { return Options{}.Annotate(src) }

// Annotate runs the pipeline over one source: it segments the text, finds
// entities, dates and quantities sentence by sentence, resolves relative
// dates and the entities' names across the source, and makes one claim of
// every quantity. prose's models are shared by all calls
// (tagging.SharedModel), so Annotate is safe to call from many goroutines at
// once. It is AnnotateParts with the parts joined in one document.
func (o Options) Annotate(src sources.Source) *Document {
	doc := &Document{Sentences: []Sentence{}, Mentions: []Mention{}, Claims: []Claim{}}
	o.AnnotateParts(src, func(s *sources.Source) error {
		doc.Source = *s
		return nil
	}, func(p Part) error {
		doc.Sentences = append(doc.Sentences, p.Sentences...)
		doc.Mentions = append(doc.Mentions, p.Mentions...)
		doc.Claims = append(doc.Claims, p.Claims...)
		return nil
	})
	return doc
}

// withYearLines adds to the dates of the sentence s the years that open
// the lines of a chronology (dates.YearLines, found over the whole text,
// with offsets into it) that lie in s, in place of any date they overlap.
func withYearLines(ds []dates.Date, yearLines []dates.Date, s lex.Span) []dates.Date {
	var add []dates.Date
	// yearLines are in text order: those of s follow the first that
	// starts in it, so a long chronology is not read again per sentence.
	first := sort.Search(len(yearLines), func(i int) bool { return yearLines[i].Start >= s.Start })
	for _, y := range yearLines[first:] {
		if y.Start >= s.End {
			break
		}
		if s.Contains(y.Span) {
			y.Start, y.End = y.Start-s.Start, y.End-s.Start
			add = append(add, y)
		}
	}
	if len(add) == 0 {
		return ds
	}
	out := add
	for _, d := range ds {
		clash := false
		for _, y := range add {
			if d.Overlaps(y.Span) {
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// sentenceMentions runs the extractors over one sentence and returns its
// mentions, with offsets into the whole text.
// An entity that overlaps a date or a quantity is dropped (prose may tag
// "February"), unless it holds the whole of it ("War of 1812") or is a name
// inside a quantity's unit ("26,000 People’s Communes"). The shift of each
// relative date goes into shifts, by start offset.
func sentenceMentions(text string, index int, s lex.Span, names *entities.Recognizer, shifts map[int]dates.Shift, yearLines []dates.Date) []Mention {
	sentence := s.Text(text)
	shift := func(sp lex.Span) lex.Span {
		return lex.Span{Start: sp.Start + s.Start, End: sp.End + s.Start}
	}
	var out []Mention
	mention := func(kind string, sp lex.Span) Mention {
		return Mention{Type: kind, Text: sp.Text(text), Start: sp.Start, End: sp.End, Sentence: index}
	}
	var dateSpans, quantitySpans []lex.Span
	ds := withYearLines(dates.Dates(sentence), yearLines, s)
	for _, d := range ds {
		sp := shift(d.Span)
		m := mention(TypeDate, sp)
		m.DateAttrs = &DateAttrs{EDTF: d.EDTF, Mod: d.Mod, Relative: d.Shift != nil, Calendar: d.Calendar}
		m.DateAttrs.Earliest, m.DateAttrs.Latest = dates.Bounds(d.EDTF, d.Mod)
		if d.Calendar == "julian" {
			m.DateAttrs.Earliest, m.DateAttrs.Latest = dates.JulianBounds(d.EDTF, d.Mod)
		}
		if d.Shift != nil {
			shifts[sp.Start] = *d.Shift
		}
		out = append(out, m)
		dateSpans = append(dateSpans, sp)
	}
	for _, q := range quantities.Quantities(sentence, ds) {
		sp := shift(q.Span)
		m := mention(TypeQuantity, sp)
		m.QuantityAttrs = &QuantityAttrs{Value: q.Value, High: q.High, Kind: q.Kind, Unit: q.Unit,
			SurfaceUnit: q.Surface, Qualifier: q.Qualifier, Vague: q.Vague, Change: q.Change, Duration: q.Duration}
		m.QuantityAttrs.SIValue, m.QuantityAttrs.SIUnit = quantities.SI(q)
		out = append(out, m)
		quantitySpans = append(quantitySpans, sp)
	}
	if names == nil {
		return out
	}
	for _, e := range names.Entities(text, s) {
		if clashes(text, e.Span, dateSpans, false) || clashes(text, e.Span, quantitySpans, true) {
			continue
		}
		m := mention(TypeEntity, e.Span)
		m.EntityAttrs = &EntityAttrs{Label: e.Label, Canonical: e.Canonical, origin: e.Origin}
		out = append(out, m)
	}
	return out
}

// clashes reports whether an entity overlaps one of spans without holding
// it whole, or (inUnit) lying inside it with no digit of its own.
func clashes(text string, e lex.Span, spans []lex.Span, inUnit bool) bool {
	for _, o := range spans {
		switch {
		case !e.Overlaps(o):
		case e.Contains(o) && e != o:
		case inUnit && o.Contains(e) && !strings.ContainsAny(e.Text(text), "0123456789"):
		default:
			return true
		}
	}
	return false
}

// withTitle returns the source's metadata with a title: the one it has, else
// the text's title line (a heading that opens it), else the file name; and
// notes in the source's MetaFrom where it came from.
func withTitle(doc *Document) sources.Meta {
	meta := doc.Source.Meta
	if meta.Title != "" {
		return meta
	}
	from := sources.FromFileName
	switch {
	case len(doc.Sentences) > 0 && doc.Sentences[0].Kind == string(sentences.KindHeading):
		meta.Title = lex.FoldSpace(doc.Sentences[0].Text)
		from = sources.FromTitleLine
	case doc.Source.Path != "":
		meta.Title = filepath.Base(doc.Source.Path)
	default:
		meta.Title = doc.Source.ID
	}
	if doc.Source.MetaFrom == nil {
		doc.Source.MetaFrom = map[string]string{}
	}
	doc.Source.MetaFrom["title"] = from
	return meta
}

// pageOf returns the page a span of the source is on: "45", or "45–46"
// when it runs over a page break; "" when the source has no pages.
func pageOf(src *sources.Source, sp lex.Span) string {
	first := src.PageAt(sp.Start)
	last := src.PageAt(max(sp.Start, sp.End-1))
	if first == "" || last == first {
		return first
	}
	return first + "–" + last
}

// noteOf returns the number of the note a sentence is in ("3" for a
// paragraph "3. ..." after the start of the source's notes), or "".
func noteOf(src *sources.Source, paragraph int, units []sentences.Sentence, i int) string {
	if src.Notes == 0 || units[i].Start < src.Notes {
		return ""
	}
	k := i
	for k > 0 && units[k-1].Paragraph == paragraph {
		k--
	}
	head := src.Text[units[k].Start:units[i].End]
	n := 0
	for n < len(head) && head[n] >= '0' && head[n] <= '9' {
		n++
	}
	if n == 0 || n >= len(head) || head[n] != '.' {
		return ""
	}
	return head[:n]
}
