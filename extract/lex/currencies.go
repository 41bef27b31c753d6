package lex

import "strings"

// Money is normalised to ISO 4217 codes, current or withdrawn ("FRF", "DEM",
// "ITL"). A currency that never had a code (reichsmarks, livres, shillings,
// taels, ducats) and the subunits (cents, pence, kopeks) keep their own name,
// in the singular and in lower case: "reichsmark", "shilling", "penny".

// currencySigns are the currency signs, one character each.
var currencySigns = map[rune]string{
	'$': "USD", '£': "GBP", '€': "EUR", '¥': "JPY", '₹': "INR", '₽': "RUB", '₩': "KRW",
	'₣': "FRF", '₦': "NGN", '₱': "PHP", '₺': "TRY", '₿': "XBT", '₴': "UAH", '₪': "ILS",
	'₫': "VND", '฿': "THB", '₡': "CRC", '₤': "ITL",
}

// CurrencyPrefixes are what stands before an amount: a sign, a sign with the
// country's letters ("US$", "HK$", "C$"), an ISO code ("USD 200") or a
// customary abbreviation ("Rs 500", "Rmb 3bn").
var CurrencyPrefixes = newPhraseTable(map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
	"₣": "FRF", "₦": "NGN", "₱": "PHP", "₺": "TRY", "₿": "XBT", "₴": "UAH", "₪": "ILS",
	"₫": "VND", "฿": "THB", "₡": "CRC", "₤": "ITL",
	"US$": "USD", "US $": "USD", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$C": "CAD", "U.S.$": "USD", "U.S. $": "USD", "U.S $": "USD", "USD$": "USD", "USD $": "USD",
	"A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "AUD $": "AUD",
	"C$": "CAD", "C $": "CAD", "CA$": "CAD", "CAD$": "CAD", "CAD $": "CAD",
	"HK$": "HKD", "HK $": "HKD", "NZ$": "NZD", "NZ $": "NZD", "NZD$": "NZD", "NZD $": "NZD",
	"S$": "SGD", "Mex$": "MXN", "MXN$": "MXN", "MXN $": "MXN", "R$": "BRL", "NT$": "TWD",
	"CN¥": "CNY", "RMB¥": "CNY", "JP¥": "JPY",
	"Rs": "INR", "Rs.": "INR", "Rmb": "CNY", "RMB": "CNY",
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "CHF": "CHF",
	"INR": "INR", "RUB": "RUB", "CAD": "CAD", "AUD": "AUD", "HKD": "HKD", "NZD": "NZD",
	"SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "MXN": "MXN", "BRL": "BRL", "ZAR": "ZAR",
	"KRW": "KRW", "TRY": "TRY", "SGD": "SGD", "PLN": "PLN", "ILS": "ILS", "EGP": "EGP",
})

// CurrencyCodes are the ISO codes that may also follow an amount: "75 USD",
// "115USD". They count only in upper case.
var CurrencyCodes = SetOf("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "RUB", "CAD",
	"AUD", "HKD", "NZD", "SEK", "NOK", "DKK", "MXN", "BRL", "ZAR", "KRW", "TRY", "SGD",
	"PLN", "ILS", "EGP", "RMB", "XBT", "BTC")

// CurrencyWords are currencies written out after an amount: "66 billion
// dollars", "1.2 billion yuan", "420 million Finnish markka".
var CurrencyWords = newPhraseTable(map[string]string{
	"dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
	"us dollar": "USD", "american dollars": "USD", "usd": "USD",
	"australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
	"canadian dollar": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
	"singapore dollars": "SGD", "mexican dollars": "MXN", "spanish dollars": "spanish dollar",
	"silver dollars": "USD",
	"pound":          "GBP", "pounds": "GBP", "pounds sterling": "GBP", "pound sterling": "GBP",
	"sterling": "GBP", "british pounds": "GBP", "quid": "GBP",
	"guinea": "guinea", "guineas": "guinea", "shilling": "shilling", "shillings": "shilling",
	"penny": "penny", "pence": "penny", "pennies": "penny", "farthing": "farthing",
	"farthings": "farthing", "cent": "cent", "cents": "cent",
	"euro": "EUR", "euros": "EUR", "eur": "EUR",
	"franc": "FRF", "francs": "FRF", "french francs": "FRF", "new francs": "FRF",
	"swiss francs": "CHF", "swiss franc": "CHF", "belgian francs": "BEF", "centimes": "centime",
	"livre": "livre", "livres": "livre", "écus": "écu", "ecus": "écu",
	"mark": "DEM", "marks": "DEM", "deutschmark": "DEM", "deutschmarks": "DEM",
	"deutsche mark": "DEM", "deutsche marks": "DEM", "d-mark": "DEM", "d-marks": "DEM",
	"reichsmark": "reichsmark", "reichsmarks": "reichsmark", "gold marks": "gold mark",
	"gold mark": "gold mark", "papiermarks": "papiermark", "rentenmarks": "rentenmark",
	"finnish markka": "FIM", "markka": "FIM", "markkaa": "FIM",
	"lira": "ITL", "lire": "ITL", "turkish lira": "TRY", "peseta": "ESP", "pesetas": "ESP",
	"escudo": "PTE", "escudos": "PTE", "guilder": "NLG", "guilders": "NLG",
	"dutch guilders": "NLG", "florin": "florin", "florins": "florin", "drachma": "GRD",
	"drachmas": "GRD", "drachmae": "GRD", "ducat": "ducat", "ducats": "ducat",
	"thaler": "thaler", "thalers": "thaler", "talent": "talent", "talents": "talent",
	"denarii": "denarius", "denarius": "denarius", "sesterces": "sestertius", "sestertii": "sestertius",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "gold rubles": "RUB",
	"kopek": "kopek", "kopeks": "kopek", "kopecks": "kopek",
	"yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
	"rmb": "CNY", "tael": "tael", "taels": "tael", "silver taels": "tael",
	"rupee": "INR", "rupees": "INR", "indian rupees": "INR", "annas": "anna",
	"peso": "MXN", "pesos": "MXN", "mexican pesos": "MXN", "argentine pesos": "ARS",
	"reais": "BRL", "brazilian real": "BRL", "rand": "ZAR", "zloty": "PLN", "zlotys": "PLN",
	"złoty": "PLN", "forint": "HUF", "forints": "HUF", "kronor": "SEK", "krona": "SEK",
	"swedish kronor": "SEK", "kroner": "krone", "krone": "krone", "shekel": "ILS", "shekels": "ILS",
	"dinar": "dinar", "dinars": "dinar", "riyal": "SAR", "riyals": "SAR", "baht": "THB",
	"rupiah": "IDR", "ringgit": "MYR", "south korean won": "KRW", "korean won": "KRW",
	"bitcoin": "XBT", "bitcoins": "XBT", "btc": "XBT",
})

// CurrencyPrefixAt reads a currency prefix at ws[j] ("$", "US$", "USD",
// "Rs.") and returns its code, its text and the index after it. An ISO code
// or "Rs"/"Rmb" counts only as written (not in lower case), and a prefix
// made of letters must be followed by a number.
func CurrencyPrefixAt(text string, ws []Word, j int) (string, string, int, bool) {
	code, next, ok := CurrencyPrefixes.At(ws, j)
	if !ok || next >= len(ws) {
		return "", "", j, false
	}
	if ws[j].Kind == WordLetters {
		first := ws[j].Lit
		if len(first) == 1 && first != "C" && first != "c" && first != "U" && first != "u" && strings.ToUpper(first) != first {
			return "", "", j, false // "a $5 loan" is no Australian money
		}
		if strings.ToLower(first) != first && strings.ToUpper(first) != first && first != "Rs" && first != "Rmb" && first != "Mex" {
			return "", "", j, false
		}
		if ws[next-1].Kind == WordLetters && strings.ToUpper(first) != first && first != "Rs" && first != "Rmb" {
			return "", "", j, false // "usd 200": only "USD 200"
		}
		if ws[next].Kind != WordNumber {
			return "", "", j, false
		}
	}
	return code, text[ws[j].Start:ws[next-1].End], next, true
}

// CurrencyAfterAt reads a currency written after an amount at ws[j]: a word
// ("dollars", "pounds sterling"), an ISO code ("USD") or a sign ("10 €").
// "pounds" is a weight, not money, before "of" ("500 pounds of flour") or
// after a verb of weighing.
func CurrencyAfterAt(ws []Word, j int) (string, int, bool) {
	if j >= len(ws) {
		return "", j, false
	}
	w := ws[j]
	if w.Kind == WordSymbol && w.Lit != "%" {
		if w.Lit == "$" {
			return "USD", j + 1, true
		}
		code, next, ok := CurrencyPrefixes.At(ws, j)
		return code, next, ok
	}
	if w.Kind != WordLetters {
		return "", j, false
	}
	if CurrencyCodes[w.Lit] {
		return strings.Replace(strings.Replace(w.Lit, "RMB", "CNY", 1), "BTC", "XBT", 1), j + 1, true
	}
	if w.Lit == "p" && w.Joined && j > 0 && ws[j-1].Kind == WordNumber {
		return "penny", j + 1, true // "50p"
	}
	code, next, ok := CurrencyWords.At(ws, j)
	if !ok {
		return "", j, false
	}
	if next == j+1 && len(w.Lower) <= 3 && w.Lower != w.Lit && !CurrencyCodes[w.Lit] {
		return "", j, false // "Usd"
	}
	if (w.Lower == "pound" || w.Lower == "pounds") && next == j+1 && weighed(ws, j) {
		return "", j, false
	}
	if (w.Lower == "mark" || w.Lower == "marks") && next < len(ws) && ws[next].Lower == "of" {
		return "", j, false // "marks of silver": a weight
	}
	if w.Lower == "mark" || w.Lower == "marks" || w.Lower == "rand" || w.Lower == "sterling" {
		if j == 0 || ws[j-1].Kind != WordNumber && ScaleWords[ws[j-1].Lower] == 0 {
			return "", j, false
		}
	}
	return code, next, true
}

// weighed reports whether the "pounds" at ws[j] are a weight: followed by
// "of" and a noun, or after a verb of weighing.
func weighed(ws []Word, j int) bool {
	if j+1 < len(ws) && ws[j+1].Lower == "of" {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		switch ws[k].Lower {
		case "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lbs":
			return true
		}
	}
	return false
}

// MillionCurrencyAt reads "MUSD", "MEUR": millions of a currency, written
// as one word.
func MillionCurrencyAt(ws []Word, j int) (string, bool) {
	if j >= len(ws) || ws[j].Kind != WordLetters || len(ws[j].Lit) != 4 || ws[j].Lit[0] != 'M' {
		return "", false
	}
	code := ws[j].Lit[1:]
	return code, CurrencyCodes[code]
}
