package sources

import (
	"regexp"
	"strings"
)

// hasFrontMatter reports whether text opens with a YAML front matter block:
// a line "---", lines of "key: value", and a closing "---" or "...".
func hasFrontMatter(text string) bool {
	_, _, ok := splitFrontMatter(text)
	return ok
}

// splitFrontMatter splits YAML front matter from the body of a Markdown
// text.
func splitFrontMatter(text string) (front, body string, ok bool) {
	rest, found := strings.CutPrefix(text, "---\n")
	if !found {
		if rest, found = strings.CutPrefix(text, "---\r\n"); !found {
			return "", text, false
		}
	}
	offset := len(text) - len(rest)
	for i := 0; i <= len(rest); {
		j := strings.IndexByte(rest[i:], '\n')
		line := rest[i:]
		if j >= 0 {
			line = rest[i : i+j]
		}
		trimmed := strings.TrimRight(line, "\r \t")
		if trimmed == "---" || trimmed == "..." {
			end := i + len(line)
			if j >= 0 {
				end++
			}
			return rest[:i], text[offset+end:], i > 0 && strings.Contains(rest[:i], ":")
		}
		if i == 0 && !strings.Contains(line, ":") {
			return "", text, false
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return "", text, false
}

// frontMatter reads the metadata of YAML front matter: the simple forms
// notes are written in ("title: ...", "author: A", "authors: [A, B]", a list
// of "- A" lines, quoted or not). Keys are read as CSL-JSON fields, with
// common other names ("date" for issued, "source" and "journal" for the
// container title, "url" for URL).
func frontMatter(front string) map[string][]string {
	fields := map[string][]string{}
	key := ""
	for _, line := range strings.Split(front, "\n") {
		line = strings.TrimRight(line, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if item, ok := strings.CutPrefix(trimmed, "- "); ok && key != "" && line != trimmed {
			fields[key] = append(fields[key], unquote(item))
			continue
		}
		if item, ok := strings.CutPrefix(trimmed, "- "); ok && key != "" {
			fields[key] = append(fields[key], unquote(item))
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		switch {
		case v == "":
			fields[key] = nil
		case strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]"):
			for _, item := range strings.Split(v[1:len(v)-1], ",") {
				if item = unquote(strings.TrimSpace(item)); item != "" {
					fields[key] = append(fields[key], item)
				}
			}
		default:
			fields[key] = []string{unquote(v)}
		}
	}
	return fields
}

func unquote(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

// metaFromFields fills a CSL-JSON item from named fields (front matter,
// a manifest's columns).
func metaFromFields(fields map[string][]string) Meta {
	var m Meta
	get := func(keys ...string) string {
		for _, k := range keys {
			if v := fields[k]; len(v) > 0 && v[0] != "" {
				return v[0]
			}
		}
		return ""
	}
	names := func(keys ...string) []Name {
		for _, k := range keys {
			if v := fields[k]; len(v) > 0 {
				var out []Name
				for _, item := range v {
					for _, n := range splitNames(item) {
						out = append(out, ParseName(n))
					}
				}
				return out
			}
		}
		return nil
	}
	m.ID = get("id")
	m.Type = get("type")
	m.Title = get("title")
	m.ContainerTitle = get("container-title", "container_title", "journal", "newspaper", "periodical", "website", "site", "source", "book", "booktitle")
	m.CollectionTitle = get("collection-title", "collection", "series")
	m.Author = names("author", "authors", "creator", "by")
	m.Editor = names("editor", "editors")
	m.Recipient = names("recipient", "to")
	if d := get("issued", "date", "published", "year"); d != "" {
		m.Issued = parseDateOrLiteral(d)
	}
	if d := get("accessed", "access-date", "accessdate", "urldate"); d != "" {
		m.Accessed = parseDateOrLiteral(d)
	}
	m.Publisher = get("publisher")
	m.PublisherPlace = get("publisher-place", "place", "location", "address")
	m.Edition = get("edition")
	m.Volume = get("volume")
	m.Issue = get("issue", "number-of-issue")
	m.Page = get("page", "pages")
	m.Section = get("section")
	m.Genre = get("genre")
	m.Medium = get("medium")
	m.Archive = get("archive")
	m.ArchiveLocation = get("archive_location", "archive-location", "box", "folder", "call-number", "call_number", "shelfmark")
	m.ArchivePlace = get("archive-place", "archive_place")
	m.Number = get("number")
	m.DOI = get("doi")
	m.ISBN = get("isbn")
	m.URL = get("url", "link")
	m.Language = get("language", "lang")
	m.Note = get("note")
	return m
}

// parseDateOrLiteral reads a date, keeping what it cannot read as a
// literal.
func parseDateOrLiteral(s string) *DateParts {
	if d := ParseDate(s); d != nil {
		return d
	}
	return &DateParts{Literal: s}
}

// splitNames splits a list of names written in one string: "A and B", "A;
// B", "A & B". Commas are left alone: "Family, Given" is one name.
func splitNames(s string) []string {
	var out []string
	for _, part := range regexp.MustCompile(`\s*;\s*|\s+and\s+|\s+&\s+`).Split(s, -1) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// ParseName reads a personal name, "Family, Given" or "Given Family", into
// a CSL-JSON name; a name in braces or with no space ("{Xinhua News
// Agency}", "Reuters") is literal.
func ParseName(s string) Name {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}") {
		return Name{Literal: strings.TrimSpace(s[1 : len(s)-1])}
	}
	if family, given, ok := strings.Cut(s, ","); ok {
		return Name{Family: strings.TrimSpace(family), Given: strings.TrimSpace(given)}
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return Name{Literal: s}
	}
	// Particles stay with the family name: "Ludwig van Beethoven".
	given, family := s[:i], s[i+1:]
	for {
		j := strings.LastIndexByte(given, ' ')
		if j < 0 || !isParticle(given[j+1:]) {
			break
		}
		family = given[j+1:] + " " + family
		given = given[:j]
	}
	return Name{Family: family, Given: given}
}

func isParticle(w string) bool {
	switch w {
	case "van", "von", "de", "der", "den", "du", "la", "le", "da", "di", "del", "della", "ter", "ten":
		return true
	}
	return false
}

var (
	mdFence     = lazyRegexp("^\\s{0,3}(```|~~~)")
	mdHeading   = lazyRegexp(`^\s{0,3}#{1,6}(?:\s+|$)`)
	mdHeadClose = lazyRegexp(`\s+#+\s*$`)
	mdSetext    = lazyRegexp(`^\s{0,3}(=+|-+)\s*$`)
	mdRule      = lazyRegexp(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdQuote     = lazyRegexp(`^\s{0,3}>\s?`)
	mdBullet    = lazyRegexp(`^(\s*)[*+]\s+`)
	mdRefDef    = lazyRegexp(`^\s{0,3}\[[^\]]+\]:\s+\S`)
	mdTableSep  = lazyRegexp(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdImage     = lazyRegexp(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = lazyRegexp(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = lazyRegexp(`<((?:https?|mailto):[^>\s]+)>`)
	mdFootRef   = lazyRegexp(`\[\^[^\]]+\]`)
	mdCode      = lazyRegexp("`+([^`]+)`+")
	mdStrong    = lazyRegexp(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmStar    = lazyRegexp(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmUnder   = lazyRegexp(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)?)_($|[^\pL\pN_])`)
	mdStrike    = lazyRegexp(`~~(\S(?:.*?\S)?)~~`)
	mdTag       = lazyRegexp(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdComment   = lazyRegexp(`(?s)<!--.*?-->`)
	mdEscape    = lazyRegexp("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>\"'])")
)

// readMarkdown reads Markdown: its front matter gives metadata, and its text
// is what a reader of the rendered page sees: headings without their #,
// emphasis, links and code without their marks, images by their alt text,
// list bullets as "-", quotes without ">", tables as cells between "|",
// fences, rules, comments and link definitions gone. Page markers count as
// in plain text.
func readMarkdown(text string) (document, error) {
	front, body, ok := splitFrontMatter(text)
	var doc document
	if ok {
		doc.meta = metaFromFields(frontMatter(front))
		doc.metaFrom = "front matter"
	}
	body = mdComment().ReplaceAllStringFunc(body, func(c string) string {
		return strings.Repeat("\n", strings.Count(c, "\n"))
	})
	var b strings.Builder
	lines := strings.Split(body, "\n")
	fenced := false
	for i, line := range lines {
		cr := strings.HasSuffix(line, "\r")
		line = strings.TrimSuffix(line, "\r")
		switch {
		case mdFence().MatchString(line):
			fenced = !fenced
			line = ""
		case fenced:
		case mdRule().MatchString(line) && !(i > 0 && strings.TrimSpace(lines[i-1]) != "" && mdSetext().MatchString(line)):
			line = ""
		case mdSetext().MatchString(line) && i > 0 && strings.TrimSpace(lines[i-1]) != "":
			line = ""
		case mdRefDef().MatchString(line), mdTableSep().MatchString(line) && strings.Contains(line, "|"):
			line = ""
		default:
			for mdQuote().MatchString(line) {
				line = mdQuote().ReplaceAllString(line, "")
			}
			if mdHeading().MatchString(line) {
				line = mdHeadClose().ReplaceAllString(mdHeading().ReplaceAllString(line, ""), "")
			}
			line = mdBullet().ReplaceAllString(line, "$1- ")
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && len(t) > 1 {
				line = strings.TrimSpace(strings.Trim(t, "|"))
			}
			line = inlineMarkdown(line)
		}
		b.WriteString(line)
		if cr {
			b.WriteByte('\r')
		}
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	t := readText(strings.TrimLeft(b.String(), "\r\n"))
	doc.text, doc.pages = t.text, t.pages
	return doc, nil
}

// inlineMarkdown removes the inline marks of one line of Markdown.
func inlineMarkdown(s string) string {
	if !strings.ContainsAny(s, "*_`[]<>!\\~") {
		return s
	}
	// Escaped characters are shielded from the rules below.
	const shield = "\uE000"
	var escaped []string
	s = mdEscape().ReplaceAllStringFunc(s, func(m string) string {
		escaped = append(escaped, m[1:])
		return shield
	})
	var code []string
	s = mdCode().ReplaceAllStringFunc(s, func(m string) string {
		code = append(code, strings.TrimSpace(strings.Trim(m, "`")))
		return "\uE001"
	})
	s = mdImage().ReplaceAllString(s, "$1")
	s = mdFootRef().ReplaceAllString(s, "")
	s = mdLink().ReplaceAllString(s, "$1")
	s = mdAutolink().ReplaceAllString(s, "$1")
	s = mdTag().ReplaceAllString(s, "")
	for range 2 {
		s = mdStrong().ReplaceAllString(s, "$2")
		s = mdEmStar().ReplaceAllString(s, "$1")
		s = mdEmUnder().ReplaceAllString(s, "$1$2$3")
		s = mdStrike().ReplaceAllString(s, "$1")
	}
	for _, c := range code {
		s = strings.Replace(s, "\uE001", c, 1)
	}
	for _, e := range escaped {
		s = strings.Replace(s, shield, e, 1)
	}
	return s
}
