package lex

// The feasts and quarter days of old English records, beside those of
// calendar.go: Hallowmas, Childermas, Holy Rood, the Sundays and holy days
// that move with Easter, and the saints' days (lex.SaintDays) that dated
// rents, fairs, terms and battles. The quarter days of England are Lady
// Day (25 March), Midsummer (24 June), Michaelmas (29 September) and
// Christmas (25 December); of Scotland Candlemas, Whitsunday, Lammas and
// Martinmas.

// SaintDays are the saints' days by the saint's name in lower case, with
// their month and day ("john": the Nativity of St John the Baptist, 24
// June).
var SaintDays = map[string][2]int{
	"john": {6, 24}, "john baptist": {6, 24}, "michael": {9, 29}, "martin": {11, 11}, "andrew": {11, 30},
	"george": {4, 23}, "bartholomew": {8, 24}, "james": {7, 25}, "thomas": {12, 21}, "stephen": {12, 26},
	"valentine": {2, 14}, "swithin": {7, 15}, "swithun": {7, 15}, "luke": {10, 18}, "peter": {6, 29},
	"peter and paul": {6, 29}, "peter and st": {6, 29}, "paul": {1, 25}, "david": {3, 1}, "patrick": {3, 17},
	"matthew": {9, 21}, "mark": {4, 25}, "lawrence": {8, 10}, "laurence": {8, 10}, "crispin": {10, 25},
	"crispian": {10, 25}, "lucy": {12, 13}, "nicholas": {12, 6}, "agnes": {1, 21}, "hilary": {1, 13},
	"benedict": {3, 21}, "dunstan": {5, 19}, "denis": {10, 9}, "edmund": {11, 20}, "catherine": {11, 25},
	"katherine": {11, 25}, "margaret": {7, 20}, "mary magdalene": {7, 22}, "giles": {9, 1},
	"matthias": {2, 24}, "barnabas": {6, 11}, "barnaby": {6, 11}, "simon and jude": {10, 28},
	"philip and james": {5, 1}, "anne": {7, 26}, "lambert": {9, 17}, "britius": {11, 13}, "brice": {11, 13},
	"remigius": {10, 1}, "faith": {10, 6}, "edward": {10, 13}, "jerome": {9, 30}, "cuthbert": {3, 20},
}

func init() {
	for w, md := range map[string][2]int{"hallowmas": {11, 1}, "childermas": {12, 28}, "holyrood": {9, 14},
		"midsummer": {6, 24}, "allhallows": {11, 1}, "lammas": {8, 1}, "candlemas": {2, 2}} {
		DateFeasts[w] = md
	}
	for w, n := range map[string]int{"whitsuntide": 49, "whit sunday": 49, "whit monday": 50, "whitmonday": 50,
		"trinity sunday": 56, "corpus christi": 60, "low sunday": 7, "septuagesima": -63, "sexagesima": -56,
		"quinquagesima": -49, "rogation sunday": 35, "holy thursday": 39, "easter day": 0, "easter eve": -1,
		"easter tuesday": 2, "passion sunday": -14, "mothering sunday": -21, "hock monday": 8, "hock tuesday": 9} {
		DateMovable[w] = n
	}
	DateFeastPhrases = append(DateFeastPhrases,
		struct {
			Words []string
			M, D  int
		}{[]string{"all", "saints"}, 11, 1},
		struct {
			Words []string
			M, D  int
		}{[]string{"all", "souls", "'", "day"}, 11, 2},
		struct {
			Words []string
			M, D  int
		}{[]string{"all", "souls"}, 11, 2},
		struct {
			Words []string
			M, D  int
		}{[]string{"holy", "rood", "day"}, 9, 14},
		struct {
			Words []string
			M, D  int
		}{[]string{"twelfth", "night"}, 1, 5},
		struct {
			Words []string
			M, D  int
		}{[]string{"twelfth", "day"}, 1, 6},
		struct {
			Words []string
			M, D  int
		}{[]string{"lady", "day"}, 3, 25},
	)
}
