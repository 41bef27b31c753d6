package lex

// ReportingVerbs maps each form of a verb that reports what someone asserts
// ("estimated", "says", "put") to its base form, which is what an
// attribution names as its verb.
var ReportingVerbs = verbForms(
	"estimate", "conclude", "announce", "claim", "report", "say", "write",
	"argue", "state", "calculate", "count", "record", "declare", "assert",
	"maintain", "insist", "allege", "boast", "admit", "acknowledge",
	"confirm", "reveal", "disclose", "publish", "note", "observe", "suggest",
	"find", "show", "indicate", "put", "place", "reckon", "compute",
	"believe", "think", "tell", "add", "explain", "contend", "testify",
	"concede", "deny", "warn", "predict", "forecast", "proclaim",
	"assess", "tally", "cite", "gauge", "judge", "brag", "register",
	"cable", "telegraph", "recall", "recount", "relate",
)

// irregularVerbs are the forms of the reporting verbs that the regular rules
// of verbForms do not make.
var irregularVerbs = map[string][]string{
	"say":      {"said", "says", "saying"},
	"write":    {"wrote", "written", "writes", "writing"},
	"find":     {"found", "finds", "finding"},
	"show":     {"showed", "shown", "shows", "showing"},
	"put":      {"put", "puts", "putting"},
	"think":    {"thought", "thinks", "thinking"},
	"tell":     {"told", "tells", "telling"},
	"forecast": {"forecast", "forecasts", "forecasting", "forecasted"},
	"deny":     {"denied", "denies", "denying"},
	"testify":  {"testified", "testifies", "testifying"},
	"tally":    {"tallied", "tallies", "tallying"},
	"admit":    {"admitted", "admits", "admitting"},
	"brag":     {"bragged", "brags", "bragging"},
}

// verbForms makes the table of ReportingVerbs: each base form, its -s, -ed
// and -ing forms by the regular rules, and the irregular forms.
func verbForms(bases ...string) map[string]string {
	m := map[string]string{}
	for _, b := range bases {
		m[b] = b
		if forms, ok := irregularVerbs[b]; ok {
			for _, f := range forms {
				m[f] = b
			}
			continue
		}
		stem := b
		if stem[len(stem)-1] == 'e' {
			stem = stem[:len(stem)-1]
		}
		m[b+"s"] = b
		m[stem+"ed"] = b
		m[stem+"ing"] = b
	}
	return m
}

// DistancingVerbs are the reporting verbs by which a text keeps its
// distance from what it reports: "the regime claimed", "he boasted".
var DistancingVerbs = SetOf("claim", "allege", "boast", "brag", "insist", "purport")

// DistancingWords are the words that, next to a figure, say the text does not
// vouch for it: "the so-called", "an alleged", "supposedly".
var DistancingWords = SetOf("so-called", "alleged", "allegedly", "supposed", "supposedly",
	"purported", "purportedly", "ostensibly", "ostensible", "professed", "claimed")

// SourceNouns are the nouns that stand for someone's findings in "X's
// figures show" and "by X's estimate".
var SourceNouns = SetOf("figure", "figures", "estimate", "estimates", "data", "statistics",
	"records", "record", "census", "survey", "report", "reports", "count", "counts",
	"calculations", "calculation", "numbers", "tally", "study", "research", "findings", "accounts", "account",
	"reckoning", "reckonings", "estimation", "tallies", "returns", "statement")

// InterestedParties are the head words of parties with a stake in the
// figures they give: governments and their organs, parties, armies,
// official media, companies speaking of themselves.
var InterestedParties = SetOf("government", "governments", "regime", "regimes", "party", "ministry",
	"ministries", "minister", "ministers", "official", "officials", "authorities", "authority",
	"state", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "propaganda", "press",
	"administration", "army", "military", "command", "commanders", "commander", "general",
	"generals", "police", "politburo", "leadership", "leader", "leaders", "chairman",
	"president", "premier", "embassy", "agency", "company", "corporation", "firm", "campaign",
	"committee", "bureau", "department", "council", "junta", "dictator", "king", "emperor",
	"court", "xinhua", "pravda", "tass", "daily", "media", "bosses", "cadres", "cadre",
	"communists", "nazis", "soviets", "kremlin", "junta", "dictatorship", "crown", "throne")
