package extract

// The words of the date grammar.

// dateMonths maps month names and their abbreviations to month numbers.
var dateMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthIsWord lists the month names that are also common English words:
// they are months only when written with a capital ("They may march" is
// no date).
var monthIsWord = setOf("may", "march", "mar", "august", "jan", "dec", "jun", "jul")

// dateWeekdays are the days of the week, which may open a full date
// ("Monday, 5 March 1953").
var dateWeekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

// dateSeasons maps seasons to EDTF's season codes.
var dateSeasons = map[string]int{"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}

// dateOrdinals are ordinal words up to thirty-first (days, centuries,
// quarters); "twenty-first" is read as "twenty" and "first".
var dateOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// dateTens are the tens that combine with an ordinal ("twenty-first") or a
// number word ("twenty-five").
var dateTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

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

// dateDecadeWords are the decades in words ("the thirties").
var dateDecadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
	"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// dateTeens are the words that say a century in a decade written out
// ("the nineteen-thirties").
var dateTeens = map[string]int{"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

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
	{[]string{"new", "year", "’", "s", "day"}, 1, 1},
	{[]string{"new", "year", "'", "s", "eve"}, 12, 31},
	{[]string{"new", "year", "’", "s", "eve"}, 12, 31},
	{[]string{"lady", "day"}, 3, 25},
	{[]string{"midsummer", "day"}, 6, 24},
	{[]string{"all", "saints", "'", "day"}, 11, 1},
	{[]string{"all", "saints", "’", "day"}, 11, 1},
	{[]string{"all", "saints", "day"}, 11, 1},
	{[]string{"bastille", "day"}, 7, 14},
	{[]string{"armistice", "day"}, 11, 11},
	{[]string{"st", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"st", "patrick", "’", "s", "day"}, 3, 17},
	{[]string{"saint", "patrick", "'", "s", "day"}, 3, 17},
	{[]string{"saint", "patrick", "’", "s", "day"}, 3, 17},
	{[]string{"independence", "day"}, 7, 4},
}

// dateMovable are the feasts that move with Easter, as days after Easter
// Sunday.
var dateMovable = map[string]int{
	"easter": 0, "good friday": -2, "easter sunday": 0, "easter monday": 1,
	"whitsun": 49, "whitsunday": 49, "pentecost": 49, "ascension day": 39, "shrove tuesday": -47,
	"ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3,
}

// datePageWords are the words after which a number is a page, a volume or
// a note, never a year.
var datePageWords = setOf("p", "pp", "page", "pages", "vol", "vols", "volume", "no", "nos", "number",
	"chapter", "ch", "chap", "fig", "figure", "note", "n", "nn", "section", "sec", "art", "article",
	"line", "lines", "plate", "table", "folio", "fol", "ff", "item", "box", "file", "ms", "mss",
	"fols", "col", "cols", "para", "paragraph", "route", "highway", "room", "tel", "phone", "isbn",
	"issn", "doi", "cat", "catalogue", "inv", "op", "bwv", "psalm", "verse", "act", "scene", "canto")

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
