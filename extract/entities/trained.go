package entities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/ner"
)

// sentenceModel holds the trained model's names of one sentence, found
// once and read by every candidate of the sentence.
type sentenceModel struct {
	toks  []ner.Token
	spans []ner.Span
}

// trainedSpans runs the trained model (extract/ner) over one sentence.
func (r *Recognizer) trainedSpans(text string, sentence lex.Span) sentenceModel {
	if r.trained == nil {
		return sentenceModel{}
	}
	toks := ner.Tokenize(text, sentence.Start, sentence.End)
	return sentenceModel{toks: toks, spans: r.trained.Spans(toks)}
}

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
	if c.coord != "" && !c.initial && mode == caseNormal {
		return Entity{Span: sp, Label: c.coord, Canonical: canonicalText(name), Origin: OriginRule}, true
	}
	if coarse == "" {
		if place, ok := r.place(name); ok && !c.initial && mode == caseNormal && bigPlace(place) {
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
	label, canonical := r.refine(coarse, text, ps, c.from, c.to)
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
	if from == to && (nationalityShape(name) || groupWord(name) || hasSuffixOf(name, demonymSuffixes)) {
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
// place by its name alone: a country, a state or province, a city of a
// million.
func bigPlace(p ner.Place) bool {
	return p.Kind >= ner.PlaceAdmin1 || p.Population >= 1000000
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
