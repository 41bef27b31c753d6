package lex

// Measures are normalised to standard symbols: SI and their customary
// companions ("t", "km", "ha", "km²", "L", "kWh", "km/h", "°C"), the
// imperial and US units ("mi", "ft", "lb", "gal", "bbl", "ac", "mph"), and,
// for units that have no symbol, the unit's name in the singular ("league",
// "verst", "mu").

// MeasureUnits maps the ways a unit is written after a number to its symbol.
var MeasureUnits = newPhraseTable(map[string]string{
	// mass
	"t": "t", "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "metric ton": "t",
	"metric tons": "t", "metric tonne": "t", "metric tonnes": "t",
	"long ton": "LT", "long tons": "LT", "short ton": "sh tn", "short tons": "sh tn",
	"kt": "kt", "kiloton": "kt", "kilotons": "kt", "kilotonnes": "kt", "megaton": "Mt",
	"megatons": "Mt", "megatonnes": "Mt",
	"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
	"kilogrammes": "kg", "kilo": "kg", "kilos": "kg",
	"g": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
	"mg": "mg", "milligram": "mg", "milligrams": "mg", "μg": "µg", "µg": "µg", "microgram": "µg", "micrograms": "µg", "microgrammes": "µg",
	"lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz",
	"cwt": "cwt", "hundredweight": "cwt", "quintal": "q", "quintals": "q",
	"catty": "jin", "catties": "jin", "jin": "jin", "picul": "picul", "piculs": "picul",
	"pood": "pood", "poods": "pood",
	// length
	"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mi": "mi", "mile": "mi", "miles": "mi", "nautical mile": "nmi", "nautical miles": "nmi",
	"yd": "yd", "yds": "yd", "yard": "yd", "yards": "yd", "ft": "ft", "foot": "ft", "feet": "ft",
	"in": "in", "inch": "in", "inches": "in", "league": "league", "leagues": "league",
	"verst": "verst", "versts": "verst", "fathom": "fathom", "fathoms": "fathom",
	// area
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "ac", "acres": "ac",
	"km²": "km²", "km2": "km²", "sq km": "km²", "sq. km": "km²", "square km": "km²",
	"square kilometre": "km²", "square kilometres": "km²", "square kilometer": "km²",
	"square kilometers": "km²",
	"m²":                "m²", "m2": "m²", "sq m": "m²", "square metre": "m²", "square metres": "m²",
	"square meter": "m²", "square meters": "m²",
	"mi²": "mi²", "sq mi": "mi²", "sq. mi": "mi²", "sq miles": "mi²", "sq. miles": "mi²",
	"square mile": "mi²", "square miles": "mi²",
	"ft²": "ft²", "sq ft": "ft²", "sq. ft": "ft²", "square foot": "ft²", "square feet": "ft²",
	"mu": "mu", "dessiatine": "dessiatine", "dessiatines": "dessiatine",
	// volume
	"l": "L", "litre": "L", "litres": "L", "liter": "L", "liters": "L",
	"ml": "mL", "millilitre": "mL", "millilitres": "mL", "milliliter": "mL", "milliliters": "mL",
	"gal": "gal", "gallon": "gal", "gallons": "gal", "bbl": "bbl", "barrel": "bbl", "barrels": "bbl",
	"bu": "bu", "bushel": "bu", "bushels": "bu", "pint": "pt", "pints": "pt", "quart": "qt", "quarts": "qt",
	"m³": "m³", "m3": "m³", "cubic metre": "m³", "cubic metres": "m³", "cubic meter": "m³",
	"cubic meters": "m³", "ft³": "ft³", "cubic foot": "ft³", "cubic feet": "ft³", "cu ft": "ft³",
	// energy and power
	"kwh": "kWh", "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh",
	"mwh": "MWh", "megawatt-hours": "MWh", "gwh": "GWh", "gigawatt-hours": "GWh",
	"twh": "TWh", "terawatt-hours": "TWh",
	"kw": "kW", "kilowatt": "kW", "kilowatts": "kW", "mw": "MW", "megawatt": "MW", "megawatts": "MW",
	"gw": "GW", "gigawatt": "GW", "gigawatts": "GW", "hp": "hp", "horsepower": "hp",
	"coulomb": "C", "coulombs": "C",
	"kcal": "kcal", "calorie": "kcal", "calories": "kcal", "kilocalorie": "kcal", "kilocalories": "kcal",
	// data, frequency, bandwidth, engine power: "512GB", "60Hz", "100Mbps", "300bhp"
	"kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "pb": "PB", "kilobytes": "kB", "megabytes": "MB",
	"gigabytes": "GB", "terabytes": "TB", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB",
	"hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "hertz": "Hz",
	"kbps": "kbit/s", "mbps": "Mbit/s", "gbps": "Gbit/s", "kbit/s": "kbit/s", "mbit/s": "Mbit/s", "gbit/s": "Gbit/s",
	"bhp": "hp", "ps": "PS", "mah": "mAh", "nm": "nm", "μm": "µm", "µm": "µm",
	// speed
	"km/h": "km/h", "kph": "km/h", "kmph": "km/h", "km/hr": "km/h", "kilometres per hour": "km/h",
	"kilometers per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
	"mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "knot": "kn", "knots": "kn",
	// temperature and angle
	"° celsius": "°C", "° fahrenheit": "°F", "° centigrade": "°C",
	"°c": "°C", "° c": "°C", "°f": "°F", "° f": "°F", "degrees celsius": "°C", "degree celsius": "°C",
	"degrees centigrade": "°C", "degrees fahrenheit": "°F", "degree fahrenheit": "°F",
	"°": "°", "degree": "°", "degrees": "°",
})

// joinedOnly are short symbols that are other words when spaced: they count
// as units only straight after the digits ("12in", "5l").
var joinedOnly = SetOf("in", "l")

// MeasureAt reads a unit of measure at ws[j], after a number. "in" and "l"
// count only joined to the digits ("12in", "5l"); "pounds" as money is left
// to currencyAfterAt.
func MeasureAt(ws []Word, j int) (string, int, bool) {
	if j >= len(ws) {
		return "", j, false
	}
	sym, next, ok := MeasureUnits.At(ws, j)
	if !ok {
		return "", j, false
	}
	w := ws[j]
	if joinedOnly[w.Lower] && !w.Joined {
		return "", j, false
	}
	if len(w.Lit) == 1 && w.Kind == WordLetters && next < len(ws) && ws[next].Kind == WordLetters && !ws[next].Joined &&
		ws[next].Lower != "of" && ws[next].Lower != "long" && ws[next].Lower != "high" && ws[next].Lower != "tall" &&
		ws[next].Lower != "wide" && ws[next].Lower != "deep" && !w.Joined {
		return "", j, false // "5 m tall" is read, "grade 5 m students" is not
	}
	if w.Lit == "mb" {
		sym = "Mbit" // lower-case mb is megabits, MB megabytes
	}
	if (w.Lower == "pound" || w.Lower == "pounds") && next == j+1 && !weighed(ws, j) {
		return "", j, false
	}
	if w.Kind == WordLetters && w.Lower != w.Lit && len(w.Lit) <= 3 && !upperSymbols[w.Lit] {
		return "", j, false // "50 Mi", "5 KM" in a heading: not a unit as written
	}
	return sym, next, true
}

// upperSymbols are the unit symbols written with capitals.
var upperSymbols = SetOf("L", "MW", "GW", "KW", "kW", "TWh", "GWh", "MWh", "kWh",
	"KB", "kB", "MB", "GB", "TB", "PB", "Hz", "kHz", "MHz", "GHz", "Mbps", "Gbps", "Kbps", "PS", "mAh")

// PercentUnits are the ways a percentage is written after its number.
var PercentUnits = newPhraseTable(map[string]string{
	"%": "percent", "percent": "percent", "per cent": "percent", "per-cent": "percent",
	"pct": "percent", "pc": "percent", "percents": "percent", "percentage": "percent",
	"percentage points": "percentage points", "percentage point": "percentage points",
	"per cent points": "percentage points",
	// A basis point is a hundredth of a percentage point: central banks'
	// and bond markets' unit ("a 75 basis-point hike").
	"basis points": "basis points", "basis point": "basis points", "basis-point": "basis points",
	"basis-points": "basis points",
})

// PercentAt reads a percent sign or word at ws[j], after a number.
func PercentAt(ws []Word, j int) (string, int, bool) {
	u, next, ok := PercentUnits.At(ws, j)
	if !ok || u == "" {
		return "", j, false
	}
	if ws[j].Lower == "pc" && !ws[j].Joined {
		return "", j, false
	}
	return u, next, true
}

// UnitStart reports whether a unit (of measure, money or percent) begins
// At ws[j].
func UnitStart(ws []Word, j int) bool {
	w := ws[j].Lower
	if MeasureUnits.Has(w) || PercentUnits.Has(w) || CurrencyWords.Has(w) || CurrencyCodes[ws[j].Lit] ||
		ws[j].Lit == "p" && ws[j].Joined {
		return true
	}
	if _, ok := MillionCurrencyAt(ws, j); ok {
		return true
	}
	return ScaleWords[w] != 0 || w == "k" || MoneyScales[w] != 0 && j > 0 && ws[j-1].Kind == WordNumber && IsMoneyBefore(ws, j-1)
}

// IsMoneyBefore reports whether a currency sign stands before the number at
// ws[i].
func IsMoneyBefore(ws []Word, i int) bool {
	return i > 0 && ws[i-1].Kind == WordSymbol && ws[i-1].Lit != "%"
}
