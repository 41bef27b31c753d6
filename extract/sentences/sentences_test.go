package sentences

import (
	"os"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

func TestSentences(t *testing.T) {
	type unit struct {
		text string
		kind Kind
		para int
	}
	tests := []struct {
		name string
		text string
		want []unit
	}{
		{"two sentences", "It rained. Then it stopped.",
			[]unit{{"It rained.", KindSentence, 0}, {"Then it stopped.", KindSentence, 0}}},
		{"title and paragraph", "The Famine\n\nIt began in 1959. Many died.",
			[]unit{{"The Famine", KindHeading, 0}, {"It began in 1959.", KindSentence, 1}, {"Many died.", KindSentence, 1}}},
		{"doubled captions", "Intro.\n\nA poster of the campaign\nA poster of the campaign\n\nText here.",
			[]unit{{"Intro.", KindSentence, 0}, {"A poster of the campaign", KindCaption, 1},
				{"A poster of the campaign", KindCaption, 1}, {"Text here.", KindSentence, 2}}},
		{"section heading", "First part.\n\nAftermath\n\nSecond part.",
			[]unit{{"First part.", KindSentence, 0}, {"Aftermath", KindHeading, 1}, {"Second part.", KindSentence, 2}}},
		{"lower-case caption", "First part.\n\nbackyard furnaces\n\nSecond part.",
			[]unit{{"First part.", KindSentence, 0}, {"backyard furnaces", KindCaption, 1}, {"Second part.", KindSentence, 2}}},
		{"abbreviation U.S.", "He moved to the U.S. in 1950 and stayed.",
			[]unit{{"He moved to the U.S. in 1950 and stayed.", KindSentence, 0}}},
		{"abbreviation U.S. ends a sentence before The", "He moved to the U.S. The move was hard.",
			[]unit{{"He moved to the U.S.", KindSentence, 0}, {"The move was hard.", KindSentence, 0}}},
		{"title abbreviation", "Gen. Zhukov arrived. He took command.",
			[]unit{{"Gen. Zhukov arrived.", KindSentence, 0}, {"He took command.", KindSentence, 0}}},
		{"private", "He met Pvt. John Smith. They spoke.",
			[]unit{{"He met Pvt. John Smith.", KindSentence, 0}, {"They spoke.", KindSentence, 0}}},
		{"brigadier and corporal", "He met Brig. John Smith and Cpl. Jones. They spoke.",
			[]unit{{"He met Brig. John Smith and Cpl. Jones.", KindSentence, 0}, {"They spoke.", KindSentence, 0}}},
		{"plural generals", "Gens. Grant and Sherman met. They spoke.",
			[]unit{{"Gens. Grant and Sherman met.", KindSentence, 0}, {"They spoke.", KindSentence, 0}}},
		{"circa", "It was built c. 1500 by monks. It fell.",
			[]unit{{"It was built c. 1500 by monks.", KindSentence, 0}, {"It fell.", KindSentence, 0}}},
		{"initials", "The book by J. R. Smith appeared. It sold well.",
			[]unit{{"The book by J. R. Smith appeared.", KindSentence, 0}, {"It sold well.", KindSentence, 0}}},
		{"closing quote", "He said “society cannot leap.” The debate went on.",
			[]unit{{"He said “society cannot leap.”", KindSentence, 0}, {"The debate went on.", KindSentence, 0}}},
		{"question and exclamation", "Was it worth it? No! It was not.",
			[]unit{{"Was it worth it?", KindSentence, 0}, {"No!", KindSentence, 0}, {"It was not.", KindSentence, 0}}},
		{"lower-case after stop is no end", "See e.g. the report. It is long.",
			[]unit{{"See e.g. the report.", KindSentence, 0}, {"It is long.", KindSentence, 0}}},
		{"decimal number", "Output rose 2.5 times. It fell later.",
			[]unit{{"Output rose 2.5 times.", KindSentence, 0}, {"It fell later.", KindSentence, 0}}},
		{"wrapped prose", "The siege began in\nSeptember 1941 and ended\nin 1944. It was long.",
			[]unit{{"The siege began in\nSeptember 1941 and ended\nin 1944.", KindSentence, 0}, {"It was long.", KindSentence, 0}}},
		{"CRLF line ends", "Title\r\n\r\nOne. Two.\r\n",
			[]unit{{"Title", KindHeading, 0}, {"One.", KindSentence, 1}, {"Two.", KindSentence, 1}}},
		{"markdown heading and list", "# Notes\n\n- first item\n- second item\n1. numbered item",
			[]unit{{"Notes", KindHeading, 0}, {"first item", KindListItem, 1}, {"second item", KindListItem, 1},
				{"numbered item", KindListItem, 1}}},
		{"list in prose block", "Causes:\n- drought\n- policy",
			[]unit{{"Causes:", KindSentence, 0}, {"drought", KindListItem, 0}, {"policy", KindListItem, 0}}},
		{"empty", "", nil},
		{"only space", " \n\t\n ", nil},
		{"long line without final stop is prose", "A sentence without a stop at the end of a long line of running prose that keeps going on",
			[]unit{{"A sentence without a stop at the end of a long line of running prose that keeps going on", KindSentence, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d units %q, want %d", len(got), texts(tt.text, got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text(tt.text) != w.text || g.Kind != w.kind || g.Paragraph != w.para {
					t.Errorf("unit %d = %q %s ¶%d, want %q %s ¶%d", i, g.Text(tt.text), g.Kind, g.Paragraph, w.text, w.kind, w.para)
				}
			}
		})
	}
}

func texts(text string, ss []Sentence) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Text(text))
	}
	return out
}

func TestSentencesSample(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	got := Sentences(text)
	if len(got) != 24 {
		t.Fatalf("got %d units, want 24: %q", len(got), texts(text, got))
	}
	kinds := map[Kind][]string{}
	for _, s := range got {
		kinds[s.Kind] = append(kinds[s.Kind], s.Text(text))
	}
	if h := kinds[KindHeading]; len(h) != 1 || h[0] != "Great Leap Forward in China (1958 – 1961)" {
		t.Errorf("headings = %q", h)
	}
	wantCaptions := []string{"Great leap forward poster", "Great leap forward poster", "backyard furnaces", "backyard furnaces"}
	if strings.Join(kinds[KindCaption], "|") != strings.Join(wantCaptions, "|") {
		t.Errorf("captions = %q, want %q", kinds[KindCaption], wantCaptions)
	}
	if len(kinds[KindSentence]) != 19 {
		t.Errorf("got %d sentences, want 19", len(kinds[KindSentence]))
	}
}

func TestSentencesCutsOverlongRuns(t *testing.T) {
	for name, text := range map[string]string{
		"prose":     strings.Repeat("word, ", 5000), // 30,000 bytes and no stop
		"list item": "- " + strings.Repeat("word ", 5000),
		"heading":   "# " + strings.Repeat("word ", 5000),
	} {
		t.Run(name, func(t *testing.T) { checkCut(t, text) })
	}
}

func checkCut(t *testing.T, text string) {
	got := Sentences(text)
	if len(got) < 2 {
		t.Fatalf("got %d units, want the run cut", len(got))
	}
	prev := 0
	for _, s := range got {
		if s.Len() > MaxSentenceLen {
			t.Errorf("unit of %d bytes, longer than %d", s.Len(), MaxSentenceLen)
		}
		if s.Start < prev {
			t.Errorf("units overlap at %d", s.Start)
		}
		prev = s.End
	}
}

func TestLines(t *testing.T) {
	text := "one\ntwo\r\nthree\rfour"
	l := lex.NewLines(text)
	tests := []struct {
		offset, line, col int
	}{
		{0, 1, 1}, {2, 1, 3}, {4, 2, 1}, {9, 3, 1}, {15, 4, 1}, {len(text), 4, 5},
	}
	for _, tt := range tests {
		line, col := l.Position(tt.offset)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
	if l.Count() != 4 {
		t.Errorf("Count() = %d, want 4", l.Count())
	}
}

// TestSentencesFootnoteMarkers: a sentence that ends with a footnote or
// reference marker ends there, the marker belonging to it.
func TestSentencesFootnoteMarkers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"number in brackets", "Deaths in Kazakhstan reached 6.5 million.[2] In Ukraine the toll was higher.",
			[]string{"Deaths in Kazakhstan reached 6.5 million.[2]", "In Ukraine the toll was higher."}},
		{"note in brackets", "The treaty was signed in 1921.[note 3] The border held.",
			[]string{"The treaty was signed in 1921.[note 3]", "The border held."}},
		{"digits glued to the stop", "Millions starved in the famine.12 The census was suppressed.",
			[]string{"Millions starved in the famine.12", "The census was suppressed."}},
		{"superscript digits", "The camps recorded 40,000 deaths.³ Later counts were higher.",
			[]string{"The camps recorded 40,000 deaths.³", "Later counts were higher."}},
		{"two markers", "The harvest failed in 1932.[4][5] Procurement went on.",
			[]string{"The harvest failed in 1932.[4][5]", "Procurement went on."}},
		{"letter note", "Tariffs doubled.[a] Trade collapsed.",
			[]string{"Tariffs doubled.[a]", "Trade collapsed."}},
		{"citation needed", "The mint struck 3 million coins.[citation needed] Most were melted.",
			[]string{"The mint struck 3 million coins.[citation needed]", "Most were melted."}},
		{"a decimal is no marker", "Output rose 2.5 times. It fell later.",
			[]string{"Output rose 2.5 times.", "It fell later."}},
		{"a bracketed aside is no marker", "He left.[Editor's addition: in haste] They stayed.",
			[]string{"He left.[Editor's addition: in haste] They stayed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, s.Text(tt.text))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
