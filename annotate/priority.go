package annotate

import (
	"math"
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The reasons that make up a claim's priority, with their weights. A
// claim's priority is the sum of the weights of its reasons, at most 1.
const (
	// ReasonInterestedParty: the claim is attributed to a party with a
	// stake in it (a government, ministry, party, army, official media, a
	// company about itself).
	ReasonInterestedParty = "interested party"
	// ReasonDistanced: the text itself keeps its distance ("claimed",
	// "so-called").
	ReasonDistanced = "distanced"
	// ReasonRound: a round figure (one significant digit, or two ending in
	// 5: "30 million", "600,000", "65 percent"), often an estimate given
	// as a fact.
	ReasonRound = "round figure"
	// ReasonLarge: a count or sum of money of a million or more.
	ReasonLarge = "very large figure"
	// ReasonComparison: a superlative or comparison, in the claim or its
	// sentence ("the worst in world history").
	ReasonComparison = "superlative or comparison"
	// ReasonUnhedged: an exact figure, with no qualifier, for something
	// hard to count (deaths, victims, crowds, refugees, populations).
	ReasonUnhedged = "unhedged figure for something hard to count"
	// ReasonNoDate: nothing dates the claim.
	ReasonNoDate = "no date"
)

// priorityWeights are the weights of the reasons.
var priorityWeights = map[string]float64{
	ReasonInterestedParty: 0.3,
	ReasonDistanced:       0.1,
	ReasonRound:           0.15,
	ReasonLarge:           0.15,
	ReasonComparison:      0.2,
	ReasonUnhedged:        0.2,
	ReasonNoDate:          0.1,
}

// Priority says how much a claim asks to be checked first, from 0 to 1, and
// why: the sum of the weights of its reasons (ReasonInterestedParty 0.3,
// ReasonDistanced 0.1, ReasonRound 0.15, ReasonLarge 0.15, ReasonComparison
// 0.2, ReasonUnhedged 0.2, ReasonNoDate 0.1), at most 1, rounded to two
// decimals. m is the claim's quantity mention (nil for a comparison);
// comparison says whether its sentence holds a superlative or comparison.
func Priority(c *Claim, m *Mention, comparison bool) (float64, []string) {
	reasons := []string{}
	if c.Attribution != nil && interested(c.Attribution) {
		reasons = append(reasons, ReasonInterestedParty)
	}
	if c.Stance == StanceDistanced {
		reasons = append(reasons, ReasonDistanced)
	}
	if m != nil && m.QuantityAttrs != nil && m.Value != nil && !m.Vague {
		v := math.Abs(*m.Value)
		if round(v) {
			reasons = append(reasons, ReasonRound)
		}
		if v >= 1e6 && (m.Kind == "count" || m.Kind == "money") {
			reasons = append(reasons, ReasonLarge)
		}
	}
	if c.Kind == KindComparison || comparison {
		reasons = append(reasons, ReasonComparison)
	}
	if m != nil && m.QuantityAttrs != nil && (m.Qualifier == "" || m.Qualifier == "none") && !m.Vague && hardToCount(c.Subject) {
		reasons = append(reasons, ReasonUnhedged)
	}
	if c.When == "" {
		reasons = append(reasons, ReasonNoDate)
	}
	p := 0.0
	for _, r := range reasons {
		p += priorityWeights[r]
	}
	return math.Round(math.Min(p, 1)*100) / 100, reasons
}

// round reports whether v is a round figure: one significant digit
// ("30 million", "600,000"), or two with the last a 5 or 0 ("65",
// "2,500"). Small numbers (under 10) are never round.
func round(v float64) bool {
	if v < 10 || v != math.Trunc(v) {
		return false
	}
	for v >= 100 && math.Mod(v, 10) == 0 {
		v /= 10
	}
	return v < 10 || math.Mod(v, 5) == 0 && v < 100
}

// interested reports whether the party of an attribution has a stake in
// its figures: a word of it is one of lex.InterestedParties.
func interested(a *Attribution) bool {
	for _, w := range lex.Words(a.Party) {
		if lex.InterestedParties[w.Lower] || lex.InterestedParties[strings.TrimSuffix(w.Lower, "'s")] {
			return true
		}
	}
	return false
}

// hardToCount reports whether a claim's subject is something hard to count
// exactly: the dead, victims, crowds, refugees, populations.
func hardToCount(subject string) bool {
	for _, w := range lex.Words(subject) {
		if hardToCountWords[w.Lower] {
			return true
		}
	}
	return false
}

var hardToCountWords = lex.SetOf("died", "dead", "deaths", "death", "killed", "victims", "casualties",
	"starved", "perished", "starvation", "famine", "toll", "refugees", "displaced", "homeless",
	"wounded", "missing", "executed", "murdered", "massacred", "slain", "crowd", "crowds",
	"protesters", "demonstrators", "population", "inhabitants", "people", "persons", "lives",
	"fatalities", "losses", "deported", "imprisoned", "arrested", "exiled", "emigrants")
