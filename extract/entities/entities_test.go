package entities

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/extract/sentences"
)

// entityStrings renders the entities of one sentence (the whole text) as
// "text LABEL canonical" strings.
func entityStrings(r *Recognizer, text string) []string {
	var out []string
	for _, e := range r.Entities(text, lex.Span{Start: 0, End: len(text)}) {
		out = append(out, fmt.Sprintf("%s %s %s", e.Text(text), e.Label, e.Canonical))
	}
	return out
}

func TestEntities(t *testing.T) {
	r := NewRecognizer(nil)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"gazetteer over the model", "In launching the Great Leap Forward Mao was also motivated by Soviet leader Nikita Khrushchev.",
			[]string{"Great Leap Forward EVENT Great Leap Forward", "Mao PERSON Mao Zedong", "Soviet NORP Soviets", "Nikita Khrushchev PERSON Nikita Khrushchev"}},
		{"romanisation", "Chou En-lai met Teng Hsiao-p’ing in Peking.",
			[]string{"Chou En-lai PERSON Zhou Enlai", "Teng Hsiao-p’ing PERSON Deng Xiaoping", "Peking GPE Beijing"}},
		{"case after a hyphen and accents", "Mao Tse-Tung admired Ataturk.",
			[]string{"Mao Tse-Tung PERSON Mao Zedong", "Ataturk PERSON Mustafa Kemal Atatürk"}},
		{"former names", "Trains ran from Leningrad to Bombay by way of Constantinople and Ceylon.",
			[]string{"Leningrad GPE Saint Petersburg", "Bombay GPE Mumbai", "Constantinople GPE Istanbul", "Ceylon GPE Sri Lanka"}},
		{"acronyms", "The USSR, the PRC and the KMT all sat in the UN before NATO was formed.",
			[]string{"USSR GPE Soviet Union", "PRC GPE People's Republic of China", "KMT ORG Kuomintang", "UN ORG United Nations", "NATO ORG North Atlantic Treaty Organization"}},
		{"possessive and curly apostrophe", "The People’s Republic of China and Khrushchev’s Soviet Union quarrelled.",
			[]string{"People’s Republic of China GPE People's Republic of China", "Khrushchev PERSON Nikita Khrushchev", "Soviet Union GPE Soviet Union"}},
		{"compound modifier gives the name", "It was a Mao-made famine under a Soviet-style plan.",
			[]string{"Mao PERSON Mao Zedong", "Soviet NORP Soviets"}},
		{"sentence-initial common word", "Afraid of failure, local Communist bosses lied.",
			[]string{"Communist NORP Communists"}},
		{"caption in sentence case", "Great leap forward poster",
			[]string{"Great leap forward EVENT Great Leap Forward"}},
		{"heading in capitals", "THE SIEGE OF LENINGRAD",
			[]string{"SIEGE OF LENINGRAD EVENT Siege of Leningrad"}},
		{"capitals are no acronym in a heading", "LET US GO",
			nil},
		{"head word: conference", "At the Lushan Conference and the Zunyi Conference he spoke.",
			[]string{"Lushan Conference EVENT Lushan Conference", "Zunyi Conference EVENT Zunyi Conference"}},
		{"head word: treaty of", "The Treaty of Aigun ceded land along the Amur River.",
			[]string{"Treaty of Aigun LAW Treaty of Aigun", "Amur River LOC Amur River"}},
		{"head word: party and river", "The Workers’ Party met by the Huangpu River.",
			[]string{"Workers’ Party ORG Workers' Party", "Huangpu River LOC Huangpu River"}},
		{"ordinal congress is an event", "At the Eighth Party Congress the Central Committee grew.",
			[]string{"Eighth Party Congress EVENT Eighth Party Congress", "Central Committee ORG Central Committee"}},
		{"five-year plan", "The First Five-Year Plan (1953–57) built steel mills.",
			[]string{"First Five-Year Plan EVENT First Five-Year Plan"}},
		{"title stripped", "Gen. Georgy Zhukov and Premier Zhou Enlai met President Sukarno.",
			[]string{"Georgy Zhukov PERSON Georgy Zhukov", "Zhou Enlai PERSON Zhou Enlai", "Sukarno PERSON Sukarno"}},
		{"abbreviated titles of lower ranks", "Pvt. Smith met Cpl. Jones and Brig. Wingate.",
			[]string{"Smith PERSON Smith", "Jones PERSON Jones", "Wingate PERSON Wingate"}},
		{"title before an unknown name", "Marshal Ivan Konev and Admiral Kolchak fought.",
			[]string{"Ivan Konev PERSON Ivan Konev", "Kolchak PERSON Kolchak"}},
		{"epithet and of-name", "Peter the Great admired William of Orange.",
			[]string{"Peter the Great PERSON Peter the Great", "William of Orange PERSON William of Orange"}},
		{"place modifier", "Legions crossed from Cisalpine Gaul into Upper Egypt.",
			[]string{"Cisalpine Gaul LOC Cisalpine Gaul", "Upper Egypt GPE Upper Egypt"}},
		{"months are not names", "In July the April Theses were read in Petrograd.",
			[]string{"April Theses WORK April Theses", "Petrograd GPE Saint Petersburg"}},
		{"of does not join a person", "The Military Revolutionary Committee of Leon Trotsky acted.",
			[]string{"Military Revolutionary Committee ORG Military Revolutionary Committee", "Leon Trotsky PERSON Leon Trotsky"}},
		{"soviet of a city", "The Petrograd Soviet met daily.",
			[]string{"Petrograd Soviet ORG Petrograd Soviet"}},
		{"groups", "Leninists, Trotskyists and Genoese merchants argued.",
			[]string{"Leninists NORP Leninists", "Trotskyists NORP Trotskyists", "Genoese NORP Genoese"}},
		{"dotted acronym", "The U.S.S.R. and the U.S. signed.",
			[]string{"U.S.S.R. GPE Soviet Union", "U.S. GPE United States"}},
		{"no capital, no entity", "the harvest failed and people starved.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entityStrings(r, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("entities of %q:\n%s\n\nwant\n%s", tt.text, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestEntitiesWithoutModel checks that the gazetteers and rules work alone
// (a recogniser with no model) and that a text with no capital beyond its
// first word costs no call to the model.
func TestEntitiesWithoutModel(t *testing.T) {
	r := &Recognizer{builtin: BuiltinGazetteer()}
	got := entityStrings(r, "Mao Zedong met Zorbatronix at the Lushan Conference.")
	want := []string{"Mao Zedong PERSON Mao Zedong", "Lushan Conference EVENT Lushan Conference"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entities: %q, want %q", got, want)
	}
}

func TestUserAliasesOverGazetteer(t *testing.T) {
	user, err := ParseGazetteer("mine.csv", []byte("Peking,GPE,Beijing\nKhrushchev,PERSON,Nikita Khrushchev\nThe Chairman,PERSON,Chairman\n"))
	if err != nil {
		t.Fatal(err)
	}
	r := NewRecognizer(user)
	got := entityStrings(r, "Nikita Khrushchev flew to Beijing, then Peiping, where the Chairman waited.")
	want := []string{"Nikita Khrushchev PERSON Khrushchev", "Beijing GPE Peking", "Peiping GPE Peking", "Chairman PERSON The Chairman"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entities: %q, want %q", got, want)
	}
	for _, name := range []string{"Peiping", "Beijing", "Peking"} {
		if n, origin, ok := r.Lookup(name); !ok || n.Canonical != "Peking" || origin != OriginUser {
			t.Errorf("Lookup(%q) = %+v %v %v", name, n, origin, ok)
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"People’s Republic of China", "People's Republic of China"},
		{"Mao  Tse-Tung", "Mao Tse-tung"},
		{"Mao Tse\u2010tung", "Mao Tse-tung"},
		{"Atatürk", "Ataturk"},
		{"U.S.", "U.S"},
		{"Gdańsk", "Gdansk"},
	}
	for _, tt := range tests {
		if nameKey(tt.a) != nameKey(tt.b) {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q", tt.a, nameKey(tt.a), tt.b, nameKey(tt.b))
		}
	}
	if nameKey("Turkey") == nameKey("turkey") {
		t.Error("nameKey ignores case")
	}
}

// FuzzEntities checks that any text gives entities inside it, in order,
// without overlaps, each with a label and a canonical name.
func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"The People’s Republic of China (PRC) followed the Soviet Union’s model.",
		"Mao-made famine", "THE SIEGE OF LENINGRAD", "U.S.S.R.", "’s", "-Mao", "Gen.", "of the of",
		"\xff\xfe Mao", "Great leap forward poster", "Peter the", "A. B. C.", "Mao Tse-",
	} {
		f.Add(s)
	}
	r := NewRecognizer(nil)
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range sentences.Sentences(text) {
			for _, e := range r.Entities(text, s.Span) {
				if e.Start < prev || e.End > len(text) || e.Start >= e.End || !s.Contains(e.Span) {
					t.Fatalf("entity %+v out of order or outside its sentence %+v", e, s)
				}
				prev = e.End
				if e.Label == "" || e.Canonical == "" || !isLabel(e.Label) {
					t.Fatalf("entity %q has label %q, canonical %q", e.Text(text), e.Label, e.Canonical)
				}
				if utf8.ValidString(text) && !utf8.ValidString(e.Canonical) {
					t.Fatalf("canonical %q is not UTF-8", e.Canonical)
				}
			}
		}
	})
}
