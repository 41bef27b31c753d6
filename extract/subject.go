package extract

import "strings"

// genericNouns are counted nouns that say too little on their own: "30
// million people" is about people who did something, so the subject takes
// the verb phrase that follows ("people had died of starvation").
var genericNouns = setOf("people", "persons", "men", "women", "children", "individuals",
	"inhabitants", "residents", "citizens", "lives", "souls", "others")

// Subject returns the noun phrase a quantity is about, found with the part
// of speech tags of toks, the tokens of the sentence that holds q:
//
//   - a count names its own subject ("600,000 backyard furnaces" is about
//     backyard furnaces); a generic noun takes its verb phrase ("people had
//     died of starvation");
//   - a percentage or measure followed by "of" is about what follows ("98
//     percent of the rural population", "millions of tons of unusable metal");
//   - one followed by a noun is about that noun and its complement ("75
//     percent increase in industrial and agricultural production");
//   - one that measures a change ("declined by $66 billion") is about the
//     clause before it ("economy had declined").
func Subject(text string, toks []Token, q Quantity) string {
	after := len(toks)
	before := -1
	for i, t := range toks {
		if t.End <= q.Start {
			before = i
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
	if after < len(toks) {
		t := toks[after]
		switch {
		case strings.EqualFold(t.Text(text), "of"):
			if s, e, ok := nounPhrase(text, toks, after+1); ok {
				return text[toks[s].Start:toks[e-1].End]
			}
		case isNoun(t.Tag):
			if s, e, ok := nounPhrase(text, toks, after); ok {
				e = withComplement(text, toks, e)
				return text[toks[s].Start:toks[e-1].End]
			}
		}
	}
	if s, ok := clauseSubject(text, toks, before); ok {
		end := toks[before].End
		if strings.EqualFold(toks[before].Text(text), "by") && before > 0 {
			end = toks[before-1].End
		}
		return text[toks[s].Start:end]
	}
	return q.Unit
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
func nounPhrase(text string, toks []Token, i int) (int, int, bool) {
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
func withComplement(text string, toks []Token, e int) int {
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

// verbPhraseEnd reads the verb group that starts at toks[i] ("had died") and
// one prepositional phrase after it ("of starvation"), and returns its end.
func verbPhraseEnd(toks []Token, i int) int {
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
// exceeded that of 1957 by 65 percent"), the start of the clause's subject.
// before is the index of the token just before the quantity.
func clauseSubject(text string, toks []Token, before int) (int, bool) {
	v := before
	for v >= 0 && !isVerb(toks[v].Tag) {
		if toks[v].Tag == "," || toks[v].Tag == "." || toks[v].Tag == ":" {
			return 0, false
		}
		v--
	}
	for v > 0 && (isVerb(toks[v-1].Tag) || toks[v-1].Tag == "RB") {
		v--
	}
	if v <= 0 {
		return 0, false
	}
	// Walk back over the subject noun phrase and its prepositional phrases.
	s := v
	for s > 0 {
		t := toks[s-1]
		word := strings.ToLower(t.Text(text))
		determiner := word == "that" && s < v && isNoun(toks[s].Tag)
		if isNoun(t.Tag) || isAdjective(t.Tag) || t.Tag == "POS" || t.Tag == "PRP$" ||
			(t.Tag == "DT" && word != "that") || determiner ||
			(t.Tag == "IN" && (word == "of" || word == "for" || word == "in")) {
			s--
			continue
		}
		break
	}
	// The subject starts at its first noun or adjective, not a preposition
	// or determiner.
	for s < v && (toks[s].Tag == "IN" || toks[s].Tag == "DT" || toks[s].Tag == "PRP$") {
		s++
	}
	if s == v || !hasNoun(toks[s:v]) {
		return 0, false
	}
	return s, true
}

func hasNoun(toks []Token) bool {
	for _, t := range toks {
		if isNoun(t.Tag) {
			return true
		}
	}
	return false
}
