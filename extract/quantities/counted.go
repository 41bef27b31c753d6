package quantities

import (
	"strings"

	"github.com/factsheet/factsheet/extract/lex"
)

// The counted noun of a count is read from the words alone, so that
// Quantities needs no tagger: up to four words after the number, stopping at
// function words, punctuation, numbers, adverbs and verbs.

// nounStop are words that end a counted noun phrase.
var nounStop = lex.SetOf(
	"the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with",
	"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "had", "have",
	"has", "was", "were", "is", "are", "be", "been", "being", "will", "would",
	"could", "should", "may", "might", "must", "can", "did", "do", "does", "as",
	"than", "per", "each", "more", "less", "fewer", "this", "these", "those", "it", "its",
	"their", "his", "her", "they", "them", "he", "she", "we", "not", "no", "into",
	"during", "after", "before", "since", "until", "while", "when", "where",
	"between", "among", "across", "over", "under", "about", "around", "through",
	"throughout", "against", "within", "without", "also", "only", "still", "then",
	"there", "here", "so", "if", "because", "out", "up", "down", "off", "all",
	"both", "either", "neither", "such", "what", "i", "you", "our", "my", "your",
	"a.m", "p.m", "am", "pm", "ago", "later", "earlier", "old", "apiece", "each", "altogether",
	"alone", "too", "instead", "again", "along", "toward", "towards", "upon", "via",
	"whereas", "although", "though", "yet", "even", "just", "now", "ever", "never", "very",
	"respectively", "per", "annually", "yearly", "daily", "plus", "minus", "times",
	"or", "versus", "vs", "like", "unlike", "including", "excluding", "except", "out",
)

// countVerbs are verbs that often follow a counted noun ("300 soldiers
// fought", "20,000 people live"): past forms not ending in -ed, and present
// forms that are seldom nouns.
var countVerbs = lex.SetOf(
	"fought", "lost", "won", "went", "came", "left", "fell", "rose", "grew", "took", "made",
	"ran", "saw", "met", "became", "began", "spent", "paid", "sent", "built", "held", "kept",
	"brought", "stood", "lay", "froze", "sank", "struck", "burnt", "swam", "drove", "rode",
	"wrote", "gave", "got", "said", "told", "knew", "thought", "found", "felt", "heard", "bore",
	"slept", "ate", "drank", "sold", "bought", "taught", "caught", "fed", "led", "shot",
	"spread", "stole", "broke", "chose", "spoke", "wore", "threw", "flew", "drew", "hung",
	"dug", "fled", "overran", "withdrew", "undertook", "overthrew", "sought", "bled",
	"die", "live", "remain", "flee", "starve", "perish", "own", "speak", "attend", "believe",
	"belong", "lack", "receive", "suffer", "depend", "share", "earn", "face", "need",
	"want", "seem", "appear", "survive", "continue", "became", "become", "went", "go",
	"come", "arrive", "leave", "stay", "lie", "remained", "constitute", "comprise",
	"make", "take", "get", "give", "say", "see", "know", "think", "pay", "buy",
	"dies", "lives", "goes", "remains", "makes", "takes", "gets", "gives", "says",
)

// nounEdExceptions are nouns that end in -ed or -ing.
var nounEdExceptions = lex.SetOf("bed", "beds", "shed", "seed", "need", "speed", "breed", "creed",
	"steed", "weed", "feed", "reed", "sled", "hundred", "thing", "things", "king", "kings",
	"ring", "rings", "wing", "wings", "spring", "springs", "string", "building", "buildings",
	"clothing", "housing", "shilling", "shillings", "farthing", "farthings", "sibling",
	"siblings", "offspring", "uprising", "uprisings", "landing", "landings", "holding",
	"holdings", "dwelling", "dwellings", "earnings", "savings", "killing", "killings",
	"bombing", "bombings", "sailing", "sling", "wedding", "weddings", "meeting", "meetings",
	"being", "beings", "ceiling", "lodging", "lodgings", "pudding", "rising", "risings",
	"seedling", "seedlings", "dumpling", "duckling", "hireling", "hirelings", "yearling",
	"yearlings", "ling", "evening", "evenings", "morning", "mornings", "wounded", "dead",
	"red", "bed", "hatred", "kindred", "sacred", "naked", "wicked", "ragged")

// lyNouns are nouns and adjectives that end in -ly.
var lyNouns = lex.SetOf("family", "families", "supply", "supplies", "assembly", "assemblies",
	"ally", "italy", "july", "rally", "rallies", "fly", "flies", "lily", "anomaly",
	"monopoly", "monopolies", "holy", "early", "daily", "weekly", "monthly", "yearly", "elderly",
	"friendly", "lonely", "only", "belly", "jelly", "bully", "folly", "gully", "reply", "emily")

// nounPhraseEnd returns the end of the counted noun phrase that starts at
// ws[j]: up to four words, stopping at function words, punctuation, numbers,
// adverbs and verbs; a word after the first that ends in -ed or -ing is a
// verb ("people died", "men marching"), the first is an adjective ("armed
// men").
func nounPhraseEnd(ws []lex.Word, j int) int {
	k := j
	for n := 0; k < len(ws) && n < 4; n++ {
		w := ws[k]
		if e := dottedAbbrevEnd(ws, k); e > k && (k == j || ws[j].Capitalised()) {
			k = e // "232 U.S. troops": the initials are one word of the noun
			continue
		}
		oldNoun := k == j && w.Lower == "old" && k+1 < len(ws) && ws[k+1].Kind == lex.WordLetters && !nounStop[ws[k+1].Lower] // "eighty-two old Invalides"
		if w.Kind != lex.WordLetters || nounStop[w.Lower] && !oldNoun || countVerbs[w.Lower] || (k > j && w.Joined) ||
			(k == j && lex.FractionDenominators[w.Lower] != 0) {
			break
		}
		if strings.HasSuffix(w.Lower, "ly") && !lyNouns[w.Lower] {
			break
		}
		if k > j && verbLike(w.Lower) {
			break
		}
		if k > j && w.Capitalised() != ws[j].Capitalised() && !ws[j].Capitalised() && !(k == j+1 && ws[j].Lower == "old") {
			break // "300 men Napoleon": the name starts another phrase
		}
		if k > j && lex.DateMonths[w.Lower] > 0 && w.Capitalised() {
			break
		}
		k++
		if looksPlural(w.Lower) && k < len(ws) && ws[k].Kind == lex.WordLetters && !ws[k].Capitalised() && !looksPlural(ws[k].Lower) {
			break // "15 major bills pass Congress": a plural noun ends the phrase before a verb
		}
	}
	if k > j {
		last := ws[k-1].Lower
		if verbLike(last) {
			k--
		}
	}
	if k > j && k+2 < len(ws) && (ws[k].Lower == "and" || ws[k].Lower == "or") && ws[k+1].Kind == lex.WordLetters &&
		ws[k+1].Capitalised() && capitalisedRun(ws[j:k]) {
		// "485,000 British and French casualties": the names of peoples
		// joined by "and" qualify one noun.
		if end := nounPhraseEnd(ws, k+1); end > k+2 && !ws[end-1].Capitalised() {
			k = end
		}
	}
	for k > j && danglingModifiers[ws[k-1].Lower] {
		k-- // "22 other times": "other" alone is no noun
	}
	return k
}

// dottedAbbrevEnd returns the end of a run of dotted capital initials of
// two letters or more at ws[k] ("U.S.", "U.K."), or k.
func dottedAbbrevEnd(ws []lex.Word, k int) int {
	e := k
	for e+1 < len(ws) && ws[e].Kind == lex.WordLetters && len(ws[e].Lit) == 1 && ws[e].Capitalised() &&
		(e == k || ws[e].Joined) && ws[e+1].Lit == "." && ws[e+1].Joined {
		e += 2
	}
	if e-k < 4 {
		return k
	}
	return e
}

// capitalisedRun reports whether every word of ws is a capitalised word.
func capitalisedRun(ws []lex.Word) bool {
	for _, w := range ws {
		if w.Kind != lex.WordLetters || !w.Capitalised() {
			return false
		}
	}
	return len(ws) > 0
}

// danglingModifiers are words that qualify a noun and are none themselves:
// a counted noun phrase does not end on them ("22 other times", "27.3
// million new U.S. residents").
var danglingModifiers = lex.SetOf("other", "new", "additional", "further", "extra", "such", "same", "different",
	"separate", "more", "fewer", "former", "current", "overall")

// looksPlural reports whether w looks like a plural noun: "bills", "furnaces".
func looksPlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// verbLike reports whether w looks like a verb form: it ends in -ed or -ing
// and is not a noun that does.
func verbLike(w string) bool {
	if nounEdExceptions[w] || len(w) < 4 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")
}
