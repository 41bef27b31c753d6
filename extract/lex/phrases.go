package lex

import "sort"

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
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i].words) != len(ps[j].words) {
				return len(ps[i].words) > len(ps[j].words)
			}
			return ps[i].means < ps[j].means
		})
	}
	return t
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
