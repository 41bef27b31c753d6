package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// TestNotQuantitiesEraRanges: a range of years with their eras, however its
// dash is written, is one date; neither end is a count of "BCE".
func TestNotQuantitiesEraRanges(t *testing.T) {
	runClass(t, []classCase{
		{"hyphen BCE to CE", "The empire lasted 27 BCE-286 CE in the west.", nil},
		{"hyphen BC to BC", "The kingdom lasted 753 BC-509 BC before the republic.", nil},
		{"hyphen BCE to CE dynasty", "The dynasty ruled 206 BCE-220 CE.", nil},
		{"dotted era then hyphen", "The colony lasted 600 B.C.-300 B.C. on the coast.", nil},
		{"hyphen BC to AD", "Augustus lived 63 BC-AD 14.", nil},
		{"en dash", "The empire lasted 27 BCE–286 CE in the west.", nil},
		{"a count beside the range", "Between 27 BCE-14 CE the legions grew to 28 legions.",
			[]quantityCase{count("28 legions", 28, "legions")}},
	})
}

// TestNotQuantitiesDecadesWithApostrophe: "'60s" is a decade, never sixty
// shillings; "60s a week" without the apostrophe still is money.
func TestNotQuantitiesDecadesWithApostrophe(t *testing.T) {
	runClass(t, []classCase{
		{"early sixties", "The famine of the late 1950s and early '60s killed millions.",
			[]quantityCase{vague("millions", KindCount, "")}},
		{"early nineties", "In the late '80s and early '90s the mills closed.", nil},
		{"mid seventies", "Rents were high in the mid-'70s.", nil},
		{"curly apostrophe", "Rents were high in the late ’70s.", nil},
		{"bare decade", "Prices rose in '80s Britain.", nil},
		{"shillings stay money", "The wage was 60s a week.",
			[]quantityCase{one("60s a week", 3, KindMoney, "GBP/wk", lex.QualNone)}},
	})
}

// TestQuantitiesMillionsAfterCountWords: a bare "30m" with no noun after it
// counts millions where the words just before it name people or deaths
// ("famine deaths of over 30m"); a length keeps its metres.
func TestQuantitiesMillionsAfterCountWords(t *testing.T) {
	runClass(t, []classCase{
		{"deaths of over", "It caused famine deaths of over 30m (the chart splits them).",
			[]quantityCase{one("over 30m", 3e7, KindCount, "", lex.QualGT)}},
		{"killed", "The war killed over 30m.", []quantityCase{one("over 30m", 3e7, KindCount, "", lex.QualGT)}},
		{"toll reached", "The toll reached 2m by 1945.", []quantityCase{count("2m", 2e6, "")}},
		{"refugees numbered", "Refugees numbered about 6m by the spring.", []quantityCase{one("about 6m", 6e6, KindCount, "", lex.QualApprox)}},
		{"population of", "The city had a population of 1.2m at the census.", []quantityCase{count("1.2m", 1.2e6, "")}},
		{"height stays metres", "The tower is 30m high.", []quantityCase{one("30m", 30, KindMeasure, "m", lex.QualNone)}},
		{"length with no count words", "The wall ran for 30m.", []quantityCase{one("30m", 30, KindMeasure, "m", lex.QualNone)}},
		{"people then a length", "Forty people climbed the 30m tower.", []quantityCase{count("Forty people", 40, "people"), one("30m", 30, KindMeasure, "m", lex.QualNone)}},
	})
}
