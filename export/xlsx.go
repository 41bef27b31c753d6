package export

import (
	"io"
	"sort"
	"strings"

	"github.com/factsheet/factsheet/annotate"
	"github.com/xuri/excelize/v2"
)

// appName is the application named in the workbooks factsheet writes.
const appName = "factsheet"

// Statuses are the values of the Claims sheet's Status drop-down.
var Statuses = []string{"Unreviewed", "Verified", "Disputed", "False", "Needs source"}

// statusMeanings say what each status means, for the About sheet.
var statusMeanings = []string{
	"Not checked yet. Every claim starts so.",
	"Checked against another source and found right.",
	"Other sources disagree, or the evidence is mixed.",
	"Checked and found wrong.",
	"Cannot be checked without a further source.",
}

// xlsxWriter writes the fact-sheet workbook. Claims, Sentences, Dates and
// Sources are streamed as documents arrive; Entities, which groups mentions
// across sources, the orphaned reviews and About are written at Close.
type xlsxWriter struct {
	out      io.Writer
	run      Run
	f        *excelize.File
	st       *styles
	maxRows  int // rows a worksheet holds, header included
	maxLinks int // hyperlinks a worksheet holds
	sheets   map[string]*streamSheet
	entities map[[2]string]*entityAgg
	inputs   [][2]string // source path or id, and SHA-256
	totals   struct{ sources, sentences, claims int }

	// A comparison's workbook (WriteComparison) records where each claim's
	// row went, and puts its Groups sheet (front) before the Claims sheet.
	claimPlaces map[string]place
	front       *streamSheet

	claimsSpec, orphansSpec *sheetSpec                    // with the reviewer's own columns
	comments                map[string][]excelize.Comment // reviewers' comments, by sheet, added before the flush
	reviewStyles            map[[2]int]int                // reviewer's number formats in our columns: old style, wrap → style
	styleMap                map[int]int                   // old style → new, for the copied sheets
	recalc                  bool                          // a formula has no value: have the spreadsheet compute it on opening
}

// entityAgg gathers what the Entities sheet says of one entity.
type entityAgg struct {
	canonical, label string
	variants         []string
	seenVariant      map[string]bool // by variantKey
	mentions         int
	sources          map[string]bool
	first            place // row of the first mention's sentence on the Sentences sheet
	firstText        string
}

func newXLSX(w io.Writer, run Run) (*xlsxWriter, error) {
	return newXLSXSized(w, run, excelize.TotalRows, MaxSheetLinks)
}

// newXLSXSized is newXLSX with the rows and hyperlinks a worksheet holds
// given, so that tests can reach the limits with few rows.
func newXLSXSized(w io.Writer, run Run, maxRows, maxLinks int) (*xlsxWriter, error) {
	f := excelize.NewFile()
	x := &xlsxWriter{out: w, run: run, f: f, maxRows: maxRows, maxLinks: maxLinks,
		sheets: map[string]*streamSheet{}, entities: map[[2]string]*entityAgg{},
		claimsSpec:  withExtraColumns(claimsSheet, run.Reviews.extraColumnNames()),
		orphansSpec: withExtraColumns(orphansSheet, run.Reviews.extraColumnNames()),
		comments:    map[string][]excelize.Comment{}, reviewStyles: map[[2]int]int{}, styleMap: map[int]int{}}
	// The application that saved a workbook: a spreadsheet program puts
	// its own name here when a reviewer saves, so that a workbook that
	// changed during a run tells whether a person or another run did it.
	if err := f.SetAppProps(&excelize.AppProperties{Application: appName}); err != nil {
		return nil, err
	}
	var err error
	if x.st, err = newStyles(f); err != nil {
		return nil, err
	}
	for i, spec := range workbookSheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", spec.name)
		} else {
			_, err = f.NewSheet(spec.name)
		}
		if err != nil {
			return nil, err
		}
		if spec == claimsSheet {
			spec = x.claimsSpec
		}
		x.sheets[spec.name] = newStreamSheet(x, spec)
	}
	return x, nil
}

// numbering returns each sentence's number within its paragraph (from 1)
// and its locator ("¶ 3, sentence 2, line 14", as annotate.Locator gives
// it), in one pass over the document.
func numbering(doc *annotate.Document) (nums []int, locs []string) {
	nums = annotate.SentenceNumbers(doc.Sentences)
	locs = make([]string, len(doc.Sentences))
	for i, s := range doc.Sentences {
		locs[i] = annotate.LocatorOf(s, nums[i])
	}
	return nums, locs
}

func (x *xlsxWriter) Write(doc *annotate.Document) error {
	x.totals.sources++
	x.totals.sentences += len(doc.Sentences)
	x.totals.claims += len(doc.Claims)
	nums, locs := numbering(doc)

	counts := make([][3]int, len(doc.Sentences)) // claims, entities, dates per sentence
	for _, m := range doc.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(counts) {
			continue
		}
		switch m.Type {
		case annotate.TypeEntity:
			counts[m.Sentence][1]++
		case annotate.TypeDate:
			counts[m.Sentence][2]++
		}
	}
	for _, c := range doc.Claims {
		if c.Sentence >= 0 && c.Sentence < len(counts) {
			counts[c.Sentence][0]++
		}
	}

	source, err := x.writeSource(doc, counts)
	if err != nil {
		return err
	}

	rows := make([]place, len(doc.Sentences))
	for i, s := range doc.Sentences {
		if rows[i], err = x.sheets[sheetSentences].add(doc.Source.ID, locs[i],
			s.Paragraph+1, nums[i], s.Line, s.Kind, s.Text,
			x.count(counts[i][0]), x.count(counts[i][1]), x.count(counts[i][2])); err != nil {
			return err
		}
	}
	for _, m := range doc.Mentions {
		if m.EntityAttrs != nil && m.Sentence >= 0 && m.Sentence < len(rows) {
			x.addEntity(doc, m, rows[m.Sentence], locs[m.Sentence])
		}
	}

	claims := x.sheets[sheetClaims]
	for _, r := range claimRows(doc, locs) {
		status, note, evidence := Statuses[0], any(nil), any(nil)
		rv := x.run.Reviews.take(r.ID)
		if rv != nil {
			status, note, evidence = rv.statusOrDefault(), x.reviewValue(rv.cell("Reviewer note"), true), x.reviewValue(rv.cell("Evidence"), true)
		}
		values := []any{r.ID,
			link{text: r.Source, to: source.ref()},
			link{text: r.Locator, to: rows[r.sentence.Index].ref()},
			r.Claim, r.Kind, r.Qualifier,
			x.st.number(r.Value, r.Kind == "percent"), x.st.number(r.High, r.Kind == "percent"),
			r.Unit, r.Subject, r.When, r.Entities,
			x.sentenceCell(r), x.citationOf(doc, r), r.Attribution, r.Stance, x.st.number(&r.Priority, false), status, note, evidence}
		if rv != nil {
			values = append(values, x.reviewCells(rv)...)
		}
		at, err := claims.add(values...)
		if err != nil {
			return err
		}
		x.run.Reviews.compareFilled(r.ID, rv, map[string]string{"Claim": r.Claim, "Kind": r.Kind, "Qualifier": r.Qualifier,
			"Unit": r.Unit, "Subject": r.Subject, "When": r.When, "Entities": r.Entities, "Citation": r.Citation},
			func(col string) string {
				cell, _ := excelize.CoordinatesToCellName(x.claimsSpec.col(col), at.row)
				return "'" + at.sheet + "'!" + cell + " (" + col + ")"
			})
		if x.claimPlaces != nil {
			x.claimPlaces[r.ID] = at
		}
		if rv != nil && len(rv.comments) > 0 {
			x.comment(at, x.claimsSpec, rv.comments)
		}
	}

	dates := x.sheets[sheetDates]
	mentions := doc.MentionIndex()
	for _, m := range doc.Mentions {
		if m.DateAttrs == nil || m.Sentence < 0 || m.Sentence >= len(rows) {
			continue
		}
		relative := ""
		if m.Relative {
			switch a := mentions[m.Anchor]; {
			case a != nil:
				relative = "from “" + a.Text + "”"
			case m.EDTF != "":
				relative = "from the source’s date" // "two years ago", counted from when it was issued
			default:
				relative = "unresolved: " + m.Reason
			}
		}
		if _, err := dates.add(doc.Source.ID, m.Text, m.EDTF, x.st.dateCell(m.Earliest), x.st.dateCell(m.Latest),
			m.Mod, relative, link{text: locs[m.Sentence], to: rows[m.Sentence].ref()}); err != nil {
			return err
		}
	}
	return nil
}

// count is a count cell, with thousands separators.
func (x *xlsxWriter) count(n int) excelize.Cell {
	return excelize.Cell{StyleID: x.st.count, Value: n}
}

// sentenceCell is the claim's sentence with the claim's words highlighted,
// or the plain sentence when they cannot be found in it.
func (x *xlsxWriter) sentenceCell(r claimRow) any {
	s := r.sentence
	if r.end <= r.start || r.start < s.Start || r.end > s.End {
		return r.Sentence
	}
	folded, a, b, ok := foldedSpan(s.Text, r.start-s.Start, r.end-s.Start)
	if !ok || folded != r.Sentence {
		return r.Sentence
	}
	return highlighted(folded[:a], folded[a:b], folded[b:], x.st.highlight)
}

// writeSource writes a document's row of the Sources sheet.
func (x *xlsxWriter) writeSource(doc *annotate.Document, counts [][3]int) (place, error) {
	src := doc.Source
	authors := make([]string, 0, len(src.Meta.Author))
	for _, a := range src.Meta.Author {
		authors = append(authors, strings.TrimSpace(strings.TrimSpace(a.Literal+" "+a.Given)+" "+a.Family))
	}
	var citation any = annotate.SourceReference(src)
	if src.CitationStyle != "" {
		citation = citationCell(src.Citation, annotate.ReferenceRuns(src.Meta, src.CitationStyle), x.st.italic)
	}
	entities, dates := 0, 0
	for _, c := range counts {
		entities += c[1]
		dates += c[2]
	}
	var url any = src.Meta.URL
	if isWebAddress(src.Meta.URL) {
		url = link{text: src.Meta.URL, to: src.Meta.URL, external: true}
	}
	x.inputs = append(x.inputs, [2]string{firstNonEmpty(src.Path, src.URL, src.ID), src.SHA256})
	return x.sheets[sheetSources].add(src.ID, src.Meta.Title, strings.Join(authors, "; "),
		x.st.dateCell(src.Meta.Issued.String()), src.Meta.Publisher, url, x.st.dateCell(src.Meta.Accessed.String()),
		src.Path, src.SHA256, src.Encoding, x.count(len(doc.Sentences)), x.count(entities), x.count(dates),
		x.count(len(doc.Claims)), citation)
}

// isWebAddress reports whether text is a single web or mail address, which
// becomes a link.
func isWebAddress(s string) bool {
	if strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://") ||
		strings.HasPrefix(l, "mailto:") && len(s) > len("mailto:")
}

func (x *xlsxWriter) addEntity(doc *annotate.Document, m annotate.Mention, at place, loc string) {
	key := [2]string{m.Canonical, m.Label}
	e := x.entities[key]
	if e == nil {
		e = &entityAgg{canonical: m.Canonical, label: m.Label, sources: map[string]bool{},
			first: at, firstText: doc.Source.ID + " " + loc, seenVariant: map[string]bool{}}
		x.entities[key] = e
	}
	e.mentions++
	e.sources[doc.Source.ID] = true
	if k := variantKey(m.Text); !e.seenVariant[k] {
		e.seenVariant[k] = true
		e.variants = append(e.variants, m.Text)
	}
}

// variantKey is what two forms of a name share when they differ only in
// case, white space or the shape of an apostrophe ("People’s Republic",
// "People's  republic"): the Entities sheet lists such forms once, as first
// seen.
func variantKey(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

func (x *xlsxWriter) Close() error {
	// The sheets a reviewer added follow the run's, in their order (the
	// run's are moved before them below).
	if err := x.copySheets(); err != nil {
		return err
	}
	x.run.Reviews.loseEdited()
	if err := x.writeEntities(); err != nil {
		return err
	}
	orphans, err := x.writeOrphans()
	if err != nil {
		return err
	}
	if err := x.writeAbout(orphans); err != nil {
		return err
	}
	var order []*streamSheet
	if x.front != nil {
		order = append(order, x.front)
	}
	order = append(order, x.sheets[sheetClaims])
	if orphans != nil {
		order = append(order, orphans)
	}
	for _, spec := range workbookSheets[1:] {
		order = append(order, x.sheets[spec.name])
	}
	var names []string
	for _, s := range order {
		if err := s.finish(); err != nil {
			return err
		}
		for _, p := range s.parts {
			names = append(names, p.name)
		}
	}
	for _, p := range x.sheets[sheetClaims].parts {
		x.headerComments(p.name, x.claimsSpec)
	}
	if orphans != nil {
		for _, p := range orphans.parts {
			x.headerComments(p.name, x.orphansSpec)
		}
	}
	if err := x.addComments(); err != nil {
		return err
	}
	if x.recalc {
		on := true
		if err := x.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &on}); err != nil {
			return err
		}
	}
	for i, name := range names {
		if x.f.GetSheetName(i) != name {
			if err := x.f.MoveSheet(name, x.f.GetSheetName(i)); err != nil {
				return err
			}
		}
	}
	// Before the flush: once flushed, a worksheet is on disk, and touching it
	// (as SetActiveSheet does every sheet) would read it all back.
	x.f.SetActiveSheet(0)
	for _, s := range order {
		if err := s.printTitles(); err != nil {
			return err
		}
		if err := s.flush(); err != nil {
			return err
		}
	}
	// WriteTo would build the whole file in memory first; a zip writer on
	// the output streams it, the worksheets copied from their temporary
	// files, with their links added.
	links := map[string][]byte{}
	for _, s := range order {
		for _, p := range s.parts {
			if p.linkXML.Len() > 0 {
				links[p.xmlPath] = p.linkXML.Bytes()
			}
		}
	}
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newLinkingZip(x.out, links) })
	_, err = x.f.WriteToBuffer()
	if cerr := x.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeEntities writes the Entities sheet: the most mentioned first.
func (x *xlsxWriter) writeEntities() error {
	ents := make([]*entityAgg, 0, len(x.entities))
	for _, e := range x.entities {
		ents = append(ents, e)
	}
	sort.Slice(ents, func(i, j int) bool {
		if ents[i].mentions != ents[j].mentions {
			return ents[i].mentions > ents[j].mentions
		}
		if ents[i].canonical != ents[j].canonical {
			return ents[i].canonical < ents[j].canonical
		}
		return ents[i].label < ents[j].label
	})
	es := x.sheets[sheetEntities]
	for _, e := range ents {
		if _, err := es.add(e.canonical, e.label, strings.Join(e.variants, "; "), x.count(e.mentions),
			x.count(len(e.sources)), link{text: e.firstText, to: e.first.ref()}); err != nil {
			return err
		}
	}
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// citationOf is a claim's citation with its titles in italics.
func (x *xlsxWriter) citationOf(doc *annotate.Document, r claimRow) any {
	style := doc.Source.CitationStyle
	if style == "" {
		return r.Citation
	}
	return citationCell(r.Citation, annotate.CiteRuns(doc.Source.Meta, style, annotate.LocOf(doc.Sentences, r.sentence.Index)), x.st.italic)
}
