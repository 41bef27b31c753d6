package lex

// Old measures of length, area, capacity and weight, as old books write
// them after a number. Each keeps its own unit symbol (the text is never
// converted); OldMeasureSI gives the factor to an SI unit where the
// measure had one standard value in England (statute or customary), so
// that a reader can compare. Measures whose size varied with the place or
// the goods (the hide, the virgate, the hogshead, the Greek stade) have
// none.
var oldMeasureWords = map[string]string{
	"furlong": "fur", "furlongs": "fur", "rod": "rd", "rods": "rd", "perch": "rd", "perches": "rd",
	"chain": "ch", "chains": "ch", "ell": "ell", "ells": "ell", "fathom": "fathom", "fathoms": "fathom",
	"league": "league", "leagues": "league", "toise": "toise", "toises": "toise",
	"verst": "verst", "versts": "verst", "cubit": "cubit", "cubits": "cubit",
	"stadia": "stadion", "stades": "stadion", "stadium": "stadion", "parasang": "parasang", "parasangs": "parasang",
	"roman miles": "Roman mile", "roman mile": "Roman mile",
	"acre": "ac", "acres": "ac", "rood": "rood", "roods": "rood", "hide": "hide", "hides": "hide",
	"virgate": "virgate", "virgates": "virgate", "carucate": "carucate", "carucates": "carucate",
	"arpent": "arpent", "arpents": "arpent",
	"bushel": "bu", "bushels": "bu", "peck": "pk", "pecks": "pk",
	"quarters of wheat": "qr", "quarters of corn": "qr", "quarters of grain": "qr",
	"quarters of barley": "qr", "quarters of oats": "qr", "quarters of malt": "qr", "quarters of rye": "qr",
	"quarter of wheat": "qr", "quarter of corn": "qr", "quarters of wheat and barley": "qr",
	"hogshead": "hhd", "hogsheads": "hhd", "tun": "tun", "tuns": "tun", "pipe of wine": "pipe",
	"pipes of wine": "pipe", "butts": "butt", "butt of sack": "butt", "firkin": "firkin", "firkins": "firkin",
	"chaldron": "chaldron", "chaldrons": "chaldron",
	"stone": "st", "stones weight": "st", "cwt": "cwt", "cwt.": "cwt", "hundredweight": "cwt",
	"hundred-weight": "cwt", "hundredweights": "cwt", "tod": "tod", "tods": "tod",
	"marks of silver": "mark", "marks of gold": "mark", "mark of silver": "mark", "mark of gold": "mark",
	"pounds of gold": "lb", "pounds of silver": "lb", "pounds weight": "lb",
}

func init() { MeasureUnits.set(oldMeasureWords) }

// OldMeasureSymbols are the symbols of the old measures.
var OldMeasureSymbols = func() map[string]bool {
	m := map[string]bool{}
	for _, sym := range oldMeasureWords {
		m[sym] = true
	}
	return m
}()

// SIFactor is what one of a unit is in an SI unit.
type SIFactor struct {
	Factor float64
	Unit   string // "m", "m²", "m³", "kg"
}

// OldMeasureSI are the old measures with a standard size: the English
// statute and customary values (the Winchester bushel of 1697–1824 for
// corn, the wine gallon of 231 cubic inches for the tun), the Russian verst
// and the French toise.
var OldMeasureSI = map[string]SIFactor{
	"league": {4828.032, "m"}, "fur": {201.168, "m"}, "rd": {5.0292, "m"}, "ch": {20.1168, "m"},
	"fathom": {1.8288, "m"}, "ell": {1.143, "m"}, "toise": {1.949036, "m"}, "verst": {1066.8, "m"},
	"ac": {4046.8564224, "m²"}, "rood": {1011.7141056, "m²"},
	"bu": {0.03523907016688, "m³"}, "pk": {0.00880976754172, "m³"}, "qr": {0.28191256133504, "m³"},
	"tun": {0.953923769568, "m³"},
	"st":  {6.35029318, "kg"}, "cwt": {50.80234544, "kg"}, "tod": {12.70058636, "kg"},
}
