package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/ner"
)

// Entity is a named entity: a person, organisation, place, group, event,
// work, law or facility. Label is one of Labels. Canonical is the entity's
// full name, shared by all its variants ("Mao", "Mao Tse-tung" → "Mao
// Zedong"). Origin says what settled the label and the canonical name.
type Entity struct {
	lex.Span
	Label     string
	Canonical string
	Origin    Origin
}

// Origin is what settled an entity's label and canonical name. A later
// origin wins over an earlier one when they disagree.
type Origin int

// The origins of an entity, weakest first.
const (
	OriginModel     Origin = iota // prose's statistical model
	OriginRule                    // a rule: a title, a head word ("Conference", "Treaty of"), a first name
	OriginGazetteer               // the built-in gazetteer
	OriginText                    // the source itself: an alias in parentheses, a surname used after the full name
	OriginUser                    // the user's aliases file
)

// String returns the name of the origin.
func (o Origin) String() string {
	switch o {
	case OriginRule:
		return "rule"
	case OriginGazetteer:
		return "gazetteer"
	case OriginText:
		return "text"
	case OriginUser:
		return "aliases"
	}
	return "model"
}

// Recognizer finds the named entities of sentences. prose's model proposes
// names the gazetteers and rules do not know; the built-in gazetteer and the
// user's aliases name and label the ones they know. A Recognizer is
// read-only and safe for concurrent use.
type Recognizer struct {
	trained *ner.Model
	builtin *Gazetteer
	user    *Gazetteer
}

// NewRecognizer returns a recogniser that uses the trained model of
// extract/ner, the built-in gazetteer and the user's aliases (nil for
// none), which win over it.
func NewRecognizer(aliases *Gazetteer) *Recognizer {
	return &Recognizer{trained: ner.Builtin(), builtin: BuiltinGazetteer(), user: aliases}
}

// Lookup returns what the user's aliases, or else the built-in gazetteer,
// know of a written name, and which of the two said it. A canonical name of
// the gazetteer that the user's aliases give another name is renamed.
func (r *Recognizer) Lookup(name string) (Name, Origin, bool) {
	return r.lookup(nameKey(name), false)
}

func (r *Recognizer) lookup(key string, fold bool) (Name, Origin, bool) {
	find := func(g *Gazetteer) (Name, bool) {
		if g == nil {
			return Name{}, false
		}
		if fold {
			return g.lookupFold(key)
		}
		n, ok := g.names[key]
		return n, ok
	}
	if n, ok := find(r.user); ok {
		return n, OriginUser, true
	}
	n, ok := find(r.builtin)
	if !ok {
		return Name{}, 0, false
	}
	if u, ok := r.user.Lookup(n.Canonical); ok {
		return u, OriginUser, true
	}
	return n, OriginGazetteer, true
}

func (r *Recognizer) isPrefix(key string, fold bool) bool {
	return r.builtin.isPrefix(key, fold) || r.user.isPrefix(key, fold)
}

func (r *Recognizer) maxWords() int {
	n := r.builtin.maxWords
	if r.user != nil && r.user.maxWords > n {
		n = r.user.maxWords
	}
	return n
}

func (r *Recognizer) canStart(w string) bool {
	return r.builtin.starts[w] || (r.user != nil && r.user.starts[w])
}

// Entities finds the named entities of one sentence (sentence is its span in
// text) and returns them in text order, without overlaps.
//
// Names the gazetteers know are found first, longest first ("Great Leap
// Forward" before "Great"), whatever prose thinks. Then the runs of
// capitalised words around them are read as names: whole when a head word
// labels them ("Lushan Conference", "Treaty of Nanking", "Yangtze River"),
// a title or a first name marks a person ("Gen. Georgy Zhukov" gives "Georgy
// Zhukov"), and what is left is labelled by prose's model, run only on a few
// words around such names. A capitalised word that only opens the sentence
// ("Afraid of failure...") or a quotation is a name only if a gazetteer
// knows it or the model is sure of it; a compound modifier gives its name
// ("Mao-made" gives "Mao").
func (r *Recognizer) Entities(text string, sentence lex.Span) []Entity {
	if sentence.Start < 0 || sentence.End > len(text) || sentence.Start >= sentence.End {
		return nil
	}
	if fixed, offsets, ok := joinBrokenWords(text[sentence.Start:sentence.End]); ok {
		// OCR broke a name at a line end ("Balti¬ more", "Pitts-\nburgh"):
		// read the sentence whole, and map the names back.
		es := r.Entities(fixed, lex.Span{Start: 0, End: len(fixed)})
		for k := range es {
			es[k].Start = sentence.Start + offsets[es[k].Start]
			es[k].End = sentence.Start + offsets[es[k].End-1] + 1
		}
		return es
	}
	// One token stream for the sentence: the name pieces and the trained
	// model's tokens are both made from it.
	bp := tokenBuffers.Get().(*[]lex.Token)
	defer tokenBuffers.Put(bp)
	ts := lex.AppendTokensIn((*bp)[:0], text, sentence)
	*bp = ts[:0]
	ps := piecesOf(text, ts)
	if len(ps) == 0 {
		return nil
	}
	mode := unitCase(text, ps)
	known := r.knownNames(text, ps, mode)
	var out []Entity
	var pending []candidate
	for _, run := range nameRuns(text, ps, known, mode) {
		ents, cands := r.readRun(text, ps, known, run, mode)
		out = append(out, ents...)
		pending = append(pending, cands...)
	}
	if len(pending) > 0 {
		for k := range pending {
			hint(text, ps, &pending[k], out)
		}
		found := r.modelEntities(text, r.trainedSpans(text, ts), ps, pending, mode)
		out = append(out, found...)
		// A candidate the model left out may be coordinated with one it
		// took: "samurai from Satsuma and Chōshū".
		if len(found) > 0 && mode == caseNormal {
			for _, c := range pending {
				if c.initial {
					continue
				}
				if covers(found, ps[c.from].Start) {
					// A single word the model took for a person, coordinated
					// with a place, is a place: "In Bantry and Killarney".
					hint(text, ps, &c, out)
					for k := range out {
						if e := &out[k]; c.from == c.to && e.Start == ps[c.from].Start && e.Label == "PERSON" && e.Origin == OriginModel && c.coord == "GPE" {
							e.Label, e.Canonical = "GPE", r.placeName(e.Text(text))
						}
					}
					continue
				}
				hint(text, ps, &c, out)
				if c.coord != "" {
					sp := lex.Span{Start: ps[c.from].Start, End: ps[c.to].End}
					out = append(out, Entity{Span: sp, Label: c.coord, Canonical: canonicalText(sp.Text(text)), Origin: OriginRule})
				}
			}
		}
	}
	sortEntities(out)
	return out
}

// hint notes what the context of a candidate says of it: a name it is
// coordinated with ("Satsuma and Chōshū", "Champa, Java"), or a preposition
// of place before it.
func hint(text string, ps []namePiece, c *candidate, found []Entity) {
	labelEnding := func(end int) string {
		for _, e := range found {
			if e.End == end {
				return e.Label
			}
		}
		return ""
	}
	labelStarting := func(start int) string {
		for _, e := range found {
			if e.Start == start {
				return e.Label
			}
		}
		return ""
	}
	and := func(k int) bool { w := ps[k].Text(text); return w == "and" || w == "or" }
	c.coord, c.listed = "", ""
	if p := c.from - 1; p >= 0 {
		switch gap := text[ps[p].End:ps[c.from].Start]; {
		case gap == ", ":
			c.listed = labelEnding(ps[p].End)
		case and(p) && p > 0 && strings.TrimSpace(text[ps[p-1].End:ps[p].Start]) == "":
			c.coord = labelEnding(ps[p-1].End)
		case placePrepositions[strings.ToLower(ps[p].Text(text))] && gap == " ":
			c.place = true
		}
	}
	if n := c.to + 1; c.coord == "" && n < len(ps) {
		switch gap := text[ps[c.to].End:ps[n].Start]; {
		case gap == ", " && c.listed == "":
			c.listed = labelStarting(ps[n].Start)
		case and(n) && n+1 < len(ps) && gap == " ":
			c.coord = labelStarting(ps[n+1].Start)
		}
	}
}

// covers reports whether one of es starts at offset.
func covers(es []Entity, offset int) bool {
	for _, e := range es {
		if e.Start == offset {
			return true
		}
	}
	return false
}

// knownMatch is a name the gazetteers know, over pieces [from, to].
type knownMatch struct {
	from, to int
	name     Name
	origin   Origin
}

// knownNames finds the names the gazetteers know, left to right, longest
// first. It returns, for each piece, the index of the match covering it in
// the returned slice, or -1.
func (r *Recognizer) knownNames(text string, ps []namePiece, mode sentenceCase) []knownMatch {
	var out []knownMatch
	max := r.maxWords()
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		w := p.Text(text)
		if !p.upper && !p.digit && !r.canStart(w) {
			continue
		}
		if p.hyphen && !p.upper {
			continue
		}
		best := -1
		var bestName Name
		var bestOrigin Origin
		for j := i; j < len(ps) && j-i < max; j++ {
			if j > i && !nameGap(text[ps[j-1].End:ps[j].Start]) {
				break
			}
			key := nameKey(text[p.Start:ps[j].End])
			fold := mode == caseCaps || mode == caseTitle && j > i || p.initial && j > i && sentenceCased(text, ps[i:j+1])
			n, origin, ok := r.lookup(key, false)
			if !ok && fold && (j > i || utf8.RuneCountInString(key) >= 4 && !ps[j].caps) {
				n, origin, ok = r.lookup(key, true)
			}
			if ok && endsName(text, ps, j) {
				best, bestName, bestOrigin = j, n, origin
			}
			if !r.isPrefix(key, false) && !(fold && r.isPrefix(key, true)) {
				break
			}
		}
		if best < 0 {
			continue
		}
		if mode == caseCaps && best == i && utf8.RuneCountInString(w) <= 3 {
			continue // "US", "IT" in a heading in capitals are words
		}
		if best == i && bestName.Label == "PERSON" && i+1 < len(ps) && ps[i+1].upper && !ps[i+1].hyphen &&
			text[p.End:ps[i+1].Start] == " " && !r.knownAt(text, ps, i+1) {
			continue // "Jefferson Davis" is not Thomas Jefferson: a known surname before another name
		}
		out = append(out, knownMatch{from: i, to: best, name: bestName, origin: bestOrigin})
		i = best
	}
	return out
}

// knownAt reports whether a known name starts at piece i.
func (r *Recognizer) knownAt(text string, ps []namePiece, i int) bool {
	_, _, ok := r.lookup(nameKey(ps[i].Text(text)), false)
	return ok || r.isPrefix(nameKey(ps[i].Text(text)), false)
}

// nameGap reports whether the text between two pieces may stand inside a
// name: a space (or a line break), a hyphen, a possessive ("People’s
// Republic"), a comma before an abbreviation ("Washington, D.C.").
func nameGap(gap string) bool {
	switch gap {
	case " ", "-", "\u2010", "\u2011", "\u2013", "’s ", "'s ", "’ ", "' ", ", ", "'", "’", "":
		return true
	}
	return strings.TrimSpace(gap) == "" && strings.Count(gap, "\n") <= 1 && len(gap) <= 4
}

// endsName reports whether a name may end with piece j: not in the middle
// of a hyphenated word, unless what follows the hyphen only makes the name
// a modifier ("Mao-made", "Soviet-style") or is another name ("Sino-Soviet").
func endsName(text string, ps []namePiece, j int) bool {
	if j+1 >= len(ps) || !ps[j+1].hyphen {
		return true
	}
	next := ps[j+1]
	return next.upper || modifierSuffixes[strings.ToLower(next.Text(text))]
}

// sentenceCased reports whether the pieces are written in sentence case:
// the first capitalised and the others in lower case ("Great leap
// forward").
func sentenceCased(text string, ps []namePiece) bool {
	for k, p := range ps {
		if k == 0 && !p.upper || k > 0 && (p.upper || p.digit) {
			return false
		}
	}
	return true
}

// nameRun is a run of pieces [from, to] that may hold names.
type nameRun struct{ from, to int }

// nameRuns finds the runs of capitalised words, with the connectors that
// may stand inside names ("of", "de", "the" before an epithet) and the
// known names among them.
func nameRuns(text string, ps []namePiece, known []knownMatch, mode sentenceCase) []nameRun {
	cover := make([]int, len(ps))
	for i := range cover {
		cover[i] = -1
	}
	for k, m := range known {
		for i := m.from; i <= m.to; i++ {
			cover[i] = k
		}
	}
	isName := func(i int) bool {
		p := ps[i]
		if cover[i] >= 0 {
			return true
		}
		w := p.Text(text)
		switch {
		case p.digit:
			return isOrdinalWord(w) && i+1 < len(ps) && ps[i+1].upper
		case !p.upper:
			return false
		case p.initial && functionWords[w]:
			return false
		case calendarWords[w]:
			return calendarName(text, ps, i)
		case mode == caseTitle && functionWords[w]:
			return false
		}
		return true
	}
	var out []nameRun
	for i := 0; i < len(ps); {
		if !isName(i) {
			i++
			continue
		}
		j := i
		for {
			// Extend over one more piece, a hyphenated part, or a connector
			// followed by a name.
			if k := cover[j]; k >= 0 {
				j = known[k].to
			}
			next := j + 1
			if next >= len(ps) {
				break
			}
			gap := text[ps[j].End:ps[next].Start]
			if ps[next].hyphen {
				if isName(next) || (!ps[next].upper && !modifierSuffixes[strings.ToLower(ps[next].Text(text))]) {
					j = next
					continue
				}
				break
			}
			if ps[next].digit && numberedName(text, ps, i, j) && gap == ". " {
				j = next // "Pit No. 3"
				continue
			}
			if !runGap(text, ps, j, gap) || strings.Contains(gap, "\n") && (wholeLine(text, ps[i].Start) || headingLine(text, ps, j)) {
				break // names on consecutive lines of a heading, a list, a signature are separate
			}
			if isName(next) && !ps[next].initial {
				j = next
				continue
			}
			if weekdayWords[ps[next].Text(text)] && ps[j].upper && j == i && !functionWords[ps[j].Text(text)] {
				j = next // a named day: "Black Thursday", "Bloody Sunday"
				continue
			}
			if ps[next].digit && numberedName(text, ps, i, j) && (gap == " " || gap == ". ") {
				j = next // "Highway 61", "Pit No. 3"
				continue
			}
			if c := connectorAt(text, ps, next, j, cover, known); c > 0 {
				j = next + c - 1
				continue
			}
			if c := titleConnector(text, ps, i, next, mode); c > 0 {
				j = next + c - 1 // "The Road to Wigan Pier"
				continue
			}
			if lowerDesignators[ps[next].Text(text)] && gap == " " && !ps[j].digit {
				j = next // "Chestnut street"
				break
			}
			break
		}
		out = append(out, nameRun{i, j})
		i = j + 1
	}
	return out
}

// calendarName reports whether the month or day at piece i opens a name:
// "April Theses", "July Crisis", "May Fourth Movement" (capitalised words
// up to a head word of an event, a law or a work).
func calendarName(text string, ps []namePiece, i int) bool {
	for k := i + 1; k < len(ps) && ps[k].upper && text[ps[k-1].End:ps[k].Start] == " "; k++ {
		switch lastHeads[ps[k].Text(text)] {
		case "EVENT", "LAW", "WORK":
			return true
		}
	}
	return false
}

// runGap reports whether the gap after piece j may stand inside a name.
func runGap(text string, ps []namePiece, j int, gap string) bool {
	switch gap {
	case "’s ", "'s ":
		return possessiveHeads[ps[j].Text(text)]
	case "’ ", "' ":
		return possessiveHeads[ps[j].Text(text)]
	}
	return strings.TrimSpace(gap) == "" && strings.Count(gap, "\n") <= 1
}

// possessiveHeads may stand before "’s" inside a name: "People’s Republic",
// "Workers’ Party", "St Paul’s Cathedral".
var possessiveHeads = lex.SetOf("People", "Peoples", "Workers", "Peasants", "Women", "Children", "Citizens",
	"Soldiers", "Nations", "Men", "Farmers", "King", "Queen", "Lord", "Paul", "Peter", "Mary", "Martin",
	"Patrick", "Soviets", "Deputies", "Commissars", "Nation", "World", "Founders", "Veterans", "Officers")

// connectorAt returns how many pieces from i make a connector that joins
// the name before it (ending at piece j) to the one after it, or 0.
func connectorAt(text string, ps []namePiece, i, j int, cover []int, known []knownMatch) int {
	w := ps[i].Text(text)
	if ps[i].upper || !connectors[w] {
		return 0
	}
	after := func(k int) bool {
		return k < len(ps) && (ps[k].upper || cover[k] >= 0) && runGap(text, ps, k-1, text[ps[k-1].End:ps[k].Start])
	}
	person := func(k int) bool { // a person's name starts at k: "the Committee of Leon Trotsky"
		if k >= len(ps) {
			return false
		}
		if c := cover[k]; c >= 0 {
			return known[c].name.Label == "PERSON"
		}
		w := ps[k].Text(text)
		return givenNames[w] || personTitles[w] && !titleOnlyBefore[w] && k+1 < len(ps) && ps[k+1].upper
	}
	last := ps[j].Text(text)
	switch {
	case w == "of" && (ofHeads[last] != "" || givenNames[last] && cover[j] < 0):
		if after(i+1) && !person(i+1) {
			return 1
		}
		if i+2 < len(ps) && ps[i+1].Text(text) == "the" && after(i+2) && !person(i+2) {
			return 2
		}
	case w == "for" && lastHeads[last] == "ORG" && after(i+1):
		return 1
	case w == "on" && onHeads[last] && after(i+1) && !calendarWords[ps[i+1].Text(text)]:
		return 1 // "Committee on Foreign Relations"
	case w == "the" && i+1 < len(ps) && epithets[ps[i+1].Text(text)] && after(i+1):
		return 1
	case particles[w] || w == "di" || w == "da" || w == "der" || w == "y" || w == "zu":
		if after(i+1) && !ps[i+1].initial || i+1 < len(ps) && ps[i+1].hyphen && ps[i+1].upper {
			return 1 // "de Gaulle", "al-Bakr"
		}
	}
	return 0
}

// candidate is a part of a run that no gazetteer knows and no rule labels:
// the model decides.
type candidate struct {
	from, to int
	initial  bool   // it opens the sentence or a quotation
	coord    string // the label of a name it is coordinated with ("Satsuma and Chōshū")
	listed   string // the label of a name next to it in a list ("Champa, Java")
	place    bool   // it follows a preposition of place ("in Skibbereen")
}

// readRun turns a run into entities: known names, names labelled by a rule,
// and candidates for the model.
func (r *Recognizer) readRun(text string, ps []namePiece, known []knownMatch, run nameRun, mode sentenceCase) ([]Entity, []candidate) {
	var inRun []knownMatch
	for _, m := range known {
		if m.from >= run.from && m.to <= run.to {
			inRun = append(inRun, m)
		}
	}
	if len(inRun) == 1 && inRun[0].from == run.from && inRun[0].to == run.to {
		return []Entity{knownEntity(ps, inRun[0])}, nil
	}
	coveredAt := func(i int) bool {
		for _, m := range inRun {
			if i >= m.from && i <= m.to {
				return true
			}
		}
		return false
	}
	single := func(i int) bool { // a known name of one word stands at i: "Soviet" in "Petrograd Soviet"
		for _, m := range inRun {
			if m.from == i && m.to == i {
				return true
			}
		}
		return false
	}
	if k := officeWords(text, ps, run); k > run.from {
		run.from = k // "Secretary of War Henry L. Stimson": "War" belongs to the title
		return r.readRun(text, ps, known, run, mode)
	}
	if len(inRun) == 1 && inRun[0].from == run.from && inRun[0].to == run.from && inRun[0].name.Label == "NORP" &&
		run.to == run.from+1 && titleWord(ps[run.to].Text(text)) {
		return []Entity{knownEntity(ps, inRun[0])}, nil // "German Emperor" is an office: the group alone
	}
	if len(inRun) > 0 && inRun[0].from == run.from && inRun[0].to == run.from && inRun[0].name.Label == "NORP" &&
		run.to-run.from >= 2 && isOrdinalWord(ps[run.from+1].Text(text)) {
		// "British Ninth Army": the group, then the numbered unit.
		ents, cands := r.readRun(text, ps, known, nameRun{run.from + 1, run.to}, mode)
		return append([]Entity{knownEntity(ps, inRun[0])}, ents...), cands
	}
	if mode == caseNormal {
		if e, ok := patternName(text, ps, run, len(inRun)); ok {
			return []Entity{e}, nil
		}
	}
	if e, ok := joinedPlaces(text, ps, run, inRun); ok {
		return []Entity{e}, nil
	}
	if e, ok := modifiedPlace(text, ps, run, inRun); ok {
		return []Entity{e}, nil
	}
	if mode != caseCaps {
		if label, from, ok := structuralLabel(text, ps, run, coveredAt, single); ok {
			sp := lex.Span{Start: ps[from].Start, End: ps[run.to].End}
			return []Entity{{Span: sp, Label: label, Canonical: canonicalText(sp.Text(text)), Origin: OriginRule}}, nil
		}
	}
	var out []Entity
	var cands []candidate
	for i := run.from; i <= run.to; {
		if k := matchAt(inRun, i); k >= 0 {
			out = append(out, knownEntity(ps, inRun[k]))
			i = inRun[k].to + 1
			continue
		}
		j := i
		for j+1 <= run.to && matchAt(inRun, j+1) < 0 {
			j++
		}
		if mode == caseCaps {
			out = append(out, r.capsPlaces(text, ps, i, j)...)
		}
		if mode != caseCaps {
			e, c := readUnknown(text, ps, i, j)
			switch {
			case c != nil:
				cands = append(cands, *c)
			case e.End > e.Start:
				out = append(out, e)
			}
		}
		i = j + 1
	}
	return out, cands
}

// modifiedPlace reads a run of a place modifier and a known place as one
// place: "Cisalpine Gaul", "Upper Egypt", "North China".
func modifiedPlace(text string, ps []namePiece, run nameRun, inRun []knownMatch) (Entity, bool) {
	if len(inRun) != 1 || inRun[0].from != run.from+1 || inRun[0].to != run.to || !placeModifiers[ps[run.from].Text(text)] {
		return Entity{}, false
	}
	if l := inRun[0].name.Label; l != "GPE" && l != "LOC" {
		return Entity{}, false
	}
	sp := lex.Span{Start: ps[run.from].Start, End: ps[run.to].End}
	return Entity{Span: sp, Label: inRun[0].name.Label, Canonical: canonicalText(sp.Text(text)), Origin: OriginRule}, true
}

// joinedPlaces reads known places joined by a hyphen as one place:
// "Alsace-Lorraine", "Schleswig-Holstein".
func joinedPlaces(text string, ps []namePiece, run nameRun, inRun []knownMatch) (Entity, bool) {
	if len(inRun) < 2 || inRun[0].from != run.from || inRun[len(inRun)-1].to != run.to {
		return Entity{}, false
	}
	for k, m := range inRun {
		if l := m.name.Label; l != "GPE" && l != "LOC" || k > 0 && (m.from != inRun[k-1].to+1 || !ps[m.from].hyphen) {
			return Entity{}, false
		}
	}
	sp := lex.Span{Start: ps[run.from].Start, End: ps[run.to].End}
	return Entity{Span: sp, Label: inRun[0].name.Label, Canonical: canonicalText(sp.Text(text)), Origin: OriginRule}, true
}

func matchAt(ms []knownMatch, i int) int {
	for k, m := range ms {
		if m.from == i {
			return k
		}
	}
	return -1
}

func knownEntity(ps []namePiece, m knownMatch) Entity {
	return Entity{Span: lex.Span{Start: ps[m.from].Start, End: ps[m.to].End}, Label: m.name.Label, Canonical: m.name.Canonical, Origin: m.origin}
}

// structuralLabel labels a whole run by its head word: "Battle of ..."
// EVENT, "... Conference" EVENT, "... River" LOC, "Mount ..." LOC. It
// returns the label and the piece the name starts at (after any leading
// title).
func structuralLabel(text string, ps []namePiece, run nameRun, covered, single func(int) bool) (string, int, bool) {
	if run.to == run.from {
		return "", 0, false
	}
	for i := run.from + 1; i < run.to; i++ {
		w := ps[i].Text(text)
		if w == "the" && epithets[ps[i+1].Text(text)] {
			return "PERSON", run.from, true // "Frederick the Wise"
		}
		if w == "of" {
			head := ps[i-1].Text(text)
			switch {
			case covered(i - 1):
			case ofHeads[head] != "":
				return ofHeads[head], run.from, true
			case givenNames[head] && i-1 == run.from:
				return "PERSON", run.from, true // "Albert of Brandenburg"
			}
			break
		}
	}
	from := run.from
	if !covered(from) {
		from = skipTitles(text, ps, run.from, run.to)
	}
	if from > run.to || run.to-from < 1 {
		return "", 0, false
	}
	last := ps[run.to].Text(text)
	if last == "Front" && placeModifiers[ps[run.to-1].Text(text)] && run.to-1 == from {
		return "LOC", from, true // "Western Front", a line of battle, not a "Popular Front"
	}
	if label := lastHeads[last]; label != "" && (!covered(run.to) || single(run.to)) && !ps[run.to].hyphen {
		if last == "Congress" && isOrdinalWord(ps[run.to-1].Text(text)) {
			label = "EVENT"
		}
		if last == "Congress" && run.to-2 >= from && ps[run.to-1].Text(text) == "Party" && isOrdinalWord(ps[run.to-2].Text(text)) {
			label = "EVENT"
		}
		return label, from, true
	}
	if label := firstHeads[ps[from].Text(text)]; label != "" && !covered(from) && (label != "PERSON" || !covered(from+1)) {
		return label, from, true
	}
	return "", 0, false
}

// readUnknown reads pieces [i, j] of a run that no gazetteer knows: a title
// or a first name makes a person, "-ist" a group. Otherwise it returns the
// candidate the model must decide, if any is left.
func readUnknown(text string, ps []namePiece, i, j int) (Entity, *candidate) {
	if end := titledPlace(text, ps, i, j); end > i {
		// A place whose name opens with a title: "Prince George", "Fort Worth".
		sp := lex.Span{Start: ps[i].Start, End: ps[end].End}
		return Entity{Span: sp, Label: "GPE", Canonical: canonicalText(sp.Text(text)), Origin: OriginGazetteer}, nil
	}
	k := skipTitles(text, ps, i, j)
	if k > j {
		return Entity{}, nil // a title alone: "Premier" before a known name
	}
	titled := k > i
	if titled && k == j && commonShape(ps[k].Text(text)) {
		return Entity{}, nil // a title before a common word: "General Headquarters"
	}
	i = k
	// Drop connectors left at either end, and a modifier after a hyphen.
	for i <= j && !ps[i].upper && !ps[i].digit {
		i++
	}
	for j > i && ps[j].hyphen && modifierSuffixes[strings.ToLower(ps[j].Text(text))] {
		j--
	}
	for j >= i && !ps[j].upper && !ps[j].hyphen {
		j--
	}
	if j < i || ps[i].digit && j == i {
		return Entity{}, nil
	}
	sp := lex.Span{Start: ps[i].Start, End: ps[j].End}
	name := sp.Text(text)
	first := ps[i].Text(text)
	switch {
	case titled:
		return Entity{Span: sp, Label: "PERSON", Canonical: canonicalText(name), Origin: OriginRule}, nil
	case givenNames[first] && j > i && !ps[i+1].hyphen:
		return Entity{Span: sp, Label: "PERSON", Canonical: canonicalText(name), Origin: OriginRule}, nil
	case j == i && !ps[i].initial && groupWord(first):
		return Entity{Span: sp, Label: "NORP", Canonical: groupPlural(canonicalText(name)), Origin: OriginRule}, nil
	case j == i && hasSuffixOf(first, demonymSuffixes):
		return Entity{Span: sp, Label: "NORP", Canonical: canonicalText(name), Origin: OriginRule}, nil
	case j == i && hasSuffixOf(first, toponymSuffixes):
		return Entity{Span: sp, Label: "GPE", Canonical: canonicalText(name), Origin: OriginRule}, nil
	}
	if ps[i].initial && j == i && commonShape(name) {
		return Entity{}, nil // "Exhausted, ...", "Economists estimated": the model is not asked
	}
	return Entity{}, &candidate{from: i, to: j, initial: ps[i].initial}
}

// skipTitles returns the first piece of [i, j] after any person's titles
// that open it ("Gen.", "Prime Minister", "Party Chairman"), j+1 when all
// of it is titles. Words that are titles only before another title
// ("Prime", "War") are skipped only then.
func skipTitles(text string, ps []namePiece, i, j int) int {
	k := i
	for k <= j && personTitles[ps[k].Text(text)] {
		k++
	}
	for k > i && titleOnlyBefore[ps[k-1].Text(text)] {
		k--
	}
	return k
}

// groupPlural returns the plural of a group's name: "Leninist" → "Leninists".
func groupPlural(w string) string {
	if strings.HasSuffix(w, "s") {
		return w
	}
	return w + "s"
}

// groupWord reports whether a capitalised word names the followers of a
// doctrine or person ("Leninist", "Trotskyists", "Maronites").
func groupWord(w string) bool {
	for _, suf := range []string{"ist", "ists", "ites"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// canonicalText is the canonical name of an entity no gazetteer knows: its
// text with white space folded and curly apostrophes made straight.
func canonicalText(s string) string {
	s = lex.FoldSpace(s)
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return s
}

// sortEntities sorts entities by position (they never overlap).
func sortEntities(es []Entity) {
	for i := 1; i < len(es); i++ {
		for k := i; k > 0 && es[k].Start < es[k-1].Start; k-- {
			es[k], es[k-1] = es[k-1], es[k]
		}
	}
}

// wholeLine reports whether only spaces, bullets or punctuation stand
// between the start of the line holding offset and offset: a name that
// opens its line and reaches its end is the whole line.
func wholeLine(text string, offset int) bool {
	for k := offset - 1; k >= 0; k-- {
		switch c := text[k]; {
		case c == '\n':
			return true
		case c == ' ' || c == '\t' || c == '\r' || c == '-' || c == '*' || c == '(' || c == '"' || c >= 0x80:
		default:
			return false
		}
	}
	return true
}

// numberedName reports whether the run [i, j] is the head of a numbered
// name that a number continues: "Highway 61", "Route 66", "Pit No. 3".
func numberedName(text string, ps []namePiece, i, j int) bool {
	w := ps[j].Text(text)
	if w == "No." || w == "No" || w == "Number" {
		return j > i && numberedHeads[ps[j-1].Text(text)] != ""
	}
	return numberedHeads[w] != "" && j == i
}

// titleConnector returns how many pieces from next join a run that opens
// with a capitalised "The" inside a sentence, the way a title of a work
// does ("The Road to Wigan Pier", "The Wealth of Nations"): a small word
// followed by a capitalised one. 0 otherwise.
func titleConnector(text string, ps []namePiece, i, next int, mode sentenceCase) int {
	if mode != caseNormal || ps[i].initial || ps[i].Text(text) != "The" || next+1 >= len(ps) {
		return 0
	}
	for n := 1; n <= 2 && next+n < len(ps); n++ { // "to Wigan", "of the Peace"
		small := ps[next+n-1]
		if !titleSmallWords[small.Text(text)] || text[ps[next+n-2].End:small.Start] != " " {
			return 0
		}
		if c := ps[next+n]; c.upper && !c.hyphen && text[small.End:c.Start] == " " {
			return n
		}
	}
	return 0
}

// officeWords returns the first piece of a run after the words that
// complete a title written before it with "of": "Secretary of War Henry
// L. Stimson", "Chancellor of the Exchequer Lloyd George". It returns
// run.from when there are none.
func officeWords(text string, ps []namePiece, run nameRun) int {
	k := run.from
	t := k - 2
	if t >= 0 && ps[t+1].Text(text) == "the" {
		t--
	}
	if t < 0 || ps[t+1].Text(text) != "of" && !(ps[t+1].Text(text) == "the" && t >= 0) {
		return k
	}
	if w := ps[t].Text(text); !personTitles[w] || titleOnlyBefore[w] {
		return k
	}
	for k < run.to && offices[ps[k].Text(text)] {
		k++
	}
	return k
}

// patternName labels a run by a pattern of its words: a numbered name
// ("Highway 61", "Pit No. 3"), a designator in lower case ("Chestnut
// street"), a named day ("Black Thursday"), the title of a work opening
// with "The" inside a sentence ("The Road to Wigan Pier"). known is the
// number of known names inside the run.
func patternName(text string, ps []namePiece, run nameRun, known int) (Entity, bool) {
	if run.to == run.from {
		return Entity{}, false
	}
	first, last := ps[run.from].Text(text), ps[run.to].Text(text)
	sp := lex.Span{Start: ps[run.from].Start, End: ps[run.to].End}
	rule := func(label string) (Entity, bool) {
		return Entity{Span: sp, Label: label, Canonical: canonicalText(sp.Text(text)), Origin: OriginRule}, true
	}
	switch {
	case numberedHeads[first] != "" && ps[run.to].digit:
		return rule(numberedHeads[first])
	case lowerDesignators[last]:
		if label := lastHeads[strings.ToUpper(last[:1])+last[1:]]; label != "" {
			return rule(label)
		}
	case weekdayWords[last] && run.to == run.from+1:
		return rule("EVENT")
	case first == "The" && !ps[run.from].initial:
		for k := run.from + 1; k < run.to; k++ {
			if titleSmallWords[ps[k].Text(text)] && ps[k].Text(text) != "of" {
				return rule("WORK")
			}
		}
		if known == 0 && lastHeads[last] == "" && !(run.to > run.from+1 && ps[run.from+2].Text(text) == "of" && ofHeads[ps[run.from+1].Text(text)] != "") {
			return rule("WORK")
		}
	}
	return Entity{}, false
}

// titledPlace returns the last piece of a place the GeoNames gazetteer
// knows that opens at piece i with a title ("Prince George", "General
// Santos"), or i when there is none.
func titledPlace(text string, ps []namePiece, i, j int) int {
	if !personTitles[ps[i].Text(text)] {
		return i
	}
	for end := min(j, i+2); end > i; end-- {
		if !ps[end].upper {
			continue
		}
		p, ok := ner.BuiltinPlaces().Lookup(text[ps[i].Start:ps[end].End])
		if ok && (p.Kind >= ner.PlaceAdmin1 || p.Population >= 20000) {
			return end
		}
	}
	return i
}

// headingLine reports whether the line that piece j ends is a heading in
// title case ("The Abdication Of The Kaiser"): at least three words, four
// in five of them capitalised. A name does not run on from a heading to
// the line below.
func headingLine(text string, ps []namePiece, j int) bool {
	start := strings.LastIndexByte(text[:ps[j].Start], '\n') + 1
	words, upper := 0, 0
	for k := j; k >= 0 && ps[k].Start >= start; k-- {
		if ps[k].digit || ps[k].hyphen {
			continue
		}
		words++
		if ps[k].upper {
			upper++
		}
	}
	return words >= 3 && upper*5 >= words*4
}

// titleWord reports whether w is a title or a royal style ("King",
// "Emperor", "General"), which alone names no one.
func titleWord(w string) bool {
	return personTitles[w] || firstHeads[w] == "PERSON" || lastHeads[w] == "PERSON"
}
