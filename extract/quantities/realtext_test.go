package quantities

import (
	"fmt"
	"testing"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
)

// The classes of real text (news, science, history) that the extractors
// once got wrong; each test is one class, with sentences of our own.

// classCase is one sentence and the quantities it must give.
type classCase struct {
	name, text string
	want       []quantityCase
}

func runClass(t *testing.T, cases []classCase) {
	t.Helper()
	if len(cases) < 5 {
		t.Errorf("%d cases, want at least five per class", len(cases))
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) { checkQuantities(t, tt.text, tt.want) })
	}
}

// TestQuantitiesDashes: every kind of dash joins the ends of a range alike
// (one set of dashes in the lexer).
func TestQuantitiesDashes(t *testing.T) {
	runClass(t, []classCase{
		{"figure dash", "Grain losses reached 15‒45 million tons that winter.",
			[]quantityCase{rng("15‒45 million tons", 1.5e7, 4.5e7, KindMeasure, "t")}},
		{"en dash", "Grain losses reached 15–45 million tons that winter.",
			[]quantityCase{rng("15–45 million tons", 1.5e7, 4.5e7, KindMeasure, "t")}},
		{"minus sign between numbers", "Between them the mills employed 20−30 percent of the town.",
			[]quantityCase{rng("20−30 percent", 20, 30, KindPercent, "percent")}},
		{"non-breaking hyphen", "The caravans carried 300‑400 camels each.",
			[]quantityCase{rng("300‑400 camels", 300, 400, KindCount, "camels")}},
		{"em dash", "Estimates put the dead at 2—3 million people.",
			[]quantityCase{rng("2—3 million people", 2e6, 3e6, KindCount, "people")}},
		{"minus sign is still a sign", "Night temperatures fell to −40 °C in the camps.",
			[]quantityCase{one("−40 °C", -40, KindMeasure, "°C", lex.QualNone)}},
	})
}

// TestQuantitiesCompactUnits: units written straight after the digits.
func TestQuantitiesCompactUnits(t *testing.T) {
	runClass(t, []classCase{
		{"gigabytes", "The phone shipped with 512GB of storage.",
			[]quantityCase{one("512GB", 512, KindMeasure, "GB", lex.QualNone)}},
		{"hertz", "Its screen refreshes at 60Hz.",
			[]quantityCase{one("60Hz", 60, KindMeasure, "Hz", lex.QualNone)}},
		{"megabits per second", "Homes got 100Mbps broadband by 2015.",
			[]quantityCase{one("100Mbps", 100, KindMeasure, "Mbit/s", lex.QualNone)}},
		{"brake horsepower", "The coupé had a 300bhp engine.",
			[]quantityCase{one("300bhp", 300, KindMeasure, "hp", lex.QualNone)}},
		{"video lines", "The archive films were restored in 1080p.",
			[]quantityCase{one("1080p", 1080, KindMeasure, "p", lex.QualNone)}},
		{"pence stay pence", "A loaf cost 50p in the shop.",
			[]quantityCase{one("50p", 50, KindMoney, "penny", lex.QualNone)}},
	})
}

// TestQuantitiesMillionsAbbreviated: "m", "M" and "bn" as scales.
func TestQuantitiesMillionsAbbreviated(t *testing.T) {
	runClass(t, []classCase{
		{"m before tonnes", "Exports reached 1.5m tonnes of grain.",
			[]quantityCase{one("1.5m tonnes", 1.5e6, KindMeasure, "t", lex.QualNone)}},
		{"m before a plural noun", "The firm sold 40m devices last year.",
			[]quantityCase{count("40m devices", 4e7, "devices")}},
		{"capital M in money", "The club paid $3.2M for the striker.",
			[]quantityCase{one("$3.2M", 3.2e6, KindMoney, "USD", lex.QualNone)}},
		{"bn in money", "The bailout cost £45bn in all.",
			[]quantityCase{one("£45bn", 4.5e10, KindMoney, "GBP", lex.QualNone)}},
		{"m before people", "Some 2m people fled the region.",
			[]quantityCase{one("Some 2m people", 2e6, KindCount, "people", lex.QualApprox)}},
		{"m before a verb of dying", "Over 30m people died in the famine.",
			[]quantityCase{one("Over 30m people", 3e7, KindCount, "people", lex.QualGT)}},
		{"m before deaths", "The war caused 30m deaths.",
			[]quantityCase{count("30m deaths", 3e7, "deaths")}},
		{"m before refugees", "About 6m refugees left the country.",
			[]quantityCase{one("About 6m refugees", 6e6, KindCount, "refugees", lex.QualApprox)}},
		{"m before long is metres", "The wall was 100m long.",
			[]quantityCase{one("100m", 100, KindMeasure, "m", lex.QualNone)}},
	})
}

// TestQuantitiesCurrencyPrefixes: the dollars of many countries and the
// signs of other currencies.
func TestQuantitiesCurrencyPrefixes(t *testing.T) {
	runClass(t, []classCase{
		{"US$", "The loan was US$5 million.", []quantityCase{one("US$5 million", 5e6, KindMoney, "USD", lex.QualNone)}},
		{"$US", "The bonds raised $US200 million.", []quantityCase{one("$US200 million", 2e8, KindMoney, "USD", lex.QualNone)}},
		{"A$", "Canberra pledged A$3 billion.", []quantityCase{one("A$3 billion", 3e9, KindMoney, "AUD", lex.QualNone)}},
		{"$A", "Wool fetched $A12 a kilo.", []quantityCase{one("$A12 a kilo", 12, KindMoney, "AUD/kg", lex.QualNone)}},
		{"C$", "Ottawa spent C$40 million.", []quantityCase{one("C$40 million", 4e7, KindMoney, "CAD", lex.QualNone)}},
		{"HK$", "The tower cost HK$2bn.", []quantityCase{one("HK$2bn", 2e9, KindMoney, "HKD", lex.QualNone)}},
		{"NZ$", "Dairy exports earned NZ$15 billion.", []quantityCase{one("NZ$15 billion", 1.5e10, KindMoney, "NZD", lex.QualNone)}},
		{"R$", "Brasília set aside R$10 billion.", []quantityCase{one("R$10 billion", 1e10, KindMoney, "BRL", lex.QualNone)}},
		{"euro", "The fine was €5 million.", []quantityCase{one("€5 million", 5e6, KindMoney, "EUR", lex.QualNone)}},
		{"yen", "Tokyo borrowed ¥300 billion.", []quantityCase{one("¥300 billion", 3e11, KindMoney, "JPY", lex.QualNone)}},
		{"rupee", "The scheme cost ₹20 crore.", []quantityCase{one("₹20 crore", 2e8, KindMoney, "INR", lex.QualNone)}},
	})
}

// TestQuantitiesRates: a quantity per unit keeps the unit of the rate.
func TestQuantitiesRates(t *testing.T) {
	runClass(t, []classCase{
		{"per barrel", "Oil sold at $70 per barrel.", []quantityCase{one("$70 per barrel", 70, KindMoney, "USD/bbl", lex.QualNone)}},
		{"km/h", "Convoys moved at 30 km/h.", []quantityCase{one("30 km/h", 30, KindMeasure, "km/h", lex.QualNone)}},
		{"a day", "The mill ground 5 tonnes a day.", []quantityCase{one("5 tonnes a day", 5, KindMeasure, "t/d", lex.QualNone)}},
		{"per capita", "Income was $400 per capita.", []quantityCase{one("$400 per capita", 400, KindMoney, "USD/capita", lex.QualNone)}},
		{"per 1,000 births", "The district recorded 12 deaths per 1,000 births.",
			[]quantityCase{count("12 deaths per 1,000 births", 12, "deaths/1,000 births")}},
		{"a year earlier is no rate", "Sales were $2 billion a year earlier.",
			[]quantityCase{one("$2 billion", 2e9, KindMoney, "USD", lex.QualNone)}},
	})
}

// TestQuantitiesMixedWordsAndDigits: digits with scale words in words.
func TestQuantitiesMixedWordsAndDigits(t *testing.T) {
	runClass(t, []classCase{
		{"hundred thousand", "About 3 hundred thousand people fled.",
			[]quantityCase{one("About 3 hundred thousand people", 3e5, KindCount, "people", lex.QualApprox)}},
		{"hundred million", "The state printed 5 hundred million notes.",
			[]quantityCase{count("5 hundred million notes", 5e8, "notes")}},
		{"decimal million", "The census found 2.5 million households.",
			[]quantityCase{count("2.5 million households", 2.5e6, "households")}},
		{"thousand", "The garrison held 4 thousand men.",
			[]quantityCase{count("4 thousand men", 4000, "men")}},
		{"lakh", "The relief fed 30 lakh villagers.",
			[]quantityCase{count("30 lakh villagers", 3e6, "villagers")}},
	})
}

// TestQuantitiesAlternatives: "8 or 9 million" is a range, not the last
// number.
func TestQuantitiesAlternatives(t *testing.T) {
	runClass(t, []classCase{
		{"digits and scale", "There were 8 or 9 million refugees.",
			[]quantityCase{rng("8 or 9 million refugees", 8e6, 9e6, KindCount, "refugees")}},
		{"words of time", "The journey took two or three years.",
			[]quantityCase{rng("two or three years", 2, 3, KindDuration, "a")}},
		{"words counted", "Only four or five ships returned.",
			[]quantityCase{rng("four or five ships", 4, 5, KindCount, "ships")}},
		{"percent", "Turnout fell by 10 or 12 percent.",
			[]quantityCase{rng("10 or 12 percent", 10, 12, KindPercent, "percent")}},
		{"money", "The bribe was $5 or $6 million.",
			[]quantityCase{rng("$5 or $6 million", 5e6, 6e6, KindMoney, "USD")}},
	})
}

// TestQuantitiesUnitsOnBothEnds: a range with its unit written twice.
func TestQuantitiesUnitsOnBothEnds(t *testing.T) {
	runClass(t, []classCase{
		{"per cent in words and digits", "Growth ranged from ten per cent to 15 per cent.",
			[]quantityCase{rng("from ten per cent to 15 per cent", 10, 15, KindPercent, "percent")}},
		{"billions of dollars", "The deficit was $5 billion to $7 billion.",
			[]quantityCase{rng("$5 billion to $7 billion", 5e9, 7e9, KindMoney, "USD")}},
		{"tonnes", "Yields were 2 tonnes to 3 tonnes a hectare.",
			[]quantityCase{rng("2 tonnes to 3 tonnes a hectare", 2, 3, KindMeasure, "t/ha")}},
		{"kilometres with dash", "The front moved 10 km–15 km a day.",
			[]quantityCase{rng("10 km–15 km a day", 10, 15, KindMeasure, "km/d")}},
		{"percent signs", "Inflation ran between 5% and 8%.",
			[]quantityCase{rng("between 5% and 8%", 5, 8, KindPercent, "percent")}},
	})
}

// TestQuantitiesQualifierSymbols: qualifiers written as symbols or phrases.
func TestQuantitiesQualifierSymbols(t *testing.T) {
	runClass(t, []classCase{
		{"tilde operator", "The error was ∼5%.", []quantityCase{one("∼5%", 5, KindPercent, "percent", lex.QualApprox)}},
		{"almost equal", "The crater is ≈ 300 km wide.", []quantityCase{one("≈ 300 km", 300, KindMeasure, "km", lex.QualApprox)}},
		{"slanted less or equal", "Each cart held ⩽ 10 tonnes.", []quantityCase{one("⩽ 10 tonnes", 10, KindMeasure, "t", lex.QualLTE)}},
		{"greater or equal", "Meetings of ≥ 50 people were banned.", []quantityCase{one("≥ 50 people", 50, KindCount, "people", lex.QualGTE)}},
		{"less than sign", "Unemployment stayed < 3 percent.", []quantityCase{one("< 3 percent", 3, KindPercent, "percent", lex.QualLT)}},
		{"higher than", "The toll was higher than 5,000 dead.", []quantityCase{one("higher than 5,000 dead", 5000, KindCount, "dead", lex.QualGT)}},
		{"lower than", "Prices were lower than 20 cents.", []quantityCase{one("lower than 20 cents", 20, KindMoney, "cent", lex.QualLT)}},
		{"in excess of", "Losses were in excess of 2 million tons.", []quantityCase{one("in excess of 2 million tons", 2e6, KindMeasure, "t", lex.QualGT)}},
	})
}

// TestQuantitiesDurations: counts of time are durations with their ISO 8601
// form.
func TestQuantitiesDurations(t *testing.T) {
	notDurations := []string{"The star is 4 light years away.", "There were 2 leap years in the period.", "It took 500 man hours."}
	for _, text := range notDurations {
		for _, q := range Quantities(text, dates.Dates(text)) {
			if q.Kind == KindDuration {
				t.Errorf("Quantities(%q): %q is a duration; want none", text, q.Text(text))
			}
		}
	}
	tests := []struct {
		name, text, want, unit, iso string
	}{
		{"days", "The siege lasted 872 days.", "872 days", "d", "P872D"},
		{"years' imprisonment", "He was sentenced to ten years' imprisonment.", "ten years", "a", "P10Y"},
		{"a siege of", "After a siege of three years the city fell.", "three years", "a", "P3Y"},
		{"hours", "The barrage went on for 36 hours.", "36 hours", "h", "PT36H"},
		{"weeks", "The strike lasted 6 weeks.", "6 weeks", "wk", "P6W"},
		{"months", "Rationing lasted 18 months.", "18 months", "mo", "P18M"},
		{"decades", "The dynasty ruled for three decades.", "three decades", "a", "P30Y"},
		// A word that describes the stretch of time may stand before its unit.
		{"horrific years", "They suffered through 3 horrific years of starvation.", "3 horrific years", "a", "P3Y"},
		{"long months", "The siege lasted five long months.", "five long months", "mo", "P5M"},
		{"fiscal years", "The plan ran for two fiscal years.", "two fiscal years", "a", "P2Y"},
		{"bitter weeks", "It took 6 bitter weeks to cross the pass.", "6 bitter weeks", "wk", "P6W"},
		{"lean decades", "Two lean decades followed the war.", "Two lean decades", "a", "P20Y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quantities(tt.text, dates.Dates(tt.text))
			if len(qs) != 1 {
				t.Fatalf("Quantities(%q) = %d quantities, want 1: %+v", tt.text, len(qs), qs)
			}
			q := qs[0]
			if q.Text(tt.text) != tt.want || q.Kind != KindDuration || q.Unit != tt.unit || q.Duration != tt.iso {
				t.Errorf("Quantities(%q) = %q kind %s unit %q duration %q; want %q unit %q duration %q",
					tt.text, q.Text(tt.text), q.Kind, q.Unit, q.Duration, tt.want, tt.unit, tt.iso)
			}
		})
	}
}

// TestQuantitiesChange: the size of a change has a direction; a change and
// its result are two quantities.
func TestQuantitiesChange(t *testing.T) {
	checkChanges(t, []changeCase{
		{"rose by to", "Output rose by $4 billion to $19 billion.", []string{"$4 billion up", "$19 billion -"}},
		{"fell percent", "Prices fell 12 percent in a year.", []string{"12 percent down"}},
		{"increased by ratio", "Wages increased by a third.", []string{"a third up"}},
		{"cut by", "The ration was cut by 200 grams.", []string{"200 grams down"}},
		{"doubled", "The army doubled in size.", []string{"doubled up"}},
		{"halved", "The herd halved within a year.", []string{"halved down"}},
		{"adverb between", "Exports dropped sharply by 40 percent.", []string{"40 percent down"}},
		{"levels have no direction", "Output fell from 200 million tonnes to 143 million tonnes.",
			[]string{"200 million tonnes -", "143 million tonnes -"}},
		{"no change", "The mill employed 450 hands.", []string{"450 hands -"}},
	})
}

// TestQuantitiesBasisPoints: basis points are a percentage unit of their
// own (a hundredth of a percentage point), as written or joined by a
// hyphen to the noun they measure.
func TestQuantitiesBasisPoints(t *testing.T) {
	runClass(t, []classCase{
		{"basis points", "The central bank raised rates by 75 basis points.", []quantityCase{one("75 basis points", 75, KindPercent, "basis points", lex.QualNone)}},
		{"one basis point", "Yields slipped 1 basis point.", []quantityCase{one("1 basis point", 1, KindPercent, "basis points", lex.QualNone)}},
		{"hyphenated before a noun", "Policy makers signalled a second 75 basis-point hike.", []quantityCase{one("75 basis-point", 75, KindPercent, "basis points", lex.QualNone)}},
		{"with a qualifier", "Spreads widened by about 40 basis points.", []quantityCase{one("about 40 basis points", 40, KindPercent, "basis points", lex.QualApprox)}},
		{"in words", "The bank cut its rate by fifty basis points.", []quantityCase{one("fifty basis points", 50, KindPercent, "basis points", lex.QualNone)}},
	})
}

// TestQuantitiesRatioRanges: two shares after "between" are one range.
func TestQuantitiesRatioRanges(t *testing.T) {
	runClass(t, []classCase{
		{"half and three-quarters", "Between half and three-quarters of the rural poor were starving.",
			[]quantityCase{rng("Between half and three-quarters", 0.5, 0.75, KindRatio, "")}},
		{"a third and a half", "Between a third and a half of Europe's population died.",
			[]quantityCase{rng("Between a third and a half", 1.0/3, 0.5, KindRatio, "")}},
		{"a quarter and a third", "The tax took between a quarter and a third of the harvest.",
			[]quantityCase{rng("between a quarter and a third", 0.25, 1.0/3, KindRatio, "")}},
		{"two-thirds and three-quarters", "Between two-thirds and three-quarters of the votes were cast.",
			[]quantityCase{rng("Between two-thirds and three-quarters", 2.0/3, 0.75, KindRatio, "")}},
		{"one-fifth and one-quarter", "The drought cut yields by between one-fifth and one-quarter.",
			[]quantityCase{rng("between one-fifth and one-quarter", 0.2, 0.25, KindRatio, "")}},
	})
}

// TestQuantitiesRateAfterWhatIsMeasured: a rate of time may follow the
// stuff a measure measures ("250 grams of bread a day").
func TestQuantitiesRateAfterWhatIsMeasured(t *testing.T) {
	runClass(t, []classCase{
		{"grams of bread a day", "The ration fell to 250 grams of bread a day.", []quantityCase{one("250 grams of bread a day", 250, KindMeasure, "g/d", lex.QualNone)}},
		{"range of grams", "They lived on 125-250 grams of bread a day.", []quantityCase{rng("125-250 grams of bread a day", 125, 250, KindMeasure, "g/d")}},
		{"pints of milk per week", "Each child got 2 pints of milk per week.", []quantityCase{one("2 pints of milk per week", 2, KindMeasure, "pt/wk", lex.QualNone)}},
		{"tonnes of coal a year", "The mine raised 40,000 tonnes of coal a year.", []quantityCase{one("40,000 tonnes of coal a year", 40000, KindMeasure, "t/a", lex.QualNone)}},
		{"not a rate per person", "He carried 20 kilograms of grain per man.", []quantityCase{one("20 kilograms", 20, KindMeasure, "kg", lex.QualNone)}},
	})
}

// changeCase is a sentence and, for each quantity found in it, its text and
// its change ("$4 billion up", "$19 billion -").
type changeCase struct {
	name, text string
	want       []string
}

// checkChanges runs the quantity grammar over each sentence and compares
// the quantities' text and direction of change.
func checkChanges(t *testing.T, tests []changeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Quantities(tt.text, dates.Dates(tt.text)) {
				c := q.Change
				if c == "" {
					c = "-"
				}
				got = append(got, q.Text(tt.text)+" "+c)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Quantities(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
