package lex

// The qualifiers of a quantity.
const (
	QualNone   = "none"
	QualApprox = "approx"
	QualGT     = "gt"
	QualGTE    = "gte"
	QualLT     = "lt"
	QualLTE    = "lte"
	QualRange  = "range"
)

// PreQualifiers are the words before a number that qualify it: "more than
// 30 million", "an estimated 2.1 million", "up to 40 ships", "> 50%".
var PreQualifiers = newPhraseTable(map[string]string{
	"more than": QualGT, "over": QualGT, "above": QualGT, "in excess of": QualGT,
	"upwards of": QualGT, "well over": QualGT, "just over": QualGT, "a little over": QualGT,
	"slightly more than": QualGT, "well above": QualGT, "well in excess of": QualGT,
	"somewhat more than": QualGT, "a little more than": QualGT, "rather more than": QualGT,
	"considerably more than": QualGT, "far more than": QualGT, "many more than": QualGT,
	"exceeding": QualGT, ">": QualGT, "higher than": QualGT, "greater than": QualGT,
	"larger than": QualGT, "bigger than": QualGT, "≳": QualGT,

	"at least": QualGTE, "no fewer than": QualGTE, "no less than": QualGTE,
	"not less than": QualGTE, "not fewer than": QualGTE, "a minimum of": QualGTE,
	"as few as": QualGTE, "as low as": QualGTE, "as little as": QualGTE, "at the very least": QualGTE, "≥": QualGTE, ">=": QualGTE,
	"⩾": QualGTE, "≧": QualGTE,

	"less than": QualLT, "fewer than": QualLT, "under": QualLT, "below": QualLT,
	"just under": QualLT, "just below": QualLT, "well under": QualLT, "well below": QualLT,
	"a little under": QualLT, "slightly less than": QualLT, "slightly fewer than": QualLT,
	"not quite": QualLT, "<": QualLT, "lower than": QualLT, "smaller than": QualLT, "≲": QualLT,

	"up to": QualLTE, "at most": QualLTE, "no more than": QualLTE, "not more than": QualLTE,
	"as many as": QualLTE, "as much as": QualLTE, "as high as": QualLTE, "within": QualLTE,
	"a maximum of": QualLTE, "at the most": QualLTE, "no greater than": QualLTE,
	"≤": QualLTE, "<=": QualLTE, "⩽": QualLTE, "≦": QualLTE,

	"about": QualApprox, "around": QualApprox, "roughly": QualApprox,
	"approximately": QualApprox, "approx.": QualApprox, "approx": QualApprox,
	"some": QualApprox, "an estimated": QualApprox, "estimated": QualApprox,
	"estimated at": QualApprox, "an approximate": QualApprox, "perhaps": QualApprox,
	"possibly": QualApprox, "probably": QualApprox, "maybe": QualApprox,
	"nearly": QualApprox, "almost": QualApprox, "close to": QualApprox,
	"something like": QualApprox, "in the region of": QualApprox,
	"in the order of": QualApprox, "on the order of": QualApprox, "of the order of": QualApprox,
	"circa": QualApprox, "c.": QualApprox, "ca.": QualApprox, "c": QualApprox,
	"ca": QualApprox, "roughly some": QualApprox, "an estimated total of": QualApprox,
	"~": QualApprox, "≈": QualApprox, "∼": QualApprox, "≃": QualApprox, "⁓": QualApprox, "nigh on": QualApprox, "the best part of": QualApprox,
	"more or less": QualApprox, "give or take": QualApprox,
})

// postQualifiers are the words after a number (or its unit) that qualify it:
// "30 million or more", "forty-odd", "2,000+", "a hundred or so".
var postQualifiers = newPhraseTable(map[string]string{
	"or more": QualGTE, "or over": QualGTE, "and over": QualGTE, "and upwards": QualGTE,
	"or above": QualGTE, "+": QualGTE, "plus": QualGTE, "at least": QualGTE, "at the least": QualGTE,
	"or less": QualLTE, "or fewer": QualLTE, "or under": QualLTE, "at most": QualLTE,
	"at the most": QualLTE, "or below": QualLTE,
	"or so": QualApprox, "or thereabouts": QualApprox, "odd": QualApprox, "-odd": QualApprox,
	"more or less": QualApprox, "give or take": QualApprox, "approximately": QualApprox,
	"or more than": "", // "300 or more than 400": not a qualifier
})

// PostQualifierAt reads a qualifier after a number or its unit. "plus"
// followed by another number adds rather than qualifies.
func PostQualifierAt(ws []Word, j int) (string, int, bool) {
	q, next, ok := postQualifiers.At(ws, j)
	if !ok || q == "" {
		return "", j, false
	}
	switch ws[j].Lit {
	case "+", "-":
		if !ws[j].Joined {
			return "", j, false
		}
	}
	if ws[j].Lower == "plus" && next < len(ws) && (ws[next].Kind == WordNumber || ws[next].Kind == WordSymbol) {
		return "", j, false
	}
	if (ws[j].Lower == "and" || ws[j].Lower == "or") && next < len(ws) &&
		(ws[next].Kind == WordSymbol || ws[next].Lower == "a" || numberStartsAt(ws, next)) {
		return "", j, false // "over 16,000 deaths and over 53,000 wounded": a second quantity's qualifier
	}
	return q, next, true
}

// numberStartsAt reports whether a number starts at ws[i].
func numberStartsAt(ws []Word, i int) bool {
	n, ok := NumberAt(ws, i, false)
	return ok && n.Next > i
}

// IsQualifierWord reports whether w can open a qualifier.
func IsQualifierWord(w string) bool { return PreQualifiers.Has(w) }
