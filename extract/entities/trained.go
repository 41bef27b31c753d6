package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/ner"
)

// sentenceModel holds the trained model's names of one sentence, found
// once and read by every candidate of the sentence.
type sentenceModel struct {
	toks  []ner.Token
	spans []ner.Span
}

// trainedSpans runs the trained model (extract/ner) over one sentence, its
// tokens ts.
func (r *Recognizer) trainedSpans(text string, ts []lex.Token) sentenceModel {
	if r.trained == nil {
		return sentenceModel{}
	}
	toks := ner.FromLex(text, ts)
	sm := sentenceModel{toks: toks}
	// The model reads a short line (a heading, a line of a list or a
	// signature) on its own: it does not see line breaks.
	from := 0
	for k := 1; k <= len(toks); k++ {
		if k < len(toks) && (k-from > 5 || !strings.Contains(text[toks[k-1].End:toks[k].Start], "\n")) {
			continue
		}
		for _, s := range r.trained.Spans(toks[from:k]) {
			s.From, s.To = s.From+from, s.To+from
			sm.spans = append(sm.spans, s)
		}
		from = k
	}
	return sm
}

// commonWord reports whether a capitalised word is, at least now and then,
// a common word of English ("Cotton", "Providence"), by how the model's
// training text writes it.
func (r *Recognizer) commonWord(w string) bool {
	return reverentWords[w] || r.trained != nil && r.trained.Common(strings.ToLower(w))
}

// reverentWords are common nouns that older writing capitalises ("trusted
// in Providence", "the will of Heaven"); the training text, mostly novels,
// capitalises them too.
var reverentWords = lex.SetOf("Providence", "Heaven", "Heavens", "Hell", "Nature", "Fortune", "Fate", "Destiny",
	"Almighty", "Deity", "Creator", "Divinity", "Grace", "Mercy", "Liberty", "Justice", "Truth", "Reason", "Virtue")

// nameLike reports whether a candidate that opens its sentence looks like
// a name whatever the model thinks: several capitalised words ("Li
// Fu-ch'un"), a word the training text only ever capitalises, or a
// surname's ending ("Kolesnikov", "Andreescu"). A single capitalised word
// of any other kind is as likely a common word ("Delegates").
func (r *Recognizer) nameLike(text string, ps []namePiece, c candidate) bool {
	name := lex.Span{Start: ps[c.from].Start, End: ps[c.to].End}.Text(text)
	if r.trained == nil || commonShape(name) || r.ordinaryWord(ps[c.from].Text(text)) {
		return false
	}
	if c.to > c.from {
		return true
	}
	return r.trained.Capitalised(strings.ToLower(name)) || hasSuffixOf(name, surnameSuffixes)
}

// surnameSuffixes end surnames far more often than common words.
var surnameSuffixes = []string{"ov", "ova", "ev", "eva", "sky", "ski", "skaya", "enko", "vich", "ovic", "ovich", "escu", "opoulos", "idis", "oglu", "yan", "stein", "mann", "elli", "etti", "ini", "ez", "sson", "sen"}

// rereadInitial asks the model again about a name that opens the sentence,
// as if a word ("And") stood before it: only by chance does it open the
// sentence, and the model, which has seen few unknown names there, is shy
// of them ("Kolesnikov arrived.").
func (r *Recognizer) rereadInitial(sm sentenceModel, sp lex.Span) sentenceModel {
	k := 0
	for k < len(sm.toks) && sm.toks[k].Start < sp.Start {
		k++
	}
	toks := append([]ner.Token{{Text: "And", Start: -1, End: -1}}, sm.toks[k:]...)
	return sentenceModel{toks: toks, spans: r.trained.Spans(toks)}
}

// covering returns the coarse label of the model's name that covers the
// start of sp, whether it starts exactly there, and whether it covers sp
// whole; "" when no name covers it.
func (sm sentenceModel) covering(sp lex.Span) (label string, sameStart, whole bool) {
	for _, s := range sm.spans {
		if s.Start <= sp.Start && sp.Start < s.End {
			return s.Label, s.Start == sp.Start, s.End >= sp.End
		}
		if sp.Start <= s.Start && s.Start < sp.End {
			return s.Label, false, false
		}
	}
	return "", false, false
}

// modelEntities decides the candidates of one sentence with the trained
// model's names: a candidate the model calls a name is one, labelled by
// refining the model's coarse type (refine); where the model says nothing,
// the context may still settle it (a name it is coordinated or listed
// with, a preposition of place before it).
func (r *Recognizer) modelEntities(text string, sm sentenceModel, ps []namePiece, cands []candidate, mode sentenceCase) []Entity {
	var out []Entity
	for _, c := range cands {
		if e, ok := r.modelEntity(text, sm, ps, c, mode); ok {
			out = append(out, e)
		}
	}
	return out
}

func (r *Recognizer) modelEntity(text string, sm sentenceModel, ps []namePiece, c candidate, mode sentenceCase) (Entity, bool) {
	sp := lex.Span{Start: ps[c.from].Start, End: ps[c.to].End}
	name := sp.Text(text)
	coarse, sameStart, _ := sm.covering(sp)
	if coarse == "" && c.initial && mode == caseNormal && r.nameLike(text, ps, c) {
		coarse, sameStart, _ = r.rereadInitial(sm, sp).covering(sp)
	}
	if c.from == c.to && titleWord(name) {
		return Entity{}, false // "King of Prussia", "the Emperor": a title alone names no one
	}
	if c.from == c.to && abbreviationWords[name] && ps[c.to].End < len(text) && text[ps[c.to].End] == '.' {
		return Entity{}, false // "Nos. 168", "Vicksburg, Miss."
	}
	if mode == caseNormal && r.unnamedCapitals(text, ps, c) {
		return Entity{}, false // "WHOLESALE MILLINERY" in an advertisement
	}
	if c.coord != "" && !c.initial && mode == caseNormal {
		return Entity{Span: sp, Label: c.coord, Canonical: canonicalText(name), Origin: OriginRule}, true
	}
	if coarse == "" {
		if place, ok := r.place(name); ok && !c.initial && mode == caseNormal && bigPlace(place) && !r.ordinaryWord(name) {
			return Entity{Span: sp, Label: "GPE", Canonical: r.placeName(name), Origin: OriginGazetteer}, true
		}
		if c.listed != "" && !c.initial && mode == caseNormal {
			return Entity{Span: sp, Label: c.listed, Canonical: canonicalText(name), Origin: OriginRule}, true
		}
		if c.place && !c.initial && mode == caseNormal && c.from == c.to && !r.ordinaryWord(name) {
			return Entity{Span: sp, Label: "GPE", Canonical: canonicalText(name), Origin: OriginRule}, true
		}
		return Entity{}, false
	}
	if (c.initial || mode == caseTitle) && (!sameStart || c.from == c.to && commonShape(name)) {
		return Entity{}, false
	}
	if c.from == c.to && len([]rune(name)) == 1 {
		return Entity{}, false // a letter alone: an initial, OCR debris
	}
	if c.from == c.to && mode == caseNormal && r.commonWord(name) && !placeFollows(text, ps, c.to) {
		return Entity{}, false // "trusted in Providence", "the Assembly": an ordinary word capitalised
	}
	label, canonical := r.refine(coarse, text, ps, c.from, c.to)
	if label == "PERSON" && c.from == c.to && !c.initial && residence(text, ps, c.from) {
		label, canonical = "GPE", r.placeName(name) // "in Skibbereen", "Mr Larrington, of Berehaven"
	}
	if label == "" {
		return Entity{}, false
	}
	return Entity{Span: sp, Label: label, Canonical: canonical, Origin: OriginModel}, true
}

// refine turns the model's coarse label of pieces [from, to] into one of
// Labels, with the canonical name: a place the GeoNames gazetteer knows is
// a GPE under its current name; a head word settles places, groups,
// events, works and laws; "" when a MISC name is none of those.
func (r *Recognizer) refine(coarse, text string, ps []namePiece, from, to int) (string, string) {
	name := lex.Span{Start: ps[from].Start, End: ps[to].End}.Text(text)
	canonical := canonicalText(name)
	last := ps[to].Text(text)
	head := lastHeads[last]
	switch coarse {
	case "PER":
		if strings.HasSuffix(last, "s") && r.commonWord(last) {
			return "NORP", canonical // a group: "Home Rulers"
		}
		return "PERSON", canonical
	case "ORG":
		if p, ok := r.place(name); ok && p.Kind >= ner.PlaceAdmin1 {
			return "GPE", r.placeName(name) // a country acting: "Sweden protested"
		}
		return "ORG", canonical
	case "LOC":
		switch head {
		case "LOC", "FAC", "GPE":
			return head, canonical
		}
		return "GPE", r.placeName(name)
	}
	// MISC: a group, an event, a work or a law, by its words.
	switch head {
	case "EVENT", "WORK", "LAW":
		return head, canonical
	}
	// A group's name is a plural ("Germans") or an adjective before a noun
	// ("German troops"); "Maximilian, Prince of Baden" is neither.
	adjective := to+1 < len(ps) && !ps[to+1].upper && !ps[to+1].digit && text[ps[to].End:ps[to+1].Start] == " "
	if from == to && (nationalityShape(name) && (strings.HasSuffix(name, "s") || adjective) || groupWord(name) || hasSuffixOf(name, demonymSuffixes)) {
		return "NORP", canonical
	}
	return "", ""
}

// place looks a name up in the GeoNames place gazetteer.
func (r *Recognizer) place(name string) (ner.Place, bool) {
	return ner.BuiltinPlaces().Lookup(name)
}

// placeName is the canonical name of a place: its current name in the
// GeoNames gazetteer ("Canton" → "Guangzhou", "Königsberg" →
// "Salisbury" → "Harare") when the name is a variant of a city of a
// million, or the main name of a country, a division or a city of a
// quarter of a million; otherwise the name as written, for the
// gazetteer's variants and smaller places share too many names with
// ancient and foreign ones ("Dandi" is a variant of Dundee, "Galata" of
// Iaşi, "Champa" a town in India, "Pharsalus" was Pharsalus to
// historians).
func (r *Recognizer) placeName(name string) string {
	p, main, ok := ner.BuiltinPlaces().Match(name)
	switch {
	case !ok:
	case !main && p.Population >= 1000000:
		return p.Name
	case main && (p.Kind >= ner.PlaceAdmin1 || p.Population >= 250000):
		return p.Name
	}
	return canonicalText(name)
}

// bigPlace reports whether a place is well enough known to be taken for a
// place by its name alone: a country, a state or province, a city of half
// a million.
func bigPlace(p ner.Place) bool {
	return p.Kind >= ner.PlaceAdmin1 || p.Population >= 500000
}

// placeFollows reports whether a comma and a capitalised word follow piece
// k: "Providence, R.I.", "Reading, Pa.".
func placeFollows(text string, ps []namePiece, k int) bool {
	return k+1 < len(ps) && text[ps[k].End:ps[k+1].Start] == ", " && ps[k+1].upper
}

// capsPlaces finds the places the GeoNames gazetteer knows among pieces
// [i, j] of a heading in capitals ("WAR WITH GERMANY", "NEWS FROM
// NEW-ORLEANS"), longest first: countries, divisions and cities of a
// hundred thousand; a single word of at least four letters that is no
// ordinary word.
func (r *Recognizer) capsPlaces(text string, ps []namePiece, i, j int) []Entity {
	var out []Entity
	for a := i; a <= j; a++ {
		for b := min(j, a+3); b >= a; b-- {
			if b > a && !nameGap(text[ps[b-1].End:ps[b].Start]) {
				continue
			}
			sp := lex.Span{Start: ps[a].Start, End: ps[b].End}
			name := sp.Text(text)
			if b == a && (len([]rune(name)) < 4 || r.ordinaryWord(name)) {
				continue
			}
			if b+1 <= j && ps[b+1].hyphen {
				continue
			}
			p, ok := r.place(name)
			if !ok || p.Kind < ner.PlaceAdmin1 && p.Population < 100000 {
				continue
			}
			out = append(out, Entity{Span: sp, Label: "GPE", Canonical: r.placeName(name), Origin: OriginGazetteer})
			a = b
			break
		}
	}
	return out
}

// ordinaryWord reports whether a capitalised word is an ordinary word of
// English, by how the model's training text writes it.
func (r *Recognizer) ordinaryWord(w string) bool {
	return r.trained != nil && r.trained.Ordinary(strings.ToLower(w))
}

// commonShape reports whether a capitalised word has the ending of an
// adverb, a participle or an adjective ("Reportedly", "Exhausted",
// "Launching", "Famous"), which opens sentences far more often than a name.
func commonShape(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ly", "ed", "ing", "ous", "ful", "ive", "able", "ible", "less", "ness", "ment", "tion", "sion", "ity", "ists", "ers"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nationalityShape reports whether a word looks like the adjective of a
// nation or people ("Hunanese", "Tatar" does not).
func nationalityShape(w string) bool {
	for _, suf := range []string{"an", "ans", "ese", "ish", "ic", "i", "ian", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// joinBrokenWords joins the words OCR broke at a line end inside a name:
// a capitalised fragment, a hyphen or a not sign ("¬"), white space, and
// the rest of the word ("Balti¬ more", "Pitts-\nburgh") or of the name
// ("New- Orleans"). It returns the sentence with the breaks taken out (a
// hyphen kept before a capital: "New-Orleans"), for each of its bytes the
// offset in s, and whether there was any.
func joinBrokenWords(s string) (string, []int, bool) {
	var b strings.Builder
	var offsets []int
	found := false
	last := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '¬' && r != '-' {
			i += n
			continue
		}
		k := i + n
		for k < len(s) && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r') {
			k++
		}
		if k == i+n || k >= len(s) || strings.Count(s[i+n:k], "\n") > 1 {
			i += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		start := i
		for start > 0 {
			p, m := utf8.DecodeLastRuneInString(s[:start])
			if !unicode.IsLetter(p) {
				break
			}
			start -= m
		}
		first, _ := utf8.DecodeRuneInString(s[start:])
		if start == i || !unicode.IsUpper(first) || !unicode.IsLetter(next) || r == '-' && !unicode.IsLower(next) && !unicode.IsUpper(next) {
			i += n
			continue
		}
		found = true
		for x := last; x < i; x++ {
			offsets = append(offsets, x)
		}
		b.WriteString(s[last:i])
		if unicode.IsUpper(next) {
			offsets = append(offsets, i)
			b.WriteByte('-')
		}
		last, i = k, k
	}
	if !found {
		return "", nil, false
	}
	for x := last; x < len(s); x++ {
		offsets = append(offsets, x)
	}
	b.WriteString(s[last:])
	return b.String(), offsets, true
}

// unnamedCapitals reports whether a candidate is written in capitals and
// nothing says it is a name: no initial ("D. WEBSTER"), no word the
// training text only ever capitalises, no place the gazetteer knows.
// Headlines and advertisements capitalise common words ("WHOLESALE
// MILLINERY", "LOST"), which the model cannot tell from names.
func (r *Recognizer) unnamedCapitals(text string, ps []namePiece, c candidate) bool {
	for k := c.from; k <= c.to; k++ {
		w := ps[k].Text(text)
		if !ps[k].caps && !ps[k].digit && !ps[k].hyphen {
			return false
		}
		if ps[k].dot && len([]rune(w)) == 2 || r.trained != nil && r.trained.Capitalised(strings.ToLower(w)) {
			return false
		}
	}
	_, ok := r.place(lex.Span{Start: ps[c.from].Start, End: ps[c.to].End}.Text(text))
	return !ok
}

// residence reports whether the word at piece k follows "in", "near" or
// "at", or ", of" after a name: where a person lives or a thing happens
// ("As in Skibbereen", "Mr Larrington, of Berehaven"), which a single
// word the model takes for a person is far more often a small place.
func residence(text string, ps []namePiece, k int) bool {
	if k == 0 || text[ps[k-1].End:ps[k].Start] != " " {
		return false
	}
	switch ps[k-1].Text(text) {
	case "in", "near", "at":
		return true
	case "of":
		return k >= 2 && strings.HasSuffix(text[ps[k-2].End:ps[k-1].Start], ", ")
	}
	return false
}
