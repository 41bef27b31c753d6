package annotate

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/factsheet/factsheet/extract/entities"
	"github.com/factsheet/factsheet/sources"
)

// entityList renders a document's entity mentions as "text | LABEL |
// canonical" lines, in text order.
func entityList(doc *Document) []string {
	var out []string
	for _, m := range doc.Mentions {
		if m.EntityAttrs != nil {
			out = append(out, fmt.Sprintf("%s | %s | %s", m.Text, m.Label, m.Canonical))
		}
	}
	return out
}

// TestSampleEntities checks every entity of the sample: each person, place,
// group, organisation and event, with its label and canonical name, and
// nothing else ("Great", "People", "Afraid", "Mao-made" are not entities).
// The People's Communes are an organisation: the rural collectives that
// governed and employed their members, an institution of the People's
// Republic (as OntoNotes labels institutions), not a place or an event.
func TestSampleEntities(t *testing.T) {
	doc := sample(t)
	want := []string{
		"Great Leap Forward | EVENT | Great Leap Forward", // the title line
		"China | GPE | China",
		"Great leap forward | EVENT | Great Leap Forward", // the doubled caption, in sentence case
		"Great leap forward | EVENT | Great Leap Forward",
		"People’s Republic of China | GPE | People's Republic of China",
		"PRC | GPE | People's Republic of China",
		"Soviet Union | GPE | Soviet Union",
		"First Five-Year Plan | EVENT | First Five-Year Plan",
		"Soviet | NORP | Soviets",
		"Second Five-Year Plan | EVENT | Second Five-Year Plan",
		"Mao Zedong | PERSON | Mao Zedong",
		"Mao Tse-tung | PERSON | Mao Zedong",
		"Great Leap Forward | EVENT | Great Leap Forward",
		"Great Britain | GPE | Great Britain",
		"Mao | PERSON | Mao Zedong",
		"Chinese | NORP | Chinese",
		"Soviet | NORP | Soviets",
		"China | GPE | China",
		"People’s Communes | ORG | People's Communes", // inside the quantity "26,000 People’s Communes"
		"Mao | PERSON | Mao Zedong",                   // "Mao’s fantastic expectations"
		"Communist | NORP | Communists",
		"Great Leap Forward | EVENT | Great Leap Forward",
		"Mao | PERSON | Mao Zedong",
		"Soviet | NORP | Soviets",
		"Nikita Khrushchev | PERSON | Nikita Khrushchev",
		"Mao | PERSON | Mao Zedong",
		"Soviet | NORP | Soviets",
		"People’s Communes | ORG | People's Communes",
		"Marxist | NORP | Marxists",
		"Soviet Union | GPE | Soviet Union",
		"Soviet Union | GPE | Soviet Union",
		"Mao | PERSON | Mao Zedong",
		"Khrushchev | PERSON | Nikita Khrushchev",
		"Great Leap Forward | EVENT | Great Leap Forward",
		"China | GPE | China",
		"Soviet Union | GPE | Soviet Union",
		"Great Leap Forward | EVENT | Great Leap Forward",
		"Chinese | NORP | Chinese",
		"Mao | PERSON | Mao Zedong", // "the Mao-made famine"
		"Lushan Conference | EVENT | Lushan Conference",
		"Mao | PERSON | Mao Zedong",
		"PRC | GPE | People's Republic of China",
	}
	got := entityList(doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entities:\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, m := range doc.Mentions {
		if m.EntityAttrs == nil {
			continue
		}
		switch m.Text {
		case "Great", "People", "Afraid", "Mao-made", "Great leap forward poster", "Communes":
			t.Errorf("%q stands as an entity", m.Text)
		}
	}
}

// TestClaimsNameEntitiesCanonically checks that the entities of claims are
// canonical names, each once.
func TestClaimsNameEntitiesCanonically(t *testing.T) {
	doc := sample(t)
	canonical := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.EntityAttrs != nil {
			if m.Canonical == "" {
				t.Errorf("mention %s %q has no canonical name", m.ID, m.Text)
			}
			canonical[m.Canonical] = true
		}
	}
	named := 0
	for _, c := range doc.Claims {
		seen := map[string]bool{}
		for _, e := range c.Entities {
			if !canonical[e] {
				t.Errorf("claim %s names %q, which is no canonical name", c.ID, e)
			}
			if seen[e] {
				t.Errorf("claim %s names %q twice", c.ID, e)
			}
			seen[e] = true
			named++
		}
	}
	if named == 0 {
		t.Error("no claim names an entity")
	}
	for _, c := range doc.Claims {
		if strings.Contains(c.Quote, "26,000 People’s Communes") && !contains(c.Entities, "People's Communes") {
			t.Errorf("claim %q: entities %v, want People's Communes among them", c.Quote, c.Entities)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// TestDocumentNames checks the names settled across a source: aliases the
// text defines in brackets, and surnames after full names.
func TestDocumentNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "text | LABEL | canonical" of the entity mentions
	}{
		{"acronym defined, then used",
			"The Great Leap Forward (GLF) began in 1958. The GLF ended in famine.",
			[]string{"Great Leap Forward | EVENT | Great Leap Forward", "GLF | EVENT | Great Leap Forward", "GLF | EVENT | Great Leap Forward"}},
		{"unknown organisation and its acronym",
			"Delegates founded the Pan-Asian Workers Federation (PAWF) in Calcutta. Later the PAWF split.",
			[]string{"Pan-Asian Workers Federation | ORG | Pan-Asian Workers Federation", "PAWF | ORG | Pan-Asian Workers Federation",
				"Calcutta | GPE | Kolkata", "PAWF | ORG | Pan-Asian Workers Federation"}},
		{"unknown romanisation in brackets",
			"Li Fuchun (Li Fu-ch'un) ran the State Planning Commission. Li Fu-ch'un was cautious.",
			[]string{"Li Fuchun | PERSON | Li Fuchun", "Li Fu-ch'un | PERSON | Li Fuchun", "State Planning Commission | ORG | State Planning Commission",
				"Li Fu-ch'un | PERSON | Li Fuchun"}},
		{"a country in brackets after a person is no alias",
			"Lars Eriksson (Sweden) won the race ahead of Pyotr Volkov (Russia).",
			[]string{"Lars Eriksson | PERSON | Lars Eriksson", "Sweden | GPE | Sweden", "Pyotr Volkov | PERSON | Pyotr Volkov", "Russia | GPE | Russia"}},
		{"a party in brackets after a person is no alias",
			"The motion of Émile Roux (Radical) failed.",
			[]string{"Émile Roux | PERSON | Émile Roux"}},
		{"a place in brackets after an organisation is no alias",
			"The Anglo-Persian Oil Company (Abadan) refined the crude.",
			[]string{"Anglo-Persian Oil Company | ORG | Anglo-Persian Oil Company", "Abadan | GPE | Abadan"}},
		{"now in brackets is an alias",
			"He sailed from Batavia (now Jakarta) in March.",
			[]string{"Batavia | GPE | Jakarta", "Jakarta | GPE | Jakarta"}},
		{"former name in brackets",
			"The Red Army held Tsaritsyn (later Stalingrad) in 1918.",
			[]string{"Red Army | ORG | Red Army", "Tsaritsyn | GPE | Volgograd", "Stalingrad | GPE | Volgograd"}},
		{"a place qualified by a state is no alias",
			"The delegates met in Moscow (USSR) in 1957.",
			[]string{"Moscow | GPE | Moscow", "USSR | GPE | Soviet Union"}},
		{"a person's party in brackets is no alias",
			"Chiang Kai-shek (KMT) fled to Taiwan.",
			[]string{"Chiang Kai-shek | PERSON | Chiang Kai-shek", "KMT | ORG | Kuomintang", "Taiwan | GPE | Taiwan"}},
		{"surname after the full name",
			"Marshal Peng Dehuai criticised the policy. Peng was purged, and Peng's letter was suppressed.",
			[]string{"Peng Dehuai | PERSON | Peng Dehuai", "Peng | PERSON | Peng Dehuai", "Peng | PERSON | Peng Dehuai"}},
		{"unknown surname, even at a sentence start",
			"The engineer Ivan Kolesnikov designed the furnace. Kolesnikov tested it in Anshan. Kolesnikov's report survives.",
			[]string{"Ivan Kolesnikov | PERSON | Ivan Kolesnikov", "Kolesnikov | PERSON | Ivan Kolesnikov", "Anshan | GPE | Anshan", "Kolesnikov | PERSON | Ivan Kolesnikov"}},
		{"the latest full name wins",
			"John F. Kennedy spoke first. Kennedy was calm. Later Robert Kennedy spoke. Kennedy was angry.",
			[]string{"John F. Kennedy | PERSON | John F. Kennedy", "Kennedy | PERSON | John F. Kennedy", "Robert Kennedy | PERSON | Robert Kennedy", "Kennedy | PERSON | Robert Kennedy"}},
		{"a surname before the full name stays alone",
			"Kolesnikov arrived. Later Ivan Kolesnikov left.",
			[]string{"Kolesnikov | PERSON | Kolesnikov", "Ivan Kolesnikov | PERSON | Ivan Kolesnikov"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Annotate(sources.Source{ID: "t", Text: tt.text})
			got := entityList(doc)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("entities:\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestUserAliasesWin checks that the user's aliases rename and relabel
// entities over the gazetteer, the text and the model, and find names
// nothing else knows.
func TestUserAliasesWin(t *testing.T) {
	aliases, err := entities.ParseGazetteer("mine.csv", []byte(strings.Join([]string{
		"canonical,label,variant",
		"Mao Tse-tung,PERSON,Mao Zedong",        // prefers Wade–Giles: the gazetteer's other names of Mao follow
		"Great Leap,EVENT,Great Leap Forward",   // a shorter canonical name
		"Lushan Plenum,EVENT,Lushan Conference", // a name of the user's choice
		"Commune system,ORG,People's Communes",  // renamed
		"Anshan Steel,ORG,Angang",               // a name nothing else knows
		"Soviet Union,GPE,Soviets",              // wins over the gazetteer's group
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	text := "Mao Zedong (Mao Tse-tung) launched the Great Leap Forward. Mao praised Angang and the People's Communes. " +
		"At the Lushan Conference the Soviets were blamed."
	doc := Options{Aliases: aliases}.Annotate(sources.Source{ID: "t", Text: text})
	want := []string{
		"Mao Zedong | PERSON | Mao Tse-tung",
		"Mao Tse-tung | PERSON | Mao Tse-tung",
		"Great Leap Forward | EVENT | Great Leap",
		"Mao | PERSON | Mao Tse-tung",
		"Angang | ORG | Anshan Steel",
		"People's Communes | ORG | Commune system",
		"Lushan Conference | EVENT | Lushan Plenum",
		"Soviets | GPE | Soviet Union",
	}
	got := entityList(doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entities:\n%s\n\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if plain := entityList(Annotate(sources.Source{ID: "t", Text: text})); plain[0] != "Mao Zedong | PERSON | Mao Zedong" {
		t.Errorf("without aliases the first entity is %q", plain[0])
	}
}

func TestParseAliases(t *testing.T) {
	good := "# my names\ncanonical,label,variant\nMao Zedong,PERSON,the Chairman\n\"Washington, D.C.\",GPE,DC\n"
	g, err := ParseAliases(strings.NewReader(good), "good.csv")
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := g.Lookup("the Chairman"); !ok || n.Canonical != "Mao Zedong" {
		t.Errorf("the Chairman → %+v, %v", n, ok)
	}
	tests := []struct {
		name, content, want string
	}{
		{"two fields", "Mao Zedong,PERSON\n", "bad.csv:1: want 3 fields (canonical,label,variant), got 2"},
		{"four fields", "a,PERSON,b\nMao Zedong,PERSON,Mao,extra\n", "bad.csv:2: want 3 fields (canonical,label,variant), got 4"},
		{"unknown label", "# comment\nMao Zedong,LEADER,Mao\n", `bad.csv:2: unknown label "LEADER"`},
		{"empty label", "Mao Zedong,,Mao\n", "bad.csv:1: the label is empty"},
		{"empty canonical", ",PERSON,Mao\n", "bad.csv:1: the canonical name is empty"},
		{"variant of two entities", "Mao Zedong,PERSON,Mao\nMao Dun,PERSON,Mao\n", `bad.csv:2: "Mao" is already a name of "Mao Zedong" (line 1)`},
		{"two labels", "Canton,GPE,Kwangchow\nCanton,LOC,Canton City\n", `bad.csv:2: "Canton" has label LOC here but GPE on line 1`},
		{"chain of names", "Beijing,GPE,Peking\nPeking,GPE,Peiping\n", `bad.csv:2: "Peking" is already a name of "Beijing" (line 1)`},
		{"bare quote", "Mao Zedong,PERSON,Mao \"the Chairman\n", "bad.csv:1:"},
		{"not UTF-8", "Mao Zedong,PERSON,Mao\xff\n", "bad.csv: not UTF-8 text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAliases(strings.NewReader(tt.content), "bad.csv")
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	// A read error names the file once: the path a file's error carries is
	// dropped.
	readErr := &fs.PathError{Op: "read", Path: "/some/bad.csv", Err: errors.New("input/output error")}
	if _, err := ParseAliases(iotest.ErrReader(readErr), "bad.csv"); err == nil || err.Error() != "bad.csv: input/output error" {
		t.Errorf("read error: %v", err)
	}
}
