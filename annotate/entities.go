package annotate

import (
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/extract/lex"
)

// ParseAliases reads a user's aliases file from r: CSV lines
// "canonical,label,variant" (see entities.ParseGazetteer). name names the
// file in errors: "name:line: reason" for a malformed line, "name: reason"
// when r cannot be read.
func ParseAliases(r io.Reader, name string) (*entities.Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	return entities.ParseGazetteer(name, data)
}

// unwrapPath drops the path a file's read error carries (an *fs.PathError),
// since the message names the file first.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// newResolver returns the resolver of a source's entities. The caller
// covers the spans of all the mentions the recogniser and the other
// extractors found (cover), adds the entity mentions to r.mentions, and
// calls resolve.
func newResolver(text string, sentences []Sentence, names *entities.Recognizer) *resolver {
	return &resolver{text: text, sentences: sentences, names: names, defined: map[string]*EntityAttrs{},
		covered: make([]uint64, len(text)/64+1)}
}

// resolve settles the names of a source's entities across the whole
// text, after the recogniser has read each sentence on its own:
//
//   - Aliases the text defines in parentheses join their entity: "People’s
//     Republic of China (PRC)", "Mao Zedong (Mao Tse-tung)", "Peking (now
//     Beijing)". A short form defined this way ("GLF") is found wherever it
//     is used later.
//   - A surname used alone ("Khrushchev", "Nkrumah") after the full name
//     ("Nikita Khrushchev") is that person, found even where the model
//     missed it. East Asian names give their first word ("Mao", "Peng").
//   - Every mention of one entity gets one label: the gazetteer's, or else
//     the one most of its mentions have.
//
// The user's aliases win over all of this. The mentions found are added
// to r.mentions, after the others.
func (r *resolver) resolve() {
	r.textAliases()
	r.surnames()
	r.unifyLabels()
	r.words, r.byName, r.defined, r.order = nil, nil, nil, nil
}

// entityMention is an entity mention as the resolver holds it: a long
// source's entities are all held from the first reading of its blocks to
// the second, so they take a third of a Mention's room. Its text is
// text[Start:End].
type entityMention struct {
	Start, End, Sentence int
	*EntityAttrs
}

// mention returns the entity mention as a Mention of the source's text.
func (m entityMention) mention(text string) Mention {
	return Mention{Type: TypeEntity, Text: text[m.Start:m.End], Start: m.Start, End: m.End, Sentence: m.Sentence, EntityAttrs: m.EntityAttrs}
}

// resolver holds the state of the resolution of a source's entities.
type resolver struct {
	text      string
	sentences []Sentence
	mentions  []entityMention
	names     *entities.Recognizer
	defined   map[string]*EntityAttrs // short forms the text defines → their entity
	order     []string                // the keys of defined, in the order of definition
	covered   []uint64                // a bit per byte of text that a mention covers
	words     map[string][]int        // capitalised words → where they stand, in order (see wordsAt)

	// Indexes that keep the resolver linear in the length of the text:
	// the entity mentions by name (for rename), built when first needed.
	byName map[entityName][]int
}

// entityName is an entity's canonical name and label.
type entityName struct{ canonical, label string }

// indexNames builds r.byName from the entity mentions.
func (r *resolver) indexNames() {
	r.byName = map[entityName][]int{}
	for i := range r.mentions {
		if e := r.mentions[i].EntityAttrs; e != nil {
			k := entityName{e.Canonical, e.Label}
			r.byName[k] = append(r.byName[k], i)
		}
	}
}

// cover marks the bytes of [start, end) as covered by a mention.
func (r *resolver) cover(start, end int) {
	for i := start; i < end; i++ {
		r.covered[i/64] |= 1 << (i % 64)
	}
}

// free reports whether no mention covers a byte of [start, end).
func (r *resolver) free(start, end int) bool {
	for i := start; i < end; i++ {
		if r.covered[i/64]&(1<<(i%64)) != 0 {
			return false
		}
	}
	return true
}

// wordsAt returns where the word w stands in the text as a whole word, in
// order, from an index of the capitalised words made on first use in one
// pass over the text, so that looking up every surname of a long source
// costs one pass, not one per surname. ok is false for a w the index does
// not hold (not capitalised, or not all name runes).
func (r *resolver) wordsAt(w string) (at []int, ok bool) {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return nil, false
	}
	for _, c := range w {
		if !lex.IsNameRune(c) {
			return nil, false
		}
	}
	if r.words == nil {
		r.words = map[string][]int{}
		text := r.text
		for i := 0; i < len(text); {
			c, n := utf8.DecodeRuneInString(text[i:])
			if !lex.IsNameRune(c) {
				i += n
				continue
			}
			j := i + n
			for j < len(text) {
				d, m := utf8.DecodeRuneInString(text[j:])
				if !lex.IsNameRune(d) {
					break
				}
				j += m
			}
			if unicode.IsUpper(c) {
				r.words[text[i:j]] = append(r.words[text[i:j]], i)
			}
			i = j
		}
	}
	return r.words[w], true
}

// textOf returns the text of the mention r.mentions[i].
func (r *resolver) textOf(i int) string {
	return r.text[r.mentions[i].Start:r.mentions[i].End]
}

// entities returns the indices of the entity mentions, in text order.
func (r *resolver) entities() []int {
	var idx []int
	for i := range r.mentions {
		if r.mentions[i].EntityAttrs != nil {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return r.mentions[idx[a]].Start < r.mentions[idx[b]].Start })
	return idx
}

// textAliases reads the aliases defined in parentheses: a name followed by
// another name, or an acronym, in brackets, either way round.
func (r *resolver) textAliases() {
	at := map[int]int{} // start offset → mention index, for entity mentions
	for _, i := range r.entities() {
		at[r.mentions[i].Start] = i
	}
	for _, i := range r.entities() {
		m := r.mentions[i]
		name := r.textOf(i)
		open := skipSpace(r.text, m.End)
		if open >= len(r.text) || r.text[open] != '(' {
			continue
		}
		sent := r.sentences[m.Sentence]
		if open >= sent.End {
			continue // the bracket opens the next sentence
		}
		close := strings.IndexByte(r.text[open:sent.End], ')')
		if close < 0 {
			continue
		}
		start, end := open+1, open+close
		cue := aliasCue(r.text[start:end])
		start += cue
		start = skipSpace(r.text, start)
		for end > start && r.text[end-1] == ' ' {
			end--
		}
		if end <= start {
			continue
		}
		inner := r.text[start:end]
		if cue == 0 && !sameThing(name, m.Label, inner) {
			continue // "Lars Eriksson (Sweden)", "Émile Roux (Radical)": what the bracket says of him
		}
		if k, ok := at[start]; ok && r.mentions[k].End == end {
			if cue == 0 && r.mentions[k].Label != m.Label && !isAcronym(inner) && !isAcronym(name) {
				continue // a name of another kind: "Pyotr Volkov (Russia)"
			}
			r.join(i, k)
			continue
		}
		if !isAcronym(inner) && !isCapitalisedName(inner) {
			continue
		}
		if isAcronym(inner) && m.Label == "PERSON" && !initialsOf(name, inner) {
			continue // "Chiang Kai-shek (KMT)" names his party, not him
		}
		if _, origin, known := r.names.Lookup(inner); known && origin >= entities.OriginGazetteer {
			continue // a name of its own: "Moscow (USSR)"
		}
		k := r.add(start, end, &EntityAttrs{Label: m.Label, Canonical: m.Canonical, origin: entities.OriginText})
		if k >= 0 {
			r.define(inner, r.mentions[k].EntityAttrs)
		}
	}
	r.findDefined()
}

// sameThing reports whether a bracket without a cue ("later", "now",
// "formerly") may name the same thing as the name before it (with
// label): an acronym of it or it of the bracket ("Kuomintang (KMT)"), or
// another spelling or romanisation. A person's other spelling shares a
// word with it or is an acronym of its initials ("Li Fuchun (Li
// Fu-ch'un)"); a single word in brackets after a person is a party, a
// country, a place ("Lars Eriksson (Sweden)", "Émile Roux (Radical)").
func sameThing(name, label, inner string) bool {
	if isAcronym(inner) || isAcronym(name) {
		return label != "PERSON" || initialsOf(name, inner)
	}
	if label != "PERSON" {
		return true
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(name) {
		words[w] = true
	}
	for _, w := range strings.Fields(inner) {
		if words[w] {
			return true
		}
	}
	return false
}

// aliasCue returns the length of a cue that opens an alias in brackets
// ("formerly Petrograd", "now Beijing", "also known as ..."), or 0.
func aliasCue(s string) int {
	for _, cue := range []string{"also known as ", "also called ", "known as ", "formerly ", "now ", "today ", "later ", "then ", "also ", "or ", "a.k.a. ", "aka ", "i.e. ", "in pinyin ", "pinyin ", "Wade-Giles "} {
		if strings.HasPrefix(s, cue) {
			return len(cue)
		}
	}
	return 0
}

// join makes the mentions i and k (an alias in brackets) one entity. A
// name the gazetteers or the user know keeps its own; otherwise the
// unknown one takes the other's name, the full form's if neither is known.
func (r *resolver) join(i, k int) {
	a, b := r.mentions[i].EntityAttrs, r.mentions[k].EntityAttrs
	aKnown, bKnown := a.origin >= entities.OriginGazetteer, b.origin >= entities.OriginGazetteer
	switch {
	case aKnown && bKnown:
		return // both named already ("Moscow (USSR)" is no alias)
	case aKnown:
		r.rename(b.Canonical, b.Label, a)
	case bKnown:
		r.rename(a.Canonical, a.Label, b)
	case a.Label != b.Label && !isAcronym(r.textOf(k)) && !isAcronym(r.textOf(i)):
		return // a person and a place in brackets are two things
	case isAcronym(r.textOf(i)) && !isAcronym(r.textOf(k)):
		r.rename(a.Canonical, a.Label, b)
	default:
		r.rename(b.Canonical, b.Label, a)
	}
	r.define(r.textOf(i), a)
	r.define(r.textOf(k), b)
}

// rename gives every mention named canonical (with label) the name of to.
func (r *resolver) rename(canonical, label string, to *EntityAttrs) {
	if r.byName == nil {
		r.indexNames()
	}
	from, dest := entityName{canonical, label}, entityName{to.Canonical, to.Label}
	if from == dest {
		return
	}
	var keep []int
	for _, j := range r.byName[from] {
		e := r.mentions[j].EntityAttrs
		if e.Canonical != canonical || e.Label != label {
			continue // renamed already through an EntityAttrs it shares
		}
		if e == to || e.origin >= entities.OriginUser {
			keep = append(keep, j)
			continue
		}
		e.Canonical, e.Label, e.origin = to.Canonical, to.Label, entities.OriginText
		r.byName[dest] = append(r.byName[dest], j)
	}
	r.byName[from] = keep
}

// define records a short form the text defines.
func (r *resolver) define(form string, e *EntityAttrs) {
	key := lex.FoldSpace(form)
	if _, ok := r.defined[key]; !ok {
		r.order = append(r.order, key)
	}
	r.defined[key] = e
}

// findDefined finds the later uses of the short forms the text defined
// where no mention stands yet, and makes them mentions of their entity.
func (r *resolver) findDefined() {
	for _, form := range r.order {
		e := r.defined[form]
		if !isAcronym(form) {
			continue // full names are found by the recogniser
		}
		r.findWord(form, 0, func(int) *EntityAttrs {
			return &EntityAttrs{Label: e.Label, Canonical: e.Canonical, origin: entities.OriginText}
		})
	}
}

// surnames joins a surname (or, for East Asian names, a family name) used
// alone to the full name used before it in the source: to the latest such
// name when several share it.
func (r *resolver) surnames() {
	type person struct {
		canonical string
		at        int // where the full name was used
	}
	uses := map[string][]person{} // surname → the full names that have it, in text order
	var forms []string            // the surnames, in order of first use
	for _, i := range r.entities() {
		m := &r.mentions[i]
		name := r.textOf(i)
		if m.Label == "PERSON" && strings.Contains(name, " ") {
			for _, s := range surnameForms(name, m.Canonical) {
				if len(uses[s]) == 0 {
					forms = append(forms, s)
				}
				uses[s] = append(uses[s], person{m.Canonical, m.Start})
			}
			continue
		}
		ps := uses[name]
		if len(ps) == 0 || m.origin >= entities.OriginText || m.origin == entities.OriginGazetteer && m.Label != "PERSON" {
			continue
		}
		m.Canonical, m.Label, m.origin = ps[len(ps)-1].canonical, "PERSON", entities.OriginText
	}
	// The surnames the recogniser missed: a capitalised word equal to a
	// surname, after a full name that has it.
	for _, s := range forms {
		ps := uses[s]
		r.findWord(s, ps[0].at, func(at int) *EntityAttrs {
			k := sort.Search(len(ps), func(k int) bool { return ps[k].at >= at }) - 1
			if k < 0 {
				return nil
			}
			return &EntityAttrs{Label: "PERSON", Canonical: ps[k].canonical, origin: entities.OriginText}
		})
	}
}

// eastAsianSurnames are family names that come first in a name ("Mao
// Zedong", "Kim Il-sung", "Tokugawa Ieyasu"): the first word is the one
// used alone.
var eastAsianSurnames = map[string]bool{
	"Mao": true, "Zhou": true, "Deng": true, "Liu": true, "Lin": true, "Zhu": true, "Peng": true, "Chen": true,
	"Hua": true, "Jiang": true, "Kang": true, "Wang": true, "Zhang": true, "Yao": true, "Hu": true, "Zhao": true,
	"Li": true, "Xi": true, "Lu": true, "Sun": true, "Chiang": true, "Soong": true, "Yuan": true, "Liang": true,
	"Zeng": true, "Zuo": true, "Hong": true, "Huang": true, "Yang": true, "Wu": true, "Xu": true, "Song": true,
	"Gao": true, "Guo": true, "Ma": true, "Luo": true, "Zheng": true, "Tang": true, "Feng": true, "Dong": true,
	"Ye": true, "Cai": true, "Pan": true, "Du": true, "Wei": true, "Su": true, "Cheng": true, "Ding": true,
	"Chou": true, "Teng": true, "Chu": true, "Chao": true, "Kim": true, "Park": true, "Pak": true, "Choi": true,
	"Ngo": true, "Vo": true, "Nguyen": true, "Tran": true, "Le": true, "Pham": true,
	"Tokugawa": true, "Oda": true, "Toyotomi": true, "Ito": true, "Itō": true, "Saigo": true, "Saigō": true,
	"Okubo": true, "Ōkubo": true, "Kido": true, "Iwakura": true, "Yamagata": true, "Konoe": true,
}

// possessives removes possessive endings.
var possessives = strings.NewReplacer("’s", "", "'s", "")

// surnameForms returns the words of a person's full name that may stand
// for it alone: its last word, its first where that is an East Asian family
// name, and a ruler's name before the regnal number ("Mehmed" of "Mehmed
// II"). Initials and particles are not surnames.
func surnameForms(text, canonical string) []string {
	var out []string
	for _, name := range []string{text, canonical} {
		words := strings.Fields(possessives.Replace(name))
		if len(words) < 2 {
			continue
		}
		last := strings.TrimSuffix(words[len(words)-1], ".")
		if isRoman(last) {
			out = append(out, words[0]) // a ruler: "Mehmed II" is "Mehmed"
			continue
		}
		if last == "Jr" || last == "Sr" {
			continue
		}
		if utf8.RuneCountInString(last) > 1 && lex.Capitalised(last) {
			out = append(out, last)
		}
		if eastAsianSurnames[words[0]] {
			out = append(out, words[0])
		}
	}
	return out
}

// isRoman reports whether w is a regnal number ("II", "XIV").
func isRoman(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// findWord makes a mention of every whole-word use of form after offset
// from that no mention covers yet, with the attributes attrs gives for its
// start (none when it returns nil).
func (r *resolver) findWord(form string, from int, attrs func(at int) *EntityAttrs) {
	if at, ok := r.wordsAt(form); ok {
		for _, start := range at[sort.SearchInts(at, from):] {
			if e := attrs(start); e != nil {
				r.add(start, start+len(form), e)
			}
		}
		return
	}
	for k := from; k < len(r.text); {
		j := strings.Index(r.text[k:], form)
		if j < 0 {
			return
		}
		start, end := k+j, k+j+len(form)
		k = end
		if !lex.WholeWord(r.text, lex.Span{Start: start, End: end}) {
			continue
		}
		if e := attrs(start); e != nil {
			r.add(start, end, e)
		}
	}
}

// add makes an entity mention of [start, end) unless a mention overlaps it
// or it crosses a sentence, and returns its index, or -1.
func (r *resolver) add(start, end int, e *EntityAttrs) int {
	if !r.free(start, end) {
		return -1
	}
	s := sort.Search(len(r.sentences), func(i int) bool { return r.sentences[i].End > start })
	if s >= len(r.sentences) || start < r.sentences[s].Start || end > r.sentences[s].End {
		return -1
	}
	r.mentions = append(r.mentions, entityMention{Start: start, End: end, Sentence: s, EntityAttrs: e})
	i := len(r.mentions) - 1
	r.cover(start, end)
	if r.byName != nil {
		k := entityName{e.Canonical, e.Label}
		r.byName[k] = append(r.byName[k], i)
	}
	return i
}

// unifyLabels gives all the mentions of one entity one label: the label of
// the gazetteer or the text where one of them has it, else the label most
// of them have (the first one's in a tie).
func (r *resolver) unifyLabels() {
	type tally struct {
		votes  map[string]int
		first  string
		strong string
	}
	groups := map[string]*tally{}
	idx := r.entities()
	for _, i := range idx {
		e := r.mentions[i].EntityAttrs
		t := groups[e.Canonical]
		if t == nil {
			t = &tally{votes: map[string]int{}, first: e.Label}
			groups[e.Canonical] = t
		}
		t.votes[e.Label]++
		if e.origin >= entities.OriginGazetteer && t.strong == "" {
			t.strong = e.Label
		}
	}
	for _, i := range idx {
		e := r.mentions[i].EntityAttrs
		if e.origin >= entities.OriginGazetteer {
			continue
		}
		t := groups[e.Canonical]
		label := t.strong
		if label == "" {
			label = t.first
			for _, l := range entities.Labels {
				if t.votes[l] > t.votes[label] {
					label = l
				}
			}
		}
		e.Label = label
	}
}

// isAcronym reports whether s is an acronym: two to ten characters, all
// capitals, digits, dots or ampersands but for a final plural "s", with at
// least two capitals ("PRC", "U.S.S.R.", "KMT", "NGOs").
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 10 {
		return false
	}
	upper := 0
	for i, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c == '.' || c == '&' || c >= '0' && c <= '9':
		case c == 's' && i == len(s)-1:
		default:
			return false
		}
	}
	return upper >= 2
}

// isCapitalisedName reports whether s reads as a name: one to six words,
// each capitalised or a connector ("of", "de"), no digits.
func isCapitalisedName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(s, "0123456789,;:") {
		return false
	}
	for i, w := range words {
		if lex.Capitalised(w) {
			continue
		}
		if i == 0 || !(w == "of" || w == "de" || w == "the" || w == "von" || w == "van" || w == "da") {
			return false
		}
	}
	return true
}

// initialsOf reports whether an acronym is made of the initials of a name's
// words ("CCP" of "Chinese Communist Party", "PRC" of "People’s Republic of
// China").
func initialsOf(name, acronym string) bool {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String() == strings.ReplaceAll(strings.TrimSuffix(acronym, "s"), ".", "")
}

func skipSpace(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}
