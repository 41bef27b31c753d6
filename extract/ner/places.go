package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// PlaceKind says what kind of place a gazetteer entry is.
type PlaceKind uint8

// The kinds of places, from the GeoNames files they come from.
const (
	PlaceCity    PlaceKind = iota + 1 // a populated place
	PlaceAdmin1                       // a first-level division: a state, a province
	PlaceCountry                      // a country
)

var placeKindNames = []string{"", "city", "admin1", "country"}

// String names the kind as the table file does.
func (k PlaceKind) String() string {
	if int(k) < len(placeKindNames) {
		return placeKindNames[k]
	}
	return "?"
}

// Place is an entry of the GeoNames gazetteer. Name is its current English
// name (GeoNames' main name), the canonical name of every variant.
type Place struct {
	Name       string
	Kind       PlaceKind
	Country    string // ISO 3166-1 alpha-2
	Population int
}

// Places is the place gazetteer: for each written form of a place (its name
// and its historical and alternate forms: "Peking", "Canton",
// "Constantinople", "Königsberg") the place it names. A form that several
// places share names the one chosen when the table was compiled (see
// CompilePlaces). Read-only, safe for concurrent use.
type Places struct {
	list      []Place
	keys      map[string]int32 // normalised form → index in list
	prefixes  map[string]bool  // normalised forms cut after a token
	maxTokens int
}

//go:embed places.tsv.gz
var placesGz []byte

var builtinPlaces = sync.OnceValue(func() *Places {
	p, err := ReadPlaces(bytes.NewReader(placesGz))
	if err != nil {
		panic("ner: embedded place table: " + err.Error())
	}
	return p
})

// BuiltinPlaces returns the embedded place gazetteer, read on first use.
func BuiltinPlaces() *Places { return builtinPlaces() }

// Len returns the number of places.
func (p *Places) Len() int { return len(p.list) }

// Forms returns the number of written forms the table knows.
func (p *Places) Forms() int { return len(p.keys) }

// placeKey normalises a written name: its tokens, lower-cased, joined by
// single spaces ("New-Orleans" and "new-orleans" are one key).
func placeKey(name string) string {
	toks := Tokenize(name, 0, len(name))
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = foldKey(strings.ToLower(t.Text))
	}
	return strings.Join(parts, " ")
}

// foldKey folds a lower-cased token for place lookups: accents dropped
// ("königsberg" is "konigsberg"), hyphens read as spaces ("new-orleans" is
// "new orleans"), curly apostrophes straight.
func foldKey(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || w[i] == '-' {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '\u2010' || r == '\u2011':
			b.WriteByte(' ')
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Lookup returns the place a written name names, if the table knows it.
// Case and the spacing of tokens do not matter.
func (p *Places) Lookup(name string) (Place, bool) {
	k, ok := p.keys[placeKey(name)]
	if !ok {
		return Place{}, false
	}
	return p.list[k], true
}

// Match is Lookup that also says whether the name is the place's main
// name (in any case, with or without accents) rather than one of its
// variants.
func (p *Places) Match(name string) (place Place, main, ok bool) {
	key := placeKey(name)
	k, ok := p.keys[key]
	if !ok {
		return Place{}, false, false
	}
	pl := p.list[k]
	return pl, placeKey(pl.Name) == key, true
}

// markTokens sets the gazetteer code of the tokens that make a known place
// name: the longest name starting at a capitalised token, left to right.
func (p *Places) markTokens(info []tokInfo) {
	var key strings.Builder
	for i := 0; i < len(info); i++ {
		if !info[i].upper {
			continue
		}
		best, bestPlace := -1, int32(0)
		key.Reset()
		for j := i; j < len(info) && j-i < p.maxTokens; j++ {
			if j > i {
				key.WriteByte(' ')
			}
			key.WriteString(foldKey(info[j].lower))
			k := key.String()
			if idx, ok := p.keys[k]; ok {
				best, bestPlace = j, idx
			}
			if !p.prefixes[k] {
				break
			}
		}
		if best < 0 {
			continue
		}
		kind := uint8(p.list[bestPlace].Kind)
		if kind == uint8(PlaceCity) && p.list[bestPlace].Population >= 100000 {
			kind = 4 // a large city
		}
		for j := i; j <= best; j++ {
			info[j].gaz = 2*kind - 1
			if j > i {
				info[j].gaz = 2 * kind
			}
		}
		i = best
	}
}

// ReadPlaces reads a place table as WritePlaces writes it: gzip-compressed
// lines of name, kind, country, population and the normalised forms
// separated by "|", after a header of comment lines.
func ReadPlaces(r io.Reader) (*Places, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	p := &Places{keys: map[string]int32{}, prefixes: map[string]bool{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 5", line, len(f))
		}
		kind := PlaceKind(0)
		for k, n := range placeKindNames {
			if n == f[1] && k > 0 {
				kind = PlaceKind(k)
			}
		}
		if kind == 0 {
			return nil, fmt.Errorf("line %d: unknown kind %q", line, f[1])
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("line %d: population: %v", line, err)
		}
		idx := int32(len(p.list))
		p.list = append(p.list, Place{Name: f[0], Kind: kind, Country: f[2], Population: pop})
		for _, k := range strings.Split(f[4], "|") {
			if k == "" {
				continue
			}
			if _, dup := p.keys[k]; dup {
				return nil, fmt.Errorf("line %d: form %q listed twice", line, k)
			}
			p.keys[k] = idx
			n := 1
			for c := 0; c < len(k); c++ {
				if k[c] == ' ' {
					p.prefixes[k[:c]] = true
					n++
				}
			}
			if n > p.maxTokens {
				p.maxTokens = n
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return p, nil
}
