package extract

import (
	"fmt"
	"os"
	"strconv"
	"testing"
)

// quantityCase is one expected quantity: text, value ("nil" for none), high,
// kind, unit and qualifier.
type quantityCase struct {
	text, value, high, kind, unit, qual string
}

func fmtValue(v *float64) string {
	if v == nil {
		return "nil"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

func gotQuantities(text string) []quantityCase {
	var out []quantityCase
	for _, q := range Quantities(text, Dates(text)) {
		out = append(out, quantityCase{q.Text(text), fmtValue(q.Value), fmtValue(q.High), q.Kind, q.Unit, q.Qualifier})
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
	raw, err := os.ReadFile("../testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkQuantities(t, string(raw), []quantityCase{
		{"75 percent", "75", "nil", KindPercent, "percent", QualNone},
		{"18 percent", "18", "nil", KindPercent, "percent", QualNone},
		{"millions of untrained workers", "nil", "nil", KindCount, "untrained workers", QualApprox},
		{"600,000 backyard furnaces", "600000", "nil", KindCount, "backyard furnaces", QualNone},
		{"millions of tons", "nil", "nil", KindMeasure, "t", QualApprox},
		{"more than 500 million peasants", "5e+08", "nil", KindCount, "peasants", QualGT},
		{"more than 98 percent", "98", "nil", KindPercent, "percent", QualGT},
		{"26,000 People’s Communes", "26000", "nil", KindCount, "People’s Communes", QualNone},
		{"65 percent", "65", "nil", KindPercent, "percent", QualNone},
		{"$66 billion", "6.6e+10", "nil", KindMoney, "USD", QualNone},
		{"more than 30 million people", "3e+07", "nil", KindCount, "people", QualGT},
	})
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []quantityCase
	}{
		{"count with thousands separator", "600,000 backyard furnaces were built",
			[]quantityCase{{"600,000 backyard furnaces", "600000", "nil", KindCount, "backyard furnaces", QualNone}}},
		{"half a million", "half a million died",
			[]quantityCase{{"half a million", "500000", "nil", KindCount, "", QualNone}}},
		{"twenty-six thousand", "twenty-six thousand men",
			[]quantityCase{{"twenty-six thousand men", "26000", "nil", KindCount, "men", QualNone}}},
		{"two hundred and fifty thousand", "two hundred and fifty thousand refugees fled",
			[]quantityCase{{"two hundred and fifty thousand refugees", "250000", "nil", KindCount, "refugees", QualNone}}},
		{"a dozen", "a dozen villages",
			[]quantityCase{{"a dozen villages", "12", "nil", KindCount, "villages", QualNone}}},
		{"percent sign", "98% of voters",
			[]quantityCase{{"98%", "98", "nil", KindPercent, "percent", QualNone}}},
		{"per cent", "98 per cent of voters",
			[]quantityCase{{"98 per cent", "98", "nil", KindPercent, "percent", QualNone}}},
		{"pounds sign", "£8 million in gold",
			[]quantityCase{{"£8 million", "8e+06", "nil", KindMoney, "GBP", QualNone}}},
		{"yuan", "1.2 billion yuan",
			[]quantityCase{{"1.2 billion yuan", "1.2e+09", "nil", KindMoney, "CNY", QualNone}}},
		{"tonnes", "400,000 tonnes of grain",
			[]quantityCase{{"400,000 tonnes", "400000", "nil", KindMeasure, "t", QualNone}}},
		{"kilometres", "a march of 12 kilometres",
			[]quantityCase{{"12 kilometres", "12", "nil", KindMeasure, "km", QualNone}}},
		{"decimal scale is exact", "about 8.2 million people",
			[]quantityCase{{"about 8.2 million people", "8.2e+06", "nil", KindCount, "people", QualApprox}}},
		{"range between and", "between 15 and 45 million deaths",
			[]quantityCase{{"between 15 and 45 million deaths", "1.5e+07", "4.5e+07", KindCount, "deaths", QualRange}}},
		{"range with large low end", "between 800,000 and 1.5 million",
			[]quantityCase{{"between 800,000 and 1.5 million", "800000", "1.5e+06", KindCount, "", QualRange}}},
		{"percent range", "20–30 percent",
			[]quantityCase{{"20–30 percent", "20", "30", KindPercent, "percent", QualRange}}},
		{"estimate from to is a range", "from 3 to 4 million deaths",
			[]quantityCase{{"from 3 to 4 million deaths", "3e+06", "4e+06", KindCount, "deaths", QualRange}}},
		{"change is two quantities", "rose from 8.9 million to 17.9 million",
			[]quantityCase{{"8.9 million", "8.9e+06", "nil", KindCount, "", QualNone}, {"17.9 million", "1.79e+07", "nil", KindCount, "", QualNone}}},
		{"vague", "thousands of villages burned",
			[]quantityCase{{"thousands of villages", "nil", "nil", KindCount, "villages", QualApprox}}},
		{"ratio", "a third of the land",
			[]quantityCase{{"a third of", "0.3333333333333333", "nil", KindRatio, "", QualNone}}},
		{"one in four", "one in four died",
			[]quantityCase{{"one in four", "0.25", "nil", KindRatio, "", QualNone}}},
		{"multiplier", "output tripled",
			[]quantityCase{{"tripled", "3", "nil", KindMultiplier, "", QualNone}}},
		{"at least", "at least 300 people",
			[]quantityCase{{"at least 300 people", "300", "nil", KindCount, "people", QualGTE}}},
		{"up to", "up to 40 ships",
			[]quantityCase{{"up to 40 ships", "40", "nil", KindCount, "ships", QualLTE}}},
		{"fewer than", "fewer than 20 survivors",
			[]quantityCase{{"fewer than 20 survivors", "20", "nil", KindCount, "survivors", QualLT}}},
		{"year is no quantity", "In 1958 the campaign began.", nil},
		{"ordinal plan is no quantity", "the First Five-Year Plan", nil},
		{"fixed phrase", "to walk on two legs", nil},
		{"one another", "competed with one another", nil},
		{"route number", "along Route 66 west", nil},
		{"footnote", "as reported.[12] Later", nil},
		{"page reference", "see p. 45", nil},
		{"ordinal suffix", "the 1st battalion", nil},
		{"decade", "the 1950s", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkQuantities(t, tt.text, tt.want) })
	}
}
