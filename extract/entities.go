package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity is a named entity: a person, organisation, place, group or event.
// Label is one of PERSON, ORG, GPE, LOC, NORP, EVENT, WORK, LAW, FAC.
// Canonical is the entity's full name, shared by all its variants.
type Entity struct {
	Span
	Label     string
	Canonical string
}

// proseLabels maps prose's entity labels to ours.
var proseLabels = map[string]string{
	"PERSON": "PERSON", "GPE": "GPE", "ORGANIZATION": "ORG", "LOCATION": "LOC",
}

// Entities groups the tokens prose labelled as parts of named entities into
// entity spans: a run starts at a labelled, capitalised token and goes on over
// tokens prose marks as inside the entity or that are proper nouns, as long
// as only a space separates them.
func Entities(text string, toks []Token) []Entity {
	var out []Entity
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.Label == "O" || t.Label == "" || !startsUpper(t.Text(text)) {
			i++
			continue
		}
		label := proseLabels[strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-")]
		j := i + 1
		for j < len(toks) && adjacent(text, toks[j-1], toks[j]) &&
			(strings.HasPrefix(toks[j].Label, "I-") || (strings.HasPrefix(toks[j].Tag, "NNP") && startsUpper(toks[j].Text(text)))) {
			j++
		}
		if label != "" {
			out = append(out, Entity{
				Span:      Span{t.Start, toks[j-1].End},
				Label:     label,
				Canonical: strings.Join(strings.Fields(text[t.Start:toks[j-1].End]), " "),
			})
		}
		i = j
	}
	return out
}

// adjacent reports whether only a single space or nothing separates a and b.
func adjacent(text string, a, b Token) bool {
	gap := text[a.End:b.Start]
	return gap == "" || gap == " "
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
