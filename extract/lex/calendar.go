package lex

import "strings"

// The words of the date grammar.

// MonthNames are the names of the months, January first.
var MonthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// MonthAbbreviations are the abbreviated month names ("Sept."), with their
// month numbers.
var MonthAbbreviations = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// DateMonths maps month names and their abbreviations to month numbers.
var DateMonths = func() map[string]int {
	m := map[string]int{}
	for i, name := range MonthNames {
		m[name] = i + 1
	}
	for w, n := range MonthAbbreviations {
		m[w] = n
	}
	return m
}()

// MonthIsWord lists the month names that are also common English words:
// they are months only when written with a capital ("They may march" is
// no date).
var MonthIsWord = SetOf("may", "march", "mar", "august", "jan", "dec", "jun", "jul")

// WeekdayNames are the days of the week, Monday first.
var WeekdayNames = [7]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// WeekdayNumbers numbers the days of the week from Monday (0).
var WeekdayNumbers = func() map[string]int {
	m := map[string]int{}
	for i, name := range WeekdayNames {
		m[name] = i
	}
	return m
}()

// DateWeekdays are the days of the week and their abbreviations, which may
// open a full date ("Monday, 5 March 1953").
var DateWeekdays = func() map[string]bool {
	m := SetOf("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	for _, name := range WeekdayNames {
		m[name] = true
	}
	return m
}()

// DateSeasons maps seasons to EDTF's season codes.
var DateSeasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

// DateOrdinals are the ordinal words up to thirtieth (days, centuries,
// quarters), from ordinalWords; "twenty-first" is read as "twenty" and
// "first".
var DateOrdinals = func() map[string]int {
	m := map[string]int{}
	for w, v := range OrdinalWords {
		if v <= 31 {
			m[w] = int(v)
		}
	}
	return m
}()

// DateCardinals are number words for counts of years, months and days.
var DateCardinals = func() map[string]int {
	m := map[string]int{"a": 1, "an": 1, "dozen": 12}
	for w, v := range NumberWords {
		if v > 0 {
			m[w] = int(v)
		}
	}
	return m
}()

// DateDecadeWords are the decades in words ("the thirties"), the plurals of
// tensWords, with the decade's digit.
var DateDecadeWords = func() map[string]int {
	m := map[string]int{}
	for w, v := range TensWords {
		m[strings.TrimSuffix(w, "y")+"ies"] = v / 10
	}
	return m
}()

// DateTeens are the words that say a century in a decade written out
// ("the nineteen-thirties"): eleven to nineteen.
var DateTeens = func() map[string]int {
	m := map[string]int{}
	for w, v := range teenWords {
		if v > 10 {
			m[w] = v
		}
	}
	return m
}()

// DateUnits maps the units of relative dates to the unit of a Shift and how
// many of it one is.
var DateUnits = map[string]struct {
	Unit string
	N    int
}{
	"day": {"day", 1}, "days": {"day", 1},
	"week": {"day", 7}, "weeks": {"day", 7},
	"fortnight": {"day", 14}, "fortnights": {"day", 14},
	"month": {"month", 1}, "months": {"month", 1},
	"year": {"year", 1}, "years": {"year", 1},
	"decade": {"year", 10}, "decades": {"year", 10},
	"century": {"year", 100}, "centuries": {"year", 100},
}

// InnerMods are the words that name a part of a date: "early 1958", "the end
// of 1958".
var InnerMods = map[string]string{
	"early": "early", "mid": "mid", "middle": "mid", "late": "late",
}

// PartMods are the nouns of "the end of", "the beginning of" and so on.
var PartMods = map[string]string{
	"end": "end", "close": "end", "beginning": "start", "start": "start", "outset": "start",
	"dawn": "start", "middle": "mid", "height": "mid", "midst": "mid",
}

// DateFeasts are the fixed feasts and days that historical sources date by
// ("Christmas 1914", "Michaelmas 1666"), with their month and day.
var DateFeasts = map[string][2]int{
	"christmas": {12, 25}, "michaelmas": {9, 29}, "candlemas": {2, 2}, "lammas": {8, 1},
	"martinmas": {11, 11}, "epiphany": {1, 6}, "hogmanay": {12, 31},
}

// DateFeastPhrases are feasts of two or more words, keyed by their words.
var DateFeastPhrases = []struct {
	Words []string
	M, D  int
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

// DateMovable are the feasts that move with Easter, as days after Easter
// Sunday.
var DateMovable = map[string]int{
	"easter": 0, "good friday": -2, "easter sunday": 0, "easter monday": 1,
	"whitsun": 49, "whitsunday": 49, "pentecost": 49, "ascension day": 39, "shrove tuesday": -47,
	"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3,
}

// CountNouns are nouns that a number before them counts ("the 1500 men",
// "1958 tractors", "after 1000 years"): that number is no year.
var CountNouns = SetOf(
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

// EventPlurals are plural nouns that a year before them dates ("the 1958
// elections").
var EventPlurals = SetOf(
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
