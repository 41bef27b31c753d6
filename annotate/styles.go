package annotate

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/extract/sentences"
	"github.com/factsheet/factsheet/sources"
)

// The citation styles.
const (
	StyleChicago = "chicago" // Chicago Manual of Style, 17th ed., notes and bibliography
	StyleAPA     = "apa"     // APA, 7th ed.
	StyleMLA     = "mla"     // MLA Handbook, 9th ed.
)

// ValidStyle reports whether style is one Cite knows.
func ValidStyle(style string) bool {
	return style == StyleChicago || style == StyleAPA || style == StyleMLA
}

// Loc is where a claim is in its source, for a citation: a page ("45",
// "45–46"), a note ("3"), else a paragraph and sentence counted from 1.
type Loc struct {
	Page, Note          string
	Paragraph, Sentence int
}

// Run is a piece of a formatted citation, in italics or not.
type Run struct {
	Text   string
	Italic bool
}

// The marks that open and close italics inside a citation as it is built;
// Plain drops them and Runs splits on them.
const (
	italicOn  = "\x01"
	italicOff = "\x02"
)

func ital(s string) string {
	if s == "" {
		return ""
	}
	return italicOn + s + italicOff
}

// plain drops the italic marks of a built citation.
func plain(s string) string {
	return italicMarks.Replace(s)
}

// italicMarks removes the italic marks (built once: a Replacer builds its
// tables on first use, which cost more than the replacing).
var italicMarks = strings.NewReplacer(italicOn, "", italicOff, "")

// runs splits a built citation into runs of roman and italic text.
func runs(s string) []Run {
	var out []Run
	italic := false
	for s != "" {
		mark := italicOn
		if italic {
			mark = italicOff
		}
		i := strings.Index(s, mark)
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			out = append(out, Run{Text: plain(s[:i]), Italic: italic})
		}
		if i == len(s) {
			break
		}
		s = s[i+1:]
		italic = !italic
	}
	return out
}

// Cite formats the citation of a claim in a style: for Chicago the full
// note, with the locator ("Wei Liang, “Harvest,” Rural Review, May 14, 1962,
// 45."); for APA and MLA the parenthetical citation with the locator
// ("(Liang, 1962, p. 45)", "(Liang 45)"), the full entry being the source's
// Reference.
func Cite(meta sources.Meta, style string, loc Loc) string {
	return plain(cite(meta, style, loc))
}

// CiteRuns is Cite in runs of roman and italic text, for formats that
// show italics.
func CiteRuns(meta sources.Meta, style string, loc Loc) []Run {
	return runs(cite(meta, style, loc))
}

// Reference formats a source's entry in a bibliography (Chicago), reference
// list (APA) or list of works cited (MLA).
func Reference(meta sources.Meta, style string) string { return plain(reference(meta, style)) }

// ReferenceRuns is Reference in runs of roman and italic text.
func ReferenceRuns(meta sources.Meta, style string) []Run { return runs(reference(meta, style)) }

func cite(m sources.Meta, style string, loc Loc) string {
	switch style {
	case StyleAPA:
		return apaInText(m, loc)
	case StyleMLA:
		return mlaInText(m, loc)
	}
	return chicagoNote(m, loc)
}

func reference(m sources.Meta, style string) string {
	switch style {
	case StyleAPA:
		return apaReference(m)
	case StyleMLA:
		return mlaReference(m)
	}
	return chicagoBibliography(m)
}

// kind sorts CSL types into the kinds the styles treat apart.
func kind(m sources.Meta) string {
	switch m.Type {
	case "book", "report", "thesis":
		return "book"
	case "chapter", "paper-conference", "entry-encyclopedia", "entry-dictionary":
		return "chapter"
	case "article-journal", "article-magazine", "article":
		return "journal"
	case "article-newspaper":
		return "newspaper"
	case "webpage", "post", "post-weblog":
		return "web"
	case "letter", "personal_communication":
		return "letter"
	case "manuscript":
		if m.Archive != "" || m.ArchiveLocation != "" {
			return "letter" // an archival document is cited as letters are
		}
		return "manuscript"
	}
	if m.Archive != "" || m.ArchiveLocation != "" {
		return "letter"
	}
	return "document"
}

// join joins the non-empty parts with sep.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// end closes a citation with a full stop unless it ends in one already (or
// in ? or !).
func end(s string) string {
	t := strings.TrimRight(plain(s), "”’"+italicOff)
	if s == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return s
	}
	return s + "."
}

// quoted writes a title in quotation marks with the punctuation that
// follows inside them, as Chicago and MLA do: “Title,” — unless the title
// ends in ? or !.
func quoted(title, punct string) string {
	if title == "" {
		return ""
	}
	if strings.HasSuffix(title, "?") || strings.HasSuffix(title, "!") {
		return "“" + title + "”"
	}
	return "“" + title + punct + "”"
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var mlaMonths = []string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

func dateParts(d *sources.DateParts) []int {
	if d == nil || d.String() == "" {
		return nil
	}
	return d.DateParts[0]
}

// yearOf writes a date's year: "1958", "ca. 1920" (circa in the style's
// word), or "" for none.
func yearOf(d *sources.DateParts, circa string) string {
	p := dateParts(d)
	if p == nil {
		if d != nil && d.Literal != "" {
			return d.Literal
		}
		return ""
	}
	y := yearString(p[0])
	if d.Circa {
		y = circa + " " + y
	}
	return y
}

func yearString(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BCE"
	}
	return strconv.Itoa(y)
}

// longDate writes "March 12, 1958", "March 1958" or "1958" (Chicago, APA
// order "1958, March 12" is apaDate).
func longDate(d *sources.DateParts, circa string) string {
	p := dateParts(d)
	if p == nil {
		return yearOf(d, circa)
	}
	y := yearOf(d, circa)
	switch {
	case len(p) >= 3 && p[1] > 0 && p[2] > 0:
		return monthNames[p[1]-1] + " " + strconv.Itoa(p[2]) + ", " + y
	case len(p) >= 2 && p[1] > 0:
		return monthNames[p[1]-1] + " " + y
	}
	return y
}

// locator writes a Loc: "45" or "p. 45" (withP), "n. 3", else the
// paragraph and sentence with the style's word for a paragraph: "¶ 4,
// sentence 2" (Chicago), "para. 4, sentence 2" (APA), "par. 4, ..." (MLA).
func locator(loc Loc, withP bool, para string) string {
	switch {
	case loc.Page != "" && withP && strings.ContainsAny(loc.Page, "–-"):
		return "pp. " + loc.Page
	case loc.Page != "" && withP:
		return "p. " + loc.Page
	case loc.Page != "":
		return loc.Page
	case loc.Note != "":
		return "n. " + loc.Note
	case loc.Paragraph > 0:
		return para + " " + strconv.Itoa(loc.Paragraph) + ", sentence " + strconv.Itoa(loc.Sentence)
	}
	return ""
}

func nameGivenFirst(n sources.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	return join(" ", n.Given, n.Family)
}

func nameFamilyFirst(n sources.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	return join(", ", n.Family, n.Given)
}

// initials writes "Wei" as "W." and "Anna Maria" as "A. M.", "Jean-Paul"
// as "J.-P.".
func initials(given string) string {
	var out []string
	for _, part := range strings.Fields(given) {
		var hy []string
		for _, h := range strings.Split(part, "-") {
			r := []rune(strings.TrimSuffix(h, "."))
			if len(r) > 0 {
				hy = append(hy, string(r[0])+".")
			}
		}
		out = append(out, strings.Join(hy, "-"))
	}
	return strings.Join(out, " ")
}

func familyOf(n sources.Name) string {
	if n.Literal != "" {
		return n.Literal
	}
	if n.Family != "" {
		return n.Family
	}
	return n.Given
}

// andList joins items: "A", "A and B", "A, B, and C".
func andList(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + and + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", " + and + " " + items[len(items)-1]
}

// Describe completes a source read on its own, without annotating it: the
// title line or file name as its title when it has none (as Annotate does),
// and its citation in style.
func Describe(src sources.Source, style string) sources.Source {
	if !ValidStyle(style) {
		style = StyleChicago
	}
	doc := &Document{Source: src}
	if units := sentences.Sentences(src.Text); len(units) > 0 {
		doc.Sentences = []Sentence{{Kind: string(units[0].Kind), Text: units[0].Text(src.Text)}}
	}
	doc.Source.Meta = withTitle(doc)
	doc.Source.Citation = Reference(doc.Source.Meta, style)
	doc.Source.CitationStyle = style
	return doc.Source
}

// Missing names what a source's metadata lacks for a full citation of its
// kind, by CSL-JSON field name.
func Missing(m sources.Meta) []string {
	var out []string
	need := func(name string, have bool) {
		if !have {
			out = append(out, name)
		}
	}
	need("author", len(m.Author) > 0)
	need("issued", m.Issued != nil && (m.Issued.String() != "" || m.Issued.Literal != ""))
	switch kind(m) {
	case "book":
		need("publisher", m.Publisher != "")
	case "chapter":
		need("container-title", m.ContainerTitle != "")
		need("publisher", m.Publisher != "")
		need("page", m.Page != "")
	case "journal":
		need("container-title", m.ContainerTitle != "")
		need("volume", m.Volume != "")
		need("page", m.Page != "")
	case "newspaper":
		need("container-title", m.ContainerTitle != "")
	case "web":
		need("URL", m.URL != "")
		need("container-title", m.ContainerTitle != "")
	case "letter":
		need("archive", m.Archive != "")
		need("archive_location", m.ArchiveLocation != "")
	case "document":
		need("type", false)
	}
	return out
}
