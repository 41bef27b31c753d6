package entities

import (
	"encoding/csv"
	"strings"
	"testing"
)

// TestGazetteerParses checks that the built-in gazetteer parses, is several
// hundred entities large, and, read line by line on its own, gives no
// variant to two entities, no entity two labels, and no canonical name that
// is another entity's variant.
func TestGazetteerParses(t *testing.T) {
	g, err := ParseGazetteer("entities_gazetteer.csv", gazetteerCSV)
	if err != nil {
		t.Fatal(err)
	}
	entities, variants := g.Len()
	t.Logf("built-in gazetteer: %d entities, %d variants", entities, variants)
	if entities < 300 || variants < 600 {
		t.Errorf("built-in gazetteer has %d entities and %d variants, want several hundred", entities, variants)
	}

	r := csv.NewReader(strings.NewReader(string(gazetteerCSV)))
	r.Comment = '#'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{} // variant key → canonical
	label := map[string]string{} // canonical → label
	for i, row := range rows[1:] {
		canonical, l, variant := row[0], row[1], row[2]
		if !isLabel(l) {
			t.Errorf("row %d: label %q", i+2, l)
		}
		if prev, ok := label[canonical]; ok && prev != l {
			t.Errorf("%q labelled %s and %s", canonical, prev, l)
		}
		label[canonical] = l
		for _, v := range []string{canonical, variant} {
			if v == "" {
				continue
			}
			if strings.TrimSpace(v) != v || strings.Contains(v, "  ") {
				t.Errorf("%q has stray spaces", v)
			}
			k := nameKey(v)
			if prev, ok := owner[k]; ok && prev != canonical {
				t.Errorf("%q is a name of %q and of %q", v, prev, canonical)
			}
			owner[k] = canonical
		}
	}
	for canonical := range label {
		if owner[nameKey(canonical)] != canonical {
			t.Errorf("canonical %q is a variant of %q", canonical, owner[nameKey(canonical)])
		}
	}
	// The names the issue lists.
	for variant, want := range map[string]string{
		"Mao Tse-tung": "Mao Zedong", "Peking": "Beijing", "Canton": "Guangzhou", "Jiang Jieshi": "Chiang Kai-shek",
		"Leningrad": "Saint Petersburg", "Petrograd": "Saint Petersburg", "Bombay": "Mumbai", "Ceylon": "Sri Lanka",
		"Constantinople": "Istanbul", "Persia": "Iran", "Siam": "Thailand", "USSR": "Soviet Union",
		"PRC": "People's Republic of China", "KMT": "Kuomintang", "CCP": "Chinese Communist Party",
		"NATO": "North Atlantic Treaty Organization", "UN": "United Nations",
	} {
		if n, ok := g.Lookup(variant); !ok || n.Canonical != want {
			t.Errorf("%s → %+v, want %s", variant, n, want)
		}
	}
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"header only", "canonical,label,variant\n", ""},
		{"fields", "a,PERSON\n", "g.csv:1: want 3 fields"},
		{"label", "a,PLACE,b\n", `g.csv:1: unknown label "PLACE"`},
		{"conflict", "a,PERSON,x\nb,PERSON,x\n", `g.csv:2: "x" is already a name of "a" (line 1)`},
		{"conflict through normalisation", "a,PERSON,O’Brien\nb,PERSON,O'Brien\n", `g.csv:2: "O'Brien" is already a name of "a"`},
		{"two labels", "a,PERSON,x\na,ORG,y\n", `g.csv:2: "a" has label ORG here but PERSON on line 1`},
		{"chain", "a,GPE,b\nc,GPE,a\n", `g.csv:2: "a" is already the canonical name of an entity (line 1)`},
		{"canonical is a variant", "a,GPE,b\nb,GPE,\n", `g.csv:2: "b" is already a name of "a"`},
		{"no letters", "a,GPE,--\n", `g.csv:1: the variant "--" has no letters or digits`},
		{"lower-case label", "a,person,b\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGazetteer("g.csv", []byte(tt.data))
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

// TestParseGazetteerReportsFirstConflict checks that a file with several
// conflicting lines always reports the first of them: the checks follow the
// order of the file, not the order of a map.
func TestParseGazetteerReportsFirstConflict(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"variant twice, then chain", "a,PERSON,x\nb,PERSON,x\nc,PERSON,a\nd,PERSON,b\n", `g.csv:2: "x" is already a name of "a" (line 1)`},
		{"chain, then variant twice", "a,GPE,b\nc,GPE,a\nd,GPE,b\ne,GPE,c\n", `g.csv:2: "a" is already the canonical name of an entity (line 1)`},
		{"canonical later a variant", "p,GPE,\nq,GPE,\nr,GPE,q\ns,GPE,p\n", `g.csv:3: "q" is already the canonical name of an entity (line 2)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for run := 0; run < 20; run++ {
				_, err := ParseGazetteer("g.csv", []byte(tt.data))
				if err == nil || err.Error() != tt.want {
					t.Fatalf("run %d: error %v, want %q", run, err, tt.want)
				}
			}
		})
	}
}
