package sources

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Limits on a PDF: its size and its number of pages.
const (
	maxPDFBytes = 256 << 20
	maxPDFPages = 3000
)

// ErrNoTextLayer is the reason given for a PDF with no text to read: a scan
// that has not been through OCR.
var ErrNoTextLayer = errors.New("PDF has no text layer (a scan?); run it through OCR first, e.g. ocrmypdf, and read the result")

// readPDF reads the text layer of a PDF, page by page: each page begins a
// Page of the source, labelled with its number; lines are rebuilt from the
// positions of the glyphs, paragraphs from the gaps between lines, and a
// word hyphenated at a line's end is joined. A paragraph that runs on over
// a page break stays one paragraph. The document information dictionary
// gives title, author and date.
func readPDF(raw []byte) (doc document, err error) {
	if len(raw) > maxPDFBytes {
		return doc, fmt.Errorf("PDF of %d MB, more than the %d MB allowed", len(raw)>>20, maxPDFBytes>>20)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("damaged PDF: %v", r)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		if strings.Contains(err.Error(), "encrypt") || strings.Contains(err.Error(), "password") {
			return doc, errors.New("PDF is encrypted; save an unencrypted copy and read that")
		}
		return doc, fmt.Errorf("damaged PDF: %w", err)
	}
	n := r.NumPage()
	if n > maxPDFPages {
		return doc, fmt.Errorf("PDF of %d pages, more than the %d allowed; split it", n, maxPDFPages)
	}
	var b strings.Builder
	chars := 0
	for i := 1; i <= n; i++ {
		paras, perr := pdfPage(r.Page(i))
		if perr != nil {
			return doc, fmt.Errorf("damaged PDF: page %d: %w", i, perr)
		}
		if len(paras) == 0 {
			continue
		}
		for _, p := range paras {
			chars += len(p)
		}
		s := b.String()
		switch {
		case s == "":
		case runsOn(s, paras[0]):
			b.WriteString("\n")
		default:
			b.WriteString("\n\n")
		}
		doc.pages = append(doc.pages, Page{Label: strconv.Itoa(i), Start: b.Len()})
		b.WriteString(strings.Join(paras, "\n\n"))
	}
	if chars == 0 {
		return doc, ErrNoTextLayer
	}
	doc.text = b.String() + "\n"
	doc.encoding = EncodingUTF8
	doc.meta = pdfInfo(r)
	doc.metaFrom = "pdf"
	return doc, nil
}

// runsOn reports whether a page's first paragraph continues the text before
// it: the text before ends without a sentence's end and the page begins in
// lower case.
func runsOn(before, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " \n"))
	first, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(".!?:;\"”’)]", last) && unicode.IsLower(first)
}

// pdfPage rebuilds the paragraphs of one page from its glyphs.
func pdfPage(p pdf.Page) (paras []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	if p.V.IsNull() {
		return nil, nil
	}
	glyphs := pageGlyphs(p)
	type line struct {
		y, size float64
		text    strings.Builder
	}
	var lines []*line
	var cur *line
	var lastEnd, lastX float64
	for _, g := range glyphs {
		if g.S == "" {
			continue
		}
		size := math.Max(g.Size, 1)
		if cur == nil || math.Abs(g.Y-cur.y) > size*0.5 {
			cur = &line{y: g.Y, size: size}
			lines = append(lines, cur)
		} else if gap := g.X - lastEnd; gap > size*0.15 || g.X < lastX-size*0.5 {
			if t := cur.text.String(); !strings.HasSuffix(t, " ") && !strings.HasPrefix(g.S, " ") {
				cur.text.WriteByte(' ')
			}
		}
		cur.text.WriteString(g.S)
		lastEnd, lastX = g.X+g.W, g.X
	}
	// Typical distance between lines, to tell a new paragraph by a wider
	// gap.
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if d := lines[i-1].y - lines[i].y; d > 0 {
			gaps = append(gaps, d)
		}
	}
	sort.Float64s(gaps)
	spacing := 0.0
	if len(gaps) > 0 {
		spacing = gaps[(len(gaps)-1)/4] // the lower quartile: most gaps are between lines
	}
	var para strings.Builder
	flush := func() {
		if t := strings.TrimSpace(para.String()); t != "" {
			paras = append(paras, t)
		}
		para.Reset()
	}
	for i, l := range lines {
		t := strings.Join(strings.Fields(l.text.String()), " ")
		if t == "" {
			continue
		}
		if i > 0 {
			d := lines[i-1].y - l.y
			// A gap wider than the usual one between lines, or than a
			// line and a half when there are too few lines to tell.
			limit := l.size * 1.6
			if len(gaps) >= 3 {
				limit = spacing * 1.4
			}
			if d < 0 || d > limit || math.Abs(l.size-lines[i-1].size) > 1 {
				flush()
			}
		}
		if s := para.String(); s != "" {
			if strings.HasSuffix(s, "-") && len(s) > 1 && unicode.IsLower(rune(s[len(s)-2])) && unicode.IsLower(firstRune(t)) {
				para.Reset()
				para.WriteString(s[:len(s)-1])
			} else {
				para.WriteByte('\n')
			}
		}
		para.WriteString(t)
	}
	flush()
	return paras, nil
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

var (
	junkTitle  = lazyRegexp(`(?i)^[a-z]:\\|^/|\.(docx?|wpd|rtf|odt|tex|dvi|indd|qxd|pdf|txt)\b|^untitled|^microsoft word`)
	junkAuthor = lazyRegexp(`^[a-z0-9._-]*[0-9_][a-z0-9._-]*$|^(admin|user|owner|administrator)$`)
)

// pdfInfo reads the document information dictionary: Title, Author and
// CreationDate ("D:19580312...").
func pdfInfo(r *pdf.Reader) Meta {
	var m Meta
	info := r.Trailer().Key("Info")
	if info.IsNull() {
		return m
	}
	// Word processors often leave a file's path as its title and a login
	// as its author: those are not kept.
	if title := strings.TrimSpace(info.Key("Title").Text()); !junkTitle().MatchString(title) {
		m.Title = title
	}
	for _, n := range splitNames(strings.TrimSpace(info.Key("Author").Text())) {
		if !junkAuthor().MatchString(n) {
			m.Author = append(m.Author, ParseName(n))
		}
	}
	if d := strings.TrimPrefix(info.Key("CreationDate").Text(), "D:"); len(d) >= 4 {
		iso := d[:4]
		if len(d) >= 6 {
			iso += "-" + d[4:6]
		}
		if len(d) >= 8 {
			iso += "-" + d[6:8]
		}
		m.Issued = ParseDate(iso)
	}
	return m
}

// glyph is one character drawn on a page, where it was drawn.
type glyph struct {
	S             string
	X, Y, W, Size float64
}

// pdfFont is what pageGlyphs needs of a font, read once per page: the
// library's Page.Content reads the font's encoding again at every change of
// font, which made a 36-page manual take 13 s instead of 0.5 s.
type pdfFont struct {
	enc    pdf.TextEncoding
	first  int
	widths []float64
}

type matrix [3][3]float64

var identity = matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}

func (x matrix) mul(y matrix) matrix {
	var z matrix
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				z[i][j] += x[i][k] * y[k][j]
			}
		}
	}
	return z
}

func translate(tx, ty float64) matrix { return matrix{{1, 0, 0}, {0, 1, 0}, {tx, ty, 1}} }

// pageGlyphs interprets a page's content stream and returns the glyphs it
// draws, with their positions and widths in points.
func pageGlyphs(p pdf.Page) []glyph {
	if p.V.Key("Contents").IsNull() {
		return nil
	}
	fonts := map[string]*pdfFont{}
	fontNamed := func(name string) *pdfFont {
		if f, ok := fonts[name]; ok {
			return f
		}
		font := p.Font(name)
		f := &pdfFont{first: font.FirstChar(), widths: font.Widths()}
		if f.enc = font.Encoder(); f.enc == nil {
			f.enc = rawEncoding{}
		}
		fonts[name] = f
		return f
	}
	type state struct {
		tc, tw, th, tl, tfs, trise float64
		tf                         *pdfFont
		tm, tlm, ctm               matrix
	}
	g := state{th: 1, ctm: identity, tf: &pdfFont{enc: rawEncoding{}}}
	var stack []state
	var out []glyph
	show := func(s string) {
		decoded := []rune(g.tf.enc.Decode(s))
		// Codes and characters match one to one in simple fonts; for
		// others the width is spread evenly.
		for i, ch := range decoded {
			var w0 float64
			if len(decoded) == len(s) {
				if k := int(s[i]) - g.tf.first; k >= 0 && k < len(g.tf.widths) {
					w0 = g.tf.widths[k]
				}
			}
			trm := matrix{{g.tfs * g.th, 0, 0}, {0, g.tfs, 0}, {0, g.trise, 1}}.mul(g.tm).mul(g.ctm)
			out = append(out, glyph{S: string(ch), X: trm[2][0], Y: trm[2][1], W: w0 / 1000 * trm[0][0], Size: trm[0][0]})
			tx := w0/1000*g.tfs + g.tc
			if ch == ' ' {
				tx += g.tw
			}
			g.tm = translate(tx*g.th, 0).mul(g.tm)
		}
	}
	pdf.Interpret(p.V.Key("Contents"), func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		mat := func() matrix {
			return matrix{{num(0), num(1), 0}, {num(2), num(3), 0}, {num(4), num(5), 1}}
		}
		switch op {
		case "cm":
			g.ctm = mat().mul(g.ctm)
		case "q":
			stack = append(stack, g)
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "BT":
			g.tm, g.tlm = identity, identity
		case "T*":
			g.tlm = translate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.trise = num(0)
		case "TD":
			g.tl = -num(1)
			fallthrough
		case "Td":
			g.tlm = translate(num(0), num(1)).mul(g.tlm)
			g.tm = g.tlm
		case "Tm":
			g.tm = mat()
			g.tlm = g.tm
		case "Tf":
			if len(args) == 2 {
				g.tf = fontNamed(args[0].Name())
				g.tfs = num(1)
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
				args = args[2:]
			}
			fallthrough
		case "'":
			g.tlm = translate(0, -g.tl).mul(g.tlm)
			g.tm = g.tlm
			fallthrough
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				v := args[0]
				for i := 0; i < v.Len(); i++ {
					x := v.Index(i)
					if x.Kind() == pdf.String {
						show(x.RawString())
					} else {
						g.tm = translate(-x.Float64()/1000*g.tfs*g.th, 0).mul(g.tm)
					}
				}
			}
		}
	})
	return out
}

// rawEncoding reads codes as they are, for a font that names no encoding.
type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string { return raw }
