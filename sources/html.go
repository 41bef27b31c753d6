package sources

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads an HTML page: its text is the main text (the <article>, or
// <main>, else the <body>) without scripts, styles, navigation, headers and
// footers, forms, asides and blocks whose class or id says they are
// boilerplate (menus, share buttons, cookie notices, comments...); each block
// (paragraph, heading, list item, table row...) becomes a paragraph. Its
// metadata comes from <title>, <meta name="author">, the citation_* tags
// of Google Scholar, Dublin Core (DC.*, dcterms.*), Open Graph (og:*,
// article:*) and the first <time datetime> of the main text.
func readHTML(text string) (document, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return document{}, err
	}
	doc := document{meta: htmlMeta(root), metaFrom: "html"}
	main := mainElement(root)
	var w blockWriter
	w.walk(main, main)
	doc.text = w.String()
	if doc.meta.Issued == nil {
		if t := firstTime(main); t != nil {
			doc.meta.Issued = t
		}
	}
	t := readText(doc.text)
	doc.text, doc.pages = t.text, t.pages
	return doc, nil
}

// skipped are the elements that hold no text of the page's own.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Select: true, atom.Textarea: true,
	atom.Head: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Dialog: true, atom.Menu: true, atom.Footer: true,
}

// blocks are the elements that end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Dd: true, atom.Dt: true, atom.Figcaption: true, atom.Caption: true,
	atom.Header: true, atom.Main: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Table: true, atom.Figure: true, atom.Address: true, atom.Hr: true,
	atom.Details: true, atom.Summary: true, atom.Body: true,
}

// boilerplate matches the class or id of a block that is not the page's
// text.
var boilerplate = lazyRegexp(`(?i)(^|[\s_-])(nav|navbar|navigation|menu|sidebar|breadcrumbs?|cookies?|consent|share|sharing|social|comments?|advert|advertisement|ads|promo|banner|newsletter|subscribe|related|popup|modal|skip-link|site-header|site-footer|masthead|toolbar|pagination)($|[\s_-])`)

type blockWriter struct {
	b       strings.Builder
	pending bool // a space is owed before the next word
	pre     int  // inside <pre>
}

func (w *blockWriter) String() string { return strings.TrimSpace(w.b.String()) + "\n" }

// brk ends the paragraph.
func (w *blockWriter) brk() {
	s := w.b.String()
	if s == "" || strings.HasSuffix(s, "\n\n") {
		return
	}
	if strings.HasSuffix(s, "\n") {
		w.b.WriteString("\n")
	} else {
		w.b.WriteString("\n\n")
	}
	w.pending = false
}

func (w *blockWriter) text(s string) {
	if w.pre > 0 {
		w.b.WriteString(s)
		return
	}
	for i, word := range strings.Fields(s) {
		if i > 0 || w.pending || (len(s) > 0 && isHTMLSpace(s[0])) {
			if cur := w.b.String(); cur != "" && !strings.HasSuffix(cur, "\n") && !strings.HasSuffix(cur, " ") {
				w.b.WriteByte(' ')
			}
		}
		w.b.WriteString(word)
		w.pending = false
	}
	if len(s) > 0 && isHTMLSpace(s[len(s)-1]) {
		w.pending = true
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }

func (w *blockWriter) walk(n, root *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if n != root && (skipped[n.DataAtom] || hidden(n) || n.DataAtom == atom.Header && !insideArticle(n)) {
			return
		}
		if n != root && n.DataAtom != atom.Body && n.DataAtom != atom.Html && boilerplate().MatchString(attr(n, "class")+" "+attr(n, "id")+" "+attr(n, "role")) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.b.WriteString("\n")
			w.pending = false
			return
		case atom.Img:
			return
		case atom.Td, atom.Th:
			if n.PrevSibling != nil {
				w.b.WriteString(" | ")
			}
		case atom.Pre:
			w.brk()
			w.pre++
			defer func() { w.pre--; w.brk() }()
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.brk()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, root)
	}
	if block {
		w.brk()
	}
}

func hidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || attr(n, "aria-hidden") == "true"
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// find returns the elements under n for which match holds, in document
// order, not looking inside a match.
func find(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && match(n) {
			out = append(out, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}

// mainElement returns the element that holds the page's text: the longest
// <article>, else <main> or role="main", else <body>.
func mainElement(root *html.Node) *html.Node {
	articles := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Article })
	var best *html.Node
	bestLen := 0
	for _, a := range articles {
		if l := len(textOf(a)); l > bestLen {
			best, bestLen = a, l
		}
	}
	if best != nil {
		return best
	}
	if m := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" }); len(m) > 0 {
		return m[0]
	}
	if b := find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body }); len(b) > 0 {
		return b[0]
	}
	return root
}

// textOf returns the text of n's text nodes, joined.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

// firstTime returns the date of the first <time datetime> under n.
func firstTime(n *html.Node) *DateParts {
	for _, t := range find(n, func(n *html.Node) bool { return n.DataAtom == atom.Time && attr(n, "datetime") != "" }) {
		if d := ParseDate(attr(t, "datetime")); d != nil {
			return d
		}
	}
	return nil
}

// htmlMeta reads the metadata of a page's head, the strongest tag first:
// citation_* (Google Scholar, used by journals and repositories), then
// Dublin Core, then Open Graph and article:*, then <meta name="author">,
// "date" and <title>.
func htmlMeta(root *html.Node) Meta {
	values := map[string][]string{}
	var title string
	for _, n := range find(root, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta || n.DataAtom == atom.Title || n.DataAtom == atom.Link
	}) {
		switch n.DataAtom {
		case atom.Title:
			if title == "" {
				title = strings.Join(strings.Fields(textOf(n)), " ")
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") {
				values["canonical"] = append(values["canonical"], attr(n, "href"))
			}
		default:
			key := attr(n, "name")
			if key == "" {
				key = attr(n, "property")
			}
			key = strings.ToLower(strings.TrimSpace(key))
			if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
				values[key] = append(values[key], v)
			}
		}
	}
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := values[k]; len(v) > 0 {
				return v[0]
			}
		}
		return ""
	}
	var m Meta
	m.Type = "webpage"
	m.Title = first("citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title")
	if m.Title == "" {
		m.Title = title
	}
	for _, key := range []string{"citation_author", "dc.creator", "dcterms.creator", "author", "article:author"} {
		if v := values[key]; len(v) > 0 {
			for _, a := range v {
				if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
					continue // article:author is often a profile page
				}
				for _, n := range splitNames(a) {
					m.Author = append(m.Author, ParseName(n))
				}
			}
			if len(m.Author) > 0 {
				break
			}
		}
	}
	if d := first("citation_publication_date", "citation_date", "citation_online_date", "dc.date", "dcterms.date", "dcterms.issued", "dc.date.issued", "article:published_time", "date", "pubdate", "publish-date"); d != "" {
		m.Issued = ParseDate(d)
	}
	m.ContainerTitle = first("citation_journal_title", "citation_conference_title", "citation_book_title", "og:site_name")
	m.Publisher = first("citation_publisher", "dc.publisher", "dcterms.publisher")
	m.Volume = first("citation_volume")
	m.Issue = first("citation_issue")
	if fp := first("citation_firstpage"); fp != "" {
		m.Page = fp
		if lp := first("citation_lastpage"); lp != "" && lp != fp {
			m.Page += "–" + lp
		}
	}
	m.DOI = first("citation_doi", "dc.identifier.doi")
	m.ISBN = first("citation_isbn")
	m.Language = first("citation_language", "dc.language", "og:locale")
	m.URL = first("citation_abstract_html_url", "citation_public_url", "og:url", "canonical")
	switch {
	case first("citation_journal_title") != "":
		m.Type = "article-journal"
	case first("citation_book_title") != "":
		m.Type = "chapter"
	case strings.EqualFold(first("og:type"), "article") && first("article:section", "news_keywords") != "":
		m.Type = "article-newspaper"
		m.Section = first("article:section")
	}
	// "Headline | Site" in <title>: the site is the container.
	if m.Title == title && m.ContainerTitle != "" {
		for _, sep := range []string{" | ", " – ", " — ", " - "} {
			if t, ok := strings.CutSuffix(m.Title, sep+m.ContainerTitle); ok {
				m.Title = t
			}
		}
	}
	return m
}
