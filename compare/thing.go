package compare

import (
	"sort"
	"strings"
	"unicode"
)

// Thing is what a figure counts or measures, reduced to a head noun (its
// lemma, with equivalent words made one: "died", "deaths", "perished",
// "victims" are all "deaths"; "output", "production", "harvest" are all
// "output"), the other words that narrow it ("grain" of "grain output"),
// and for a figure of change the direction ("fell by 15 percent": down).
type Thing struct {
	Head      string   // "" when nothing could be found
	Modifiers []string // sorted lemmas
	Change    string   // "up", "down" or ""
}

// String writes the thing as a short phrase: "grain output", "deaths",
// "grain output (fall)".
func (t Thing) String() string {
	s := strings.Join(append(append([]string{}, t.Modifiers...), t.Head), " ")
	switch t.Change {
	case "up":
		s += " (rise)"
	case "down":
		s += " (fall)"
	}
	return s
}

// narrows reports whether a claim about o may be about t: the same head
// and change, and the same modifiers or none ("output" may be "grain
// output"; "industrial output" is not "industrial and agricultural
// output").
func (t Thing) narrows(o Thing) bool {
	if t.Head != o.Head || t.Change != o.Change {
		return false
	}
	return len(o.Modifiers) == 0 || strings.Join(o.Modifiers, " ") == strings.Join(t.Modifiers, " ")
}

// subset reports whether every element of a (sorted) is in b (sorted).
func subset(a, b []string) bool {
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) || b[j] != x {
			return false
		}
	}
	return true
}

// equivalents maps words (lemmas) to the head that stands for all of them.
var equivalents = map[string]string{
	// a death toll, however it is put
	"die": "deaths", "died": "deaths", "dies": "deaths", "dying": "deaths", "death": "deaths",
	"dead": "deaths", "perish": "deaths", "perished": "deaths", "starve": "deaths", "starved": "deaths",
	"kill": "deaths", "killed": "deaths", "victim": "deaths", "toll": "deaths", "fatality": "deaths",
	"life": "deaths", "lost": "",
	// people
	"people": "people", "person": "people", "inhabitant": "people", "individual": "people",
	"resident": "people", "citizen": "people", "soul": "people",
	// what a country or a farm produces
	"output": "output", "production": "output", "harvest": "output", "yield": "output",
}

// deathWords are the words that make a count of people a death toll.
func isDeathWord(lemma string) bool { return equivalents[lemma] == "deaths" }

// genericHeads are heads that say too little alone: a count of people is
// told apart by what they did ("people organized into communes").
var genericHeads = map[string]bool{"people": true, "man": true, "woman": true, "child": true, "other": true}

// changeVerbs give the direction of a change; changeNouns too, when they
// open the subject ("a 75 percent increase in production").
var (
	changeVerbs = map[string]string{
		"fell": "down", "fall": "down", "declined": "down", "decline": "down", "dropped": "down",
		"drop": "down", "decreased": "down", "shrank": "down", "plunged": "down", "plummeted": "down",
		"slumped": "down", "sank": "down", "contracted": "down",
		"rose": "up", "rise": "up", "increased": "up", "grew": "up", "climbed": "up", "jumped": "up",
		"soared": "up", "expanded": "up", "doubled": "up", "tripled": "up", "exceeded": "up",
	}
	changeNouns = map[string]string{
		"increase": "up", "rise": "up", "growth": "up", "gain": "up", "jump": "up", "overachievement": "up",
		"decrease": "down", "decline": "down", "fall": "down", "drop": "down", "reduction": "down",
		"loss": "down", "cut": "down", "shortfall": "down",
	}
)

// stopWords end the noun phrase of a subject: prepositions, verbs and
// clause words ("grain output in China", "grain output fell").
var stopWords = setOf("in", "of", "for", "at", "on", "by", "from", "to", "during", "between", "under",
	"within", "across", "over", "into", "through", "with", "without", "per", "as", "than",
	"was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "did", "do", "does",
	"that", "which", "who", "whom", "whose", "where", "when", "while", "because", "reached", "stood",
	"totalled", "totaled", "amounted", "came", "made", "produced", "exported", "imported",
	"would", "could", "should", "will", "can", "may", "might", "must",
	"stands", "stand", "remains", "remained", "numbers", "numbered", "totals", "reaches", "became", "becomes",
	"now", "currently", "still", "then", "today")

// skipWords are left out of the modifiers: articles, possessives and words
// that qualify the figure rather than the thing ("official", "total").
var skipWords = setOf("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
	"and", "or", "total", "overall", "annual", "official", "estimated", "reported", "recorded",
	"some", "about", "around", "approximately", "roughly", "nearly", "almost", "more", "less",
	"fewer", "least", "most", "than", "up", "only", "alone", "all", "other", "such", "same", "new",
	"million", "billion", "thousand", "hundred", "percent", "per", "cent")

// auxiliaries come between a generic noun and its verb ("people had died").
var auxiliaries = setOf("had", "has", "have", "was", "were", "is", "are", "been", "be", "being",
	"would", "could", "did", "also", "then", "all", "reportedly", "eventually", "probably")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// words splits s into lower-case words of letters (and inner apostrophes
// and hyphens); possessives ("China's") and numbers are dropped.
func words(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	}) {
		f = strings.Trim(f, "'’-")
		if f == "" || strings.HasSuffix(f, "'s") || strings.HasSuffix(f, "’s") || strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			continue
		}
		out = append(out, f)
	}
	return out
}

// irregular are plurals that the suffix rules would get wrong.
var irregular = map[string]string{
	"people": "people", "men": "man", "women": "woman", "children": "child", "lives": "life",
	"feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox", "cattle": "cattle",
	"dies": "die", "series": "series", "species": "species", "news": "news", "data": "data",
	"gas": "gas", "famines": "famine", "analyses": "analysis", "crises": "crisis",
}

// Lemma returns the singular of an English noun by rule ("furnaces" →
// "furnace", "casualties" → "casualty", "taxes" → "tax"); other words are
// returned as they are.
func Lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zes") && !strings.HasSuffix(w, "izes"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// stem reduces a verb to a crude stem, so that "organized", "organised"
// and "organize" agree.
func stem(w string) string {
	w = strings.ReplaceAll(w, "is", "iz")
	for _, suf := range []string{"ing", "ed", "es", "e", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// equivalent returns the head a lemma stands for.
func equivalent(lemma string) string {
	if e, ok := equivalents[lemma]; ok && e != "" {
		return e
	}
	return lemma
}

// thingOf finds the thing a claim counts or measures, from the quantity's
// kind and unit (for a count, the counted noun), the claim's subject, and
// the words of its sentence just before the quantity (for "the famine
// killed 30 million people" and "fell by 15 percent").
func thingOf(kind, unit, subject string, before, after []string) Thing {
	byBefore := len(before) > 0 && before[len(before)-1] == "by"
	if kind == kindCount {
		if t, ok := countThing(unit, subject, before, after); ok {
			return t
		}
	}
	if i := strings.IndexAny(subject, ",;:("); i >= 0 {
		subject = subject[:i] // "the potato crop, causing serious economic hardship"
	}
	sw := words(subject)
	t := Thing{}
	for len(sw) > 0 && skipWords[sw[0]] {
		sw = sw[1:]
	}
	if len(sw) > 1 && changeNouns[sw[0]] != "" && (sw[1] == "in" || sw[1] == "of") {
		t.Change = changeNouns[sw[0]]
		sw = sw[2:]
	}
	if len(sw) == 0 {
		return bareThing(kind, before, after)
	}
	end := phraseEnd(sw)
	if end == 0 {
		return t
	}
	if kind == kindCount && deathIn(sw[:end]) {
		return Thing{Head: "deaths"} // "the death toll"
	}
	var of []string
	if end < len(sw) && sw[end] == "of" {
		// "price of grain", "population of Ireland": what follows narrows the head
		of = sw[end+1:]
		of = of[:phraseEnd(of)]
	}
	head := equivalent(Lemma(sw[end-1]))
	mods := sw[:end-1]
	if noThing[head] {
		// "the number of deaths", "the total of the harvest": the head is
		// what follows
		if len(of) == 0 {
			return t
		}
		head, mods, of = equivalent(Lemma(of[len(of)-1])), of[:len(of)-1], nil
		if kind == kindCount && (head == "deaths" || deathIn(mods)) {
			return Thing{Head: "deaths"}
		}
	}
	t.Head = head
	mods = append(append([]string{}, mods...), of...)
	if kind != kindCount && len(before) > 0 && doneBy(before[len(before)-1]) {
		mods = append(mods, stem(before[len(before)-1]))
	}
	t.Modifiers = modifiers(mods)
	if t.Change == "" && byBefore {
		for _, w := range sw[end:] {
			if d := changeVerbs[w]; d != "" {
				t.Change = d
				break
			}
		}
	}
	return t
}

// phraseEnd returns where the noun phrase that opens ws ends: at the first
// preposition, verb or clause word.
func phraseEnd(ws []string) int {
	for i, w := range ws {
		if stopWords[w] || changeVerbs[w] != "" {
			return i
		}
	}
	return len(ws)
}

// noThing are heads that say nothing of what is counted: "a range of 26-30
// million", "the number of deaths" (then the noun after "of" is the head).
var noThing = setOf("range", "mark", "level", "figure", "number", "estimate", "sum", "amount", "order",
	"region", "vicinity", "neighbourhood", "neighborhood", "tune", "count", "tally", "maximum", "minimum",
	"million", "billion", "thousand", "hundred", "dozen", "score")

// tollIn reports whether ws speaks of a death toll.
func tollIn(ws []string) bool {
	for _, w := range ws {
		if w == "toll" {
			return true
		}
	}
	return false
}

// countThing finds what a count counts from its unit (the counted noun) and
// the words around it. A count of people is a death toll when a word of
// dying follows it ("people died", "80-90 died from hunger") or comes just
// before it ("the famine killed 30 million people"), or a death toll is
// what the figure gives ("the death toll ... ranges in the tens of
// millions (15 to 55 million)"); other counts of
// people are told apart by their verb ("people were organized into
// communes"); a count of people that says nothing more is not compared. ok
// is false when the subject should be read instead (no unit).
func countThing(unit, subject string, before, after []string) (Thing, bool) {
	uw := words(unit)
	following := after
	if len(following) > 3 {
		following = following[:3]
	}
	if len(uw) == 0 {
		switch {
		case len(following) > 0 && doneBy(following[0]) && !deathIn(following[:1]):
			return Thing{Head: stem(following[0])}, true // "a further million emigrated"
		case deathIn(following) || deathIn(lastN(before, 3)) || tollIn(before):
			return Thing{Head: "deaths"}, true
		}
		return Thing{}, false
	}
	head := equivalent(Lemma(uw[len(uw)-1]))
	if noThing[head] {
		return Thing{}, true
	}
	// "Irish people", "Soviet tractors": a name narrows by place or people,
	// which the entities say; the thing is what is counted
	var plain []string
	for _, f := range strings.Fields(unit) {
		if !capitalised(f) {
			plain = append(plain, f)
		}
	}
	mods := modifiers(uw[:len(uw)-1])
	if len(plain) > 0 {
		pw := words(strings.Join(plain, " "))
		if len(pw) > 0 && pw[len(pw)-1] == uw[len(uw)-1] {
			mods = modifiers(pw[:len(pw)-1])
		}
	}
	rest := words(strings.TrimPrefix(strings.ToLower(subject), strings.ToLower(unit)))
	if head == "deaths" || genericHeads[head] && (deathIn(rest) || deathIn(following) || deathIn(lastN(before, 3))) {
		return Thing{Head: "deaths", Modifiers: mods}, true
	}
	if genericHeads[head] {
		v := verbOf(rest)
		if v == "" {
			return Thing{}, true // "55 million people": people who did what?
		}
		mods = sortedSet(append(mods, v))
	}
	return Thing{Head: head, Modifiers: mods}, true
}

// modifiers returns the lemmas of the words that narrow a head, sorted and
// without repeats.
func modifiers(ws []string) []string {
	var out []string
	for _, w := range ws {
		if skipWords[w] || stopWords[w] {
			continue
		}
		out = append(out, equivalent(Lemma(w)))
	}
	return sortedSet(out)
}

func sortedSet(ws []string) []string {
	if len(ws) == 0 {
		return nil
	}
	sort.Strings(ws)
	out := ws[:1]
	for _, w := range ws[1:] {
		if w != out[len(out)-1] {
			out = append(out, w)
		}
	}
	return out
}

// deathIn reports whether one of ws is a word of dying.
func deathIn(ws []string) bool {
	for _, w := range ws {
		if isDeathWord(Lemma(w)) || isDeathWord(w) {
			return true
		}
	}
	return false
}

// verbOf returns the stem of the first verb in ws after auxiliaries
// ("were organized into communes" → "organiz").
func verbOf(ws []string) string {
	for _, w := range ws {
		if auxiliaries[w] {
			continue
		}
		if stopWords[w] && w != "reached" && w != "produced" && w != "made" {
			return ""
		}
		return stem(w)
	}
	return ""
}

func lastN(ws []string, n int) []string {
	if len(ws) > n {
		return ws[len(ws)-n:]
	}
	return ws
}

// doneBy reports whether w is a verb that says what was done with the thing
// a figure after it measures ("exported 4.2 million tonnes of grain" is not
// "produced 200 million tonnes of grain"); verbs of being and change are not.
func doneBy(w string) bool {
	if !strings.HasSuffix(w, "ed") || auxiliaries[w] || changeVerbs[w] != "" {
		return false
	}
	switch w {
	case "reached", "totalled", "totaled", "amounted", "numbered", "estimated", "stood", "exceeded", "needed", "used":
		return false
	}
	return true
}

// spendWords are verbs of money and loss that name what a sum is ("the
// famine cost China $30 billion").
var spendWords = setOf("cost", "costs", "spent", "spend", "paid", "pay", "lost", "borrowed", "owed",
	"received", "earned", "raised", "invested", "damage", "damages", "budget", "deficit", "debt")

// bareThing finds the thing of a figure whose subject names nothing: a verb
// of spending before it ("cost China $30 billion"), or the verb of a passive
// after it ("116 million hectares were sown with grain": sown, grain).
func bareThing(kind string, before, after []string) Thing {
	for i := len(before) - 1; i >= 0 && i >= len(before)-4; i-- {
		if spendWords[before[i]] {
			return Thing{Head: stem(before[i])}
		}
	}
	if kind == kindMeasure || kind == kindMoney {
		i := 0
		for i < len(after) && (auxiliaries[after[i]] || after[i] == "of") {
			i++
		}
		if i == 0 || i >= len(after) || stopWords[after[i]] || skipWords[after[i]] {
			return Thing{}
		}
		t := Thing{Head: stem(after[i])}
		var mods []string
		for _, w := range after[i+1:] {
			if stopWords[w] {
				if len(mods) > 0 {
					break
				}
				continue
			}
			mods = append(mods, w)
		}
		t.Modifiers = modifiers(mods)
		return t
	}
	return Thing{}
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
