package annotate

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// fixtures reads every source under testdata.
func fixtures(t testing.TB) []sources.Source {
	t.Helper()
	inputs, errs := sources.Expand([]string{filepath.Join("..", "testdata", "great-leap-forward.txt"), filepath.Join("..", "testdata", "corpus")})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var out []sources.Source
	for _, in := range inputs {
		src, err := sources.Read(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, src)
	}
	return out
}

func sample(t testing.TB) *Document {
	t.Helper()
	for _, src := range fixtures(t) {
		if src.ID == "great-leap-forward" {
			return Annotate(src)
		}
	}
	t.Fatal("sample not found")
	return nil
}

func TestInvariants(t *testing.T) {
	for _, src := range fixtures(t) {
		t.Run(src.ID, func(t *testing.T) { checkInvariants(t, Annotate(src)) })
	}
}

// checkInvariants checks what every document must satisfy: sentences in
// order, not overlapping, each its own text; mentions inside their sentence
// and the text, in order, with unique ids and one set of attributes; claims
// pointing at quantity mentions of their sentence.
func checkInvariants(t *testing.T, doc *Document) {
	t.Helper()
	text := doc.Source.Text
	prevEnd := 0
	for i, s := range doc.Sentences {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order, empty or outside the text", i, s.Start, s.End)
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d text %q != source text %q", i, s.Text, text[s.Start:s.End])
		}
		if i > 0 && s.Paragraph < doc.Sentences[i-1].Paragraph {
			t.Errorf("sentence %d paragraph goes back", i)
		}
		prevEnd = s.End
	}
	ids := map[string]bool{}
	prevStart := 0
	for _, m := range doc.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %s [%d,%d) outside the text", m.ID, m.Start, m.End)
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %s text %q != source text %q", m.ID, m.Text, text[m.Start:m.End])
		}
		s := doc.Sentences[m.Sentence]
		if m.Start < s.Start || m.End > s.End {
			t.Errorf("mention %s %q lies outside its sentence %d", m.ID, m.Text, m.Sentence)
		}
		if m.Start < prevStart {
			t.Errorf("mention %s out of order", m.ID)
		}
		prevStart = m.Start
		if ids[m.ID] {
			t.Errorf("mention id %s repeated", m.ID)
		}
		ids[m.ID] = true
		attrs := 0
		for _, set := range []bool{m.EntityAttrs != nil, m.DateAttrs != nil, m.QuantityAttrs != nil} {
			if set {
				attrs++
			}
		}
		if attrs != 1 {
			t.Errorf("mention %s has %d sets of attributes", m.ID, attrs)
		}
	}
	mentions := doc.MentionIndex()
	for i, c := range doc.Claims {
		if i > 0 && c.Start < doc.Claims[i-1].Start {
			t.Errorf("claim %s starts before the claim before it", c.ID)
		}
		s := doc.Sentences[c.Sentence]
		if c.Start < s.Start || c.End > s.End || c.Start >= c.End || doc.Source.Text[c.Start:c.End] != c.Text {
			t.Errorf("claim %s [%d, %d) %q is not its text in its sentence", c.ID, c.Start, c.End, c.Text)
		}
		if c.Kind == KindComparison {
			if c.Mention != "" {
				t.Errorf("comparison %s points at mention %s", c.ID, c.Mention)
			}
			continue
		}
		m := mentions[string(c.Mention)]
		if m == nil || m.Type != TypeQuantity || m.Sentence != c.Sentence || m.Text != c.Text || m.Kind != c.Kind {
			t.Errorf("claim %s points at %+v", c.ID, m)
		}
		if c.Stance != StanceAsserted && c.Stance != StanceReported && c.Stance != StanceDistanced {
			t.Errorf("claim %s has stance %q", c.ID, c.Stance)
		}
		if c.Priority < 0 || c.Priority > 1 {
			t.Errorf("claim %s has priority %v", c.ID, c.Priority)
		}
	}
}

func TestSampleUnits(t *testing.T) {
	doc := sample(t)
	if len(doc.Sentences) != 24 {
		t.Fatalf("got %d units, want 24", len(doc.Sentences))
	}
	var own []string
	for _, s := range doc.Sentences {
		if s.Kind != "sentence" {
			own = append(own, s.Kind+": "+s.Text)
		}
	}
	want := []string{
		"heading: Great Leap Forward in China (1958 – 1961)",
		"caption: Great leap forward poster", "caption: Great leap forward poster",
		"caption: backyard furnaces", "caption: backyard furnaces",
	}
	if strings.Join(own, "\n") != strings.Join(want, "\n") {
		t.Errorf("units of their own:\n%s\nwant\n%s", strings.Join(own, "\n"), strings.Join(want, "\n"))
	}
	if doc.Source.Meta.Title != "Great Leap Forward in China (1958 – 1961)" {
		t.Errorf("title = %q", doc.Source.Meta.Title)
	}
}

func TestSampleClaims(t *testing.T) {
	doc := sample(t)
	mentions := doc.MentionIndex()
	var got []string
	for _, c := range doc.Claims {
		m := mentions[string(c.Mention)]
		if c.Kind == KindComparison {
			continue // see TestSampleAttribution
		}
		value := "null"
		if m.Value != nil {
			value = fmt.Sprintf("%.0f", *m.Value)
		}
		got = append(got, fmt.Sprintf("%s | %s %s %s %s | %s", m.Text, value, m.Kind, m.Unit, m.Qualifier, c.Subject))
		if c.Quote != strings.Join(strings.Fields(doc.Sentences[c.Sentence].Text), " ") || !strings.Contains(c.Quote, m.Text) {
			t.Errorf("claim %q: quote %q is not its whole sentence", m.Text, c.Quote)
		}
	}
	want := []string{
		"75 percent | 75 percent percent none | increase in industrial and agricultural production",
		"18 percent | 18 percent percent none | increase in steel, electricity, and coal production",
		"millions of untrained workers | null count untrained workers approx | untrained workers",
		"600,000 backyard furnaces | 600000 count backyard furnaces none | backyard furnaces",
		"millions of tons | null measure t approx | unusable metal",
		"more than 500 million peasants | 500000000 count peasants gt | peasants",
		"more than 98 percent | 98 percent percent gt | rural population",
		"26,000 People’s Communes | 26000 count People’s Communes none | People’s Communes",
		"65 percent | 65 percent percent none | industrial production for that year had exceeded that of 1957",
		"$66 billion | 66000000000 money USD none | economy had declined",
		"more than 30 million people | 30000000 count people gt | people had died of starvation",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("claims:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range doc.Claims {
		if m := mentions[string(c.Mention)]; m != nil && m.Vague != (m.Value == nil) {
			t.Errorf("claim %q: vague %v but value %v", m.Text, m.Vague, m.Value)
		}
	}
}

func TestSampleDates(t *testing.T) {
	doc := sample(t)
	mentions := doc.MentionIndex()
	var got []string
	for _, m := range doc.Mentions {
		if m.DateAttrs == nil {
			continue
		}
		s := fmt.Sprintf("%s → %s", m.Text, m.EDTF)
		if m.Mod != "" {
			s += " (" + m.Mod + ")"
		}
		if m.Relative {
			s += " relative to " + mentions[m.Anchor].Text
		}
		got = append(got, s+" "+m.Earliest+".."+m.Latest)
	}
	want := []string{
		"1958 – 1961 → 1958/1961 1958-01-01..1961-12-31",
		"1953–57 → 1953/1957 1953-01-01..1957-12-31",
		"1958–62 → 1958/1962 1958-01-01..1962-12-31",
		"February 1958 → 1958-02 1958-02-01..1958-02-28",
		"by 1972 → 1972 (by) ..1972-12-31",
		"that year → 1958 relative to February 1958 1958-01-01..1958-12-31",
		"late 1958 → 1958 (late) 1958-09-01..1958-12-31",
		"the end of 1958 → 1958 (end) 1958-12-01..1958-12-31",
		"that year → 1958 relative to the end of 1958 1958-01-01..1958-12-31",
		"1957 → 1957 1957-01-01..1957-12-31",
		"By 1959 → 1959 (by) ..1959-12-31",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("dates:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	when := map[string]string{}
	for _, c := range doc.Claims {
		when[c.Text] = c.When
	}
	for text, w := range map[string]string{"75 percent": "1958/1962", "18 percent": "1958", "600,000 backyard furnaces": "1958", "65 percent": "1958"} {
		if when[text] != w {
			t.Errorf("when of %q = %q, want %q", text, when[text], w)
		}
	}
}

func TestResolveDatesSkipsAsidesAndUnresolvable(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"aside in parentheses", "The war began in 1914. Its hero (born c. 1880) died that year.", "1914"},
		{"deadline mid-sentence", "In 1958 they vowed to pass Britain by 1972. That year steel rose.", "1958"},
		{"deadline opening a sentence", "By 1959 the economy had failed. That year famine spread.", "1959"},
		{"chained relative dates", "It began in 1941. The following year it spread. Two years later it ended.", "1944"},
		{"no anchor", "That year was hard.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Annotate(sources.Source{ID: "t", Text: tt.text})
			var last *Mention
			for i := range doc.Mentions {
				if doc.Mentions[i].DateAttrs != nil && doc.Mentions[i].Relative {
					last = &doc.Mentions[i]
				}
			}
			if last == nil {
				t.Fatal("no relative date found")
			}
			if last.EDTF != tt.want {
				t.Errorf("%q resolved to %q, want %q", last.Text, last.EDTF, tt.want)
			}
			if tt.want == "" && last.Reason == "" {
				t.Errorf("unresolved date has no reason")
			}
		})
	}
}

func TestEmptyDocumentHasEmptyLists(t *testing.T) {
	for _, text := range []string{"", "\n\n\n", " \r\n\t"} {
		doc := Annotate(sources.Source{ID: "e", Text: text})
		if doc.Sentences == nil || doc.Mentions == nil || doc.Claims == nil {
			t.Errorf("%q: nil list in %+v (JSON would say null, not [])", text, doc)
		}
	}
}

func TestAliasInBracketAcrossACutSentence(t *testing.T) {
	// A sentence cut at sentences.MaxSentenceLen just before " (" once made
	// the alias reader slice past the sentence's end.
	text := strings.Repeat("aa ", 1320) + "Mao Zedong (" + strings.Repeat("P", 60) + ") said so."
	doc := Annotate(sources.Source{ID: "cut", Text: text})
	if len(doc.Sentences) < 2 {
		t.Fatalf("%d sentences, want the long run cut", len(doc.Sentences))
	}
}
