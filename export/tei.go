package export

import (
	"bufio"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// teiWriter writes TEI P5 XML: a teiCorpus for the run, whose header says
// how it was made and defines the EDTF calendar, with one TEI document per
// source. Each source's header describes it from its metadata and carries
// its citation; its text is paragraphs (<p>) of sentences (<s>) in which
// entities are <persName>, <placeName>, <orgName>, <title> or <name>,
// dates are <date> with when, from/to or notBefore/notAfter (and the EDTF
// in when-custom), and quantities are <num value> or <measure quantity
// unit>, each claim's with the claim's ID as its xml:id.
type teiWriter struct {
	w     *bufio.Writer
	run   Run
	begun bool
}

func newTEI(w io.Writer, run Run) *teiWriter {
	return &teiWriter{w: bufio.NewWriterSize(w, 64<<10), run: run}
}

// xesc escapes text for XML, in text and in double-quoted attributes
// alike; line breaks and tabs stay as they are, a carriage return is kept
// as a reference, and characters XML cannot hold (NUL, form feed...)
// become U+FFFD.
func xesc(s string) string {
	clean := true
	for _, r := range s {
		if r == '&' || r == '<' || r == '>' || r == '"' || r == '\r' || !xmlChar(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;")
		case !xmlChar(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 may hold the character.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF && r != utf8.RuneError ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

func (t *teiWriter) begin() {
	if t.begun {
		return
	}
	t.begun = true
	tool := xesc(t.run.Tool.Name)
	t.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Sources annotated by ` + tool + `</title>
      </titleStmt>
      <publicationStmt>
        <p>Made by ` + tool + ` ` + xesc(t.run.Tool.Version) + `: entities, dates and numeric claims tagged and normalised. Not published.</p>
      </publicationStmt>
      <sourceDesc>
        <p>The sources, each described in its own header.</p>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <appInfo>
        <application ident="` + tool + `" version="` + xesc(t.run.Tool.Version) + `">
          <label>` + tool + `</label>
        </application>
      </appInfo>
      <calendarDesc>
        <calendar xml:id="edtf">
          <p>Extended Date/Time Format (EDTF) of the Library of Congress: the normalised dates in when-custom.</p>
        </calendar>
      </calendarDesc>
    </encodingDesc>
  </teiHeader>
`)
}

func (t *teiWriter) Write(doc *annotate.Document) error {
	t.begin()
	w := t.w
	src := doc.Source
	meta := src.Meta
	w.WriteString("  <TEI n=\"" + xesc(src.ID) + "\">\n    <teiHeader>\n      <fileDesc>\n        <titleStmt>\n")
	w.WriteString("          <title>" + xesc(firstNonEmpty(meta.Title, src.ID)) + "</title>\n")
	for _, a := range teiNames(meta.Author) {
		w.WriteString("          <author>" + a + "</author>\n")
	}
	w.WriteString("        </titleStmt>\n        <publicationStmt>\n          <p>Annotated by " + xesc(t.run.Tool.Name) +
		"; the source's own publication is in its sourceDesc.</p>\n        </publicationStmt>\n        <sourceDesc>\n          <bibl>")
	w.WriteString("<title>" + xesc(firstNonEmpty(meta.Title, src.ID)) + "</title>")
	for _, a := range teiNames(meta.Author) {
		w.WriteString("<author>" + a + "</author>")
	}
	for _, e := range teiNames(meta.Editor) {
		w.WriteString("<editor>" + e + "</editor>")
	}
	if meta.ContainerTitle != "" {
		w.WriteString("<title type=\"container\">" + xesc(meta.ContainerTitle) + "</title>")
	}
	if meta.Edition != "" {
		w.WriteString("<edition>" + xesc(meta.Edition) + "</edition>")
	}
	if meta.PublisherPlace != "" {
		w.WriteString("<pubPlace>" + xesc(meta.PublisherPlace) + "</pubPlace>")
	}
	if meta.Publisher != "" {
		w.WriteString("<publisher>" + xesc(meta.Publisher) + "</publisher>")
	}
	for _, scope := range [][2]string{{"volume", meta.Volume}, {"issue", meta.Issue}, {"page", meta.Page}} {
		if scope[1] != "" {
			w.WriteString("<biblScope unit=\"" + scope[0] + "\">" + xesc(scope[1]) + "</biblScope>")
		}
	}
	for _, id := range [][2]string{{"DOI", meta.DOI}, {"ISBN", meta.ISBN}} {
		if id[1] != "" {
			w.WriteString("<idno type=\"" + id[0] + "\">" + xesc(id[1]) + "</idno>")
		}
	}
	if archive := strings.Join(nonEmptyStrings(meta.Archive, meta.ArchiveLocation, meta.ArchivePlace), ", "); archive != "" {
		w.WriteString("<note type=\"archive\">" + xesc(archive) + "</note>")
	}
	if d := meta.Issued.String(); d != "" {
		w.WriteString("<date when=\"" + xesc(d) + "\">" + xesc(d) + "</date>")
	}
	if u := firstNonEmpty(meta.URL, src.URL); u != "" {
		w.WriteString("<ref target=\"" + xesc(u) + "\">" + xesc(u) + "</ref>")
	}
	if d := meta.Accessed.String(); d != "" {
		w.WriteString("<note type=\"accessed\"><date when=\"" + xesc(d) + "\">" + xesc(d) + "</date></note>")
	}
	if src.Path != "" {
		w.WriteString("<idno type=\"path\">" + xesc(src.Path) + "</idno>")
	}
	w.WriteString("<idno type=\"sha256\">" + xesc(src.SHA256) + "</idno></bibl>\n")
	w.WriteString("          <bibl type=\"citation\">" + xesc(annotate.SourceCitation(meta)) + "</bibl>\n")
	w.WriteString("        </sourceDesc>\n      </fileDesc>\n    </teiHeader>\n    <text>\n      <body>\n")

	claimOf := make(map[string]*annotate.Claim, len(doc.Claims))
	for i := range doc.Claims {
		claimOf[string(doc.Claims[i].Mention)] = &doc.Claims[i]
	}
	bySentence := make([][]mark, len(doc.Sentences))
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) {
			continue
		}
		s := doc.Sentences[m.Sentence]
		if m.Start < s.Start || m.End > s.End || m.Start >= m.End {
			continue
		}
		bySentence[m.Sentence] = append(bySentence[m.Sentence], mark{m.Start, m.End, m, claimOf[m.ID]})
	}
	text := src.Text
	nums := annotate.SentenceNumbers(doc.Sentences)
	if len(doc.Sentences) == 0 {
		w.WriteString("        <p/>\n") // a body holds at least one paragraph
	}
	for i, s := range doc.Sentences {
		if i == 0 || doc.Sentences[i-1].Paragraph != s.Paragraph {
			w.WriteString("        <p n=\"" + strconv.Itoa(s.Paragraph+1) + "\">")
		} else {
			w.WriteString(xesc(text[doc.Sentences[i-1].End:s.Start])) // the space between sentences
		}
		w.WriteString("<s n=\"" + strconv.Itoa(nums[i]) + "\"")
		if s.Kind != "sentence" {
			w.WriteString(" type=\"" + xesc(s.Kind) + "\"")
		}
		w.WriteString(">")
		t.writeSentence(text, s, bySentence[i])
		w.WriteString("</s>")
		if i == len(doc.Sentences)-1 || doc.Sentences[i+1].Paragraph != s.Paragraph {
			w.WriteString("</p>\n")
		}
	}
	w.WriteString("      </body>\n    </text>\n  </TEI>\n")
	return nil
}

// teiNames are a source's authors as TEI names: <persName> with surname
// and forename, or <orgName> for a literal name.
func teiNames(names []sources.Name) []string {
	var out []string
	for _, n := range names {
		switch {
		case n.Literal != "":
			out = append(out, "<orgName>"+xesc(n.Literal)+"</orgName>")
		case n.Family != "" || n.Given != "":
			s := "<persName>"
			if n.Given != "" {
				s += "<forename>" + xesc(n.Given) + "</forename> "
			}
			out = append(out, s+"<surname>"+xesc(n.Family)+"</surname></persName>")
		}
	}
	return out
}

// writeSentence writes a sentence's text with its mentions as elements,
// nested (an entity in a quantity's unit); a mention that crosses the end
// of the one it starts in is cut there.
func (t *teiWriter) writeSentence(text string, s annotate.Sentence, marks []mark) {
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].start != marks[j].start {
			return marks[i].start < marks[j].start
		}
		return marks[i].end > marks[j].end
	})
	w := t.w
	type open struct {
		end  int
		name string
	}
	var stack []open
	pos := s.Start
	closeTo := func(at int) {
		for len(stack) > 0 && stack[len(stack)-1].end <= at {
			top := stack[len(stack)-1]
			w.WriteString(xesc(text[pos:top.end]) + "</" + top.name + ">")
			pos = top.end
			stack = stack[:len(stack)-1]
		}
	}
	for _, mk := range marks {
		closeTo(mk.start)
		if mk.start < pos {
			continue
		}
		end := mk.end
		if len(stack) > 0 && end > stack[len(stack)-1].end {
			end = stack[len(stack)-1].end
		}
		w.WriteString(xesc(text[pos:mk.start]))
		pos = mk.start
		name, attrs := teiElement(mk.m, mk.claim)
		w.WriteString("<" + name + attrs + ">")
		stack = append(stack, open{end, name})
	}
	closeTo(s.End)
	w.WriteString(xesc(text[pos:s.End]))
}

// teiEntities are the elements of the entity labels.
var teiEntities = map[string]string{
	"PERSON": "persName", "GPE": "placeName", "LOC": "placeName", "FAC": "placeName",
	"ORG": "orgName", "WORK": "title",
}

// isoDate matches what TEI's when, from and to take: a year, year-month or
// day (astronomical years, "-0043" for 44 BC).
var isoDate = regexp.MustCompile(`^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// teiElement is the element of a mention and its attributes.
func teiElement(m *annotate.Mention, claim *annotate.Claim) (name, attrs string) {
	var b strings.Builder
	attr := func(k, v string) {
		if v != "" {
			b.WriteString(" " + k + "=\"" + xesc(v) + "\"")
		}
	}
	switch {
	case m.EntityAttrs != nil:
		name = teiEntities[m.Label]
		if name == "" {
			name = "name"
			attr("type", strings.ToLower(m.Label))
		} else if m.Label == "FAC" || m.Label == "LOC" {
			attr("type", strings.ToLower(m.Label))
		}
		attr("key", m.Canonical)
	case m.DateAttrs != nil:
		name = "date"
		from, to, interval := strings.Cut(m.EDTF, "/")
		switch {
		case m.EDTF == "":
		case m.Mod == "" && !interval && isoDate.MatchString(m.EDTF):
			attr("when", m.EDTF)
		case m.Mod == "" && interval && isoDate.MatchString(from) && isoDate.MatchString(to):
			attr("from", from)
			attr("to", to)
		default:
			if isoDate.MatchString(m.Earliest) {
				attr("notBefore", m.Earliest)
			}
			if isoDate.MatchString(m.Latest) {
				attr("notAfter", m.Latest)
			}
		}
		if m.EDTF != "" {
			attr("when-custom", m.EDTF)
			attr("datingMethod", "#edtf")
		}
		if m.Relative {
			attr("type", "relative")
		}
	case m.QuantityAttrs != nil:
		num := func(v *float64) string {
			if v == nil {
				return ""
			}
			return strconv.FormatFloat(*v, 'f', -1, 64)
		}
		switch m.Kind {
		case "percent", "ratio", "multiplier":
			name = "num"
			attr("type", map[string]string{"percent": "percentage", "ratio": "ratio", "multiplier": "multiplier"}[m.Kind])
			if m.High == nil {
				attr("value", num(m.Value))
			}
		default:
			name = "measure"
			attr("type", m.Kind)
			if m.High == nil {
				attr("quantity", num(m.Value))
			}
			switch {
			case m.Kind == "count":
				attr("unit", "count")
				attr("commodity", m.Unit)
			default:
				attr("unit", m.Unit)
			}
		}
		switch m.Qualifier {
		case "range":
			attr("min", num(m.Value))
			attr("max", num(m.High))
		case "gt", "gte":
			attr("atLeast", num(m.Value))
		case "lt", "lte":
			attr("atMost", num(m.Value))
		}
		if claim != nil {
			attr("xml:id", claim.ID)
		}
	}
	return name, b.String()
}

func (t *teiWriter) Close() error {
	t.begin()
	t.w.WriteString("</teiCorpus>\n")
	return t.w.Flush()
}

// nonEmptyStrings keeps the strings that are not empty.
func nonEmptyStrings(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
