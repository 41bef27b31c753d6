package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/dates"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/tagging"
)

func TestSubject(t *testing.T) {
	tests := []struct {
		name, sentence, quantity, want string
	}{
		{"generic noun takes its verb phrase", "Demographers concluded that more than 30 million people had died of starvation in the famine.",
			"more than 30 million people", "people had died of starvation"},
		{"count names its subject", "By late 1958, 600,000 backyard furnaces had been built throughout China.",
			"600,000 backyard furnaces", "backyard furnaces"},
		{"percent of", "More than 98 percent of the rural population were organized into communes.",
			"More than 98 percent", "rural population"},
		{"percent before a noun with complement", "The plan called for a 75 percent increase in industrial and agricultural production.",
			"75 percent", "increase in industrial and agricultural production"},
		{"change after by", "Economists estimated that the economy had declined by $66 billion.",
			"$66 billion", "economy had declined"},
		{"ratio of", "The plague killed a third of the population of Florence.",
			"a third", "population of Florence"},
		{"multiplier verb", "Grain output tripled in a decade.",
			"tripled", "Grain output"},
		{"multiplier before a noun", "The plan promised a twofold increase in steel output.",
			"twofold", "increase in steel output"},
		{"state after a copula", "The population of Ireland was about 8.2 million in 1841.",
			"about 8.2 million", "population of Ireland"},
		{"noun before of", "Bengal had a population of 60.3 million.",
			"60.3 million", "population"},
		{"money before of", "The Khedive raised a loan of £3 million in London.",
			"£3 million", "loan"},
		{"percent of a people", "Smallpox killed 90 per cent of the Taino.",
			"90 per cent", "Taino"},
		{"change to a level", "The daily bread ration fell to 125 grams in November.",
			"125 grams", "daily bread ration fell"},
		{"first amount of a change", "Exports rose from $2 billion to $5 billion.",
			"$2 billion", "Exports rose"},
		{"second amount of a change", "Exports rose from $2 billion to $5 billion.",
			"$5 billion", "Exports rose"},
		{"measure of", "Japan had built 2,000 miles of railway by 1890.",
			"2,000 miles", "railway"},
		{"money of", "Athens exacted 1,000 talents of silver from its allies.",
			"1,000 talents", "silver"},
		{"vague count", "Thousands of villages were abandoned.",
			"Thousands of villages", "villages"},
		{"vague measure", "The furnaces produced millions of tons of unusable metal.",
			"millions of tons", "unusable metal"},
		{"estimate in the passive", "The same year its population was put at roughly 1.1 million.",
			"roughly 1.1 million", "population"},
		{"determiner opens the phrase", "By the winter of 1941-42 the daily bread ration for workers had fallen to 250 grams.",
			"250 grams", "daily bread ration for workers had fallen"},
		{"unit is no subject", "Admission cost 1 franc.", "1 franc", ""},
		{"adverbial phrase before the subject", "During the Great Depression US industrial output fell by almost half.",
			"almost half", "industrial output fell"},
		{"noun before as low as", "The retreat covered 1,000 kilometres in temperatures as low as −30 °C.",
			"as low as −30 °C", "temperatures"},
		{"ratio with qualifier", "Nearly half of the army deserted.",
			"Nearly half", "army"},
	}
	m := tagging.SharedModel()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := m.Tokens(tt.sentence, []lex.Span{{Start: 0, End: len(tt.sentence)}})
			var found *Quantity
			for _, q := range Quantities(tt.sentence, dates.Dates(tt.sentence)) {
				if q.Text(tt.sentence) == tt.quantity {
					found = &q
				}
			}
			if found == nil {
				t.Fatalf("quantity %q not found in %q", tt.quantity, tt.sentence)
			}
			if got := Subject(tt.sentence, toks, *found); got != tt.want {
				t.Errorf("Subject(%q) = %q, want %q", tt.quantity, got, tt.want)
			}
		})
	}
}
