package lex

import "strings"

// Old English money: pounds, shillings and pence (£ s. d.), reckoned in
// the pound of account (£1 = 20s. = 240d.). Amounts are read in pence and
// given in pounds (GBP), exactly: £3 10s. 6d. is 3.525, a guinea 1.05.

// PenceWords are the words that say an amount of pence by themselves, with
// that amount: "sixpence", "eighteenpence", "a halfpenny".
var PenceWords = map[string]float64{
	"halfpenny": 0.5, "ha'penny": 0.5, "penny": 1, "twopence": 2, "tuppence": 2, "threepence": 3,
	"thruppence": 3, "fourpence": 4, "fivepence": 5, "sixpence": 6, "sevenpence": 7,
	"eightpence": 8, "ninepence": 9, "tenpence": 10, "elevenpence": 11, "twelvepence": 12,
	"fifteenpence": 15, "eighteenpence": 18, "twentypence": 20,
}

// PenceCompound reads a word of pence with a halfpenny or farthing joined
// by a hyphen ("fourpence-halfpenny", "twopence-farthing") and returns its
// pence.
func PenceCompound(w string) (float64, bool) {
	if v, ok := PenceWords[w]; ok && w != "penny" && w != "halfpenny" && w != "ha'penny" {
		return v, true
	}
	head, tail, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	v, ok := PenceWords[head]
	if !ok || head == "halfpenny" {
		return 0, false
	}
	switch tail {
	case "halfpenny", "ha'penny":
		return v + 0.5, true
	case "farthing":
		return v + 0.25, true
	}
	return 0, false
}

// OldCoins are the English coins and units of account written after a
// number ("three guineas", "a groat", "two farthings"), with their worth in
// pence. "Mark" (13s. 4d.) counts only where the text speaks of money
// (see the quantities package); "crown" only in "half a crown".
var OldCoins = map[string]float64{
	"pound": 240, "pounds": 240, "shilling": 12, "shillings": 12, "penny": 1, "pence": 1,
	"pennies": 1, "halfpence": 0.5, "halfpennies": 0.5, "farthing": 0.25, "farthings": 0.25,
	"groat": 4, "groats": 4, "guinea": 252, "guineas": 252, "mark": 160, "marks": 160,
	"noble": 80, "nobles": 80,
}

// LSDLetters are the abbreviations of pounds, shillings and pence written
// after the figures: "3l. 10s. 6d.", "10s", "6d.", with their worth in
// pence. "li." is the older form of "l.".
var LSDLetters = map[string]float64{"l": 240, "li": 240, "s": 12, "d": 1}

// PenceToPounds turns an amount in pence into pounds, as exactly as a
// float64 holds it (846d. is 3.525).
func PenceToPounds(pence float64) float64 {
	if pence == float64(int64(pence)) {
		return float64(int64(pence)) / 240
	}
	return pence * 4 / 960 // quarters of a penny stay exact
}

// oldMoneyWords are the other moneys of account of old sources, kept in
// their own unit, unconverted: the unit each written form stands for. They
// join CurrencyWords, in place of a modern reading of the same word
// ("pesos" alone are the Spanish peso, "drachmae" the ancient drachma).
var oldMoneyWords = map[string]string{
	"livre": "livre", "livres": "livre", "livres tournois": "livre", "écu": "écu", "ecu": "écu",
	"écus": "écu", "ecus": "écu", "crowns": "crown", "pistole": "pistole", "pistoles": "pistole",
	"louis d'or": "louis d'or", "louis-d'or": "louis d'or", "louis d’or": "louis d'or",
	"sou": "sou", "sous": "sou", "sols": "sou", "denier": "denier", "deniers": "denier",
	"real": "real", "reals": "real", "reales": "real", "rials": "real",
	"maravedí": "maravedí", "maravedis": "maravedí", "maravedís": "maravedí", "maravedies": "maravedí",
	"peso": "peso", "pesos": "peso", "pesos de oro": "peso de oro", "castellanos": "castellano",
	"piece of eight": "piece of eight", "pieces of eight": "piece of eight",
	"doubloon": "doubloon", "doubloons": "doubloon", "moidore": "moidore", "moidores": "moidore",
	"cruzado": "cruzado", "cruzados": "cruzado", "scudi": "scudo", "scudo": "scudo",
	"sequin": "sequin", "sequins": "sequin", "zecchini": "zecchino", "rix-dollar": "rix-dollar",
	"rix-dollars": "rix-dollar", "rixdollars": "rix-dollar", "rixdollar": "rix-dollar",
	"dollars of eight": "piece of eight", "stivers": "stiver", "guilders": "NLG",
	"aurei": "aureus", "aureus": "aureus", "solidi": "solidus", "bezants": "bezant",
	"byzants": "bezant", "drachmae": "drachma", "drachms": "drachma", "minae": "mina", "minas": "mina",
	"obols": "obol", "oboli": "obol", "staters": "stater", "darics": "daric",
	"sesterces": "sestertius", "sestertii": "sestertius", "sesterce": "sestertius",
	"sestertia": "sestertium", "denarii": "denarius", "denarius": "denarius",
	"talent": "talent", "talents": "talent", "attic talents": "talent",
	"pagodas": "pagoda", "star pagodas": "pagoda", "mohurs": "mohur", "gold mohurs": "mohur",
	"ducats": "ducat", "ducat": "ducat", "thalers": "thaler", "thaler": "thaler",
	"florins": "florin", "florin": "florin", "marks banco": "mark banco",
}

func init() { CurrencyWords.set(oldMoneyWords) }
