package entities

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/factsheet/factsheet/extract/lex"
)

// Labels are the entity labels, in the order the documentation lists them.
var Labels = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "WORK", "LAW", "FAC"}

// Name is what a gazetteer knows of one written form of an entity: the
// entity's canonical name and its label.
type Name struct {
	Canonical string
	Label     string
}

// Gazetteer is a table of entity names: for each written form (a variant:
// "Mao Tse-tung", "PRC", "Peking") the entity's canonical name and label.
// The canonical name itself is always one of its variants. Lookups ignore
// the differences that do not make a different name: curly or straight
// apostrophes, the kind of hyphen, runs of white space, accents
// ("Ataturk" finds "Atatürk"), a final full stop ("U.S." and "U.S"), and
// the case of a letter after a hyphen ("Tse-Tung" finds "Tse-tung"). A
// Gazetteer is read-only once made and safe for concurrent use.
type Gazetteer struct {
	names    map[string]Name // normalised variant → name
	lower    map[string]Name // lower-cased normalised variant → name, for sentence-case and all-capitals text
	prefixes map[string]bool // every normalised variant cut after one of its words, to stop lookups early
	starts   map[string]bool // lower-case words that begin a variant ("de Gaulle", "al-Qaeda")
	ambig    map[string]bool // lower-cased keys shared by differently named variants ("US" and "Us")
	maxWords int
	entities int // distinct canonical names
	variants int // distinct variants
}

//go:embed gazetteer.csv
var gazetteerCSV []byte

var builtinGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := ParseGazetteer("entities_gazetteer.csv", gazetteerCSV)
	if err != nil {
		panic("extract: the built-in gazetteer is broken: " + err.Error()) // caught by TestGazetteerParses
	}
	return g
})

// BuiltinGazetteer returns the gazetteer of historical name variants built
// into the program (the file gazetteer.csv of this package):
// romanisations (Wade–Giles and pinyin), former names of places, acronyms of
// organisations and states, and the short names of well-known people.
func BuiltinGazetteer() *Gazetteer { return builtinGazetteer() }

// ParseGazetteer reads a gazetteer in CSV: one variant a line, as
// "canonical,label,variant", for example
//
//	Mao Zedong,PERSON,Mao Tse-tung
//	People's Republic of China,GPE,PRC
//
// An empty variant declares the canonical name alone. Blank lines and lines
// starting with # are skipped, and so is a first line
// "canonical,label,variant". Fields may be quoted as CSV allows. name names
// the file in errors, which read "name:line: reason": a line without three
// fields, an empty canonical name, an unknown label, a variant given to two
// entities, one entity given two labels, or a canonical name that is also a
// variant of another entity.
func ParseGazetteer(name string, data []byte) (*Gazetteer, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text", name)
	}
	data = []byte(strings.TrimPrefix(string(data), "\ufeff"))
	r := csv.NewReader(strings.NewReader(string(data)))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	type seen struct {
		name Name
		line int
	}
	variants := map[string]seen{} // normalised variant → first line giving it
	labels := map[string]seen{}   // canonical → line giving its label
	var order []string
	first := true
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("%s:%d: %v", name, pe.Line, pe.Err)
			}
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		line, _ := r.FieldPos(0)
		if first {
			first = false
			if len(rec) == 3 && strings.EqualFold(rec[0], "canonical") && strings.EqualFold(rec[1], "label") && strings.EqualFold(rec[2], "variant") {
				continue
			}
		}
		if len(rec) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 fields (canonical,label,variant), got %d", name, line, len(rec))
		}
		canonical, label, variant := lex.FoldSpace(rec[0]), strings.ToUpper(strings.TrimSpace(rec[1])), lex.FoldSpace(rec[2])
		switch {
		case canonical == "":
			return nil, fmt.Errorf("%s:%d: the canonical name is empty", name, line)
		case label == "":
			return nil, fmt.Errorf("%s:%d: the label is empty (want one of %s)", name, line, strings.Join(Labels, ", "))
		case !isLabel(label):
			return nil, fmt.Errorf("%s:%d: unknown label %q (want one of %s)", name, line, rec[1], strings.Join(Labels, ", "))
		}
		if variant == "" {
			variant = canonical
		}
		if !strings.ContainsFunc(variant, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return nil, fmt.Errorf("%s:%d: the variant %q has no letters or digits", name, line, variant)
		}
		n := Name{Canonical: canonical, Label: label}
		if prev, ok := labels[canonical]; ok && prev.name.Label != label {
			return nil, fmt.Errorf("%s:%d: %q has label %s here but %s on line %d", name, line, canonical, label, prev.name.Label, prev.line)
		}
		labels[canonical] = seen{n, line}
		// A name given twice is an error on the later line, so the first
		// conflict of the file is the one reported. The canonical name is
		// checked first: a canonical name that is another entity's variant
		// (a chain the reader of the file cannot see) is caught here too,
		// whichever of the two lines comes first.
		for _, v := range []string{canonical, variant} {
			key := nameKey(v)
			if prev, ok := variants[key]; ok {
				switch {
				case prev.name.Canonical == canonical:
				case nameKey(prev.name.Canonical) == key:
					return nil, fmt.Errorf("%s:%d: %q is already the canonical name of an entity (line %d)", name, line, v, prev.line)
				default:
					return nil, fmt.Errorf("%s:%d: %q is already a name of %q (line %d)", name, line, v, prev.name.Canonical, prev.line)
				}
				continue
			}
			variants[key] = seen{n, line}
			order = append(order, key)
		}
	}
	g := &Gazetteer{
		names: map[string]Name{}, lower: map[string]Name{}, prefixes: map[string]bool{},
		starts: map[string]bool{}, ambig: map[string]bool{},
		entities: len(labels), variants: len(variants),
	}
	sort.Strings(order)
	for _, key := range order {
		g.add(key, variants[key].name)
	}
	return g, nil
}

func (g *Gazetteer) add(key string, n Name) {
	g.names[key] = n
	if words := strings.Count(key, " ") + 1; words > g.maxWords {
		g.maxWords = words
	}
	// Every cut where a piece of the scanner may end: before a space, a
	// hyphen or an apostrophe ("People" of "People's Republic").
	for k := 1; k < len(key); k++ {
		if c := key[k]; c == ' ' || c == '-' || c == '\'' || c == ',' {
			g.prefixes[key[:k]] = true
			g.prefixes[strings.ToLower(key[:k])] = true
		}
	}
	if r, _ := utf8.DecodeRuneInString(key); unicode.IsLower(r) {
		g.starts[keyFirstWord(key)] = true
	}
	lk := strings.ToLower(key)
	if prev, ok := g.lower[lk]; ok && prev != n {
		g.ambig[lk] = true
	}
	g.lower[lk] = n
}

// Len returns the number of entities (distinct canonical names) and of
// variants (distinct written forms, the canonical names among them) the
// gazetteer holds.
func (g *Gazetteer) Len() (entities, variants int) {
	if g == nil {
		return 0, 0
	}
	return g.entities, g.variants
}

// Lookup returns the name a written form stands for, if the gazetteer
// knows it. Case matters ("Turkey" is a country; "turkey" is not).
func (g *Gazetteer) Lookup(variant string) (Name, bool) {
	if g == nil {
		return Name{}, false
	}
	n, ok := g.names[nameKey(variant)]
	return n, ok
}

// lookupFold is Lookup ignoring case, for text in sentence case or in
// capitals ("Great leap forward", "SIEGE OF LENINGRAD"). Keys that differ
// only in case between entities are not found this way.
func (g *Gazetteer) lookupFold(key string) (Name, bool) {
	if g == nil {
		return Name{}, false
	}
	lk := strings.ToLower(key)
	if g.ambig[lk] {
		return Name{}, false
	}
	n, ok := g.lower[lk]
	return n, ok
}

// isPrefix reports whether some variant starts with the words of key.
func (g *Gazetteer) isPrefix(key string, fold bool) bool {
	if g == nil {
		return false
	}
	if fold {
		key = strings.ToLower(key)
	}
	return g.prefixes[key]
}

func isLabel(s string) bool {
	for _, l := range Labels {
		if l == s {
			return true
		}
	}
	return false
}

// nameKey normalises a written name for lookup: apostrophes and hyphens of
// every kind become ' and -, white space folds to one space, accents go, a
// final full stop goes, and a letter after a hyphen is lower-cased.
func nameKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = stripAccents(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space, hyphen := false, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u2019' || r == '\u2018' || r == '`' || r == '\u00b4' || r == '\u02bc':
			r = '\''
		case r == '\u2010' || r == '\u2011' || r == '\u2013' || r == '\u2012':
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if hyphen {
			r = unicode.ToLower(r)
		}
		hyphen = r == '-'
		b.WriteRune(r)
	}
	return strings.TrimSuffix(b.String(), ".")
}

// stripAccents drops the accents of letters: "Atatürk" → "Ataturk".
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func keyFirstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i >= 0 {
		return s[:i]
	}
	return s
}
