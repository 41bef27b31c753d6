package sources

import (
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// BibEntry is one entry of a BibTeX file: its type ("article"), citation
// key and fields, by lower-case name, with macros expanded and
// concatenations joined.
type BibEntry struct {
	Type   string
	Key    string
	Fields map[string]string
	Line   int
}

// ParseBibTeX reads BibTeX and BibLaTeX: entries with braced, quoted or
// numeric values, @string macros (and the month names), "#"
// concatenation; @comment and @preamble are skipped, as is text outside
// entries. A malformed entry is a *ParseError with its line.
func ParseBibTeX(text string) ([]BibEntry, error) {
	p := &bibParser{s: text, macros: map[string]string{}}
	for i, m := range monthNames {
		p.macros[m[:3]] = strconv.Itoa(i + 1)
	}
	var out []BibEntry
	for {
		at := strings.IndexByte(p.s[p.i:], '@')
		if at < 0 {
			return out, nil
		}
		p.i += at + 1
		start := p.i
		typ := strings.ToLower(p.ident())
		if typ == "" {
			return nil, p.errorf(start, "an entry type after @")
		}
		p.space()
		if p.i >= len(p.s) || (p.s[p.i] != '{' && p.s[p.i] != '(') {
			if typ == "comment" {
				continue
			}
			return nil, p.errorf(p.i, "{ after @"+typ)
		}
		closer := byte('}')
		if p.s[p.i] == '(' {
			closer = ')'
		}
		p.i++
		switch typ {
		case "comment", "preamble":
			if err := p.skipBalanced(start, closer); err != nil {
				return nil, err
			}
			continue
		case "string":
			name, value, err := p.field()
			if err != nil {
				return nil, err
			}
			p.macros[name] = value
			p.space()
			if p.i < len(p.s) && p.s[p.i] == closer {
				p.i++
			}
			continue
		}
		e := BibEntry{Type: typ, Fields: map[string]string{}, Line: p.line(start)}
		p.space()
		keyStart := p.i
		for p.i < len(p.s) && p.s[p.i] != ',' && p.s[p.i] != closer && !unicode.IsSpace(rune(p.s[p.i])) {
			p.i++
		}
		e.Key = p.s[keyStart:p.i]
		if e.Key == "" {
			return nil, p.errorf(keyStart, "a citation key in @"+typ)
		}
		for {
			p.space()
			if p.i >= len(p.s) {
				return nil, &ParseError{Line: p.line(start), Msg: "BibTeX: @" + typ + "{" + e.Key + " is not closed"}
			}
			if p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.s[p.i] == closer {
				p.i++
				break
			}
			name, value, err := p.field()
			if err != nil {
				return nil, err
			}
			e.Fields[name] = value
		}
		out = append(out, e)
	}
}

type bibParser struct {
	s      string
	i      int
	macros map[string]string
}

func (p *bibParser) line(offset int) int { return strings.Count(p.s[:min(offset, len(p.s))], "\n") + 1 }

func (p *bibParser) errorf(offset int, want string) error {
	return &ParseError{Line: p.line(offset), Msg: "BibTeX: expected " + want}
}

func (p *bibParser) space() {
	for p.i < len(p.s) && unicode.IsSpace(rune(p.s[p.i])) {
		p.i++
	}
}

func (p *bibParser) ident() string {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/' || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) {
			p.i++
			continue
		}
		break
	}
	return p.s[start:p.i]
}

// field reads "name = value # value ...".
func (p *bibParser) field() (string, string, error) {
	p.space()
	start := p.i
	name := strings.ToLower(p.ident())
	if name == "" {
		return "", "", p.errorf(start, "a field name")
	}
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '=' {
		return "", "", p.errorf(p.i, "= after "+name)
	}
	p.i++
	var value strings.Builder
	for {
		p.space()
		if p.i >= len(p.s) {
			return "", "", p.errorf(start, "a value for "+name)
		}
		switch c := p.s[p.i]; {
		case c == '{':
			v, err := p.braced()
			if err != nil {
				return "", "", err
			}
			value.WriteString(v)
		case c == '"':
			p.i++
			vs := p.i
			depth := 0
			for p.i < len(p.s) && (p.s[p.i] != '"' || depth > 0) {
				switch p.s[p.i] {
				case '{':
					depth++
				case '}':
					depth--
				}
				p.i++
			}
			if p.i >= len(p.s) {
				return "", "", p.errorf(vs, "a closing \" for "+name)
			}
			value.WriteString(p.s[vs:p.i])
			p.i++
		case unicode.IsDigit(rune(c)):
			vs := p.i
			for p.i < len(p.s) && unicode.IsDigit(rune(p.s[p.i])) {
				p.i++
			}
			value.WriteString(p.s[vs:p.i])
		default:
			vs := p.i
			m := strings.ToLower(p.ident())
			if m == "" {
				return "", "", p.errorf(vs, "a value for "+name)
			}
			value.WriteString(p.macros[m])
		}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '#' {
			p.i++
			continue
		}
		return name, value.String(), nil
	}
}

// braced reads a value in balanced braces, without the outer pair.
func (p *bibParser) braced() (string, error) {
	start := p.i
	depth := 0
	for ; p.i < len(p.s); p.i++ {
		switch p.s[p.i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				p.i++
				return p.s[start+1 : p.i-1], nil
			}
		}
	}
	return "", p.errorf(start, "a closing } (braces do not balance)")
}

func (p *bibParser) skipBalanced(start int, closer byte) error {
	depth := 1
	for ; p.i < len(p.s); p.i++ {
		switch p.s[p.i] {
		case '{', '(':
			depth++
		case '}', ')':
			depth--
			if depth == 0 {
				p.i++
				return nil
			}
		}
	}
	return p.errorf(start, "the end of the entry")
}

// latexAccents are the accent commands of TeX and the combining marks they
// stand for.
var latexAccents = map[byte]string{
	'\'': "\u0301", '`': "\u0300", '^': "\u0302", '"': "\u0308", '~': "\u0303",
	'=': "\u0304", '.': "\u0307", 'c': "\u0327", 'v': "\u030C", 'u': "\u0306", 'H': "\u030B", 'k': "\u0328",
}

var latexSymbols = map[string]string{
	"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
	"l": "ł", "L": "Ł", "i": "ı", "&": "&", "%": "%", "$": "$", "_": "_", "#": "#", "textendash": "–",
	"textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "S": "§", "textsection": "§",
}

var latexCommand = lazyRegexp(`\\(?:([a-zA-Z]+)|(.))\s*`)

// deTeX turns the TeX of a BibTeX value into plain text: accents, a few
// symbols, "--" and "---" as dashes, "~" as a space, braces dropped, runs
// of white space folded; \emph{x} and the like keep their argument.
func deTeX(s string) string {
	if !strings.ContainsAny(s, "\\{}~-") {
		return strings.Join(strings.Fields(s), " ")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			m := latexCommand().FindStringSubmatchIndex(s[i:])
			if m == nil {
				i++
				continue
			}
			name := ""
			if m[2] >= 0 {
				name = s[i+m[2] : i+m[3]]
			} else {
				name = s[i+m[4] : i+m[5]]
			}
			next := i + m[1]
			if len(name) == 1 && latexAccents[name[0]] != "" {
				// The accented letter follows, perhaps in braces.
				arg := ""
				if next < len(s) && s[next] == '{' {
					if end := strings.IndexByte(s[next:], '}'); end > 0 {
						arg = s[next+1 : next+end]
						next += end + 1
					}
				} else if next < len(s) {
					arg = s[next : next+1]
					next++
				}
				if name, ok := strings.CutPrefix(arg, "\\"); ok {
					if sym, ok := latexSymbols[name]; ok {
						arg = sym
					}
					if name == "i" {
						arg = "i"
					}
				}
				b.WriteString(compose(arg, latexAccents[name[0]]))
			} else if sym, ok := latexSymbols[name]; ok {
				b.WriteString(sym)
			}
			i = next
		case c == '{' || c == '}':
			i++
		case c == '~':
			b.WriteByte(' ')
			i++
		case strings.HasPrefix(s[i:], "---"):
			b.WriteString("—")
			i += 3
		case strings.HasPrefix(s[i:], "--"):
			b.WriteString("–")
			i += 2
		default:
			b.WriteByte(c)
			i++
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// compose puts a combining mark on a letter, as one character where
// Unicode has one.
func compose(letter, mark string) string {
	if letter == "" {
		return ""
	}
	return norm.NFC.String(letter + mark)
}

// entry turns a BibTeX entry into a library entry with a CSL-JSON item.
func (e BibEntry) entry() libraryEntry {
	f := func(names ...string) string {
		for _, n := range names {
			if v, ok := e.Fields[n]; ok && strings.TrimSpace(v) != "" {
				return deTeX(v)
			}
		}
		return ""
	}
	m := Meta{ID: e.Key, Title: f("title")}
	sub := strings.ToLower(f("entrysubtype"))
	switch e.Type {
	case "article":
		m.Type = "article-journal"
		switch sub {
		case "newspaper":
			m.Type = "article-newspaper"
		case "magazine":
			m.Type = "article-magazine"
		}
	case "book", "mvbook", "collection", "proceedings":
		m.Type = "book"
	case "incollection", "inbook", "inproceedings", "conference":
		m.Type = "chapter"
	case "online", "electronic", "www":
		m.Type = "webpage"
	case "unpublished", "manuscript":
		m.Type = "manuscript"
	case "letter", "letters":
		m.Type = "letter"
	case "thesis", "phdthesis", "mastersthesis":
		m.Type = "thesis"
	case "report", "techreport":
		m.Type = "report"
	default:
		m.Type = "document"
		if f("url") != "" && f("publisher", "journal", "journaltitle") == "" {
			m.Type = "webpage"
		}
	}
	m.ContainerTitle = f("journaltitle", "journal", "booktitle", "maintitle")
	if m.Type == "webpage" && m.ContainerTitle == "" {
		m.ContainerTitle = f("organization", "howpublished")
	}
	m.CollectionTitle = f("series")
	m.Author = bibNames(e.Fields["author"])
	m.Editor = bibNames(e.Fields["editor"])
	m.Recipient = bibNames(e.Fields["recipient"])
	if d := strings.TrimSpace(e.Fields["date"]); d != "" {
		m.Issued = parseDateOrLiteral(d) // not deTeX: "1920~" is EDTF's circa, not a space
	} else if y := f("year"); y != "" {
		iso := y
		if mo := f("month"); mo != "" {
			n, err := strconv.Atoi(mo)
			if err != nil {
				n = monthNumber(mo)
			}
			if n >= 1 && n <= 12 {
				iso += "-" + strconv.Itoa(100 + n)[1:]
				if d := f("day"); d != "" {
					if dn, err := strconv.Atoi(d); err == nil {
						iso += "-" + strconv.Itoa(100 + dn)[1:]
					}
				}
			}
		}
		m.Issued = parseDateOrLiteral(iso)
	}
	if d := strings.TrimSpace(e.Fields["urldate"]); d != "" {
		m.Accessed = parseDateOrLiteral(d)
	}
	m.Publisher = f("publisher", "institution", "school")
	if m.Type == "webpage" && m.ContainerTitle != "" && m.Publisher == m.ContainerTitle {
		m.Publisher = ""
	}
	m.PublisherPlace = f("location", "address")
	m.Edition = f("edition")
	m.Volume = f("volume")
	m.Issue = f("number", "issue")
	if m.Type != "article-journal" && m.Type != "article-newspaper" && m.Type != "article-magazine" && e.Fields["issue"] == "" {
		m.Number, m.Issue = m.Issue, ""
	}
	m.Page = f("pages")
	m.Section = f("section")
	m.Genre = f("type")
	m.Archive = f("archive", "library")
	m.ArchiveLocation = f("archive_location", "archive-location", "archivelocation", "shelfmark", "callnumber")
	m.ArchivePlace = f("archive-place", "archive_place", "archiveplace")
	m.DOI = f("doi")
	m.ISBN = f("isbn")
	m.URL = strings.TrimSpace(e.Fields["url"])
	m.Language = f("langid", "language")
	m.Note = f("note")
	le := libraryEntry{meta: m, keys: []string{e.Key, f("ids")}}
	for _, file := range strings.Split(e.Fields["file"], ";") {
		// Zotero writes "description:path:type", JabRef the path alone.
		parts := strings.Split(file, ":")
		for _, p := range parts {
			if strings.Contains(p, ".") {
				le.files = append(le.files, path.Base(filepath.ToSlash(strings.TrimSpace(p))))
			}
		}
	}
	return le
}

// bibNames reads a BibTeX name list: names joined by "and", each "Family,
// Given", "Given Family" or, in braces, an organisation's literal name.
func bibNames(s string) []Name {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []Name
	depth, start := 0, 0
	parts := []string{}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
		}
		if depth == 0 && i+5 <= len(s) && strings.EqualFold(s[i:i+5], " and ") {
			parts = append(parts, s[start:i])
			start = i + 5
			i += 4
		}
	}
	parts = append(parts, s[start:])
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}") && strings.Count(p, "{") == 1 {
			out = append(out, Name{Literal: deTeX(p)})
			continue
		}
		out = append(out, ParseName(deTeX(p)))
	}
	return out
}
