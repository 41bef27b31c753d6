package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// TestQuantitiesShareEndsBeforeOf: a share of something ends at its number;
// the "of" that follows leads to what it is a share of, and belongs to the
// subject, not to the figure ("about half" of "about half of the
// population").
func TestQuantitiesShareEndsBeforeOf(t *testing.T) {
	runClass(t, []classCase{
		{"about half of", "About half of the population was illiterate in 1900.",
			[]quantityCase{one("About half", 0.5, KindRatio, "", lex.QualApprox)}},
		{"roughly a third of", "Roughly a third of the harvest was requisitioned.",
			[]quantityCase{one("Roughly a third", 1.0/3, KindRatio, "", lex.QualApprox)}},
		{"two-thirds of", "Two-thirds of the delegates voted against the motion.",
			[]quantityCase{one("Two-thirds", 2.0/3, KindRatio, "", lex.QualNone)}},
		{"more than three quarters of", "More than three quarters of the villages lost their wells.",
			[]quantityCase{one("More than three quarters", 0.75, KindRatio, "", lex.QualGT)}},
		{"nearly one-fifth of", "The drought destroyed nearly one-fifth of the cattle.",
			[]quantityCase{one("nearly one-fifth", 0.2, KindRatio, "", lex.QualApprox)}},
		{"slash fraction of", "The rebels held 2/3 of the province.",
			[]quantityCase{one("2/3", 2.0/3, KindRatio, "", lex.QualNone)}},
		{"a quarter of a million is a number", "A quarter of a million refugees crossed the border.",
			[]quantityCase{count("A quarter of a million refugees", 250000, "refugees")}},
	})
}

// TestQuantitiesRatiosWithNoun: "two people out of every 10,000", "one
// child in every five": a ratio with the counted noun between its numbers.
func TestQuantitiesRatiosWithNoun(t *testing.T) {
	runClass(t, []classCase{
		{"people out of every", "At least two people out of every 10,000 are dying each day.",
			[]quantityCase{one("At least two people out of every 10,000", 0.0002, KindRatio, "", lex.QualGTE)}},
		{"child in every", "One child in every five was stunted.",
			[]quantityCase{one("One child in every five", 0.2, KindRatio, "", lex.QualNone)}},
		{"households out of every", "Three households out of every ten lacked water.",
			[]quantityCase{one("Three households out of every ten", 0.3, KindRatio, "", lex.QualNone)}},
		{"woman in every digits", "Then one woman in every 100 died in childbirth.",
			[]quantityCase{one("one woman in every 100", 0.01, KindRatio, "", lex.QualNone)}},
		{"soldiers in every", "Two soldiers in every three deserted.",
			[]quantityCase{one("Two soldiers in every three", 2.0/3, KindRatio, "", lex.QualNone)}},
		{"no every is a count", "Two people died in every village.",
			[]quantityCase{count("Two people", 2, "people")}},
	})
}

// TestQuantitiesHalfAMillionIsANumber: a fraction before "a million" (or
// "of a million", "a dozen") is one number, also after a qualifier and
// when the fraction is a vulgar fraction sign, not a share and a count
// ("the Germans suffering roughly ½ a million", a Somme history).
func TestQuantitiesHalfAMillionIsANumber(t *testing.T) {
	runClass(t, []classCase{
		{"more than half a million", "More than half a million died of typhus.",
			[]quantityCase{one("More than half a million", 500000, KindCount, "", lex.QualGT)}},
		{"roughly half a million", "The Germans lost roughly half a million men.",
			[]quantityCase{one("roughly half a million men", 500000, KindCount, "men", lex.QualApprox)}},
		{"about half a dozen", "About half a dozen ships sank.",
			[]quantityCase{one("About half a dozen ships", 6, KindCount, "ships", lex.QualApprox)}},
		{"vulgar half a million", "The Germans suffered roughly ½ a million.",
			[]quantityCase{one("roughly ½ a million", 500000, KindCount, "", lex.QualApprox)}},
		{"vulgar three quarters of a million", "Some ¾ of a million fled.",
			[]quantityCase{one("Some ¾ of a million", 750000, KindCount, "", lex.QualApprox)}},
		{"more than half of", "More than half of the men died.",
			[]quantityCase{one("More than half", 0.5, KindRatio, "", lex.QualGT)}},
	})
}
