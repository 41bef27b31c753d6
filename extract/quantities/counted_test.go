package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// TestQuantitiesDanglingModifiers: a counted noun does not end on a word
// that only qualifies one ("22 other times", "27.3 million new U.S.
// residents"): the count keeps no unit rather than a wrong one.
func TestQuantitiesDanglingModifiers(t *testing.T) {
	runClass(t, []classCase{
		{"other times", "It has happened only 22 other times in history.", []quantityCase{count("22", 22, "")}},
		{"new then a name", "The city gained 27,000 new U.S. citizens.", []quantityCase{count("27,000", 27000, "")}},
		{"additional then a name", "The army sent 4,000 additional French troops.", []quantityCase{count("4,000", 4000, "")}},
		{"further times", "The vote was held 3 further times.", []quantityCase{count("3", 3, "")}},
		{"such then a name", "There were 12 such Roman forts.", []quantityCase{count("12", 12, "")}},
		{"other with a noun", "Some 40 other villages burned.", []quantityCase{one("Some 40 other villages", 40, KindCount, "other villages", lex.QualApprox)}},
	})
}

// TestQuantitiesPeoplesJoined: the names of peoples joined by "and" qualify
// the one noun after them ("485,000 British and French casualties").
func TestQuantitiesPeoplesJoined(t *testing.T) {
	runClass(t, []classCase{
		{"British and French casualties", "The estimate was 485,000 British and French casualties.",
			[]quantityCase{count("485,000 British and French casualties", 485000, "British and French casualties")}},
		{"Soviet and German troops", "Some 900,000 Soviet and German troops fought there.",
			[]quantityCase{one("Some 900,000 Soviet and German troops", 900000, KindCount, "Soviet and German troops", lex.QualApprox)}},
		{"Chinese or Japanese workers", "The mines employed 3,000 Chinese or Japanese workers.",
			[]quantityCase{count("3,000 Chinese or Japanese workers", 3000, "Chinese or Japanese workers")}},
		{"Irish and Scottish settlers", "By then 12,000 Irish and Scottish settlers had arrived.",
			[]quantityCase{count("12,000 Irish and Scottish settlers", 12000, "Irish and Scottish settlers")}},
		{"two counts stay apart", "There were 419,000 British and 204,000 French soldiers.",
			[]quantityCase{count("419,000 British", 419000, "British"), count("204,000 French soldiers", 204000, "French soldiers")}},
		{"a place after and stays out", "It sent 500 Dutch and Belgium agreed.",
			[]quantityCase{count("500 Dutch", 500, "Dutch")}},
	})
}

// TestNotQuantitiesPartsOfTime: a fraction after "first", "last" and the
// like is a part of a stretch of time, not a share ("the first three
// quarters of 2021").
func TestNotQuantitiesPartsOfTime(t *testing.T) {
	runClass(t, []classCase{
		{"first three quarters", "Inventories shrank in the first three quarters of 2021.", nil},
		{"last two thirds", "Rain fell in the last two thirds of the season.", nil},
		{"first two quarters", "Sales rose in the first two quarters of the year.", nil},
		{"final three quarters", "Prices held through the final three quarters of 1958.", nil},
		{"latter two thirds", "He ruled for the latter two thirds of the century.", nil},
		{"a share is still a ratio", "Three quarters of the crop was lost.",
			[]quantityCase{one("Three quarters", 0.75, KindRatio, "", lex.QualNone)}},
	})
}

// TestQuantitiesInitialsInCountedNoun: dotted initials ("U.S.", "U.K.")
// are one word of a counted noun, not its end ("232 U.S. troops").
func TestQuantitiesInitialsInCountedNoun(t *testing.T) {
	runClass(t, []classCase{
		{"U.S. troops", "In the first days 232 U.S. troops were killed.", []quantityCase{count("232 U.S. troops", 232, "U.S. troops")}},
		{"U.K. firms", "The 300 U.K. firms closed.", []quantityCase{count("300 U.K. firms", 300, "U.K. firms")}},
		{"U.N. observers", "Some 40 U.N. observers stayed.", []quantityCase{one("Some 40 U.N. observers", 40, KindCount, "U.N. observers", lex.QualApprox)}},
		{"U.S. personnel", "On that day 246 U.S. personnel were killed.", []quantityCase{count("246 U.S. personnel", 246, "U.S. personnel")}},
		{"E.U. states", "All 27 E.U. states signed.", []quantityCase{count("27 E.U. states", 27, "E.U. states")}},
		{"four initials", "Some 500 U.S.S.R. citizens left.", []quantityCase{one("Some 500 U.S.S.R. citizens", 500, KindCount, "U.S.S.R. citizens", lex.QualApprox)}},
	})
}

// TestQuantitiesQualifierBeforeAnotherNumber: "and over", "or more" before
// another number qualify that number, not the one before ("over sixteen
// thousand deaths and over fifty-three thousand wounded").
func TestQuantitiesQualifierBeforeAnotherNumber(t *testing.T) {
	runClass(t, []classCase{
		{"and over words", "It cost over sixteen thousand deaths and over fifty-three thousand wounded.",
			[]quantityCase{one("over sixteen thousand deaths", 16000, KindCount, "deaths", lex.QualGT), one("over fifty-three thousand wounded", 53000, KindCount, "wounded", lex.QualGT)}},
		{"and over digits", "There were 400 dead and over 900 wounded.",
			[]quantityCase{count("400 dead", 400, "dead"), one("over 900 wounded", 900, KindCount, "wounded", lex.QualGT)}},
		{"or under money", "Tickets cost $5 or under $10 with a pass.",
			[]quantityCase{one("$5", 5, KindMoney, "USD", lex.QualNone), one("under $10", 10, KindMoney, "USD", lex.QualLT)}},
		{"or over a", "It took 3 days or over a week.",
			[]quantityCase{one("3 days", 3, KindDuration, "d", lex.QualNone)}},
		{"and over still qualifies", "Men aged 65 and over were exempt.",
			[]quantityCase{one("65 and over", 65, KindCount, "", lex.QualGTE)}},
		{"or more still qualifies", "It killed 30 million or more.",
			[]quantityCase{one("30 million or more", 3e7, KindCount, "", lex.QualGTE)}},
	})
}
