package annotate

import (
	"maps"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/quantities"
	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/extract/tagging"
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
	// source at once (see Annotate); 0 or 1 reads them one after another.
	// The output is the same whatever it is.
	Jobs int
	// Style is the citation style of the claims and the source: StyleChicago
	// (the default, for ""), StyleAPA or StyleMLA.
	Style string
	// NoEntities leaves entities out: the document has dates and
	// quantities only, and the entity model is never loaded.
	NoEntities bool
}

// blockSize is the least text a block of paragraphs read by one goroutine
// holds; a source shorter than two blocks is read as one.
const blockSize = 64 << 10

// Annotate runs the pipeline over one source with the default options. See
// Options.Annotate.
func Annotate(src sources.Source) *Document { return Options{}.Annotate(src) }

// Annotate runs the pipeline over one source: it segments the text, finds
// entities, dates and quantities sentence by sentence, resolves relative
// dates and the entities' names across the source, and makes one claim of
// every quantity. prose's models are shared by all calls
// (tagging.SharedModel), so Annotate is safe to call from many goroutines at
// once.
func (o Options) Annotate(src sources.Source) *Document {
	text := src.Text
	units := sentences.Sentences(text)
	lines := lex.NewLines(text)
	model := tagging.SharedModel()
	var names *entities.Recognizer
	if !o.NoEntities {
		names = entities.NewRecognizer(o.Aliases)
	}

	yearLines := dates.YearLines(text)
	doc := &Document{Source: src}
	doc.Sentences = make([]Sentence, len(units))
	for i, u := range units {
		doc.Sentences[i] = Sentence{
			Index:     i,
			Paragraph: u.Paragraph,
			Kind:      string(u.Kind),
			Start:     u.Start,
			End:       u.End,
			Line:      lines.Line(u.Start),
			Page:      pageOf(&src, u.Span),
			Note:      noteOf(&src, u.Paragraph, units, i),
			Text:      u.Text(text),
		}
	}
	// The sentences are read in blocks of whole paragraphs, at once where
	// the source is long; all that crosses sentences (aliases, surnames,
	// relative dates) is resolved below over the whole source, so blocks
	// change nothing in the output.
	blocks := paragraphBlocks(units, o.Jobs)
	found := make([][]Mention, len(blocks))
	shiftsOf := make([]map[int]dates.Shift, len(blocks))
	read := func(b int) {
		shiftsOf[b] = map[int]dates.Shift{}
		for i := blocks[b][0]; i < blocks[b][1]; i++ {
			found[b] = append(found[b], sentenceMentions(text, i, units[i].Span, names, shiftsOf[b], yearLines)...)
		}
	}
	if len(blocks) == 1 {
		read(0)
	} else {
		var wg sync.WaitGroup
		sem := make(chan struct{}, o.Jobs)
		for b := range blocks {
			sem <- struct{}{}
			wg.Go(func() {
				defer func() { <-sem }()
				read(b)
			})
		}
		wg.Wait()
	}
	mentions := []Mention{}
	shifts := map[int]dates.Shift{}
	for b := range blocks {
		mentions = append(mentions, found[b]...)
		maps.Copy(shifts, shiftsOf[b])
	}
	if names != nil {
		mentions = resolveEntities(text, doc.Sentences, mentions, names)
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
	style := o.Style
	if !ValidStyle(style) {
		style = StyleChicago
	}
	doc.Source.Citation = Reference(doc.Source.Meta, style)
	doc.Source.CitationStyle = style
	doc.Claims = claims(doc, model, style)
	return doc
}

// paragraphBlocks splits the sentences into blocks [from, to) of whole
// paragraphs of blockSize bytes or more, one block when jobs < 2.
func paragraphBlocks(units []sentences.Sentence, jobs int) [][2]int {
	if jobs < 2 || len(units) == 0 || units[len(units)-1].End-units[0].Start < 2*blockSize {
		return [][2]int{{0, len(units)}}
	}
	var blocks [][2]int
	from := 0
	for i := 1; i < len(units); i++ {
		if units[i].Paragraph != units[i-1].Paragraph && units[i].Start-units[from].Start >= blockSize {
			blocks = append(blocks, [2]int{from, i})
			from = i
		}
	}
	return append(blocks, [2]int{from, len(units)})
}

// withYearLines adds to the dates of the sentence s the years that open
// the lines of a chronology (dates.YearLines, found over the whole text,
// with offsets into it) that lie in s, in place of any date they overlap.
func withYearLines(ds []dates.Date, yearLines []dates.Date, s lex.Span) []dates.Date {
	var add []dates.Date
	for _, y := range yearLines {
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
