package annotate

import (
	"sort"
	"strconv"
	"sync/atomic"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/extract/tagging"
	"github.com/factsheet/factsheet/sources"
)

// Part is the annotations of a run of whole paragraphs of a source: its
// sentences, and the mentions and claims in them, with the ids, indexes
// and offsets of the whole document. Options.AnnotateParts hands a
// document out in parts; Document.Parts splits one the same way.
type Part struct {
	Sentences []Sentence
	Mentions  []Mention
	Claims    []Claim
}

// blockSize is the least text a part (a block of paragraphs, read by one
// goroutine) holds; a source shorter than two blocks is one part.
var blockSize = 64 << 10

// holdLimit is the longest text whose dates and quantities are held from
// the first reading of its blocks to the second (see AnnotateParts); those
// of a longer one are found again, so that memory holds only its entities.
var holdLimit = 4 << 20

// anchorsCarried is how many of the anchors of relative dates before a
// block its dates can count from: resolveDate looks back at most eight.
const anchorsCarried = 8

// Parts splits the document into the parts AnnotateParts hands out: one
// for a source shorter than two blocks, else a part per block of whole
// paragraphs of 64 KB or more, with the mentions and claims of its
// sentences.
func (d *Document) Parts() []Part {
	blocks := paragraphBlocks(d.Sentences)
	parts := make([]Part, len(blocks))
	m, c := 0, 0
	for b, bl := range blocks {
		last := b == len(blocks)-1
		from := m
		for m < len(d.Mentions) && (last || d.Mentions[m].Sentence < bl[1]) {
			m++
		}
		fromClaim := c
		for c < len(d.Claims) && (last || d.Claims[c].Sentence < bl[1]) {
			c++
		}
		parts[b] = Part{Sentences: d.Sentences[bl[0]:bl[1]], Mentions: d.Mentions[from:m], Claims: d.Claims[fromClaim:c]}
	}
	return parts
}

// paragraphBlocks splits the sentences into blocks [from, to) of whole
// paragraphs of blockSize bytes or more; a text shorter than two blocks
// is one. The blocks depend on the text alone, never on the number of
// workers.
func paragraphBlocks(sents []Sentence) [][2]int {
	if len(sents) == 0 || sents[len(sents)-1].End-sents[0].Start < 2*blockSize {
		return [][2]int{{0, len(sents)}}
	}
	var blocks [][2]int
	from := 0
	for i := 1; i < len(sents); i++ {
		if sents[i].Paragraph != sents[i-1].Paragraph && sents[i].Start-sents[from].Start >= blockSize {
			blocks = append(blocks, [2]int{from, i})
			from = i
		}
	}
	return append(blocks, [2]int{from, len(sents)})
}

// AnnotateParts runs the pipeline over one source, as Annotate does, and
// hands the document out as it is made: source is called first, with the
// source as the document holds it (title, citation), then part with each
// part in text order. The parts are the same whatever o.Jobs is. When
// source or part returns an error, no more parts are made, and
// AnnotateParts returns it.
//
// A source is read in two passes over its blocks, each on up to o.Jobs
// goroutines. The first finds the entities of every block; their names are
// then settled across the whole source (aliases, surnames and labels look
// ahead as well as back). The second finds the dates and quantities of a
// block, resolves its relative dates from the anchors of the blocks before
// it (carried in order from block to block) and makes its claims, and the
// part goes out. So memory holds the text, its sentences and its entities,
// and only the parts being worked on: the dates and quantities of a long
// source are found again in the second pass rather than held. With
// o.NoEntities there is no first pass.
func (o Options) AnnotateParts(src sources.Source, source func(*sources.Source) error, part func(Part) error) error {
	text := src.Text
	sents := sentenceList(&src)
	head := Document{Source: src, Sentences: sents}
	head.Source.Meta = withTitle(&head)
	style := o.Style
	if !ValidStyle(style) {
		style = StyleChicago
	}
	head.Source.Citation = Reference(head.Source.Meta, style)
	head.Source.CitationStyle = style
	if err := source(&head.Source); err != nil {
		return err
	}

	jobs := max(o.Jobs, 1)
	blocks := paragraphBlocks(sents)
	yearLines := dates.YearLines(text)
	sort.SliceStable(yearLines, func(i, j int) bool { return yearLines[i].Start < yearLines[j].Start }) // for withYearLines
	type found struct {
		mentions []Mention // dates and quantities
		shifts   map[int]dates.Shift
	}
	read := func(b int, names *entities.Recognizer) found {
		f := found{shifts: map[int]dates.Shift{}}
		for i := blocks[b][0]; i < blocks[b][1]; i++ {
			span := lex.Span{Start: sents[i].Start, End: sents[i].End}
			f.mentions = append(f.mentions, sentenceMentions(text, i, span, names, f.shifts, yearLines)...)
		}
		return f
	}

	// First pass: the entities, settled across the source.
	held := make([]found, len(blocks)) // the dates and quantities of a short source
	hold := len(text) <= holdLimit
	entityMentions := make([][]entityMention, len(blocks))
	if !o.NoEntities {
		r := newResolver(text, sents, entities.NewRecognizer(o.Aliases))
		inOrder(len(blocks), jobs, func(b int) found { return read(b, r.names) }, func(b int, f found) {
			var rest []Mention
			for _, m := range f.mentions {
				r.cover(m.Start, m.End)
				switch {
				case m.EntityAttrs != nil:
					r.mentions = append(r.mentions, entityMention{Start: m.Start, End: m.End, Sentence: m.Sentence, EntityAttrs: m.EntityAttrs})
				case hold:
					rest = append(rest, m)
				}
			}
			if hold {
				held[b] = found{rest, f.shifts}
			}
		})
		r.resolve()
		sort.SliceStable(r.mentions, func(i, j int) bool {
			a, b := r.mentions[i], r.mentions[j]
			return a.Start < b.Start || a.Start == b.Start && a.End > b.End
		})
		for _, m := range r.mentions {
			b := sort.Search(len(blocks), func(b int) bool { return blocks[b][1] > m.Sentence })
			entityMentions[b] = append(entityMentions[b], m)
		}
	}

	// Second pass: dates, quantities and claims, block by block.
	type carry struct {
		ids     int        // the mentions of the blocks before
		anchors []*Mention // the last anchors of their dates
		failed  bool       // a block before panicked: the rest is not made
	}
	ready := make([]chan carry, len(blocks)+1)
	for b := range ready {
		ready[b] = make(chan carry, 1)
	}
	ready[0] <- carry{}
	model := tagging.SharedModel()
	var stopped error    // what part returned
	var stop atomic.Bool // set with stopped, for the workers
	inOrder(len(blocks), jobs, func(b int) Part {
		passed := false
		defer func() {
			if !passed {
				ready[b+1] <- carry{failed: true}
			}
		}()
		f := held[b]
		held[b] = found{}
		if !hold || o.NoEntities {
			f = read(b, nil)
		}
		ms := f.mentions
		for _, m := range entityMentions[b] {
			ms = append(ms, m.mention(text))
		}
		entityMentions[b] = nil
		sortMentions(ms)
		c := <-ready[b]
		if c.failed || stop.Load() {
			return Part{}
		}
		for i := range ms {
			ms[i].ID = "M" + strconv.Itoa(c.ids+i+1)
		}
		doc := &Document{Source: head.Source, Sentences: sents, Mentions: ms}
		anchors := resolveDates(doc, f.shifts, c.anchors)
		ready[b+1] <- carry{ids: c.ids + len(ms), anchors: anchors[max(0, len(anchors)-anchorsCarried):]}
		passed = true
		from, to := blocks[b][0], blocks[b][1]
		return Part{Sentences: sents[from:to], Mentions: ms, Claims: claims(doc, from, to, model, style)}
	}, func(_ int, p Part) {
		if stopped == nil {
			stopped = part(p)
			stop.Store(stopped != nil)
		}
	})
	return stopped
}

// sentenceList returns the sentences of a source, with their places in it.
func sentenceList(src *sources.Source) []Sentence {
	text := src.Text
	units := sentences.Sentences(text)
	lines := lex.NewLines(text)
	sents := make([]Sentence, len(units))
	for i, u := range units {
		sents[i] = Sentence{
			Index:     i,
			Paragraph: u.Paragraph,
			Kind:      string(u.Kind),
			Start:     u.Start,
			End:       u.End,
			Line:      lines.Line(u.Start),
			Page:      pageOf(src, u.Span),
			Note:      noteOf(src, u.Paragraph, units, i),
			Text:      u.Text(text),
		}
	}
	return sents
}

// sortMentions puts mentions in text order: by start, the longer first,
// then by type.
func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.Type < b.Type
	})
}

// inOrder runs work(i) for i in [0, n) on up to jobs goroutines (on the
// calling one when jobs or n is below 2) and calls emit(i, result) in
// order of i on the calling goroutine. A panic in work is raised again on
// the calling goroutine once all have ended, so that the caller's recover
// sees it (batch turns it into the source's error).
func inOrder[T any](n, jobs int, work func(int) T, emit func(int, T)) {
	if jobs < 2 || n < 2 {
		for i := range n {
			emit(i, work(i))
		}
		return
	}
	type result struct {
		v     T
		fault any
	}
	var fault any
	Ordered(n, jobs, func(i int) (r result) {
		defer func() {
			if p := recover(); p != nil {
				r.fault = p
			}
		}()
		return result{v: work(i)}
	}, func(i int, r result) {
		switch {
		case fault != nil:
		case r.fault != nil:
			fault = r.fault
		default:
			emit(i, r.v)
		}
	})
	if fault != nil {
		panic(fault)
	}
}
