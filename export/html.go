package export

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/annotate"
)

// htmlWriter writes the reading view: one self-contained page (CSS and
// script inline, no request to any network) for the whole run. The source
// texts, with their entities, dates and quantities marked, and the claims
// panel are spooled to temporary files as documents arrive, so that memory
// stays flat; Close writes the page: header, panel, timeline, sources and
// texts.
type htmlWriter struct {
	out     io.Writer
	run     Run
	texts   *spool // the <article> of each source
	panel   *spool // the <li> of each claim
	sources []htmlSource
	points  []timePoint
	kinds   map[string]int
	stats   struct{ sentences, claims, entities, dates int }
	err     error
}

// htmlSource is what the page's header and sources list say of a source.
type htmlSource struct {
	id, title, citation, path, url, sha256 string
	sentences, claims                      int
}

// timePoint is a dated claim on the timeline: the years it spans (as
// fractional years), its words and where it is.
type timePoint struct {
	from, to     float64
	id, words    string
	when, source string
}

// spool is a temporary file written through a buffer.
type spool struct {
	f *os.File
	*bufio.Writer
}

func newSpool() (*spool, error) {
	f, err := os.CreateTemp("", "factsheet-html-*")
	if err != nil {
		return nil, err
	}
	return &spool{f, bufio.NewWriterSize(f, 64<<10)}, nil
}

// copyTo writes what was spooled to w.
func (s *spool) copyTo(w io.Writer) error {
	if err := s.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.f)
	return err
}

func (s *spool) remove() {
	s.f.Close()
	os.Remove(s.f.Name())
}

func newHTML(w io.Writer, run Run) (*htmlWriter, error) {
	texts, err := newSpool()
	if err != nil {
		return nil, err
	}
	panel, err := newSpool()
	if err != nil {
		texts.remove()
		return nil, err
	}
	return &htmlWriter{out: w, run: run, texts: texts, panel: panel, kinds: map[string]int{}}, nil
}

// esc escapes text for HTML, in text and in quoted attributes alike.
var esc = html.EscapeString

// mark is one marked span of a source's text, in byte offsets.
type mark struct {
	start, end int
	m          *annotate.Mention
	claim      *annotate.Claim
}

func (h *htmlWriter) Write(doc *annotate.Document) error {
	if h.err != nil {
		return h.err
	}
	n := len(h.sources) + 1
	sid := "s" + strconv.Itoa(n)
	src := doc.Source
	title := firstNonEmpty(src.Meta.Title, src.ID)
	hs := htmlSource{id: src.ID, title: title, citation: annotate.SourceReference(src), path: src.Path,
		url: firstNonEmpty(src.Meta.URL, src.URL), sha256: src.SHA256, sentences: len(doc.Sentences), claims: len(doc.Claims)}
	h.sources = append(h.sources, hs)
	h.stats.sentences += len(doc.Sentences)
	h.stats.claims += len(doc.Claims)

	claimOf := make(map[string]*annotate.Claim, len(doc.Claims))
	for i := range doc.Claims {
		claimOf[string(doc.Claims[i].Mention)] = &doc.Claims[i]
	}
	marks := make([]mark, 0, len(doc.Mentions))
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Start < 0 || m.End > len(src.Text) || m.Start >= m.End {
			continue
		}
		switch m.Type {
		case annotate.TypeEntity:
			h.stats.entities++
		case annotate.TypeDate:
			h.stats.dates++
		}
		marks = append(marks, mark{m.Start, m.End, m, claimOf[m.ID]})
	}
	for i := range doc.Claims {
		if c := &doc.Claims[i]; c.Mention == "" && c.Start >= 0 && c.End <= len(src.Text) && c.Start < c.End {
			marks = append(marks, mark{c.Start, c.End, nil, c}) // a comparison: a claim without a number
		}
	}
	// Outer marks first, so that a mark inside another (an entity in a
	// quantity's unit) nests in it.
	sort.SliceStable(marks, func(i, j int) bool {
		if marks[i].start != marks[j].start {
			return marks[i].start < marks[j].start
		}
		return marks[i].end > marks[j].end
	})

	t := h.texts
	fmt.Fprintf(t, "<article class=\"source\" id=\"%s\" aria-labelledby=\"%s-h\">\n<h2 id=\"%s-h\">%s</h2>\n<p class=\"cite\">%s</p>\n<div class=\"text\">",
		sid, sid, sid, esc(title), esc(hs.citation))
	h.writeMarked(doc, sid, marks)
	t.WriteString("</div>\n</article>\n")

	mentions := doc.MentionIndex()
	_, locs := numbering(doc)
	for _, r := range claimRows(doc, locs) {
		status := Statuses[0]
		if rv := h.run.Reviews.Lookup(r.ID); rv != nil {
			status = rv.statusOrDefault()
		}
		h.kinds[r.Kind]++
		p := h.panel
		fmt.Fprintf(p, "<li data-k=\"%s\" data-s=\"%d\" data-r=\"%s\"><a href=\"#%s\">%s</a> <span class=\"v\">%s</span>",
			esc(r.Kind), n, esc(status), esc(r.ID), esc(r.Claim), esc(describe(r.mention)))
		if r.Subject != "" {
			fmt.Fprintf(p, " <span class=\"subj\">%s</span>", esc(r.Subject))
		}
		if r.When != "" {
			fmt.Fprintf(p, " <span class=\"when\">%s</span>", esc(r.When))
		}
		fmt.Fprintf(p, " <span class=\"loc\">%s, %s</span> <span class=\"st st-%s\">%s</span></li>\n",
			esc(src.ID), esc(r.Locator), statusClass(status), esc(status))
		if from, to, ok := claimSpan(doc, r, mentions); ok {
			h.points = append(h.points, timePoint{from: from, to: to, id: r.ID, words: r.Claim, when: r.When, source: src.ID})
		}
	}
	if err := h.texts.Writer.Flush(); err != nil {
		h.err = err
	}
	return h.err
}

// statusClass is a status as a class name: "needs-source".
func statusClass(status string) string {
	return strings.ReplaceAll(strings.ToLower(status), " ", "-")
}

// writeMarked writes a source's text with its marks, nested; a mark that
// crosses the end of the one it starts in is cut there. Text outside marks
// and inside them is escaped; the page shows it with its line breaks.
func (h *htmlWriter) writeMarked(doc *annotate.Document, sid string, marks []mark) {
	t := h.texts
	text := doc.Source.Text
	offs := NewOffsets(text)
	var open []int // ends of the open marks
	pos := 0
	closeTo := func(at int) {
		for len(open) > 0 && open[len(open)-1] <= at {
			end := open[len(open)-1]
			t.WriteString(esc(text[pos:end]))
			t.WriteString("</mark>")
			pos = end
			open = open[:len(open)-1]
		}
	}
	for _, mk := range marks {
		closeTo(mk.start)
		if mk.start < pos {
			continue // starts inside text already written: a crossing mark
		}
		end := mk.end
		if len(open) > 0 && end > open[len(open)-1] {
			end = open[len(open)-1]
		}
		t.WriteString(esc(text[pos:mk.start]))
		pos = mk.start
		m := mk.m
		class, value, id := "q", describe(m), ""
		if m != nil {
			switch m.Type {
			case annotate.TypeEntity:
				class = "e"
			case annotate.TypeDate:
				class = "d"
			}
			id = sid + "-" + m.ID
		}
		if c := mk.claim; c != nil {
			class += " c"
			id = c.ID
			status := Statuses[0]
			if rv := h.run.Reviews.Lookup(c.ID); rv != nil {
				status = rv.statusOrDefault()
			}
			value = "Claim: " + value
			if c.Subject != "" {
				value += "; about " + c.Subject
			}
			if c.When != "" {
				value += "; when " + c.When
			}
			value += "; " + status
		}
		fmt.Fprintf(t, "<mark class=\"%s\" id=\"%s\" tabindex=\"0\" data-v=\"%s\" data-u=\"%d-%d\">",
			class, esc(id), esc(value), offs.UTF16(mk.start), offs.UTF16(end))
		open = append(open, end)
	}
	closeTo(len(text))
	t.WriteString(esc(text[pos:]))
}

// claimSpan is the span of years of the date that governs a claim: the
// bounds of a date mention of its When, in its sentence if one is there,
// else anywhere in the source.
func claimSpan(doc *annotate.Document, r claimRow, mentions map[string]*annotate.Mention) (from, to float64, ok bool) {
	if r.When == "" {
		return 0, 0, false
	}
	var best *annotate.Mention
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.DateAttrs == nil || m.EDTF != r.When || m.Earliest == "" || m.Latest == "" {
			continue
		}
		if best == nil || m.Sentence == r.sentence.Index {
			best = m
		}
		if m.Sentence == r.sentence.Index {
			break
		}
	}
	if best == nil {
		return 0, 0, false
	}
	from, ok1 := fractionalYear(best.Earliest, false)
	to, ok2 := fractionalYear(best.Latest, true)
	return from, to, ok1 && ok2 && to >= from
}

// fractionalYear reads an ISO date (astronomical years: -0043-03-15) as a
// year with its fraction; the end of the day when end is set.
func fractionalYear(iso string, end bool) (float64, bool) {
	sign := 1.0
	if strings.HasPrefix(iso, "-") {
		sign, iso = -1, iso[1:]
	}
	parts := strings.Split(iso, "-")
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return 0, false
	}
	month, day := 1, 1
	if len(parts) > 1 {
		month, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		day, _ = strconv.Atoi(parts[2])
	}
	f := sign*float64(y) + (float64(month-1)*30.44+float64(day-1))/365.25
	if end {
		f += 1 / 365.25
	}
	return f, true
}

func (h *htmlWriter) Close() error {
	defer h.texts.remove()
	defer h.panel.remove()
	if h.err != nil {
		return h.err
	}
	w := bufio.NewWriterSize(h.out, 64<<10)
	title := "Fact sheet"
	switch len(h.sources) {
	case 0:
	case 1:
		title += ": " + h.sources[0].title
	default:
		title += " of " + plural(len(h.sources), "source")
	}
	fmt.Fprintf(w, htmlHead, esc(title), htmlStyle)
	fmt.Fprintf(w, "<header>\n<h1>%s</h1>\n<p class=\"stats\">%s, %s, %s, %s, %s. Made by %s %s.</p>\n%s</header>\n",
		esc(title), plural(len(h.sources), "source"), plural(h.stats.sentences, "sentence"), plural(h.stats.claims, "claim"),
		plural(h.stats.entities, "entity mention"), plural(h.stats.dates, "date"), esc(h.run.Tool.Name), esc(h.run.Tool.Version), htmlLegend)
	w.WriteString("<div class=\"layout\">\n")
	h.writePanel(w)
	w.WriteString("<main id=\"main\">\n")
	h.writeTimeline(w)
	h.writeSources(w)
	if err := h.texts.copyTo(w); err != nil {
		return err
	}
	w.WriteString("</main>\n</div>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>")
	w.WriteString(htmlScript)
	w.WriteString("</script>\n</body>\n</html>\n")
	return w.Flush()
}

// writePanel writes the claims panel: filters by kind, source, status and
// words, the claims, and what their fields mean.
func (h *htmlWriter) writePanel(w *bufio.Writer) {
	w.WriteString("<nav id=\"panel\" aria-label=\"Claims\">\n<h2>Claims</h2>\n<div class=\"filters\" role=\"search\">\n")
	kinds := make([]string, 0, len(h.kinds))
	for k := range h.kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	w.WriteString("<label>Kind <select id=\"f-kind\"><option value=\"\">all</option>")
	for _, k := range kinds {
		fmt.Fprintf(w, "<option value=\"%s\">%s (%d)</option>", esc(k), esc(k), h.kinds[k])
	}
	w.WriteString("</select></label>\n<label>Source <select id=\"f-source\"><option value=\"\">all</option>")
	for i, s := range h.sources {
		fmt.Fprintf(w, "<option value=\"%d\">%s (%d)</option>", i+1, esc(s.id), s.claims)
	}
	w.WriteString("</select></label>\n<label>Status <select id=\"f-status\"><option value=\"\">all</option>")
	for _, s := range Statuses {
		fmt.Fprintf(w, "<option>%s</option>", esc(s))
	}
	w.WriteString("</select></label>\n<label>Words <input type=\"search\" id=\"f-text\" placeholder=\"in the claims\"></label>\n</div>\n")
	fmt.Fprintf(w, "<p id=\"count\" aria-live=\"polite\">%s</p>\n<ol id=\"claims\">\n", plural(h.stats.claims, "claim"))
	h.panel.copyTo(w)
	w.WriteString("</ol>\n<details class=\"fields\"><summary>What the fields mean</summary>\n<dl>\n")
	for _, c := range claimTable {
		if c.legend != "" {
			fmt.Fprintf(w, "<dt>%s</dt><dd>%s</dd>\n", esc(c.name), esc(c.legend))
		}
	}
	w.WriteString("</dl>\n</details>\n</nav>\n")
}

// writeSources writes the list of sources with their citations.
func (h *htmlWriter) writeSources(w *bufio.Writer) {
	w.WriteString("<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n<ol>\n")
	for i, s := range h.sources {
		fmt.Fprintf(w, "<li><a href=\"#s%d\">%s</a>: %s", i+1, esc(s.title), esc(s.citation))
		if s.url != "" && isWebAddress(s.url) {
			fmt.Fprintf(w, " <a class=\"url\" href=\"%s\" rel=\"noreferrer\">%s</a>", esc(s.url), esc(s.url))
		}
		fmt.Fprintf(w, " <span class=\"file\">%s; %s, %s; SHA-256 <code>%s</code></span></li>\n",
			esc(firstNonEmpty(s.path, s.id)), plural(s.sentences, "sentence"), plural(s.claims, "claim"), esc(s.sha256))
	}
	w.WriteString("</ol>\n</section>\n")
}

// The timeline's drawing: its width, the height of a lane, and the most
// lanes it stacks claims in before they share.
const (
	tlWidth  = 1000.0
	tlMargin = 30.0
	tlLane   = 9.0
	tlLanes  = 24
)

// writeTimeline draws the dated claims as inline SVG: a bar from the first
// to the last day their date can mean, stacked in lanes so that bars do
// not hide each other, each a link to its claim.
func (h *htmlWriter) writeTimeline(w *bufio.Writer) {
	w.WriteString("<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n")
	if len(h.points) == 0 {
		w.WriteString("<p>No claim is dated.</p>\n</section>\n")
		return
	}
	pts := h.points
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].from < pts[j].from })
	lo, hi := pts[0].from, pts[0].to
	for _, p := range pts {
		hi = max(hi, p.to)
	}
	lo, hi = niceRange(lo, hi)
	x := func(y float64) float64 { return tlMargin + (y-lo)/(hi-lo)*(tlWidth-2*tlMargin) }
	laneEnd := make([]float64, 0, tlLanes)
	lanes := make([]int, len(pts))
	for i, p := range pts {
		lane := -1
		for l, end := range laneEnd {
			if end <= x(p.from)-2 {
				lane = l
				break
			}
		}
		if lane < 0 && len(laneEnd) < tlLanes {
			laneEnd = append(laneEnd, 0)
			lane = len(laneEnd) - 1
		}
		if lane < 0 {
			lane = i % tlLanes
		}
		laneEnd[lane] = max(laneEnd[lane], x(p.to)+3)
		lanes[i] = lane
	}
	height := 30 + float64(len(laneEnd))*tlLane
	fmt.Fprintf(w, "<p>%s dated, %s to %s. Each bar runs from the first to the last day its date can mean; choose one to go to its claim.</p>\n",
		plural(len(pts), "claim"), yearLabel(lo), yearLabel(hi))
	fmt.Fprintf(w, "<svg viewBox=\"0 0 %g %g\" role=\"img\" aria-labelledby=\"timeline-t\"><title id=\"timeline-t\">Timeline of %s</title>\n",
		tlWidth, height, plural(len(pts), "dated claim"))
	step := tickStep(hi - lo)
	for y := lo; y <= hi+1e-9; y += step {
		fmt.Fprintf(w, "<line class=\"tick\" x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%g\"/><text x=\"%.1f\" y=\"%g\">%s</text>\n",
			x(y), x(y), height-14, x(y), height-2, yearLabel(y))
	}
	for i, p := range pts {
		width := max(x(p.to)-x(p.from), 3)
		fmt.Fprintf(w, "<a href=\"#%s\"><rect x=\"%.1f\" y=\"%g\" width=\"%.1f\" height=\"%g\"><title>%s, %s (%s)</title></rect></a>\n",
			esc(p.id), x(p.from), 4+float64(lanes[i])*tlLane, width, tlLane-2, esc(p.words), esc(p.when), esc(p.source))
	}
	w.WriteString("</svg>\n</section>\n")
}

// niceRange widens a span of years to whole steps of the ticks.
func niceRange(lo, hi float64) (float64, float64) {
	if hi-lo < 1 {
		lo, hi = lo-0.5, hi+0.5
	}
	step := tickStep(hi - lo)
	lo = step * float64(int64(floorDiv(lo, step)))
	hi = step * float64(int64(floorDiv(hi, step))+1)
	return lo, hi
}

func floorDiv(a, b float64) float64 {
	q := a / b
	if q < 0 && q != float64(int64(q)) {
		return float64(int64(q) - 1)
	}
	return float64(int64(q))
}

// tickStep is a round number of years between ticks, for about ten ticks.
func tickStep(span float64) float64 {
	for _, s := range []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000} {
		if span/s <= 12 {
			return s
		}
	}
	return 10000
}

// yearLabel writes a year as historians do: 1958, 44 BC.
func yearLabel(y float64) string {
	n := int64(floorDiv(y, 1))
	if n <= 0 {
		return strconv.FormatInt(1-n, 10) + " BC"
	}
	return strconv.FormatInt(n, 10)
}
