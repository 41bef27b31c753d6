// Package comparisons finds the claims a text makes without a number:
// superlatives ("the worst famine in world history", "the largest in
// Europe"), comparisons ("larger than France") and overtaking ("overtake
// Britain in fifteen years"). It reads the words of the one lexer
// (extract/lex).
package comparisons

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The kinds of comparison.
const (
	Superlative = "superlative"
	Comparative = "comparative"
	Overtaking  = "overtaking"
)

// Comparison is a superlative or a comparison in a text, with the words
// that make it (Span, offsets of the words given to Comparisons) and its
// kind.
type Comparison struct {
	lex.Span
	Kind string
}

// Comparisons finds the superlatives and comparisons in the words ws of a
// sentence, in text order.
func Comparisons(ws []lex.Word) []Comparison {
	var out []Comparison
	for i := 0; i < len(ws); i++ {
		var c Comparison
		var next int
		ok := false
		switch {
		case superlativeAt(ws, i):
			c, next, ok = superlative(ws, i)
		case overtakingVerbs[ws[i].Lower]:
			c, next, ok = overtaking(ws, i)
		case comparativeAt(ws, i):
			c, next, ok = comparative(ws, i)
		}
		if ok {
			out = append(out, c)
			i = next - 1
		}
	}
	return out
}

// superlativeAt reports whether a superlative phrase starts at ws[i]: a
// determiner or possessive before a superlative ("the worst", "history's
// deadliest", "its most devastating").
func superlativeAt(ws []lex.Word, i int) bool {
	if !(determiner[ws[i].Lower] || strings.HasSuffix(ws[i].Lower, "'s")) || i+1 >= len(ws) {
		return false
	}
	w := ws[i+1].Lower
	if w == "most" || w == "least" {
		// "the most devastating", but not "the most" alone or before a
		// number ("at most 30").
		return i+2 < len(ws) && ws[i+2].Kind == lex.WordLetters && !stop[ws[i+2].Lower] &&
			!(i > 0 && ws[i-1].Lower == "at")
	}
	return isSuperlative(w)
}

// isSuperlative reports whether w is a superlative adjective: an irregular
// one ("best", "worst") or one in -est that is not a noun or verb in -est
// ("forest", "protest").
func isSuperlative(w string) bool {
	if irregular[w] {
		return true
	}
	if len(w) < 5 || !strings.HasSuffix(w, "est") || notSuperlative[w] {
		return false
	}
	return !strings.ContainsAny(w, "-'")
}

// superlative reads the phrase from the determiner at ws[i]: the
// superlative, the noun it qualifies and one phrase that bounds it ("in
// world history", "of the century", "ever recorded", "on record").
func superlative(ws []lex.Word, i int) (Comparison, int, bool) {
	k := i + 2
	if ws[i+1].Lower == "most" || ws[i+1].Lower == "least" {
		k++
	}
	// The noun phrase: adjectives and nouns.
	for k < len(ws) && k-i < 7 && ws[k].Kind == lex.WordLetters && !stop[ws[k].Lower] {
		k++
	}
	// One bounding phrase.
	if k < len(ws) && bounding[ws[k].Lower] {
		m := k + 1
		for m < len(ws) && m-k <= 5 && (ws[m].Kind == lex.WordLetters || ws[m].Kind == lex.WordNumber) && !stop[ws[m].Lower] {
			m++
		}
		if m > k+1 || ws[k].Lower == "ever" {
			k = m
		}
	}
	return Comparison{Span: lex.Span{Start: ws[i].Start, End: ws[k-1].End}, Kind: Superlative}, k, true
}

// overtaking reads "overtake Britain", "surpass the United States in steel
// output", "catch up with America within fifteen years": the verb, its
// object (a name, or a determiner and a noun) and one phrase after it.
func overtaking(ws []lex.Word, i int) (Comparison, int, bool) {
	k := i + 1
	if ws[i].Lower == "catch" || ws[i].Lower == "catching" || ws[i].Lower == "caught" {
		if k+1 >= len(ws) || ws[k].Lower != "up" || ws[k+1].Lower != "with" {
			return Comparison{}, 0, false
		}
		k += 2
	}
	if k >= len(ws) || ws[k].Kind != lex.WordLetters {
		return Comparison{}, 0, false
	}
	passing := strings.HasPrefix(ws[i].Lower, "pass")
	if !ws[k].Capitalised() && (passing || !determiner[ws[k].Lower]) {
		return Comparison{}, 0, false // "passing laws", "surpassed expectations"
	}
	start := k
	for k < len(ws) && k-start < 5 && ws[k].Kind == lex.WordLetters && (ws[k].Capitalised() || k == start) {
		k++
	}
	if k < len(ws) && (ws[k].Lower == "in" || ws[k].Lower == "within" || ws[k].Lower == "by") {
		m := k + 1
		for m < len(ws) && m-k <= 4 && (ws[m].Kind == lex.WordLetters || ws[m].Kind == lex.WordNumber) && !stop[ws[m].Lower] {
			m++
		}
		if m > k+1 {
			k = m
		}
	}
	return Comparison{Span: lex.Span{Start: ws[i].Start, End: ws[k-1].End}, Kind: Overtaking}, k, true
}

// comparativeAt reports whether a comparison with "than" and no number
// starts at ws[i]: "larger than France", "more fertile than the north".
func comparativeAt(ws []lex.Word, i int) bool {
	w := ws[i].Lower
	if !comparatives[w] && !(len(w) > 4 && strings.HasSuffix(w, "er") && erComparative(ws, i)) {
		return false
	}
	than := -1
	for k := i + 1; k < len(ws) && k <= i+3; k++ {
		if ws[k].Lower == "than" {
			than = k
			break
		}
		if ws[k].Kind != lex.WordLetters {
			return false
		}
	}
	if than < 0 || than+1 >= len(ws) {
		return false
	}
	// A number after "than" is a quantity's qualifier ("more than 30
	// million"); "rather than", "other than", "no later than 1972" are not
	// comparisons.
	for k := than + 1; k < len(ws) && k <= than+2; k++ {
		if ws[k].Kind == lex.WordNumber || numberWords[ws[k].Lower] {
			return false
		}
	}
	if i > 0 && (ws[i-1].Lower == "no" || ws[i-1].Lower == "not") && timeComparatives[w] {
		return false
	}
	return !notComparative[w] && ws[than+1].Kind == lex.WordLetters && !stop[ws[than+1].Lower] || ws[than+1].Lower == "any"
}

// erComparative reports whether a word in -er directly followed by "than"
// is a comparative adjective ("larger than").
func erComparative(ws []lex.Word, i int) bool {
	return i+1 < len(ws) && ws[i+1].Lower == "than"
}

// comparative reads the comparison from the comparative at ws[i] to the
// end of the noun phrase after "than".
func comparative(ws []lex.Word, i int) (Comparison, int, bool) {
	k := i + 1
	for ws[k].Lower != "than" {
		k++
	}
	k++
	if ws[k].Lower == "in" && k+1 < len(ws) {
		k += 2 // "than in 1957", "than in Britain"
	} else {
		start := k
		for k < len(ws) && k-start < 5 && ws[k].Kind == lex.WordLetters && !(k > start && stop[ws[k].Lower]) {
			k++
		}
	}
	return Comparison{Span: lex.Span{Start: ws[i].Start, End: ws[k-1].End}, Kind: Comparative}, k, true
}

var (
	determiner = lex.SetOf("the", "its", "their", "his", "her", "our", "whose")
	irregular  = lex.SetOf("best", "worst", "largest", "biggest", "greatest", "highest", "lowest",
		"deadliest", "costliest", "bloodiest", "longest", "shortest", "fastest", "richest",
		"poorest", "heaviest", "earliest", "oldest", "youngest", "strongest", "weakest")
	notSuperlative = lex.SetOf("forest", "forests", "protest", "contest", "conquest", "interest",
		"harvest", "request", "inquest", "behest", "bequest", "manifest", "tempest", "arrest",
		"honest", "modest", "earnest", "midwest", "southwest", "northwest", "everest",
		"budapest", "bucharest", "priest", "digest", "suggest", "invest", "attest", "detest",
		"infest", "molest", "unrest", "rest", "test", "west", "east", "chest", "guest", "quest",
		"nest", "crest", "pest", "vest", "zest", "jest", "lest", "interest", "dishonest",
		"immodest", "latest", "august", "protest", "congest", "ingest", "wrest", "fest")
	// stop words end the phrase of a superlative or comparison.
	stop = lex.SetOf("that", "which", "who", "whom", "whose", "when", "while", "where", "and",
		"or", "but", "because", "was", "were", "is", "are", "had", "has", "have", "be", "been",
		"as", "than", "since", "after", "before", "until", "so", "if", "to", "would", "could",
		"will", "of", "in", "on", "ever", "for", "by", "with", "from", "at")
	bounding        = lex.SetOf("in", "of", "on", "ever", "since", "among", "anywhere", "yet")
	overtakingVerbs = lex.SetOf("overtake", "overtakes", "overtook", "overtaken", "overtaking",
		"surpass", "surpasses", "surpassed", "surpassing", "outstrip", "outstrips", "outstripped",
		"outstripping", "outproduce", "outproduced", "outpace", "outpaced", "pass", "passing",
		"catch", "catching", "caught")
	comparatives = lex.SetOf("more", "less", "fewer", "worse", "better", "larger", "bigger",
		"greater", "higher", "lower", "deadlier", "costlier", "bloodier", "richer", "poorer")
	notComparative   = lex.SetOf("other", "rather", "sooner", "later", "earlier", "whether", "never", "over", "under", "after")
	timeComparatives = lex.SetOf("later", "earlier", "sooner", "more", "less", "fewer")
	numberWords      = lex.SetOf("one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "a", "half", "twice", "double")
)
