package attribution

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The stances a text takes to a claim.
const (
	// Asserted: the text states the claim in its own voice.
	Asserted = "asserted"
	// Reported: the text gives the claim as someone else's.
	Reported = "reported"
	// Distanced: the text reports the claim and keeps its distance from
	// it ("claimed", "alleged", "so-called", scare quotes).
	Distanced = "distanced"
)

// Attribution is who asserts a claim and how. Party is empty when the text
// asserts the claim itself, or reports it without naming anyone ("it was
// estimated that"); Verb is the reporting verb in its base form
// ("estimate"), or "according to", or "cite" for a source in brackets.
// Party's offsets are those of the words given to Of.
type Attribution struct {
	Party  lex.Span
	Verb   string
	Stance string
}

// HasParty reports whether the attribution names a party.
func (a Attribution) HasParty() bool { return a.Party.End > a.Party.Start }

// Of finds who asserts the claim at span claim of a sentence: ws are the
// sentence's words (lex.Words), claim lies within them. Offsets are those
// of ws.
func Of(ws []lex.Word, claim lex.Span) Attribution {
	ci, cj := wordRange(ws, claim)
	if ci >= len(ws) {
		return Attribution{Stance: Asserted} // no word of the claim among ws
	}
	a, ok := accordingTo(ws, ci, cj)
	if !ok {
		a, ok = verbBefore(ws, ci)
	}
	if !ok {
		a, ok = verbAfter(ws, cj)
	}
	if !ok {
		a, ok = citedSource(ws, cj)
	}
	if !ok {
		a = Attribution{Stance: Asserted}
	}
	if distanced(ws, ci, cj, claim) {
		a.Stance = Distanced
	}
	return a
}

// wordRange returns the indexes of the first word of the claim and of the
// word after its last.
func wordRange(ws []lex.Word, claim lex.Span) (int, int) {
	ci := len(ws)
	for i, w := range ws {
		if w.End > claim.Start {
			ci = i
			break
		}
	}
	cj := ci
	for cj < len(ws) && ws[cj].Start < claim.End {
		cj++
	}
	return ci, cj
}

// reported makes the attribution of a party and a verb, its stance
// distanced when the verb is ("claimed", "alleged").
func reported(party lex.Span, verb string) Attribution {
	stance := Reported
	if lex.DistancingVerbs[verb] {
		stance = Distanced
	}
	return Attribution{Party: party, Verb: verb, Stance: stance}
}

// accordingTo reads "according to X" before the claim in its clause, or
// after it.
func accordingTo(ws []lex.Word, ci, cj int) (Attribution, bool) {
	for i := ci - 2; i >= 0 && !clauseBreak(ws, i+1); i-- {
		if ws[i].Lower == "according" && ws[i+1].Lower == "to" {
			if p, ok := nounPhraseAfter(ws, i+2, ci); ok {
				return reported(p, "according to"), true
			}
		}
	}
	for i := cj; i+1 < len(ws) && !clauseBreak(ws, i); i++ {
		if ws[i].Lower == "according" && ws[i+1].Lower == "to" {
			if p, ok := nounPhraseAfter(ws, i+2, len(ws)); ok {
				return reported(p, "according to"), true
			}
		}
	}
	return Attribution{}, false
}

// verbBefore finds the nearest reporting verb before the claim, in its
// sentence and not across a clause of its own, that governs the claim: its
// complement ("that", a colon, a quotation) or its object ("reported 30
// deaths", "put the toll at"), or a passive ("was estimated at", "is
// estimated to"). The party is the verb's subject, or the agent after "by".
func verbBefore(ws []lex.Word, ci int) (Attribution, bool) {
	if ci < len(ws) && passive(ws, ci) {
		// The claim's words open with the verb: "was [estimated at 50,000]".
		if verb, ok := reportingVerb(ws, ci); ok {
			return reported(agent(ws, ci+1, ci+1), verb), true
		}
	}
	for v := ci - 1; v >= 0; v-- {
		if clauseBreak(ws, v+1) {
			return Attribution{}, false
		}
		if p, ok := sourceNoun(ws, v, ci); ok {
			return p, true
		}
		if verb, ok := byParticiples[ws[v].Lower]; ok && v+1 < ci && ws[v+1].Lower == "by" {
			// "the death toll given by the Interior Ministry was 23"
			if p, ok := nounPhraseAfter(ws, v+2, ci); ok {
				return reported(p, verb), true
			}
		}
		verb, ok := reportingVerb(ws, v)
		if !ok {
			continue
		}
		if ws[v+1].Lit == "," && subjectAfterComma(ws, v) {
			// "The garrison, the commander reported, consisted of"
			return reported(subject(ws, v), verb), true
		}
		if !governs(ws, v, ci) {
			continue
		}
		if passive(ws, v) {
			return reported(agent(ws, v+1, ci), verb), true
		}
		if subj := subject(ws, v); subj.End > subj.Start {
			return reported(possessor(ws, subj), verb), true
		}
		// No subject before the verb: "Figures released by the port
		// authority in 1911 show that"; look further back for its source.
		for k := v - 1; k >= 0 && !clauseBreak(ws, k+1); k-- {
			if by, ok := byParticiples[ws[k].Lower]; ok && ws[k+1].Lower == "by" {
				if p, ok := nounPhraseAfter(ws, k+2, v); ok {
					return reported(p, by), true
				}
			}
		}
		return reported(lex.Span{}, verb), true
	}
	return Attribution{}, false
}

// verbAfter reads a reporting clause after the claim, after any comma,
// quotation mark or dash of its clause: "…30 million, the ministry said",
// "…30 million, said the ministry", "…in Gujarat, western India, officials
// said on Monday".
func verbAfter(ws []lex.Word, cj int) (Attribution, bool) {
	for i := cj; i < len(ws); i++ {
		if clauseBreak(ws, i) {
			return Attribution{}, false
		}
		if !isPunct(ws[i], ",", "”", "\"", "’", "—", "–") {
			continue
		}
		k := i
		for k < len(ws) && ws[k].Kind == lex.WordPunct && ws[k].Lit != "." {
			k++
		}
		if k >= len(ws) {
			break
		}
		if a, ok := reportingClause(ws, k); ok {
			return a, true
		}
	}
	return Attribution{}, false
}

// reportingClause reads a reporting clause that starts at ws[k] and ends the
// sentence (but for a time or place: "on Monday", "in a statement"): ",
// the ministry said", ", said the ministry".
func reportingClause(ws []lex.Word, k int) (Attribution, bool) {
	// ", said the ministry"
	if verb, ok := reportingVerb(ws, k); ok && invertible[verb] {
		if p, ok := nounPhraseAfter(ws, k+1, len(ws)); ok && endsClause(ws, wordAfter(ws, p)) {
			return reported(p, verb), true
		}
	}
	// ", the ministry said"
	for v := k + 1; v < len(ws) && v <= k+10; v++ {
		if ws[v].Kind == lex.WordPunct && ws[v].Lit != "’" && ws[v].Lit != "'" {
			break
		}
		verb, ok := reportingVerb(ws, v)
		if !ok || !endsClause(ws, v+1) && !(v+1 < len(ws) && (ws[v+1].Lower == "that" || objectPronouns[ws[v+1].Lower])) {
			continue
		}
		p := lex.Span{Start: ws[k].Start, End: ws[v-1].End}
		if skip := auxiliaries(ws, v); skip < v && skip >= k {
			p.End = ws[skip].End
		}
		if p.End > p.Start {
			return reported(p, verb), true
		}
	}
	return Attribution{}, false
}

// wordAfter returns the index of the first word after span p.
func wordAfter(ws []lex.Word, p lex.Span) int {
	for i, w := range ws {
		if w.Start >= p.End {
			return i
		}
	}
	return len(ws)
}

// endsClause reports whether the sentence's reporting clause may end at
// ws[i]: the sentence ends, or a comma, or a time or place follows ("on
// Monday", "in a statement", "yesterday").
func endsClause(ws []lex.Word, i int) bool {
	if i >= len(ws) {
		return true
	}
	w := ws[i]
	if w.Kind == lex.WordPunct {
		return w.Lit != "(" && w.Lit != "-"
	}
	return trailing[w.Lower]
}

// citedSource reads a source cited in brackets after the claim ("(World
// Bank, 2019)", "(Smith et al. 2001)") or a note marker ("[12]").
func citedSource(ws []lex.Word, cj int) (Attribution, bool) {
	for i := cj; i < len(ws); i++ {
		w := ws[i]
		if w.Lit == "(" || w.Lit == "[" {
			closing := ")"
			if w.Lit == "[" {
				closing = "]"
			}
			k := i + 1
			for k < len(ws) && ws[k].Lit != closing && k-i <= 12 {
				k++
			}
			if k >= len(ws) || ws[k].Lit != closing || k == i+1 {
				return Attribution{}, false
			}
			if citation(ws[i+1 : k]) {
				return Attribution{Party: lex.Span{Start: ws[i+1].Start, End: ws[k-1].End}, Verb: "cite", Stance: Reported}, true
			}
			return Attribution{}, false
		}
		if clauseBreak(ws, i) {
			return Attribution{}, false
		}
	}
	return Attribution{}, false
}

// citation reports whether the words in brackets cite a source: a note
// number ("12", "note 3"), or names with a year ("Smith 2001", "World
// Bank, 2019", "Smith et al., 2009: 45").
func citation(in []lex.Word) bool {
	if len(in) == 1 && in[0].Kind == lex.WordNumber {
		return true
	}
	if len(in) == 2 && (in[0].Lower == "note" || in[0].Lower == "n") && in[1].Kind == lex.WordNumber {
		return true
	}
	comma := false
	for _, w := range in {
		comma = comma || w.Lit == ","
		if w.Kind == lex.WordNumber && len(w.Lit) == 4 && lex.IsDigits(w.Lit) {
			return in[0].Capitalised() || comma
		}
	}
	return false
}

// reportingVerb reports whether ws[i] is a reporting verb used as a verb,
// and gives its base form: not a noun after a determiner ("the report",
// "an estimated").
func reportingVerb(ws []lex.Word, i int) (string, bool) {
	verb, ok := lex.ReportingVerbs[ws[i].Lower]
	if !ok || ws[i].Kind != lex.WordLetters {
		return "", false
	}
	if i > 0 && determiners[ws[i-1].Lower] {
		return "", false
	}
	if ws[i].Lower == "state" || ws[i].Lower == "count" || ws[i].Lower == "record" || ws[i].Lower == "report" {
		// Nouns more often than verbs in their base form.
		return "", false
	}
	if i+1 < len(ws) && ws[i+1].Lower == "of" {
		return "", false // a noun: "records of 40,000 deportations"
	}
	return verb, true
}

// governs reports whether the reporting verb at ws[v] governs the claim
// that starts at ws[ci].
func governs(ws []lex.Word, v, ci int) bool {
	between := ws[v+1 : ci]
	if len(between) == 0 {
		return true // "reported 30 deaths"
	}
	first := between[0]
	switch {
	case first.Lower == "that", first.Lit == ":", isQuote(first):
		return true
	case first.Lower == "to" && ws[v].Lower != "told": // "is estimated to have killed"
		return passive(ws, v)
	case first.Lower == "at" || first.Lower == "as": // "estimated at", "put at", "gave it as"
		return true
	}
	if verb := lex.ReportingVerbs[ws[v].Lower]; verb == "put" || verb == "place" || verb == "estimate" {
		// "put the number of refugees at 250,000"
		for k, w := range between {
			if k > 8 || w.Kind == lex.WordPunct {
				break
			}
			if w.Lower == "at" && k == len(between)-1 {
				return true
			}
		}
	}
	// The complement after an object or a phrase: "told reporters that",
	// "announced at the end of 1958 that", "put the death toll at".
	for k, w := range between {
		if k > 8 {
			return false
		}
		switch {
		case w.Lower == "that" && k > 0 && relativeThat(between, k):
			return false
		case w.Lower == "that", w.Lit == ":":
			return true
		case isOpeningQuote(w) && between[k-1].Lit == ",":
			return true // "said, “…"; a quotation after an object is a title: "proclaimed a “Great Leap”"
		case (w.Lower == "at" || w.Lower == "as") && k > 0 && objectNoun(between[k-1].Lower):
			return true // "put the toll at", "gave the figure as"
		case w.Kind == lex.WordPunct && w.Lit != "," && w.Lit != "-":
			return false
		case clauseWords[w.Lower]:
			return false
		}
	}
	// An object of the verb: "recorded 30 deaths", "estimated the losses
	// at"; only a few words away.
	return len(between) <= 3 && !anyPunct(between)
}

// relativeThat reports whether "that" at between[k] opens a relative
// clause after a noun ("a plan that called for") rather than the verb's
// complement ("announced at the end of 1958 that").
func relativeThat(between []lex.Word, k int) bool {
	prev := between[k-1]
	if prev.Kind == lex.WordNumber || prev.Kind == lex.WordPunct {
		return false // "at the end of 1958 that"
	}
	// After a phrase that opens with a preposition the "that" is the
	// complement's; after an object noun it is relative.
	return !prepositions[between[0].Lower] && !objectPronouns[between[0].Lower]
}

// objectNoun reports whether w is a noun that stands for a figure: "the
// toll at", "the number at".
func objectNoun(w string) bool {
	switch w {
	case "toll", "number", "figure", "total", "count", "cost", "losses", "loss", "dead",
		"deaths", "casualties", "damage", "it", "them", "output", "population", "size":
		return true
	}
	return false
}

// passive reports whether the verb at ws[v] is passive: "was estimated",
// "are said", "has been put".
func passive(ws []lex.Word, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch ws[k].Lower {
		case "was", "were", "is", "are", "be", "been", "being":
			return true
		case "not", "also", "widely", "generally", "commonly", "officially", "variously", "often", "now", "once":
			continue
		}
		return false
	}
	return false
}

// agent finds "by X" after a passive verb, in its clause: "was estimated
// by the ministry at 30 million", "was estimated at 50,000 by the Red
// Cross". to is the first word of the claim.
func agent(ws []lex.Word, from, to int) lex.Span {
	for i := from; i < len(ws) && !clauseBreak(ws, i) && ws[i].Lit != "."; i++ {
		if i >= to && i < to+8 && ws[i].Kind == lex.WordPunct {
			break
		}
		if ws[i].Lower == "by" && i+1 < len(ws) && ws[i+1].Kind == lex.WordLetters && !numberWord[ws[i+1].Lower] {
			if p, ok := nounPhraseAfter(ws, i+1, len(ws)); ok {
				return p
			}
		}
	}
	return lex.Span{}
}

// subjectAfterComma reports whether the reporting verb at ws[v], followed
// by a comma, stands in a clause set off by commas: ", the commander
// reported,".
func subjectAfterComma(ws []lex.Word, v int) bool {
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if ws[k].Lit == "," {
			return true
		}
		if !nounWord(ws[k]) && !auxiliary[ws[k].Lower] {
			return false
		}
	}
	return false
}

// sourceNoun reads "X's figures show", "X's estimates put", "by X's
// estimate", "figures from X show" ending at ws[v] before the claim.
func sourceNoun(ws []lex.Word, v, ci int) (Attribution, bool) {
	if !lex.SourceNouns[ws[v].Lower] {
		return Attribution{}, false
	}
	// "by X's estimate", "in X's estimate", "X's own figures show": the
	// possessor.
	p := v - 1
	if p > 0 && ws[p].Lower == "own" {
		p--
	}
	if p >= 0 && strings.HasSuffix(ws[p].Lower, "'s") {
		start := p
		for start > 0 && nounWord(ws[start-1]) {
			start--
		}
		end := ws[p].End - len("'s")
		party := lex.Span{Start: ws[start].Start, End: end}
		if v+1 < ci && isReportingNext(ws, v+1) {
			return reported(party, lex.ReportingVerbs[ws[v+1].Lower]), true
		}
		if start > 0 && (ws[start-1].Lower == "by" || ws[start-1].Lower == "in" || ws[start-1].Lower == "to") {
			return reported(party, "estimate"), true
		}
	}
	return Attribution{}, false
}

// possessor trims a party that is someone's findings to the someone: "The
// regime's figures" → "The regime", "the cooperative's own accounts" →
// "the cooperative".
func possessor(ws []lex.Word, party lex.Span) lex.Span {
	var last int = -1
	for i, w := range ws {
		if w.Start >= party.Start && w.End <= party.End {
			last = i
		}
	}
	if last < 1 || !lex.SourceNouns[ws[last].Lower] {
		return party
	}
	p := last - 1
	if p > 0 && ws[p].Lower == "own" {
		p--
	}
	if ws[p].Start >= party.Start && strings.HasSuffix(ws[p].Lower, "'s") {
		return lex.Span{Start: party.Start, End: ws[p].End - len("'s")}
	}
	return party
}

// isReportingNext reports whether ws[i] is a verb that a source noun reports
// by: "show", "suggest", "put", "indicate".
func isReportingNext(ws []lex.Word, i int) bool {
	_, ok := lex.ReportingVerbs[ws[i].Lower]
	return ok
}

// subject finds the subject of the verb at ws[v]: the noun phrase before
// it, past auxiliaries and adverbs ("had", "later", "also") and the "to" of
// an infinitive ("allowed the government to announce"), and past an aside
// between commas ("The ministry, whose figures were later disputed,
// claimed").
func subject(ws []lex.Word, v int) lex.Span {
	end := auxiliaries(ws, v)
	if end >= 0 && ws[end].Lower == "to" {
		end--
	}
	if end >= 0 && ws[end].Lit == "," {
		// An aside between commas: jump to the comma that opens it.
		k := end - 1
		for k >= 0 && ws[k].Lit != "," && end-k < 16 && !clauseBreak(ws, k) {
			k--
		}
		if k >= 0 && ws[k].Lit == "," {
			end = k - 1
		} else {
			return lex.Span{}
		}
	}
	if end > 1 && relativePronouns[ws[end].Lower] {
		// "Mao Zedong (Mao Tse-tung), who proclaimed": the antecedent.
		k := end - 1
		if ws[k].Lit == "," {
			k--
		}
		if k >= 0 && ws[k].Lit == ")" {
			for k >= 0 && ws[k].Lit != "(" {
				k--
			}
			k--
		}
		end = k
	}
	if end < 0 || !nounWord(ws[end]) {
		return lex.Span{}
	}
	start := end
	for start > 0 && end-start < 7 && !determiners[ws[start].Lower] &&
		(nounWord(ws[start-1]) || yearModifier(ws, start-1)) {
		start-- // a determiner opens the phrase: not "the war the ministry"
	}
	// A preposition inside the phrase: "economists at the World Bank".
	for start > 1 && end-start < 10 && innerPrepositions[ws[start-1].Lower] && nounWord(ws[start-2]) {
		start -= 2
		for start > 0 && end-start < 10 && nounWord(ws[start-1]) && !determiners[ws[start].Lower] {
			start--
		}
	}
	for start < end && leadingNonNoun[ws[start].Lower] {
		start++
	}
	// A title's full stop: "Dr. Ellen Hart".
	if start > 1 && ws[start-1].Lit == "." && lex.NameAbbreviations[ws[start-2].Lit] {
		start -= 2
	}
	return lex.Span{Start: ws[start].Start, End: ws[end].End}
}

// yearModifier reports whether ws[i] is a year that qualifies the noun after
// it in a party's phrase: "the 2010 census", "the 1953 survey".
func yearModifier(ws []lex.Word, i int) bool {
	return ws[i].Kind == lex.WordNumber && len(ws[i].Lit) == 4 && i > 0 && determiners[ws[i-1].Lower]
}

// auxiliaries returns the index of the word before the verb at ws[v] once
// auxiliaries and adverbs are passed over.
func auxiliaries(ws []lex.Word, v int) int {
	k := v - 1
	for k >= 0 && (auxiliary[ws[k].Lower] || strings.HasSuffix(ws[k].Lower, "ly") && ws[k].Kind == lex.WordLetters && !ws[k].Capitalised()) {
		k--
	}
	return k
}

// nounPhraseAfter reads the noun phrase that starts at ws[i], up to
// punctuation, a clause word or the word at limit.
func nounPhraseAfter(ws []lex.Word, i, limit int) (lex.Span, bool) {
	start := i
	for i < limit && i < len(ws) && i-start < 10 {
		w := ws[i]
		if w.Kind == lex.WordPunct && w.Lit != "-" && w.Lit != "&" && w.Lit != "." {
			break
		}
		if w.Lit == "." && !(i > start && lex.NameAbbreviations[ws[i-1].Lit]) {
			break
		}
		if clauseWords[w.Lower] || (i > start && ws[i].Kind == lex.WordLetters && verbLike(w)) {
			break
		}
		if i > start && timeOrPlace(ws, i) {
			break // "the interior ministry [on Saturday]", "the port authority [in 1911]"
		}
		i++
	}
	for i > start && (ws[i-1].Kind == lex.WordPunct || leadingNonNoun[ws[i-1].Lower]) {
		i--
	}
	if i == start {
		return lex.Span{}, false
	}
	return lex.Span{Start: ws[start].Start, End: ws[i-1].End}, true
}

// timeOrPlace reports whether ws[i] opens a phrase of time or manner that
// ends a party's noun phrase: "on Saturday", "in 1911", "in a statement",
// "during the war", "last week".
func timeOrPlace(ws []lex.Word, i int) bool {
	switch ws[i].Lower {
	case "on", "in", "during", "last", "this", "yesterday", "today", "earlier", "later":
	default:
		return false
	}
	if i+1 >= len(ws) {
		return true
	}
	next := ws[i+1]
	switch {
	case next.Kind == lex.WordNumber, weekdaysAndMonths[next.Lower], timeNouns[next.Lower]:
		return true
	case next.Lower == "a" || next.Lower == "its" || next.Lower == "their" || next.Lower == "his" || next.Lower == "her" || next.Lower == "the":
		return i+2 < len(ws) && (timeNouns[ws[i+2].Lower] || mannerNouns[ws[i+2].Lower])
	}
	return ws[i].Lower != "on" && ws[i].Lower != "in" && ws[i].Lower != "during"
}

// verbLike reports whether w is a verb that ends the noun phrase before it:
// a reporting verb or an auxiliary.
func verbLike(w lex.Word) bool {
	if _, ok := lex.ReportingVerbs[w.Lower]; ok && !lex.SourceNouns[w.Lower] {
		return true
	}
	return auxiliary[w.Lower] && !strings.HasSuffix(w.Lower, "ly")
}

// nounWord reports whether w can be part of the noun phrase that is a
// party: a word of letters that is not a verb, a clause word or a
// preposition, or a title's full stop ("Gen."), or a name's hyphen.
func nounWord(w lex.Word) bool {
	if w.Kind != lex.WordLetters {
		return false
	}
	if clauseWords[w.Lower] || prepositions[w.Lower] || auxiliary[w.Lower] || governingVerbs[w.Lower] {
		return false
	}
	if base, ok := lex.ReportingVerbs[w.Lower]; ok && !lex.SourceNouns[w.Lower] && !w.Capitalised() && base != w.Lower {
		return false // "said", "reported"; but a base form may be a noun: "the state statistical bureau"
	}
	return true
}

// clauseBreak reports whether ws[i] ends a clause that a reporting verb
// cannot govern across: a semicolon, or a coordinating "but", "while",
// "whereas", "although" after a comma.
func clauseBreak(ws []lex.Word, i int) bool {
	if i >= len(ws) || i < 0 {
		return false
	}
	switch ws[i].Lit {
	case ";", "?", "!":
		return true
	}
	if contrast[ws[i].Lower] && i > 0 && ws[i-1].Lit == "," {
		return true
	}
	return false
}

// distanced reports whether the text keeps its distance from the claim:
// a distancing word just before it in its clause ("the so-called", "an
// alleged"), or the claim inside a short quotation (scare quotes).
func distanced(ws []lex.Word, ci, cj int, claim lex.Span) bool {
	for k := ci - 1; k >= 0 && k >= ci-4; k-- {
		if lex.DistancingWords[ws[k].Lower] {
			return true
		}
		if ws[k].Kind == lex.WordPunct && !isQuote(ws[k]) {
			break
		}
	}
	// Scare quotes: an opening quote at most three words before the claim,
	// and its closing one at most three words after it.
	open := -1
	for k := ci - 1; k >= 0 && k >= ci-3; k-- {
		if isOpeningQuote(ws[k]) {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := cj; k < len(ws) && k <= cj+3; k++ {
		if isClosingQuote(ws[k]) {
			return true
		}
	}
	return false
}

func isPunct(w lex.Word, lits ...string) bool {
	for _, l := range lits {
		if w.Lit == l {
			return true
		}
	}
	return false
}

func anyPunct(ws []lex.Word) bool {
	for _, w := range ws {
		if w.Kind == lex.WordPunct {
			return true
		}
	}
	return false
}

func isQuote(w lex.Word) bool { return isOpeningQuote(w) || isClosingQuote(w) }

func isOpeningQuote(w lex.Word) bool {
	return w.Lit == "“" || w.Lit == "\"" || w.Lit == "‘" || w.Lit == "«"
}

func isClosingQuote(w lex.Word) bool {
	return w.Lit == "”" || w.Lit == "\"" || w.Lit == "’" || w.Lit == "»"
}

var (
	determiners = lex.SetOf("a", "an", "the", "this", "that", "these", "those", "its", "their",
		"his", "her", "our", "my", "your", "whose", "no", "every", "each", "any", "some")
	auxiliary = lex.SetOf("has", "have", "had", "was", "were", "is", "are", "be", "been", "being",
		"will", "would", "shall", "should", "may", "might", "can", "could", "must", "do", "does",
		"did", "not", "never", "also", "later", "then", "once", "first", "soon", "since", "now",
		"too", "themselves", "itself", "himself", "herself", "already", "still", "even", "long",
		"once", "all", "both", "each", "alone")
	numberWord = lex.SetOf("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "half", "some", "about", "around", "nearly", "almost", "over", "more", "less")
	leadingNonNoun = lex.SetOf("and", "or", "but", "then", "in", "on", "at", "of", "by", "to",
		"from", "with", "for", "as")
	clauseWords = lex.SetOf("that", "which", "who", "whom", "whose", "when", "while", "where",
		"because", "if", "although", "though", "whereas", "but", "and", "or", "so", "yet",
		"after", "before", "until", "unless", "since", "as", "than")
	relativePronouns  = lex.SetOf("who", "which", "that")
	weekdaysAndMonths = lex.SetOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december")
	timeNouns = lex.SetOf("morning", "evening", "afternoon", "night", "day", "week", "month", "year",
		"spring", "summer", "autumn", "winter", "time", "end", "past", "meantime")
	mannerNouns = lex.SetOf("statement", "report", "letter", "speech", "interview", "tweet",
		"briefing", "communique", "communiqué", "message", "broadcast", "press", "note", "memorandum")
	// byParticiples are the participles that name a figure's source after
	// "by": "the toll given by the ministry", "figures released by".
	byParticiples = map[string]string{"given": "give", "released": "release", "issued": "issue",
		"published": "publish", "provided": "provide", "compiled": "compile", "cited": "cite",
		"quoted": "quote", "reported": "report", "estimated": "estimate", "supplied": "supply",
		"announced": "announce", "put": "put", "calculated": "calculate", "recorded": "record"}
	// invertible are the verbs that stand before their subject at the end
	// of a sentence: "…, said the ministry".
	invertible = lex.SetOf("say", "add", "report", "write", "explain", "note", "declare", "state",
		"conclude", "estimate", "insist", "claim", "recall", "warn", "tell", "confirm")
	// trailing are the words that open what may follow a reporting verb at
	// the end of a sentence: a time or a place ("on Monday", "in a
	// statement", "yesterday").
	trailing = lex.SetOf("on", "in", "at", "last", "this", "yesterday", "today", "late", "early",
		"earlier", "later", "afterwards", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "when", "after", "before", "during", "from", "via", "through", "as",
		"by", "while", "to", "and", "but")
	innerPrepositions = lex.SetOf("of", "at", "from", "for", "in")
	contrast          = lex.SetOf("but", "while", "whereas", "although", "though", "yet", "however")
	prepositions      = lex.SetOf("at", "in", "on", "of", "by", "to", "from", "with", "for", "into",
		"during", "after", "before", "over", "under", "about", "against", "between", "through",
		"within", "without", "upon", "across", "among", "throughout")
	objectPronouns = lex.SetOf("me", "us", "him", "her", "them", "it", "reporters", "journalists",
		"parliament", "congress", "the")
	// governingVerbs stand before an infinitive's subject: "allowed the
	// government to announce"; they end the phrase that is the party.
	governingVerbs = lex.SetOf("allowed", "prompted", "led", "forced", "caused", "asked", "urged",
		"made", "let", "helped", "enabled", "ordered", "told", "expected", "wanted", "required",
		"encouraged", "persuaded", "compelled", "permitted", "obliged", "called", "get", "got")
)
