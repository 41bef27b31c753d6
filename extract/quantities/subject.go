package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/tagging"
)

// genericNouns are counted nouns that say too little on their own: "30
// million people" is about people who did something, so the subject takes
// the verb phrase that follows ("people had died of starvation").
var genericNouns = lex.SetOf("people", "persons", "men", "women", "children", "individuals",
	"inhabitants", "residents", "citizens", "lives", "souls", "others")

// Subject returns the noun phrase a quantity is about, found with the part
// of speech tags of toks, the tokens of the sentence that holds q:
//
//   - a count names its own subject ("600,000 backyard furnaces" is about
//     backyard furnaces); a generic noun takes its verb phrase ("people had
//     died of starvation");
//   - a quantity followed by "of" is about what follows ("98 percent of the
//     rural population", "millions of tons of unusable metal", "a third of
//     the land");
//   - one followed by a noun is about that noun and its complement ("75
//     percent increase in industrial and agricultural production");
//   - one that follows "of" after a noun is about that noun ("a population
//     of 60.3 million", "a loan of $5 million");
//   - a multiplier verb is about its subject ("grain output tripled");
//   - one that measures a change or a state ("declined by $66 billion",
//     "fell to 125 grams", "was about 8.2 million") is about the clause
//     before it ("economy had declined", "daily bread ration fell",
//     "population of Ireland").
func Subject(text string, toks []tagging.Token, q Quantity) string {
	return lex.FoldSpace(subject(text, toks, q))
}

func subject(text string, toks []tagging.Token, q Quantity) string {
	after := len(toks)
	before := -1
	inside := -1
	for i, t := range toks {
		if t.End <= q.Start {
			before = i
		}
		if inside < 0 && t.Start >= q.Start && t.End <= q.End {
			inside = i
		}
		if t.Start >= q.End {
			after = i
			break
		}
	}
	if q.Kind == KindCount && q.Unit != "" {
		if genericNouns[strings.ToLower(lastField(q.Unit))] {
			if end := verbPhraseEnd(toks, after); end > after {
				return q.Unit + text[q.End:toks[end-1].End]
			}
		}
		return q.Unit
	}
	quantityText := strings.ToLower(q.Text(text))
	if strings.HasSuffix(quantityText, " of") {
		if s, e, ok := nounPhrase(text, toks, after); ok {
			e = withOf(text, toks, e)
			return text[toks[s].Start:toks[e-1].End] // a third of the population of Florence
		}
	}
	if after < len(toks) {
		t := toks[after]
		switch {
		case strings.EqualFold(t.Text(text), "of"):
			if s, e, ok := nounPhrase(text, toks, after+1); ok {
				e = withOf(text, toks, e)
				return text[toks[s].Start:toks[e-1].End]
			}
		case isNoun(t.Tag) && !strings.HasPrefix(t.Tag, "NNP") || q.Kind == KindPercent && isNoun(t.Tag):
			if s, e, ok := nounPhrase(text, toks, after); ok {
				e = withComplement(text, toks, e)
				return text[toks[s].Start:toks[e-1].End]
			}
		}
	}
	if q.Kind == KindMultiplier && inside >= 0 && isVerb(toks[inside].Tag) {
		if s, v, ok := clauseSubject(text, toks, inside); ok {
			return text[toks[s].Start:toks[v-1].End] // grain output tripled
		}
	}
	if before >= 0 && isNoun(toks[before].Tag) && strings.HasPrefix(quantityText, "as ") {
		if s, ok := nounPhraseBack(text, toks, before); ok {
			return text[toks[s].Start:toks[before].End] // temperatures as low as −30 °C
		}
	}
	if before > 0 && strings.EqualFold(toks[before].Text(text), "of") && isNoun(toks[before-1].Tag) {
		if s, ok := nounPhraseBack(text, toks, before-1); ok {
			return text[toks[s].Start:toks[before-1].End] // a population of 60.3 million
		}
	}
	if s, v, ok := clauseSubject(text, toks, before); ok {
		return text[toks[s].Start:clauseEnd(text, toks, s, v, before)]
	}
	if q.Kind == KindCount {
		return q.Unit
	}
	return "" // a currency or a unit says nothing of what is measured
}

// copulas are the verbs of being: "was about 8.2 million" says what the
// subject is, so the subject stands without them.
// estimateVerbs, in the passive after a verb of being, only say that a
// figure was given: "the toll was put at 30,000".
var estimateVerbs = lex.SetOf("put", "estimated", "reckoned", "given", "set", "calculated", "counted",
	"recorded", "listed", "placed", "assessed", "valued", "reported", "thought", "believed", "said")

var copulas = lex.SetOf("was", "were", "is", "are", "be", "been", "being", "stood", "remained", "numbered", "totalled", "totaled")

// clauseEnd returns where the subject of a quantity that follows a clause
// ends: after the clause's verb and object, less a final preposition ("had
// declined by"), less the first amount of a change ("rose from $2 billion
// to"), and without a verb of being ("population of Ireland was").
func clauseEnd(text string, toks []tagging.Token, s, v, before int) int {
	end := before
	stripped := ""
	for end > v && (toks[end].Tag == "IN" || toks[end].Tag == "TO") {
		stripped = strings.ToLower(toks[end].Text(text))
		end--
	}
	lastVerb := v
	for lastVerb+1 <= end && (isVerb(toks[lastVerb+1].Tag) || toks[lastVerb+1].Tag == "RB") {
		lastVerb++
	}
	if stripped == "to" {
		for k := lastVerb + 1; k <= end; k++ {
			if strings.EqualFold(toks[k].Text(text), "from") {
				end = lastVerb // rose from $2 billion to
				break
			}
		}
	}
	if end == lastVerb && copulas[strings.ToLower(toks[lastVerb].Text(text))] {
		return toks[v-1].End
	}
	if end == lastVerb && lastVerb > v && copulas[strings.ToLower(toks[lastVerb-1].Text(text))] &&
		estimateVerbs[strings.ToLower(toks[lastVerb].Text(text))] {
		return toks[v-1].End // its population was put at
	}
	return toks[end].End
}

// nounPhraseBack walks back from the noun at toks[e] over the words of its
// noun phrase and returns the index of the first.
func nounPhraseBack(text string, toks []tagging.Token, e int) (int, bool) {
	s := e
	for s > 0 && (isNoun(toks[s-1].Tag) || isAdjective(toks[s-1].Tag) || toks[s-1].Tag == "POS") {
		s--
	}
	return s, true
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func isNoun(tag string) bool { return strings.HasPrefix(tag, "NN") }
func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }
func isAdjective(tag string) bool {
	return strings.HasPrefix(tag, "JJ") || tag == "VBN" || tag == "VBG" || tag == "CD"
}

// nounPhrase reads the noun phrase that starts at toks[i], skipping a
// determiner: adjectives and nouns, possessives, and coordinations ("steel,
// electricity, and coal production"). It returns the token range.
func nounPhrase(text string, toks []tagging.Token, i int) (int, int, bool) {
	for i < len(toks) && (toks[i].Tag == "DT" || toks[i].Tag == "PRP$") {
		i++
	}
	start, j := i, i
	lastNoun := -1
	for j < len(toks) {
		t := toks[j]
		switch {
		case isNoun(t.Tag) || t.Tag == "POS":
			lastNoun = j
		case isAdjective(t.Tag):
		case (t.Tag == "," || t.Tag == "CC") && j+1 < len(toks) &&
			(isNoun(toks[j+1].Tag) || isAdjective(toks[j+1].Tag) || toks[j+1].Tag == "CC"):
		default:
			goto done
		}
		j++
	}
done:
	if lastNoun < start {
		return 0, 0, false
	}
	return start, lastNoun + 1, true
}

// withComplement extends a noun phrase that ends before toks[e] over one
// prepositional phrase ("increase in industrial production").
func withComplement(text string, toks []tagging.Token, e int) int {
	if e < len(toks) && toks[e].Tag == "IN" {
		switch strings.ToLower(toks[e].Text(text)) {
		case "in", "of", "on", "for":
			if _, e2, ok := nounPhrase(text, toks, e+1); ok {
				return e2
			}
		}
	}
	return e
}

// withOf extends a noun phrase that ends before toks[e] over an "of"
// phrase ("population of Florence").
func withOf(text string, toks []tagging.Token, e int) int {
	if e < len(toks) && strings.EqualFold(toks[e].Text(text), "of") {
		if _, e2, ok := nounPhrase(text, toks, e+1); ok {
			return e2
		}
	}
	return e
}

// verbPhraseEnd reads the verb group that starts at toks[i] ("had died") and
// one prepositional phrase after it ("of starvation"), and returns its end.
func verbPhraseEnd(toks []tagging.Token, i int) int {
	j := i
	for j < len(toks) && (isVerb(toks[j].Tag) || toks[j].Tag == "RB") {
		j++
	}
	if j == i {
		return i
	}
	if j < len(toks) && (toks[j].Tag == "IN" || toks[j].Tag == "RP") {
		if _, e, ok := nounPhrase("", toks, j+1); ok {
			return e
		}
	}
	return j
}

// clauseSubject finds, for a quantity that follows a verb ("production had
// exceeded that of 1957 by 65 percent"), the start of the clause's subject
// and of its verb group. before is the index of the token just before the
// quantity, or the quantity's own token when it is the verb ("tripled").
func clauseSubject(text string, toks []tagging.Token, before int) (int, int, bool) {
	if before < 0 {
		return 0, 0, false
	}
	v := before
	for v >= 0 && !isVerb(toks[v].Tag) {
		if toks[v].Tag == "," || toks[v].Tag == "." || toks[v].Tag == ":" {
			return 0, 0, false
		}
		v--
	}
	for v > 0 && (isVerb(toks[v-1].Tag) || toks[v-1].Tag == "RB") {
		v--
	}
	if v <= 0 {
		return 0, 0, false
	}
	// Walk back over the subject noun phrase and its prepositional phrases.
	s := v
	for s > 0 {
		t := toks[s-1]
		word := strings.ToLower(t.Text(text))
		determiner := word == "that" && s < v && isNoun(toks[s].Tag)
		if t.Tag == "PRP$" || t.Tag == "DT" && word != "that" && s >= 2 && toks[s-2].Tag != "IN" {
			s--
			break // "its population", "1941-42 the daily ration": the determiner opens the phrase
		}
		if isNoun(t.Tag) || isAdjective(t.Tag) || t.Tag == "POS" ||
			(t.Tag == "DT" && word != "that") || determiner ||
			(t.Tag == "IN" && (word == "of" || word == "for" || word == "in")) {
			s--
			continue
		}
		break
	}
	// After an adverbial phrase ("During the Great Depression US industrial
	// output fell"), the subject starts after the phrase's proper name.
	if s > 0 && toks[s-1].Tag == "IN" {
		k := s
		for k < v && toks[k].Tag == "DT" {
			k++
		}
		if k < v && strings.HasPrefix(toks[k].Tag, "NNP") {
			for k < v && strings.HasPrefix(toks[k].Tag, "NNP") {
				k++
			}
			if hasNoun(toks[k:v]) {
				s = k
			}
		}
	}
	// The subject starts at its first noun or adjective, not a preposition
	// or determiner.
	for s < v && (toks[s].Tag == "IN" || toks[s].Tag == "DT" || toks[s].Tag == "PRP$") {
		s++
	}
	if s == v || !hasNoun(toks[s:v]) {
		return 0, 0, false
	}
	return s, v, true
}

func hasNoun(toks []tagging.Token) bool {
	for _, t := range toks {
		if isNoun(t.Tag) {
			return true
		}
	}
	return false
}
