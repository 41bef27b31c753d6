package quantities

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// quantityCase is one expected quantity: its text, value (null for none),
// high end, kind, unit and qualifier.
type quantityCase struct {
	text        string
	value, high float64
	kind, unit  string
	qual        string
}

// null stands for a missing value or high end.
var null = math.Inf(-1)

func (c quantityCase) String() string {
	f := func(v float64) string {
		if v == null {
			return "nil"
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return fmt.Sprintf("{%q %s %s %s %q %s}", c.text, f(c.value), f(c.high), c.kind, c.unit, c.qual)
}

// Shorthands for the table: a single value, a range, a vague quantity.
func one(text string, v float64, kind, unit, qual string) quantityCase {
	return quantityCase{text, v, null, kind, unit, qual}
}
func rng(text string, low, high float64, kind, unit string) quantityCase {
	return quantityCase{text, low, high, kind, unit, lex.QualRange}
}
func vague(text, kind, unit string) quantityCase {
	return quantityCase{text, null, null, kind, unit, lex.QualApprox}
}
func count(text string, v float64, unit string) quantityCase {
	return one(text, v, KindCount, unit, lex.QualNone)
}

func gotQuantities(text string) []quantityCase {
	var out []quantityCase
	for _, q := range Quantities(text, dates.Dates(text)) {
		c := quantityCase{q.Text(text), null, null, q.Kind, q.Unit, q.Qualifier}
		if q.Value != nil {
			c.value = *q.Value
		}
		if q.High != nil {
			c.high = *q.High
		}
		out = append(out, c)
	}
	return out
}

func checkQuantities(t *testing.T, text string, want []quantityCase) {
	t.Helper()
	got := gotQuantities(text)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Quantities(%q)\n got %v\nwant %v", text, got, want)
	}
}

func TestQuantitiesSample(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkQuantities(t, string(raw), []quantityCase{
		one("75 percent", 75, KindPercent, "percent", lex.QualNone),
		one("18 percent", 18, KindPercent, "percent", lex.QualNone),
		vague("millions of untrained workers", KindCount, "untrained workers"),
		count("600,000 backyard furnaces", 600000, "backyard furnaces"),
		vague("millions of tons", KindMeasure, "t"),
		one("more than 500 million peasants", 5e8, KindCount, "peasants", lex.QualGT),
		one("more than 98 percent", 98, KindPercent, "percent", lex.QualGT),
		count("26,000 People’s Communes", 26000, "People’s Communes"),
		one("65 percent", 65, KindPercent, "percent", lex.QualNone),
		one("$66 billion", 6.6e10, KindMoney, "USD", lex.QualNone),
		one("more than 30 million people", 3e7, KindCount, "people", lex.QualGT),
	})
}

// quantityTests are passages of historical prose, from antiquity to the
// twentieth century, with the quantities a reader checking them expects.
var quantityTests = []struct {
	name string
	text string
	want []quantityCase
}{
	// Numbers in digits.
	{"digits/thousands separator", "By late 1958, 600,000 backyard furnaces had been built.",
		[]quantityCase{count("600,000 backyard furnaces", 600000, "backyard furnaces")}},
	{"digits/thin space groups", "The Grande Armée numbered 120\u2009000 men in June.",
		[]quantityCase{count("120\u2009000 men", 120000, "men")}},
	{"digits/narrow no-break space groups", "Some 12\u202f500 prisoners were taken at Ulm.",
		[]quantityCase{one("Some 12\u202f500 prisoners", 12500, KindCount, "prisoners", lex.QualApprox)}},
	{"digits/dotted thousands", "The 1925 census counted 4.024.286 inhabitants in Greater Berlin.",
		[]quantityCase{count("4.024.286 inhabitants", 4024286, "inhabitants")}},
	{"digits/one dot is a decimal point", "The index stood at 4.800 points.",
		[]quantityCase{count("4.800 points", 4.8, "points")}},
	{"digits/decimal comma after dotted groups", "The loan came to 1.234,5 million francs.",
		[]quantityCase{one("1.234,5 million francs", 1.2345e9, KindMoney, "FRF", lex.QualNone)}},
	{"digits/Indian grouping", "The collector reported Rs 12,34,567 in arrears.",
		[]quantityCase{one("Rs 12,34,567", 1234567, KindMoney, "INR", lex.QualNone)}},
	{"digits/decimal with scale word is exact", "about 8.2 million people lived in Ireland",
		[]quantityCase{one("about 8.2 million people", 8.2e6, KindCount, "people", lex.QualApprox)}},
	{"digits/negative with hyphen-minus", "At Stalingrad the temperature fell to -40 °C.",
		[]quantityCase{one("-40 °C", -40, KindMeasure, "°C", lex.QualNone)}},
	{"digits/negative with minus sign", "The treasury closed the year at −3.5 million roubles.",
		[]quantityCase{one("−3.5 million roubles", -3.5e6, KindMoney, "RUB", lex.QualNone)}},
	{"digits/minus in words", "The thermometer read minus 40 degrees.",
		[]quantityCase{one("minus 40 degrees", -40, KindMeasure, "°", lex.QualNone)}},
	{"digits/counted noun with adjective", "Gordon held Khartoum with 7,000 Egyptian troops.",
		[]quantityCase{count("7,000 Egyptian troops", 7000, "Egyptian troops")}},
	{"digits/bare number", "The siege lasted until the garrison numbered 872.",
		[]quantityCase{count("872", 872, "")}},
	{"digits/leading decimal point", "a mortality of .25 per head", []quantityCase{count(".25", 0.25, "")}},
	{"digits/plural noun ends before a verb", "Roosevelt saw 15 major bills pass Congress.",
		[]quantityCase{count("15 major bills", 15, "major bills")}},
	{"digits/number before a verb", "Of the 450,000 men who crossed, fewer than 40,000 returned.",
		[]quantityCase{count("450,000 men", 450000, "men"), one("fewer than 40,000", 40000, KindCount, "", lex.QualLT)}},

	// Numbers in words.
	{"words/twenty-six thousand", "twenty-six thousand men", []quantityCase{count("twenty-six thousand men", 26000, "men")}},
	{"words/two hundred and fifty thousand", "two hundred and fifty thousand refugees fled",
		[]quantityCase{count("two hundred and fifty thousand refugees", 250000, "refugees")}},
	{"words/a million", "A million men marched on Moscow.", []quantityCase{count("A million men", 1e6, "men")}},
	{"words/half a million", "half a million died", []quantityCase{count("half a million", 500000, "")}},
	{"words/half a dozen", "half a dozen ships were lost", []quantityCase{count("half a dozen ships", 6, "ships")}},
	{"words/a dozen", "a dozen villages", []quantityCase{count("a dozen villages", 12, "villages")}},
	{"words/a score of", "a score of villages burned", []quantityCase{count("a score of villages", 20, "villages")}},
	{"words/fourscore and seven", "Fourscore and seven ships sailed for Troy",
		[]quantityCase{count("Fourscore and seven ships", 87, "ships")}},
	{"words/fourscore and seven years ago is a date", "Fourscore and seven years ago our fathers", nil},
	{"words/one and a half million", "one and a half million Armenians",
		[]quantityCase{count("one and a half million Armenians", 1.5e6, "Armenians")}},
	{"words/a million and a half", "a million and a half tons of grain",
		[]quantityCase{one("a million and a half tons", 1.5e6, KindMeasure, "t", lex.QualNone)}},
	{"words/a quarter of a million", "a quarter of a million soldiers",
		[]quantityCase{count("a quarter of a million soldiers", 250000, "soldiers")}},
	{"words/three-quarters of a million", "three-quarters of a million refugees",
		[]quantityCase{count("three-quarters of a million refugees", 750000, "refugees")}},
	{"words/two hundred", "Athens fielded two hundred triremes.", []quantityCase{count("two hundred triremes", 200, "triremes")}},
	{"space/form feed and vertical tab", "The army lost 300\fmen and\v20\vguns.",
		[]quantityCase{count("300\fmen", 300, "men"), count("20\vguns", 20, "guns")}},
	{"space/curly apostrophe in a possessive", "Stalin’s 1,500 tanks and the o’clock of 6 o’clock.",
		[]quantityCase{count("1,500 tanks", 1500, "tanks")}},
	{"words/a thousand million", "a debt of a thousand million pounds",
		[]quantityCase{one("a thousand million pounds", 1e9, KindMoney, "GBP", lex.QualNone)}},
	{"words/tens and units without hyphen", "twenty six ships", []quantityCase{count("twenty six ships", 26, "ships")}},
	{"words/sentence start", "Ten thousand Greeks marched to the sea.", []quantityCase{count("Ten thousand Greeks", 10000, "Greeks")}},
	{"words/half-million", "a half-million men", []quantityCase{count("half-million men", 500000, "men")}},
	{"words/a hundred and fifty", "a hundred and fifty galleys", []quantityCase{count("a hundred and fifty galleys", 150, "galleys")}},

	// Scale words after digits.
	{"scale/million", "3.5 million tons of steel", []quantityCase{one("3.5 million tons", 3.5e6, KindMeasure, "t", lex.QualNone)}},
	{"scale/bn joined", "Britain borrowed £3.3bn.", []quantityCase{one("£3.3bn", 3.3e9, KindMoney, "GBP", lex.QualNone)}},
	{"scale/bn spaced", "66 bn dollars", []quantityCase{one("66 bn dollars", 6.6e10, KindMoney, "USD", lex.QualNone)}},
	{"scale/m in money", "a subsidy of £500m", []quantityCase{one("£500m", 5e8, KindMoney, "GBP", lex.QualNone)}},
	{"scale/m without money is metres", "a wall 500m long", []quantityCase{one("500m", 500, KindMeasure, "m", lex.QualNone)}},
	{"scale/k in money", "a ransom of $3k", []quantityCase{one("$3k", 3000, KindMoney, "USD", lex.QualNone)}},
	{"scale/lakh", "30 lakh rupees", []quantityCase{one("30 lakh rupees", 3e6, KindMoney, "INR", lex.QualNone)}},
	{"scale/crore", "Rs 5 crore was spent", []quantityCase{one("Rs 5 crore", 5e7, KindMoney, "INR", lex.QualNone)}},
	{"scale/trillion", "a debt of $1.1 trillion", []quantityCase{one("$1.1 trillion", 1.1e12, KindMoney, "USD", lex.QualNone)}},
	{"scale/k joined to digits", "a crowd of 10k", []quantityCase{count("10k", 10000, "")}},
	{"scale/thousand after digits", "2.5 thousand workers", []quantityCase{count("2.5 thousand workers", 2500, "workers")}},

	// Fractions and ratios.
	{"ratio/a third of", "a third of the land", []quantityCase{one("a third", 1.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/two-thirds of", "two-thirds of the army deserted", []quantityCase{one("two-thirds", 2.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/two thirds spaced", "two thirds of the crop failed", []quantityCase{one("two thirds", 2.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/three quarters of", "three quarters of the peasants", []quantityCase{one("three quarters", 0.75, KindRatio, "", lex.QualNone)}},
	{"ratio/half of", "half of the population", []quantityCase{one("half", 0.5, KindRatio, "", lex.QualNone)}},
	{"ratio/half the", "half the crew died", []quantityCase{one("half", 0.5, KindRatio, "", lex.QualNone)}},
	{"ratio/one in four", "one in four died", []quantityCase{one("one in four", 0.25, KindRatio, "", lex.QualNone)}},
	{"ratio/nine out of ten", "nine out of ten peasants", []quantityCase{one("nine out of ten", 0.9, KindRatio, "", lex.QualNone)}},
	{"ratio/one in every five", "one in every five men", []quantityCase{one("one in every five", 0.2, KindRatio, "", lex.QualNone)}},
	{"ratio/digits one in four", "1 in 4 households", []quantityCase{one("1 in 4", 0.25, KindRatio, "", lex.QualNone)}},
	{"ratio/more than half", "more than half died", []quantityCase{one("more than half", 0.5, KindRatio, "", lex.QualGT)}},
	{"ratio/by a third", "output fell by a third", []quantityCase{one("a third", 1.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/by half", "rations were cut by half", []quantityCase{one("half", 0.5, KindRatio, "", lex.QualNone)}},
	{"ratio/one-fifth of", "one-fifth of the budget", []quantityCase{one("one-fifth", 0.2, KindRatio, "", lex.QualNone)}},
	{"ratio/a two-thirds majority", "a two-thirds majority", []quantityCase{one("two-thirds", 2.0/3, KindRatio, "", lex.QualNone)}},
	{"ratio/slash fraction of", "3/4 of the harvest", []quantityCase{one("3/4", 0.75, KindRatio, "", lex.QualNone)}},
	{"ratio/nearly a quarter of", "nearly a quarter of the city", []quantityCase{one("nearly a quarter", 0.25, KindRatio, "", lex.QualApprox)}},
	{"ratio/a tenth of", "a tenth of the land", []quantityCase{one("a tenth", 0.1, KindRatio, "", lex.QualNone)}},
	{"ratio/trap the Third Reich", "the Third Reich fell", nil},
	{"ratio/trap a third party", "a third party intervened", nil},
	{"ratio/trap the third of May", "On the third of May the rising began.", nil},
	{"ratio/trap half an hour", "half an hour later", nil},
	{"ratio/trap the second half of", "in the second half of the century", nil},

	// Percentages.
	{"percent/word", "98 percent of the rural population", []quantityCase{one("98 percent", 98, KindPercent, "percent", lex.QualNone)}},
	{"percent/sign", "98% of voters", []quantityCase{one("98%", 98, KindPercent, "percent", lex.QualNone)}},
	{"percent/per cent", "98 per cent of voters", []quantityCase{one("98 per cent", 98, KindPercent, "percent", lex.QualNone)}},
	{"percent/spaced sign", "98 % of voters", []quantityCase{one("98 %", 98, KindPercent, "percent", lex.QualNone)}},
	{"percent/percentage points", "unemployment fell 4 percentage points",
		[]quantityCase{one("4 percentage points", 4, KindPercent, "percentage points", lex.QualNone)}},
	{"percent/in words", "fifty per cent of the vote", []quantityCase{one("fifty per cent", 50, KindPercent, "percent", lex.QualNone)}},
	{"percent/decimal", "prices rose 3.5% a year", []quantityCase{one("3.5% a year", 3.5, KindPercent, "percent/a", lex.QualNone)}},
	{"percent/range with dash", "20–30 percent", []quantityCase{rng("20–30 percent", 20, 30, KindPercent, "percent")}},
	{"percent/range with two signs", "between 20% and 30% of the harvest", []quantityCase{rng("between 20% and 30%", 20, 30, KindPercent, "percent")}},
	{"percent/range with to", "20 to 30 per cent", []quantityCase{rng("20 to 30 per cent", 20, 30, KindPercent, "percent")}},
	{"percent/over", "over 60 per cent", []quantityCase{one("over 60 per cent", 60, KindPercent, "percent", lex.QualGT)}},
	{"percent/hyphenated", "a 10-percent cut in wages", []quantityCase{one("10-percent", 10, KindPercent, "percent", lex.QualNone)}},
	{"percent/increase", "a 75 percent increase in production", []quantityCase{one("75 percent", 75, KindPercent, "percent", lex.QualNone)}},
	{"percent/pc joined", "inflation hit 25pc", []quantityCase{one("25pc", 25, KindPercent, "percent", lex.QualNone)}},
	{"percent/greater than sign", "a turnout of > 50%", []quantityCase{one("> 50%", 50, KindPercent, "percent", lex.QualGT)}},

	// Money.
	{"money/dollar sign and scale", "the economy had declined by $66 billion", []quantityCase{one("$66 billion", 6.6e10, KindMoney, "USD", lex.QualNone)}},
	{"money/pound sign", "£8 million in gold", []quantityCase{one("£8 million", 8e6, KindMoney, "GBP", lex.QualNone)}},
	{"money/euro sign", "a grant of €12,000", []quantityCase{one("€12,000", 12000, KindMoney, "EUR", lex.QualNone)}},
	{"money/yen sign", "¥500 million in bonds", []quantityCase{one("¥500 million", 5e8, KindMoney, "JPY", lex.QualNone)}},
	{"money/rupee sign", "₹2 crore", []quantityCase{one("₹2 crore", 2e7, KindMoney, "INR", lex.QualNone)}},
	{"money/US dollar sign", "a loan of US$4.3 billion", []quantityCase{one("US$4.3 billion", 4.3e9, KindMoney, "USD", lex.QualNone)}},
	{"money/Hong Kong dollar sign", "HK$10 million", []quantityCase{one("HK$10 million", 1e7, KindMoney, "HKD", lex.QualNone)}},
	{"money/dollars written", "66 billion dollars", []quantityCase{one("66 billion dollars", 6.6e10, KindMoney, "USD", lex.QualNone)}},
	{"money/pounds sterling", "5 million pounds sterling", []quantityCase{one("5 million pounds sterling", 5e6, KindMoney, "GBP", lex.QualNone)}},
	{"money/yuan", "1.2 billion yuan", []quantityCase{one("1.2 billion yuan", 1.2e9, KindMoney, "CNY", lex.QualNone)}},
	{"money/rubles", "3 billion rubles", []quantityCase{one("3 billion rubles", 3e9, KindMoney, "RUB", lex.QualNone)}},
	{"money/gold marks", "132 billion gold marks in reparations", []quantityCase{one("132 billion gold marks", 1.32e11, KindMoney, "gold mark", lex.QualNone)}},
	{"money/Reichsmarks", "10,000 Reichsmarks", []quantityCase{one("10,000 Reichsmarks", 10000, KindMoney, "reichsmark", lex.QualNone)}},
	{"money/marks", "a loaf cost 200,000 million marks", []quantityCase{one("200,000 million marks", 2e11, KindMoney, "DEM", lex.QualNone)}},
	{"money/francs", "528 million francs", []quantityCase{one("528 million francs", 5.28e8, KindMoney, "FRF", lex.QualNone)}},
	{"money/Swiss francs", "10,000 Swiss francs", []quantityCase{one("10,000 Swiss francs", 10000, KindMoney, "CHF", lex.QualNone)}},
	{"money/rupees", "500 rupees a month", []quantityCase{one("500 rupees a month", 500, KindMoney, "INR/mo", lex.QualNone)}},
	{"money/lire", "1,000 lire", []quantityCase{one("1,000 lire", 1000, KindMoney, "ITL", lex.QualNone)}},
	{"money/guilders", "6 million guilders", []quantityCase{one("6 million guilders", 6e6, KindMoney, "NLG", lex.QualNone)}},
	{"money/pesos", "40 pesos", []quantityCase{one("40 pesos", 40, KindMoney, "peso", lex.QualNone)}},
	{"money/mexican pesos", "40 Mexican pesos", []quantityCase{one("40 Mexican pesos", 40, KindMoney, "MXN", lex.QualNone)}},
	{"money/yen written", "five million yen", []quantityCase{one("five million yen", 5e6, KindMoney, "JPY", lex.QualNone)}},
	{"money/ISO code before", "USD 200 million", []quantityCase{one("USD 200 million", 2e8, KindMoney, "USD", lex.QualNone)}},
	{"money/ISO code after", "a fee of 75 USD", []quantityCase{one("75 USD", 75, KindMoney, "USD", lex.QualNone)}},
	{"money/shillings", "5 shillings a week", []quantityCase{one("5 shillings a week", 0.25, KindMoney, "GBP/wk", lex.QualNone)}},
	{"money/pence", "6 pence", []quantityCase{one("6 pence", 6, KindMoney, "penny", lex.QualNone)}},
	{"money/cents", "50 cents a day", []quantityCase{one("50 cents a day", 50, KindMoney, "cent/d", lex.QualNone)}},
	{"money/dollars and cents", "3 dollars and 50 cents", []quantityCase{one("3 dollars and 50 cents", 3.5, KindMoney, "USD", lex.QualNone)}},
	{"money/talents", "a tribute of 1,000 talents of silver", []quantityCase{one("1,000 talents", 1000, KindMoney, "talent", lex.QualNone)}},
	{"money/denarii", "300 denarii", []quantityCase{one("300 denarii", 300, KindMoney, "denarius", lex.QualNone)}},
	{"money/taels", "200,000 taels of silver", []quantityCase{one("200,000 taels", 200000, KindMoney, "tael", lex.QualNone)}},
	{"money/range with dash", "$5–10 million", []quantityCase{rng("$5–10 million", 5e6, 1e7, KindMoney, "USD")}},
	{"money/range of two amounts", "$5 million to $10 million", []quantityCase{rng("$5 million to $10 million", 5e6, 1e7, KindMoney, "USD")}},
	{"money/between two amounts", "between £5m and £7m", []quantityCase{rng("between £5m and £7m", 5e6, 7e6, KindMoney, "GBP")}},
	{"money/pounds of flour are a weight", "500 pounds of flour", []quantityCase{one("500 pounds", 500, KindMeasure, "lb", lex.QualNone)}},
	{"money/pounds are money by default", "a fine of 500 pounds", []quantityCase{one("500 pounds", 500, KindMoney, "GBP", lex.QualNone)}},
	{"money/pounds weighed", "the bell weighed 300 pounds", []quantityCase{one("300 pounds", 300, KindMeasure, "lb", lex.QualNone)}},
	{"money/an estimated", "an estimated $2 billion", []quantityCase{one("an estimated $2 billion", 2e9, KindMoney, "USD", lex.QualApprox)}},
	{"money/trap a before dollar sign", "a $5 million loan", []quantityCase{one("$5 million", 5e6, KindMoney, "USD", lex.QualNone)}},
	{"money/millions written in the code", "in excess of 30 MUSD", []quantityCase{one("in excess of 30 MUSD", 3e7, KindMoney, "USD", lex.QualGT)}},
	{"money/Canadian dollar sign", "a charge of C$ 300 million", []quantityCase{one("C$ 300 million", 3e8, KindMoney, "CAD", lex.QualNone)}},
	{"money/quarter million", "quarter million US dollars", []quantityCase{one("quarter million US dollars", 250000, KindMoney, "USD", lex.QualNone)}},
	{"money/Rs", "Rs 500", []quantityCase{one("Rs 500", 500, KindMoney, "INR", lex.QualNone)}},

	// Measures.
	{"measure/tonnes", "400,000 tonnes of grain", []quantityCase{one("400,000 tonnes", 400000, KindMeasure, "t", lex.QualNone)}},
	{"measure/t spaced", "100 t of coal", []quantityCase{one("100 t", 100, KindMeasure, "t", lex.QualNone)}},
	{"measure/t joined", "a 100t crane", []quantityCase{one("100t", 100, KindMeasure, "t", lex.QualNone)}},
	{"measure/metric tons", "16,000 metric tons", []quantityCase{one("16,000 metric tons", 16000, KindMeasure, "t", lex.QualNone)}},
	{"measure/million tons", "5.35 million tons of grain", []quantityCase{one("5.35 million tons", 5.35e6, KindMeasure, "t", lex.QualNone)}},
	{"measure/kilometres", "a march of 12 kilometres", []quantityCase{one("12 kilometres", 12, KindMeasure, "km", lex.QualNone)}},
	{"measure/km joined", "a 12km march", []quantityCase{one("12km", 12, KindMeasure, "km", lex.QualNone)}},
	{"measure/miles", "2,000 miles of railway", []quantityCase{one("2,000 miles", 2000, KindMeasure, "mi", lex.QualNone)}},
	{"measure/hyphenated digits", "a 10-mile front", []quantityCase{one("10-mile", 10, KindMeasure, "mi", lex.QualNone)}},
	{"measure/hyphenated words", "the six-mile trip", []quantityCase{one("six-mile", 6, KindMeasure, "mi", lex.QualNone)}},
	{"measure/square miles", "828,000 square miles", []quantityCase{one("828,000 square miles", 828000, KindMeasure, "mi²", lex.QualNone)}},
	{"measure/km2", "190 km2 of forest", []quantityCase{one("190 km2", 190, KindMeasure, "km²", lex.QualNone)}},
	{"measure/km²", "1,000 km² of forest", []quantityCase{one("1,000 km²", 1000, KindMeasure, "km²", lex.QualNone)}},
	{"measure/hectares", "1.3 million hectares", []quantityCase{one("1.3 million hectares", 1.3e6, KindMeasure, "ha", lex.QualNone)}},
	{"measure/acres", "45 acres", []quantityCase{one("45 acres", 45, KindMeasure, "ac", lex.QualNone)}},
	{"measure/litres", "3 litres of water", []quantityCase{one("3 litres", 3, KindMeasure, "L", lex.QualNone)}},
	{"measure/gallons", "2.4 billion gallons", []quantityCase{one("2.4 billion gallons", 2.4e9, KindMeasure, "gal", lex.QualNone)}},
	{"measure/barrels", "500,000 barrels a day", []quantityCase{one("500,000 barrels a day", 500000, KindMeasure, "bbl/d", lex.QualNone)}},
	{"measure/grams", "a ration of 125 grams", []quantityCase{one("125 grams", 125, KindMeasure, "g", lex.QualNone)}},
	{"measure/kg joined", "5kg of rice", []quantityCase{one("5kg", 5, KindMeasure, "kg", lex.QualNone)}},
	{"measure/lbs joined", "200lbs", []quantityCase{one("200lbs", 200, KindMeasure, "lb", lex.QualNone)}},
	{"measure/feet", "29,000 feet", []quantityCase{one("29,000 feet", 29000, KindMeasure, "ft", lex.QualNone)}},
	{"measure/feet and inches", "5 feet 2 inches tall", []quantityCase{one("5 feet 2 inches", 5+2.0/12, KindMeasure, "ft", lex.QualNone)}},
	{"measure/metres", "324 metres high", []quantityCase{one("324 metres", 324, KindMeasure, "m", lex.QualNone)}},
	{"measure/kilotons", "a yield of 15 kilotons", []quantityCase{one("15 kilotons", 15, KindMeasure, "kt", lex.QualNone)}},
	{"measure/megawatts", "600 megawatts", []quantityCase{one("600 megawatts", 600, KindMeasure, "MW", lex.QualNone)}},
	{"measure/kWh", "1,000 kWh", []quantityCase{one("1,000 kWh", 1000, KindMeasure, "kWh", lex.QualNone)}},
	{"measure/calories", "1,200 calories a day", []quantityCase{one("1,200 calories a day", 1200, KindMeasure, "kcal/d", lex.QualNone)}},
	{"measure/miles per hour", "60 miles per hour", []quantityCase{one("60 miles per hour", 60, KindMeasure, "mph", lex.QualNone)}},
	{"measure/km/h", "80 km/h", []quantityCase{one("80 km/h", 80, KindMeasure, "km/h", lex.QualNone)}},
	{"measure/knots", "30 knots", []quantityCase{one("30 knots", 30, KindMeasure, "kn", lex.QualNone)}},
	{"measure/degrees Celsius joined", "40°C in the shade", []quantityCase{one("40°C", 40, KindMeasure, "°C", lex.QualNone)}},
	{"measure/degrees Fahrenheit", "110 degrees Fahrenheit", []quantityCase{one("110 degrees Fahrenheit", 110, KindMeasure, "°F", lex.QualNone)}},
	{"measure/mixed fraction", "10 1/2 miles of cable", []quantityCase{one("10 1/2 miles", 10.5, KindMeasure, "mi", lex.QualNone)}},
	{"measure/vulgar fraction", "½ mile", []quantityCase{one("½ mile", 0.5, KindMeasure, "mi", lex.QualNone)}},
	{"measure/slash fraction", "a 1/4 mile track", []quantityCase{one("1/4 mile", 0.25, KindMeasure, "mi", lex.QualNone)}},
	{"measure/range", "5 to 10 kilometres", []quantityCase{rng("5 to 10 kilometres", 5, 10, KindMeasure, "km")}},
	{"measure/hundredweight", "20 cwt of coal", []quantityCase{one("20 cwt", 20, KindMeasure, "cwt", lex.QualNone)}},
	{"measure/bushels", "40 bushels an acre", []quantityCase{one("40 bushels an acre", 40, KindMeasure, "bu/ac", lex.QualNone)}},
	{"measure/leagues", "three leagues from the coast", []quantityCase{one("three leagues", 3, KindMeasure, "league", lex.QualNone)}},
	{"measure/mu", "the brigade's 10,000 mu of land", []quantityCase{one("10,000 mu", 10000, KindMeasure, "mu", lex.QualNone)}},
	{"measure/vulgar fraction with scale", "1½ million", []quantityCase{count("1½ million", 1.5e6, "")}},
	{"measure/trap code", "part 24703L202", nil},

	// Qualifiers.
	{"qualifier/about", "about 300 people", []quantityCase{one("about 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/around", "around 300 people", []quantityCase{one("around 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/roughly", "roughly 300 people", []quantityCase{one("roughly 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/approximately", "approximately 300 people", []quantityCase{one("approximately 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/some", "some 300 people", []quantityCase{one("some 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/an estimated", "an estimated 300 people", []quantityCase{one("an estimated 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/perhaps", "perhaps 300 people", []quantityCase{one("perhaps 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/nearly", "nearly 300 people", []quantityCase{one("nearly 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/almost", "almost 300 people", []quantityCase{one("almost 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/close to", "close to 300 people", []quantityCase{one("close to 300 people", 300, KindCount, "people", lex.QualApprox)}},
	{"qualifier/circa", "c. 300 ships", []quantityCase{one("c. 300 ships", 300, KindCount, "ships", lex.QualApprox)}},
	{"qualifier/tilde", "~500 men", []quantityCase{one("~500 men", 500, KindCount, "men", lex.QualApprox)}},
	{"qualifier/in the region of", "in the region of 5,000 dead", []quantityCase{one("in the region of 5,000 dead", 5000, KindCount, "dead", lex.QualApprox)}},
	{"qualifier/more than", "more than 300 people", []quantityCase{one("more than 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/over", "over 300 people", []quantityCase{one("over 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/above", "above 300 people", []quantityCase{one("above 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/in excess of", "in excess of 300 people", []quantityCase{one("in excess of 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/upwards of", "upwards of 300 people", []quantityCase{one("upwards of 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/well over", "well over 300 people", []quantityCase{one("well over 300 people", 300, KindCount, "people", lex.QualGT)}},
	{"qualifier/at least", "at least 300 people", []quantityCase{one("at least 300 people", 300, KindCount, "people", lex.QualGTE)}},
	{"qualifier/no fewer than", "no fewer than 300 people", []quantityCase{one("no fewer than 300 people", 300, KindCount, "people", lex.QualGTE)}},
	{"qualifier/no less than", "no less than 300 people", []quantityCase{one("no less than 300 people", 300, KindCount, "people", lex.QualGTE)}},
	{"qualifier/as low as", "as low as −30 °C", []quantityCase{one("as low as −30 °C", -30, KindMeasure, "°C", lex.QualGTE)}},
	{"qualifier/as few as", "as few as 300 people", []quantityCase{one("as few as 300 people", 300, KindCount, "people", lex.QualGTE)}},
	{"qualifier/less than", "less than 300 people", []quantityCase{one("less than 300 people", 300, KindCount, "people", lex.QualLT)}},
	{"qualifier/fewer than", "fewer than 20 survivors", []quantityCase{one("fewer than 20 survivors", 20, KindCount, "survivors", lex.QualLT)}},
	{"qualifier/under", "under 300 people", []quantityCase{one("under 300 people", 300, KindCount, "people", lex.QualLT)}},
	{"qualifier/below", "below 300 people", []quantityCase{one("below 300 people", 300, KindCount, "people", lex.QualLT)}},
	{"qualifier/up to", "up to 40 ships", []quantityCase{one("up to 40 ships", 40, KindCount, "ships", lex.QualLTE)}},
	{"qualifier/at most", "at most 40 ships", []quantityCase{one("at most 40 ships", 40, KindCount, "ships", lex.QualLTE)}},
	{"qualifier/no more than", "no more than 40 ships", []quantityCase{one("no more than 40 ships", 40, KindCount, "ships", lex.QualLTE)}},
	{"qualifier/not more than", "not more than 40 ships", []quantityCase{one("not more than 40 ships", 40, KindCount, "ships", lex.QualLTE)}},
	{"qualifier/as many as", "as many as 40 ships", []quantityCase{one("as many as 40 ships", 40, KindCount, "ships", lex.QualLTE)}},
	{"qualifier/within", "within 40 miles", []quantityCase{one("within 40 miles", 40, KindMeasure, "mi", lex.QualLTE)}},
	{"qualifier/or more after the number", "30 million or more people", []quantityCase{one("30 million or more people", 3e7, KindCount, "people", lex.QualGTE)}},
	{"qualifier/or more after the noun", "30,000 men or more", []quantityCase{one("30,000 men or more", 30000, KindCount, "men", lex.QualGTE)}},
	{"qualifier/or so", "a hundred or so men", []quantityCase{one("a hundred or so men", 100, KindCount, "men", lex.QualApprox)}},
	{"qualifier/-odd", "2,000-odd prisoners", []quantityCase{one("2,000-odd prisoners", 2000, KindCount, "prisoners", lex.QualApprox)}},
	{"qualifier/plus sign", "10,000+ casualties", []quantityCase{one("10,000+ casualties", 10000, KindCount, "casualties", lex.QualGTE)}},

	// Ranges and changes.
	{"range/between and", "between 15 and 45 million deaths", []quantityCase{rng("between 15 and 45 million deaths", 1.5e7, 4.5e7, KindCount, "deaths")}},
	{"range/larger low end keeps its value", "between 800,000 and 1.5 million", []quantityCase{rng("between 800,000 and 1.5 million", 800000, 1.5e6, KindCount, "")}},
	{"range/en dash", "15–20 thousand men", []quantityCase{rng("15–20 thousand men", 15000, 20000, KindCount, "men")}},
	{"range/en dash with scale", "15–45 million deaths", []quantityCase{rng("15–45 million deaths", 1.5e7, 4.5e7, KindCount, "deaths")}},
	{"range/hyphen", "300-400 ships", []quantityCase{rng("300-400 ships", 300, 400, KindCount, "ships")}},
	{"range/to", "3 to 4 million", []quantityCase{rng("3 to 4 million", 3e6, 4e6, KindCount, "")}},
	{"range/or", "2 or 3 million", []quantityCase{rng("2 or 3 million", 2e6, 3e6, KindCount, "")}},
	{"range/from to is an estimate", "from 3 to 4 million deaths", []quantityCase{rng("from 3 to 4 million deaths", 3e6, 4e6, KindCount, "deaths")}},
	{"range/in words", "between two and three thousand men", []quantityCase{rng("between two and three thousand men", 2000, 3000, KindCount, "men")}},
	{"range/estimates range from", "estimates range from 600,000 to 1.5 million",
		[]quantityCase{rng("from 600,000 to 1.5 million", 600000, 1.5e6, KindCount, "")}},
	{"range/increase by a range", "wages increased by 20 to 30 percent", []quantityCase{rng("20 to 30 percent", 20, 30, KindPercent, "percent")}},
	{"range/qualifier before is kept in the text", "some 15–20 thousand", []quantityCase{rng("some 15–20 thousand", 15000, 20000, KindCount, "")}},
	{"range/different units are two quantities", "15 ships to 20 ports", []quantityCase{count("15 ships", 15, "ships"), count("20 ports", 20, "ports")}},
	{"change/two quantities", "rose from 8.9 million to 17.9 million",
		[]quantityCase{count("8.9 million", 8.9e6, ""), count("17.9 million", 1.79e7, "")}},
	{"change/unit carried back", "unemployment fell from 40 to 25 percent",
		[]quantityCase{one("40", 40, KindPercent, "percent", lex.QualNone), one("25 percent", 25, KindPercent, "percent", lex.QualNone)}},
	{"change/scale carried back", "the army grew from 5 to 10 million",
		[]quantityCase{count("5", 5e6, ""), count("10 million", 1e7, "")}},
	{"change/with years between", "grain output fell from 200 million tonnes in 1958 to 143.5 million tonnes in 1960",
		[]quantityCase{one("200 million tonnes", 2e8, KindMeasure, "t", lex.QualNone), one("143.5 million tonnes", 1.435e8, KindMeasure, "t", lex.QualNone)}},

	// Vague quantities.
	{"vague/millions of tons", "millions of tons of unusable metal", []quantityCase{vague("millions of tons", KindMeasure, "t")}},
	{"vague/thousands of villages", "thousands of villages burned", []quantityCase{vague("thousands of villages", KindCount, "villages")}},
	{"vague/tens of thousands of", "tens of thousands of people fled", []quantityCase{vague("tens of thousands of people", KindCount, "people")}},
	{"vague/hundreds of thousands of", "hundreds of thousands of refugees", []quantityCase{vague("hundreds of thousands of refugees", KindCount, "refugees")}},
	{"vague/dozens of", "dozens of ships", []quantityCase{vague("dozens of ships", KindCount, "ships")}},
	{"vague/scores of", "scores of villages", []quantityCase{vague("scores of villages", KindCount, "villages")}},
	{"vague/several thousand", "several thousand refugees", []quantityCase{vague("several thousand refugees", KindCount, "refugees")}},
	{"vague/a few hundred", "a few hundred men", []quantityCase{vague("a few hundred men", KindCount, "men")}},
	{"vague/hundreds alone", "Hundreds died in the riots.", []quantityCase{vague("Hundreds", KindCount, "")}},
	{"vague/millions of dollars", "millions of dollars in aid", []quantityCase{vague("millions of dollars", KindMoney, "USD")}},
	{"vague/billions of rubles", "billions of rubles", []quantityCase{vague("billions of rubles", KindMoney, "RUB")}},
	{"vague/thousands upon thousands", "thousands upon thousands perished", []quantityCase{vague("thousands upon thousands", KindCount, "")}},
	{"vague/of the", "thousands of the inhabitants", []quantityCase{vague("thousands", KindCount, "")}},

	// Multipliers.
	{"multiplier/tripled", "output tripled", []quantityCase{one("tripled", 3, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/doubled", "the population doubled", []quantityCase{one("doubled", 2, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/twofold", "a twofold increase", []quantityCase{one("twofold", 2, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/tenfold", "prices rose tenfold", []quantityCase{one("tenfold", 10, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/ten-fold", "a ten-fold rise", []quantityCase{one("ten-fold", 10, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/digits-fold", "a 3.5-fold rise", []quantityCase{one("3.5-fold", 3.5, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/three times as many", "three times as many deaths", []quantityCase{one("three times", 3, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/twice as", "twice as large", []quantityCase{one("twice", 2, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/halved", "the ration was halved", []quantityCase{one("halved", 0.5, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/more than doubled", "exports more than doubled", []quantityCase{one("more than doubled", 2, KindMultiplier, "", lex.QualGT)}},
	{"multiplier/a factor of", "by a factor of ten", []quantityCase{one("a factor of ten", 10, KindMultiplier, "", lex.QualNone)}},
	{"multiplier/trap times counted", "he was arrested three times", nil},

	// What is not a quantity.
	{"not/year in a date context", "In 1958 the campaign began.", nil},
	{"not/year range", "the Great Leap Forward (1958–1961)", nil},
	{"not/decade", "the 1950s", nil},
	{"not/year after a possessive", "some 14 percent of its 1940 population",
		[]quantityCase{one("some 14 percent", 14, KindPercent, "percent", lex.QualApprox)}},
	{"not/century", "the 19th century", nil},
	{"not/ordinal plan", "the First Five-Year Plan", nil},
	{"not/Second World War", "after the Second World War", nil},
	{"not/Twentieth Party Congress", "the Twentieth Party Congress", nil},
	{"not/ordinal suffix", "the 1st battalion", nil},
	{"not/route number", "along Route 66 west", nil},
	{"not/Apollo 11", "when Apollo 11 landed", nil},
	{"not/T-34", "the T-34 entered service", nil},
	{"not/Catch-22", "a Catch-22 situation", nil},
	{"not/G7", "the G7 summit", nil},
	{"not/COVID-19", "before COVID-19 struck", nil},
	{"not/9/11", "after 9/11 the", nil},
	{"not/footnote in brackets", "as reported.[12] Later", nil},
	{"not/footnote list in brackets", "as reported.[3, 4] Later", nil},
	{"not/footnote after a full stop", "the famine ended.12 Later", nil},
	{"not/superscript footnote", "the famine ended.¹² Later", nil},
	{"not/page reference", "see p. 45", nil},
	{"not/page range", "see pp. 12–14", nil},
	{"not/chapter", "as Chapter 11 describes", nil},
	{"not/article", "under Article 231 of the treaty", nil},
	{"not/order number", "Order No. 227 forbade retreat", nil},
	{"not/list numbering", "1. Rents were collected by agents.\n2. Exports continued.", nil},
	{"not/list number in brackets", "(3) the peasants were freed", nil},
	{"not/walk on two legs", "to walk on two legs", nil},
	{"not/one another", "competed with one another", nil},
	{"not/one of the", "one of the worst famines", nil},
	{"not/no one", "no one knew", nil},
	{"not/the two men", "the two men met at Yalta", nil},
	{"not/all three", "all three sons died", nil},
	{"not/the Big Four", "the Big Four met at Versailles", nil},
	{"not/Gang of Four", "the Gang of Four was arrested", nil},
	{"not/Hundred Years' War", "the Hundred Years' War", nil},
	{"not/Thirty Years' War", "during the Thirty Years' War", nil},
	{"not/clock time", "at 3 p.m. the guns fell silent", nil},
	{"not/clock time with colon", "at 10:30 the attack began", nil},
	{"not/day and month", "on 15 March the army crossed", nil},
	{"not/month and day", "on May 4th the students marched", nil},
	{"not/street number", "at 10 Downing Street", nil},
	{"not/one alone", "one ship sank", nil},
	{"not/word number alone", "two were executed", nil},
	{"not/five-year plan", "a five-year plan", nil},
	{"not/10-year plan", "a 10-year plan", nil},
	{"not/75-year-old", "a 75-year-old veteran", nil},
	{"not/URL", "see http://example.org/page?id=12", nil},
	{"not/IP address", "host 192.168.1.2", nil},
	{"not/split in two", "the country was split in two", nil},
	{"not/one or two", "one or two ships", nil},

	// Passages with several claims.
	{"passage/Black Death", "It killed between 25 and 50 million people, perhaps a third of the population, in the five years that followed.",
		[]quantityCase{rng("between 25 and 50 million people", 2.5e7, 5e7, KindCount, "people"), one("perhaps a third", 1.0/3, KindRatio, "", lex.QualApprox)}},
	{"passage/Irish Famine", "The population of Ireland fell from about 8.2 million in 1841 to 6.6 million in 1851.",
		[]quantityCase{one("about 8.2 million", 8.2e6, KindCount, "", lex.QualApprox), count("6.6 million", 6.6e6, "")}},
	{"passage/Leningrad", "The daily bread ration fell to 125 grams, and between 800,000 and 1.5 million civilians died.",
		[]quantityCase{one("125 grams", 125, KindMeasure, "g", lex.QualNone), rng("between 800,000 and 1.5 million civilians", 800000, 1.5e6, KindCount, "civilians")}},
	{"passage/economy", "GDP grew 9.8 percent a year, and exports rose from $2 billion to $5 billion.",
		[]quantityCase{one("9.8 percent a year", 9.8, KindPercent, "percent/a", lex.QualNone), one("$2 billion", 2e9, KindMoney, "USD", lex.QualNone), one("$5 billion", 5e9, KindMoney, "USD", lex.QualNone)}},
	{"passage/demography", "By 1900 the city had 3.4 million inhabitants, up from 1.1 million in 1850.",
		[]quantityCase{count("3.4 million inhabitants", 3.4e6, "inhabitants"), count("1.1 million", 1.1e6, "")}},
	{"passage/Xerxes", "Xerxes led perhaps 300,000 men against Greece; Herodotus claims 2.6 million.",
		[]quantityCase{one("perhaps 300,000 men", 300000, KindCount, "men", lex.QualApprox), count("2.6 million", 2.6e6, "")}},
	{"passage/Somme", "On the first day of the Somme the British suffered 57,470 casualties, 19,240 of them dead.",
		[]quantityCase{count("57,470 casualties", 57470, "casualties"), count("19,240", 19240, "")}},
	{"passage/Bengal", "An estimated 2.1 to 3 million people died out of a population of 60.3 million.",
		[]quantityCase{rng("An estimated 2.1 to 3 million people", 2.1e6, 3e6, KindCount, "people"), count("60.3 million", 6.03e7, "")}},
	{"passage/Marshall Plan", "The Marshall Plan gave $13.3 billion between 1948 and 1952.",
		[]quantityCase{one("$13.3 billion", 1.33e10, KindMoney, "USD", lex.QualNone)}},
	{"passage/Louisiana Purchase", "It added 828,000 square miles for $15 million, less than three cents an acre.",
		[]quantityCase{one("828,000 square miles", 828000, KindMeasure, "mi²", lex.QualNone), one("$15 million", 1.5e7, KindMoney, "USD", lex.QualNone),
			one("less than three cents an acre", 3, KindMoney, "cent/ac", lex.QualLT)}},
	{"passage/Armenian genocide", "At least 1.5 million Armenians were killed, though estimates range from 600,000 to 1.5 million.",
		[]quantityCase{one("At least 1.5 million Armenians", 1.5e6, KindCount, "Armenians", lex.QualGTE), rng("from 600,000 to 1.5 million", 600000, 1.5e6, KindCount, "")}},
	{"passage/Dust Bowl", "The Dust Bowl displaced up to 2.5 million people.",
		[]quantityCase{one("up to 2.5 million people", 2.5e6, KindCount, "people", lex.QualLTE)}},
	{"passage/Roman roads", "The Roman road network ran to over 80,000 kilometres.",
		[]quantityCase{one("over 80,000 kilometres", 80000, KindMeasure, "km", lex.QualGT)}},
	{"passage/Khmer Rouge", "Roughly one in four Cambodians died under the Khmer Rouge.",
		[]quantityCase{one("Roughly one in four", 0.25, KindRatio, "", lex.QualApprox)}},
	{"passage/Athens", "Athens fielded two hundred triremes, a fleet of some forty thousand rowers.",
		[]quantityCase{count("two hundred triremes", 200, "triremes"), one("some forty thousand rowers", 40000, KindCount, "rowers", lex.QualApprox)}},
	{"passage/Edo", "The population of Edo was twice that of London.",
		[]quantityCase{one("twice", 2, KindMultiplier, "", lex.QualNone)}},
	{"passage/Meiji railways", "Within a decade Japan had built 18 miles of railway, and by the 1890s more than 2,000 miles.",
		[]quantityCase{one("18 miles", 18, KindMeasure, "mi", lex.QualNone), one("more than 2,000 miles", 2000, KindMeasure, "mi", lex.QualGT)}},
	{"passage/Paris exposition", "In 1900 the Exposition Universelle drew nearly 50 million visitors. Admission cost 1 franc.",
		[]quantityCase{one("nearly 50 million visitors", 5e7, KindCount, "visitors", lex.QualApprox), one("1 franc", 1, KindMoney, "FRF", lex.QualNone)}},
	{"passage/Mongol conquest", "The Mongols may have killed as many as 40 million people, about 11 percent of the world's population.",
		[]quantityCase{one("as many as 40 million people", 4e7, KindCount, "people", lex.QualLTE), one("about 11 percent", 11, KindPercent, "percent", lex.QualApprox)}},
	{"passage/Partition", "Partition uprooted 10 to 20 million people and killed several hundred thousand.",
		[]quantityCase{rng("10 to 20 million people", 1e7, 2e7, KindCount, "people"), vague("several hundred thousand", KindCount, "")}},
	{"passage/Holodomor", "Soviet grain procurements rose to 7.7 million tonnes while 3.9 million Ukrainians starved.",
		[]quantityCase{one("7.7 million tonnes", 7.7e6, KindMeasure, "t", lex.QualNone), count("3.9 million Ukrainians", 3.9e6, "Ukrainians")}},
	// "within 30 years" is a date (by 30 years after its anchor), and a
	// number inside a date is the date's.
	{"passage/Columbian exchange", "Smallpox killed 90 per cent of the Taino within 30 years.",
		[]quantityCase{one("90 per cent", 90, KindPercent, "percent", lex.QualNone)}},
	{"passage/within a distance", "Every village within 30 kilometres was burned.",
		[]quantityCase{one("within 30 kilometres", 30, KindMeasure, "km", lex.QualLTE)}},
	{"passage/South Sea Bubble", "South Sea stock rose from £128 in January to £1,000 by August 1720.",
		[]quantityCase{one("£128", 128, KindMoney, "GBP", lex.QualNone), one("£1,000", 1000, KindMoney, "GBP", lex.QualNone)}},
	{"passage/Spanish flu", "The influenza of 1918 infected a third of the world's population and killed 50 million.",
		[]quantityCase{one("a third", 1.0/3, KindRatio, "", lex.QualNone), count("50 million", 5e7, "")}},
	{"passage/Mughal revenue", "Akbar's revenue reached 90 million rupees, some 30 lakh more than before.",
		[]quantityCase{one("90 million rupees", 9e7, KindMoney, "INR", lex.QualNone), one("some 30 lakh", 3e6, KindCount, "", lex.QualApprox)}},
}

func TestQuantities(t *testing.T) {
	for _, tt := range quantityTests {
		t.Run(tt.name, func(t *testing.T) { checkQuantities(t, tt.text, tt.want) })
	}
}

// TestQuantitiesCoverAllForms checks that the table has the cases the issue
// asks for: at least 200, and every kind and qualifier among them.
func TestQuantitiesCoverAllForms(t *testing.T) {
	if len(quantityTests) < 200 {
		t.Errorf("%d cases, want at least 200", len(quantityTests))
	}
	seen := map[string]bool{}
	for _, tt := range quantityTests {
		for _, w := range tt.want {
			seen[w.kind], seen[w.qual] = true, true
		}
	}
	for _, want := range []string{KindCount, KindPercent, KindMoney, KindMeasure, KindRatio, KindMultiplier,
		lex.QualNone, lex.QualApprox, lex.QualGT, lex.QualGTE, lex.QualLT, lex.QualLTE, lex.QualRange} {
		if !seen[want] {
			t.Errorf("no case expects %s", want)
		}
	}
}

func TestQuantitySpans(t *testing.T) {
	tests := []struct {
		name, text                    string
		whole, bare, numeral, surface string
	}{
		{"money", "more than $66 billion", "more than $66 billion", "$66 billion", "66 billion", "$"},
		{"measure", "about 400,000 tonnes of grain", "about 400,000 tonnes", "400,000 tonnes", "400,000", "tonnes"},
		{"percent", "some 98 per cent of voters", "some 98 per cent", "98 per cent", "98", "per cent"},
		{"count", "more than 30 million people died", "more than 30 million people", "30 million people", "30 million", ""},
		{"range", "between 15 and 45 million deaths", "between 15 and 45 million deaths", "between 15 and 45 million deaths", "15 and 45 million", ""},
		{"ratio", "nearly a third of the land", "nearly a third", "a third", "a third", ""},
		{"hyphenated measure", "a six-mile march", "six-mile", "six-mile", "six", "mile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quantities(tt.text, nil)
			if len(qs) != 1 {
				t.Fatalf("got %d quantities, want 1", len(qs))
			}
			q := qs[0]
			got := strings.Join([]string{q.Text(tt.text), q.Bare.Text(tt.text), q.Numeral.Text(tt.text), q.Surface}, " | ")
			want := strings.Join([]string{tt.whole, tt.bare, tt.numeral, tt.surface}, " | ")
			if got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

// TestYearContext checks the question the quantity grammar asks of a
// number: is it a year here? Dates takes a number in the range of years for
// a year, or leaves it to Quantities as a count.
func TestYearContext(t *testing.T) {
	tests := []struct {
		name, text, number string
		want               bool
	}{
		{"after in", "It happened in 1958.", "1958", true},
		{"the harvest", "The 1958 harvest failed.", "1958", true},
		{"tractors", "There were 1958 tractors.", "1958", false},
		{"the men", "The 1500 men surrendered.", "1500", false},
		{"route", "Route 66 ran west.", "66", false},
		{"range", "The plan (1958–62) failed.", "1958", true},
		{"count range", "Some 1200–1500 men deserted.", "1200", false},
		{"money", "It cost £1500.", "1500", false},
		{"relative date is no year", "Two years later it ended.", "Two", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.text, tt.number)
			p := &parser{dates: dates.Dates(tt.text)}
			if got := p.inDate(lex.Span{Start: i, End: i + len(tt.number)}); got != tt.want {
				t.Errorf("%q in %q is a year: %v, want %v", tt.number, tt.text, got, tt.want)
			}
		})
	}
}
