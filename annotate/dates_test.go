package annotate

import (
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// resolved lists the relative dates of a document: "TEXT → EDTF from
// ANCHOR", "TEXT → EDTF" (no anchor) or "TEXT: REASON".
func resolved(doc *Document) []string {
	mentions := doc.MentionIndex()
	var out []string
	for _, m := range doc.Mentions {
		if m.DateAttrs == nil || !m.Relative && m.Anchor == "" && m.Reason == "" {
			continue
		}
		switch {
		case m.EDTF == "":
			out = append(out, m.Text+": "+m.Reason)
		case m.Anchor == AnchorIssued:
			out = append(out, m.Text+" → "+m.EDTF+" from issued")
		case m.Anchor != "":
			out = append(out, m.Text+" → "+m.EDTF+" from "+mentions[m.Anchor].Text)
		default:
			out = append(out, m.Text+" → "+m.EDTF)
		}
	}
	return out
}

func TestResolveDates(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"that year", "The famine began in 1959. That year grain was exported.", nil,
			[]string{"That year → 1959 from 1959"}},
		{"across paragraphs", "The famine began in 1959.\n\nThat year grain was still exported.", nil,
			[]string{"That year → 1959 from 1959"}},
		{"aside in parentheses", "The war began in 1914. Its hero (born c. 1880) died that year.", nil,
			[]string{"that year → 1914 from 1914"}},
		{"deadline mid-sentence", "In 1958 they vowed to pass Britain by 1972. That year steel rose.", nil,
			[]string{"That year → 1958 from 1958"}},
		{"deadline opening a sentence", "By 1959 the economy had failed. That year famine spread.", nil,
			[]string{"That year → 1959 from By 1959"}},
		{"relative deadline", "In 1868 the shogunate fell. Within a decade Japan had railways. Edo was renamed Tokyo that year.", nil,
			[]string{"Within a decade → 1878 from 1868", "that year → 1868 from 1868"}},
		{"baseline", "Output in 1958 exceeded that of 1957. That year the communes were formed.", nil,
			[]string{"That year → 1958 from 1958"}},
		{"chained", "It began in 1941. The following year it spread. Two years later it ended.", nil,
			[]string{"The following year → 1942 from 1941", "Two years later → 1944 from The following year"}},
		{"day without a year", "The siege began on 8 September 1941. On 15 November the lake froze.", nil,
			[]string{"15 November → 1941-11-15 from 8 September 1941"}},
		{"day in the new year", "The counter-offensive began in December 1941. By 15 January the Germans had fallen back.", nil,
			[]string{"By 15 January → 1942-01-15 from December 1941"}},
		{"month alone", "The rising broke out in 1921. In March the sailors of Kronstadt joined it.", nil,
			[]string{"March → 1921-03 from 1921"}},
		{"the next spring", "The harvest of 1921 failed. The next spring brought famine.", nil,
			[]string{"The next spring → 1922-21 from 1921"}},
		{"the previous winter", "The rising broke out in March 1921. The previous winter had been hungry.", nil,
			[]string{"The previous winter → 1920-24 from March 1921"}},
		{"three months after", "Germany invaded on 22 June 1941. Three months after the invasion Kiev fell.", nil,
			[]string{"Three months after → 1941-09 from 22 June 1941"}},
		{"the next day", "The king fled on 20 June 1791. The next day he was stopped at Varennes.", nil,
			[]string{"The next day → 1791-06-21 from 20 June 1791"}},
		{"precision from an earlier date", "The king fled on 20 June 1791, in the summer of that year. The next day he was stopped.", nil,
			[]string{"that year → 1791 from 20 June 1791", "The next day → 1791-06-21 from 20 June 1791"}},
		{"not precise enough", "The king fled in 1791. The next day he was stopped.", nil,
			[]string{"The next day: cannot be resolved from “1791”: it needs an earlier date given to the day"}},
		{"modifier kept", "The congress met in 1956. Early the following year the thaw began.", nil,
			[]string{"Early the following year → 1957 from 1956"}},
		{"decade of the anchor's century", "The Corn Laws were passed in 1815. In the forties they were repealed.", nil,
			[]string{"the forties → 184X from 1815"}},
		{"no anchor", "That year was hard.", nil,
			[]string{"That year: no earlier date in the text to resolve it from"}},
		{"vague", "He was exiled in 1851. Some years later he died.", nil,
			[]string{"Some years later: vague: the text does not say how much earlier or later"}},
		{"time of writing unknown", "The archive reopened in 1991. Today the site is a museum.", nil,
			[]string{"Today: counts from the time of writing, and the source has no date"}},
		{"time of writing known", "The archive reopened in 1991. Last year it was flooded.", []int{2016, 5, 3},
			[]string{"Last year → 2015 from issued"}},
		{"time of writing in quotes", "In 1958 Mao declared: “This year we shall double steel.”", nil,
			[]string{"This year → 1958 from 1958"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

func TestGoverningDate(t *testing.T) {
	tests := []struct {
		name, text, claim, want string
	}{
		{"date before in the sentence", "In 1958, 600,000 furnaces were built.", "600,000 furnaces", "1958"},
		{"date after in the sentence", "600,000 furnaces were built in 1958.", "600,000 furnaces", "1958"},
		{"nearest before", "In 1957 plans were drawn and by 1959 some 600,000 furnaces stood.", "600,000 furnaces", "1959"},
		{"own clause", "In 1957 output fell; in 1958 it rose by 20 percent.", "20 percent", "1958"},
		{"own clause after but", "In 1957 output fell, but it rose by 20 percent in 1958.", "20 percent", "1958"},
		{"baseline does not govern", "In 1958 output was 65 percent above that of 1957.", "65 percent", "1958"},
		{"baseline alone", "Output was 65 percent above that of 1957.", "65 percent", ""},
		{"aside does not govern", "Mao Zedong (1893–1976) ordered 600,000 furnaces built.", "600,000 furnaces", ""},
		{"earlier sentence of the paragraph", "The drive began in 1958. Some 600,000 furnaces were built.", "600,000 furnaces", "1958"},
		{"not from another paragraph", "The drive began in 1958.\n\nSome 600,000 furnaces were built.", "600,000 furnaces", ""},
		{"resolved relative date", "The drive began in 1958. The following year 600,000 furnaces stood.", "600,000 furnaces", "1959"},
		{"unresolved date does not govern", "That year 600,000 furnaces stood.", "600,000 furnaces", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Annotate(sources.Source{ID: "t", Text: tt.text})
			mentions := doc.MentionIndex()
			found := false
			for _, c := range doc.Claims {
				if m := mentions[string(c.Mention)]; strings.Contains(m.Text, tt.claim) {
					found = true
					if c.When != tt.want {
						t.Errorf("when of %q = %q, want %q", m.Text, c.When, tt.want)
					}
				}
			}
			if !found {
				t.Fatalf("no claim %q among %+v", tt.claim, doc.Claims)
			}
		})
	}
}

// checkResolved annotates text, with the issued date (year, month, day; nil
// for none), and checks what its relative dates resolve to (see resolved).
func checkResolved(t *testing.T, text string, issued []int, want []string) {
	t.Helper()
	src := sources.Source{ID: "t", Text: text}
	if issued != nil {
		src.Meta.Issued = &sources.DateParts{DateParts: [][]int{issued}}
	}
	got := resolved(Annotate(src))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("resolved:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
