package lex

import (
	"sort"
	"strings"
)

// phrase is a run of words that means something to the quantity grammar,
// as the lexer splits it: "per cent" is two words, "km²" two ("km", "²"),
// "US$" two ("us", "$"). joined[k] is true where the k-th word follows the
// one before it with no space in the phrase as written, and must in the text
// too.
type phrase struct {
	words  []string
	joined []bool
	means  string
}

// phraseTable finds the longest phrase at a word, indexed by first word.
type phraseTable map[string][]phrase

// newPhraseTable builds a table from written phrases and their meanings.
func newPhraseTable(entries map[string]string) phraseTable {
	t := phraseTable{}
	for written, means := range entries {
		p := phrase{means: means}
		for _, w := range Words(written) {
			p.words = append(p.words, w.Lower)
			p.joined = append(p.joined, w.Joined)
		}
		if len(p.words) == 0 {
			continue
		}
		t[p.words[0]] = append(t[p.words[0]], p)
	}
	for _, ps := range t {
		sortPhrases(ps)
	}
	return t
}

// sortPhrases puts the longest phrases first.
func sortPhrases(ps []phrase) {
	sort.Slice(ps, func(i, j int) bool {
		if len(ps[i].words) != len(ps[j].words) {
			return len(ps[i].words) > len(ps[j].words)
		}
		return ps[i].means < ps[j].means
	})
}

// set adds phrases to the table, each in place of a phrase of the same
// words already there.
func (t phraseTable) set(entries map[string]string) {
	for first, ps := range newPhraseTable(entries) {
		for _, p := range ps {
			kept := t[first][:0]
			for _, q := range t[first] {
				if strings.Join(q.words, " ") != strings.Join(p.words, " ") {
					kept = append(kept, q)
				}
			}
			t[first] = append(kept, p)
		}
		sortPhrases(t[first])
	}
}

// At matches the longest phrase of the table at ws[i] and returns its
// meaning and the index of the word after it.
func (t phraseTable) At(ws []Word, i int) (string, int, bool) {
	if i >= len(ws) {
		return "", i, false
	}
	for _, p := range t[ws[i].Lower] {
		if i+len(p.words) > len(ws) {
			continue
		}
		match := true
		for k := 1; k < len(p.words); k++ {
			w := ws[i+k]
			if w.Lower != p.words[k] || (p.joined[k] && !w.Joined) {
				match = false
				break
			}
		}
		if match {
			return p.means, i + len(p.words), true
		}
	}
	return "", i, false
}

// Has reports whether a phrase of the table starts with word w.
func (t phraseTable) Has(w string) bool {
	_, ok := t[w]
	return ok
}
