package extract

import "strings"

// The words of the date grammar.

// monthNames are the names of the months, January first.
var monthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// monthAbbreviations are the abbreviated month names ("Sept."), with their
// month numbers.
var monthAbbreviations = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// dateMonths maps month names and their abbreviations to month numbers.
var dateMonths = func() map[string]int {
	m := map[string]int{}
	for i, name := range monthNames {
		m[name] = i + 1
	}
	for w, n := range monthAbbreviations {
		m[w] = n
	}
	return m
}()

// monthIsWord lists the month names that are also common English words:
// they are months only when written with a capital ("They may march" is
// no date).
var monthIsWord = setOf("may", "march", "mar", "august", "jan", "dec", "jun", "jul")

// weekdayNames are the days of the week, Monday first.
var weekdayNames = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// weekdayNumbers numbers the days of the week from Monday (0).
var weekdayNumbers = func() map[string]int {
	m := map[string]int{}
	for i, name := range weekdayNames {
		m[name] = i
	}
	return m
}()

// dateWeekdays are the days of the week and their abbreviations, which may
// open a full date ("Monday, 5 March 1953").
var dateWeekdays = func() map[string]bool {
	m := setOf("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	for _, name := range weekdayNames {
		m[name] = true
	}
	return m
}()

// dateSeasons maps seasons to EDTF's season codes.
var dateSeasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

// dateOrdinals are the ordinal words up to thirtieth (days, centuries,
// quarters), from ordinalWords; "twenty-first" is read as "twenty" and
// "first".
var dateOrdinals = func() map[string]int {
	m := map[string]int{}
	for w, v := range ordinalWords {
		if v <= 31 {
			m[w] = int(v)
		}
	}
	return m
}()

// dateCardinals are number words for counts of years, months and days.
var dateCardinals = func() map[string]int {
	m := map[string]int{"a": 1, "an": 1, "dozen": 12}
	for w, v := range numberWords {
		if v > 0 {
			m[w] = int(v)
		}
	}
	return m
}()

// dateDecadeWords are the decades in words ("the thirties"), the plurals of
// tensWords, with the decade's digit.
var dateDecadeWords = func() map[string]int {
	m := map[string]int{}
	for w, v := range tensWords {
		m[strings.TrimSuffix(w, "y")+"ies"] = v / 10
	}
	return m
}()

// dateTeens are the words that say a century in a decade written out
// ("the nineteen-thirties"): eleven to nineteen.
var dateTeens = func() map[string]int {
	m := map[string]int{}
	for w, v := range teenWords {
		if v > 10 {
			m[w] = v
		}
	}
	return m
}()

// dateUnits maps the units of relative dates to the unit of a Shift and how
// many of it one is.
var dateUnits = map[string]struct {
	unit string
	n    int
}{
	"day": {"day", 1}, "days": {"day", 1},
	"week": {"day", 7}, "weeks": {"day", 7},
	"fortnight": {"day", 14}, "fortnights": {"day", 14},
	"month": {"month", 1}, "months": {"month", 1},
	"year": {"year", 1}, "years": {"year", 1},
	"decade": {"year", 10}, "decades": {"year", 10},
	"century": {"year", 100}, "centuries": {"year", 100},
}

// innerMods are the words that name a part of a date: "early 1958", "the end
// of 1958".
var innerMods = map[string]string{
	"early": "early", "mid": "mid", "middle": "mid", "late": "late",
}

// partMods are the nouns of "the end of", "the beginning of" and so on.
var partMods = map[string]string{
	"end": "end", "close": "end", "beginning": "start", "start": "start", "outset": "start",
	"dawn": "start", "middle": "mid", "height": "mid", "midst": "mid",
}

// dateFeasts are the fixed feasts and days that historical sources date by
// ("Christmas 1914", "Michaelmas 1666"), with their month and day.
var dateFeasts = map[string][2]int{
	"christmas": {12, 25}, "michaelmas": {9, 29}, "candlemas": {2, 2}, "lammas": {8, 1},
	"martinmas": {11, 11}, "epiphany": {1, 6}, "hogmanay": {12, 31},
}

// dateFeastPhrases are feasts of two or more words, keyed by their words.
var dateFeastPhrases = []struct {
	words []string
	m, d  int
}{
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"new", "year", "'", "s", "day"}, 1, 1},
	{[]string{"new", "year", "'", "s", "eve"}, 12, 31},
	{[]string{"lady", "day"}, 3, 25},
	{[]string{"midsummer", "day"}, 6, 24},
	{[]string{"all", "saints", "'", "day"}, 11, 1},
	{[]string{"all", "saints", "day"}, 11, 1},
	{[]string{"bastille", "day"}, 7, 14},
	{[]string{"armistice", "day"}, 11, 11},
	{[]string{"st", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"saint", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"independence", "day"}, 7, 4},
}

// dateMovable are the feasts that move with Easter, as days after Easter
// Sunday.
var dateMovable = map[string]int{
	"easter": 0, "good friday": -2, "easter sunday": 0, "easter monday": 1,
	"whitsun": 49, "whitsunday": 49, "pentecost": 49, "ascension day": 39, "shrove tuesday": -47,
	"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3,
}

// countNouns are nouns that a number before them counts ("the 1500 men",
// "1958 tractors", "after 1000 years"): that number is no year.
var countNouns = setOf(
	"men", "women", "people", "persons", "children", "soldiers", "troops", "sailors", "officers",
	"horses", "cattle", "sheep", "ships", "guns", "cannon", "tanks", "aircraft", "planes",
	"prisoners", "refugees", "workers", "peasants", "slaves", "households", "families", "houses",
	"homes", "villages", "towns", "inhabitants", "residents", "souls", "deaths", "casualties", "lives", "votes", "voters", "members", "delegates", "students", "pupils",
	"copies", "volumes", "books", "pages", "letters", "words", "items", "pieces", "units",
	"tractors", "furnaces", "acres", "hectares", "miles", "kilometres", "kilometers", "km", "metres",
	"meters", "feet", "yards", "tons", "tonnes", "pounds", "kilograms", "kg", "dollars", "francs",
	"marks", "rubles", "roubles", "yuan", "yen", "pesos", "florins", "ducats", "livres", "shillings",
	"crowns", "guineas", "percent", "per", "times", "years", "months", "weeks", "days", "hours",
	"minutes", "seconds", "centuries", "decades", "cases", "patients", "victims", "head", "strong",
	"more", "fewer", "others", "of",
)

// eventPlurals are plural nouns that a year before them dates ("the 1958
// elections").
var eventPlurals = setOf(
	"elections", "games", "olympics", "riots", "protests", "reforms", "floods", "famines",
	"talks", "negotiations", "accords", "agreements", "purges", "campaigns", "strikes",
	"uprisings", "revolutions", "rebellions", "wars", "debates", "hearings", "trials", "treaties",
	"laws", "acts", "regulations", "rules", "celebrations", "ceremonies", "exhibitions",
	"championships", "finals", "estimates", "figures", "statistics", "accounts", "records",
	"editions", "elections", "returns", "census", "censuses", "budgets", "plans", "measures",
	"massacres", "pogroms", "killings", "deportations", "evacuations", "offensives", "battles",
	"sieges", "landings", "invasions", "reports", "meetings", "sessions", "conferences", "visits",
	"tours", "voyages", "expeditions", "harvests", "crops", "prices", "wages", "levels", "troubles",
	"events", "disturbances", "demonstrations", "marches", "constitutions", "decrees", "edicts",
)
