package quantities

import (
	"testing"

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
