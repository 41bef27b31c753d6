package compare

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

func f(x float64) *float64 { return &x }

func TestInterval(t *testing.T) {
	tests := []struct {
		name      string
		q         annotate.QuantityAttrs
		dimension string
		want      string
	}{
		{"more than", annotate.QuantityAttrs{Value: f(3e7), Qualifier: "gt"}, "count", "(30M, ∞)"},
		{"at least", annotate.QuantityAttrs{Value: f(1.5e7), Qualifier: "gte"}, "count", "[15M, ∞)"},
		{"fewer than", annotate.QuantityAttrs{Value: f(1e7), Qualifier: "lt"}, "count", "[0, 10M)"},
		{"up to", annotate.QuantityAttrs{Value: f(1e7), Qualifier: "lte"}, "count", "[0, 10M]"},
		{"about, ±10%", annotate.QuantityAttrs{Value: f(2e7), Qualifier: "approx"}, "count", "[18M, 22M]"},
		{"range", annotate.QuantityAttrs{Value: f(3e7), High: f(4.5e7), Qualifier: "range"}, "count", "[30M, 45M]"},
		{"exact", annotate.QuantityAttrs{Value: f(600000), Qualifier: "none"}, "count", "600k"},
		{"below freezing", annotate.QuantityAttrs{Value: f(0), Qualifier: "lt"}, "temperature", "(-∞, 0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := interval(&tt.q, tt.dimension, 0.1).String(); got != tt.want {
				t.Errorf("interval = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestIntervalOverlaps(t *testing.T) {
	gt30 := Interval{Lo: 3e7, Hi: math.Inf(1), LoOpen: true}
	lt30 := Interval{Lo: 0, Hi: 3e7, HiOpen: true}
	le30 := Interval{Lo: 0, Hi: 3e7}
	tests := []struct {
		name string
		a, b Interval
		want bool
	}{
		{"more than 30 vs fewer than 30", gt30, lt30, false},
		{"more than 30 vs up to 30", gt30, le30, false},
		{"at most 30 vs exactly 30", le30, Point(3e7), true},
		{"fewer than 30 vs exactly 30", lt30, Point(3e7), false},
		{"more than 30 vs 45", gt30, Point(4.5e7), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Overlaps(tt.b); got != tt.want {
				t.Errorf("%s overlaps %s = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestCanonicalUnit(t *testing.T) {
	tests := []struct {
		name, kind, unit string
		value            float64
		dimension, canon string
		want             float64
	}{
		{"tonnes", "measure", "t", 2, "mass", "t", 2},
		{"pounds to tonnes", "measure", "lb", 2204.62262, "mass", "t", 1},
		{"miles to km", "measure", "mi", 1, "length", "km", 1.609344},
		{"acres to hectares", "measure", "ac", 247.105381, "area", "ha", 100},
		{"mu to hectares", "measure", "mu", 15, "area", "ha", 1},
		{"Fahrenheit to Celsius", "measure", "°F", 212, "temperature", "°C", 100},
		{"a quarter is 25 percent", "ratio", "", 0.25, "percent", "percent", 25},
		{"dollars stay dollars", "money", "USD", 5, "money", "USD", 5},
		{"yuan stay yuan", "money", "CNY", 5, "money", "CNY", 5},
		{"an unknown unit is its own", "measure", "league", 3, "unit league", "league", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := canonicalUnit(tt.kind, tt.unit)
			got := tt.value*u.factor + u.offset
			if u.dimension != tt.dimension || u.canonical != tt.canon || math.Abs(got-tt.want) > 1e-6*math.Max(1, tt.want) {
				t.Errorf("%g %s = %g %s (%s), want %g %s (%s)", tt.value, tt.unit, got, u.canonical, u.dimension, tt.want, tt.canon, tt.dimension)
			}
		})
	}
}

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"furnaces": "furnace", "casualties": "casualty", "taxes": "tax",
		"deaths": "death", "people": "people", "children": "child", "losses": "loss", "census": "census",
		"crisis": "crisis", "peasants": "peasant", "lives": "life"} {
		if got := Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestThing(t *testing.T) {
	tests := []struct {
		name, kind, unit, subject string
		before, after             string
		want                      string
	}{
		{"people died", "count", "people", "people had died of starvation", "", "", "deaths"},
		{"people perished", "count", "people", "people perished in China", "", "", "deaths"},
		{"victims", "count", "victims", "victims", "", "", "deaths"},
		{"killed before the count", "count", "people", "people", "the famine killed", "", "deaths"},
		{"people who did something else", "count", "people", "people were organized into communes", "", "", "organiz people"},
		{"furnaces", "count", "backyard furnaces", "backyard furnaces", "", "", "backyard furnace"},
		{"grain output", "measure", "t", "Grain output in China", "", "", "grain output"},
		{"grain production is output", "measure", "t", "grain production", "", "", "grain output"},
		{"harvest is output", "measure", "t", "the grain harvest", "", "", "grain output"},
		{"a fall by a percentage", "percent", "percent", "grain output in China fell", "grain output in china fell by", "", "grain output (fall)"},
		{"a fall to a level is no change", "measure", "t", "grain output fell", "grain output fell to", "", "grain output"},
		{"an increase in", "percent", "percent", "increase in industrial and agricultural production", "a", "", "agricultural industrial output (rise)"},
		{"price of grain", "money", "CNY", "price of grain rose", "rose to", "", "grain price"},
		{"exported", "measure", "t", "grain", "china exported", "", "export grain"},
		{"cost", "money", "USD", "", "the famine cost china", "", "cost"},
		{"passive", "measure", "ha", "", "", "were sown with grain in", "grain sown"},
		{"nothing", "measure", "t", "", "and in it was", "", ""},
		{"a further million emigrated", "count", "", "", "lost their lives and a further", "emigrated to america", "emigrat"},
		{"one million lost their lives", "count", "", "", "from a population of before the famine", "lost their lives and a", "deaths"},
		{"the death toll ranges", "count", "", "", "an estimated death toll due to starvation that ranges in the tens of millions", "", "deaths"},
		{"a quip is no toll", "count", "", "", "one death is a tragedy goes the gruesome quip", "is a statistic", ""},
		{"the number of deaths", "count", "", "the number of deaths", "", "", "deaths"},
		{"the number of tractors", "count", "", "the number of tractors", "", "", "tractor"},
		{"a number word is no noun", "count", "millions", "millions", "", "of excess deaths", ""},
		{"a range says nothing", "count", "range", "range", "estimated at the", "", ""},
		{"people who did nothing said", "count", "people", "people", "estimates range from to", "because of the", ""},
		{"Irish people died", "count", "Irish people", "Irish people died", "", "", "deaths"},
		{"Soviet tractors are tractors", "count", "Soviet tractors", "Soviet tractors", "", "", "tractor"},
		{"a comma ends the subject", "percent", "percent", "potato crop, causing serious economic hardship", "", "", "potato crop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := thingOf(tt.kind, tt.unit, tt.subject, strings.Fields(tt.before), strings.Fields(tt.after))
			if s := got.String(); got.Head == "" && tt.want != "" || got.Head != "" && s != tt.want {
				t.Errorf("thing = %q (%+v), want %q", s, got, tt.want)
			}
		})
	}
}

// claim makes a claim in normal form for the grouping tests.
func claim(id, source string, iv Interval, thing Thing, when string, from, to int, places ...string) Claim {
	v := iv.Lo
	return Claim{ID: id, Source: source, Text: id, Kind: "count", Value: &v, Dimension: "count", Interval: iv,
		Thing: thing, When: when, From: from, To: to, Places: places, Comparable: true}
}

func TestGroupClaims(t *testing.T) {
	deaths := Thing{Head: "deaths"}
	grain := Thing{Head: "output", Modifiers: []string{"grain"}}
	steel := Thing{Head: "output", Modifiers: []string{"steel"}}
	output := Thing{Head: "output"}
	tests := []struct {
		name   string
		claims []Claim
		want   []string // one line per group: members, verdict, series
	}{
		{"agreeing sources", []Claim{
			claim("a1", "a", Interval{Lo: 3e7, Hi: math.Inf(1), LoOpen: true}, deaths, "", 0, 0),
			claim("b1", "b", Point(3.6e7), deaths, "", 0, 0),
		}, []string{"a1 b1 consistent"}},
		{"an outlier", []Claim{
			claim("a1", "a", Interval{Lo: 3e7, Hi: math.Inf(1), LoOpen: true}, deaths, "", 0, 0),
			claim("b1", "b", Point(3.6e7), deaths, "", 0, 0),
			claim("c1", "c", Interval{Lo: 0, Hi: 1e7, HiOpen: true}, deaths, "", 0, 0),
		}, []string{"a1 b1 c1 conflicting out:c1"}},
		{"one source twice", []Claim{
			claim("a1", "a", Point(3e7), deaths, "", 0, 0),
			claim("a2", "a", Point(2e7), deaths, "", 0, 0),
		}, []string{"a1 a2 single-source within:a"}},
		{"a series is never a conflict", []Claim{
			claim("a1", "a", Point(2e8), grain, "1958", 19580101, 19581231),
			claim("b1", "b", Point(1.7e8), grain, "1959", 19590101, 19591231),
			claim("c1", "c", Point(1.4e8), grain, "1960", 19600101, 19601231),
		}, []string{"a1 single-source S1", "b1 single-source S1", "c1 single-source S1"}},
		{"grain and steel part; bare output joins neither", []Claim{
			claim("a1", "a", Point(2e8), grain, "", 0, 0),
			claim("b1", "b", Point(2e8), grain, "", 0, 0),
			claim("a2", "a", Point(1.1e7), steel, "", 0, 0),
			claim("b2", "b", Point(1.1e7), steel, "", 0, 0),
			claim("c1", "c", Point(5), output, "", 0, 0),
		}, []string{"a1 b1 consistent", "a2 b2 consistent"}},
		{"bare output joins the only group", []Claim{
			claim("a1", "a", Point(2e8), grain, "", 0, 0),
			claim("c1", "c", Point(2e8), output, "", 0, 0),
		}, []string{"a1 c1 consistent"}},
		{"places part; a claim naming none joins the only place", []Claim{
			claim("a1", "a", Point(3e7), deaths, "", 0, 0, "China"),
			claim("b1", "b", Point(6e6), deaths, "", 0, 0, "Anhui"),
			claim("c1", "c", Point(6e6), deaths, "", 0, 0, "Anhui"),
			claim("d1", "d", Point(3e7), deaths, "", 0, 0, "China"),
		}, []string{"a1 d1 consistent", "b1 c1 consistent"}},
		{"different kinds never meet", []Claim{
			claim("a1", "a", Point(30), deaths, "", 0, 0),
			{ID: "b1", Source: "b", Value: f(30), Kind: "percent", Dimension: "percent", Canonical: "percent", Interval: Point(30), Thing: deaths, Comparable: true},
		}, nil},
		{"not comparable claims are never grouped", []Claim{
			claim("a1", "a", Point(30), deaths, "", 0, 0),
			{ID: "b1", Source: "b", Kind: "count", Dimension: "count", Thing: deaths},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := GroupClaims(tt.claims, DefaultOptions)
			var got []string
			for _, g := range r.Groups {
				var ids []string
				for _, c := range g.Members {
					ids = append(ids, c.ID)
				}
				line := strings.Join(ids, " ") + " " + g.Verdict.Verdict
				if len(g.Outliers) > 0 {
					line += " out:" + strings.Join(g.Outliers, ",")
				}
				for _, w := range g.WithinSource {
					line += " within:" + w.Source
				}
				if g.Series != "" {
					line += " " + g.Series
				}
				got = append(got, line)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("groups:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLargestConsistentTakesTheBiggestSubset(t *testing.T) {
	cs := []Claim{
		claim("low", "a", Point(1e6), Thing{Head: "x"}, "", 0, 0),
		claim("mid1", "b", Interval{Lo: 2e6, Hi: 4e6}, Thing{Head: "x"}, "", 0, 0),
		claim("mid2", "c", Interval{Lo: 3e6, Hi: 5e6}, Thing{Head: "x"}, "", 0, 0),
		claim("mid3", "d", Interval{Lo: 3.5e6, Hi: math.Inf(1)}, Thing{Head: "x"}, "", 0, 0),
		claim("high", "e", Point(9e6), Thing{Head: "x"}, "", 0, 0),
	}
	ps := []*Claim{&cs[0], &cs[1], &cs[2], &cs[3], &cs[4]}
	v := judge(ps)
	if v.Verdict != Conflicting || strings.Join(v.Consistent, ",") != "mid1,mid2,mid3" || strings.Join(v.Outliers, ",") != "low,high" {
		t.Errorf("verdict %s, consistent %v, outliers %v; want conflicting, mid1..mid3, low and high", v.Verdict, v.Consistent, v.Outliers)
	}
	if got := v.Range.String(); got != "[3.5M, 4M]" {
		t.Errorf("range = %s, want [3.5M, 4M]", got)
	}
}

func TestTopicsPinAGroup(t *testing.T) {
	yaml := `# a topic
topics:
  - name: Great Chinese Famine death toll
    words: [died, deaths]
    unit: people
    period: 1958/1962
`
	ts, err := ParseTopics(strings.NewReader(yaml), false)
	if err != nil {
		t.Fatal(err)
	}
	// the automatic grouping parts China from Anhui; the topic holds both
	cs := []Claim{
		claim("a1", "a", Point(3e7), Thing{Head: "deaths"}, "1959/1961", 19590101, 19611231, "China"),
		claim("b1", "b", Point(6e6), Thing{Head: "deaths"}, "1960", 19600101, 19601231, "Anhui"),
		claim("c1", "c", Point(3e7), Thing{Head: "deaths"}, "1932", 19320101, 19321231, "Ukraine"),
	}
	cs[0].Subject, cs[1].Subject, cs[2].Subject = "people died", "people died", "people died"
	opts := DefaultOptions
	opts.Topics = ts
	r := GroupClaims(cs, opts)
	if len(r.Groups) == 0 || r.Groups[0].Topic != "Great Chinese Famine death toll" || len(r.Groups[0].Members) != 2 {
		t.Fatalf("groups = %+v, want the topic first with a1 and b1", r.Groups)
	}
	if r.Groups[0].Verdict.Verdict != Conflicting {
		t.Errorf("verdict = %s, want conflicting (30M vs 6M)", r.Groups[0].Verdict.Verdict)
	}
}

func TestParseTopics(t *testing.T) {
	tests := []struct {
		name, text string
		csv        bool
		want       string // name|words|unit|entities|period of each, or the error
	}{
		{"yaml", "- name: Toll\n  words: [died, deaths]\n  unit: people\n  entities:\n    - China\n    - \"Anhui\"\n  period: 1958/1962\n", false,
			"Toll|died,deaths|people|China,Anhui|1958/1962"},
		{"yaml two", "- name: A\n  words: died\n- name: B # second\n  unit: t\n", false, "A|died|||;B||t||"},
		{"csv", "name,words,unit,entities,period\nToll,died;deaths,people,China,1958/1962\nGrain,output,t,,\n", true,
			"Toll|died,deaths|people|China|1958/1962;Grain|output|t||"},
		{"unknown key", "- name: A\n  colour: red\n", false, "line 2: unknown key \"colour\" (want name, words, unit, entities, period)"},
		{"unknown unit", "- name: A\n  unit: parsecs\n", false, "line 1: topic \"A\": unknown unit \"parsecs\" (try people, percent, t, ha, km, USD...)"},
		{"bad period", "name,period\nA,soon\n", true, "line 2: topic \"A\": period \"soon\" is not an EDTF date or interval (e.g. 1958/1962)"},
		{"no name column", "words\nx\n", true, "line 1: the header has no name column"},
		{"empty", "# nothing\n", false, "line 1: no topics in the file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, err := ParseTopics(strings.NewReader(tt.text), tt.csv)
			var got string
			if err != nil {
				got = err.Error()
			} else {
				var parts []string
				for _, tp := range ts {
					parts = append(parts, strings.Join([]string{tp.Name, strings.Join(tp.Words, ","), tp.Unit, strings.Join(tp.Entities, ","), tp.Period}, "|"))
				}
				got = strings.Join(parts, ";")
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// normalizeText annotates a text and returns its claims in normal form.
func normalizeText(t *testing.T, text string) []Claim {
	t.Helper()
	return Normalize(annotate.Annotate(sources.Source{ID: "t", Text: text}), 0, DefaultOptions)
}

func TestNormalizeSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // text: thing, or "-" when not comparable
	}{
		{"a pronoun takes the thing before it",
			"In 1959 grain output fell to 170 million tonnes, and in 1960 it was 143.5 million tonnes.",
			[]string{"170 million tonnes: grain output", "143.5 million tonnes: grain output"}},
		{"a sum restated in another currency",
			"The famine cost China $30 billion, or 140 billion yuan.",
			[]string{"$30 billion: cost", "140 billion yuan: cost"}},
		{"no thing is carried without a pointer back",
			"One million lost their lives, and the population now stands at just over six million.",
			[]string{"One million: deaths", "just over six million: population"}},
		{"a list of parts is not compared",
			"The most stricken provinces were Anhui (18% dead), Sichuan (13%) and Hunan (8%).",
			[]string{"18%: -", "13%: -", "8%: -"}},
		{"the same figure twice in a sentence is no list",
			"Over a million Irish people, perhaps a million and a half, died of starvation.",
			[]string{"Over a million Irish people: deaths", "perhaps a million and a half: deaths"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range normalizeText(t, tt.text) {
				thing := c.Thing.String()
				if !c.Comparable {
					thing = "-"
				}
				got = append(got, c.Text+": "+thing)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestTopicNeverJoinsOtherThings: a topic with no words takes every count
// in its period, but a count of people and one of tractors stay apart.
func TestTopicNeverJoinsOtherThings(t *testing.T) {
	ts, err := ParseTopics(strings.NewReader("- name: counts of 1959\n  unit: count\n  period: 1959\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	cs := []Claim{
		claim("a1", "a", Point(3e7), Thing{Head: "deaths"}, "1959", 19590101, 19591231),
		claim("b1", "b", Point(3.6e7), Thing{Head: "deaths"}, "1959", 19590101, 19591231),
		claim("c1", "c", Point(5e4), Thing{Head: "tractor"}, "1959", 19590101, 19591231),
	}
	opts := DefaultOptions
	opts.Topics = ts
	r := GroupClaims(cs, opts)
	var got []string
	for _, g := range r.Groups {
		got = append(got, fmt.Sprintf("%s:%d", g.Thing.Head, len(g.Members)))
	}
	if strings.Join(got, " ") != "deaths:2 tractor:1" {
		t.Errorf("topic groups %v, want deaths:2 and tractor:1 apart", got)
	}
}
