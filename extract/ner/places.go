package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/internal/strtab"

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
	data      string // the packed table (see PackPlaces)
	n         int    // places
	forms     int    // written forms
	maxTokens int    // tokens in the longest form
	names     string // the places' names, one after another
	records   string // 14 bytes a place (see PackPlaces)
	keys      strtab.Table
}

//go:embed places.bin
var placesFile string

var builtinPlaces = sync.OnceValue(func() *Places {
	p, err := openPlaces(placesFile)
	if err != nil {
		panic("ner: embedded place table: " + err.Error())
	}
	return p
})

// BuiltinPlaces returns the embedded place gazetteer, read on first use.
func BuiltinPlaces() *Places { return builtinPlaces() }

// Len returns the number of places.
func (p *Places) Len() int { return p.n }

// Forms returns the number of written forms the table knows.
func (p *Places) Forms() int { return p.forms }

// place returns the i-th place of the table.
func (p *Places) place(i int) Place {
	r := p.records[14*i : 14*i+14]
	off := int(r[0]) | int(r[1])<<8 | int(r[2])<<16 | int(r[3])<<24
	pop := int(r[4]) | int(r[5])<<8 | int(r[6])<<16 | int(r[7])<<24
	n := int(r[8]) | int(r[9])<<8
	return Place{Name: p.names[off : off+n], Kind: PlaceKind(r[10]), Country: r[11:13], Population: pop}
}

// The value of a form in the keys table: the index of its place plus one
// (0 when the key is only the start of longer forms), and prefixBit when
// it is the start of a longer form.
const prefixBit = 1 << 31

// form returns the index of the place a normalised form names.
func (p *Places) form(key string) (int, bool) {
	v, ok := p.keys.Get(key)
	if !ok || v&^prefixBit == 0 {
		return 0, false
	}
	return int(v&^prefixBit) - 1, true
}

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
	k, ok := p.form(placeKey(name))
	if !ok {
		return Place{}, false
	}
	return p.place(k), true
}

// Match is Lookup that also says whether the name is the place's main
// name (in any case, with or without accents) rather than one of its
// variants.
func (p *Places) Match(name string) (place Place, main, ok bool) {
	key := placeKey(name)
	k, ok := p.form(key)
	if !ok {
		return Place{}, false, false
	}
	pl := p.place(k)
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
		best, bestPlace := -1, 0
		key.Reset()
		for j := i; j < len(info) && j-i < p.maxTokens; j++ {
			if j > i {
				key.WriteByte(' ')
			}
			key.WriteString(foldKey(info[j].lower))
			v, ok := p.keys.Get(key.String())
			if !ok {
				break
			}
			if v&^prefixBit != 0 {
				best, bestPlace = j, int(v&^prefixBit)-1
			}
			if v&prefixBit == 0 {
				break
			}
		}
		if best < 0 {
			continue
		}
		pl := p.place(bestPlace)
		kind := uint8(pl.Kind)
		if kind == uint8(PlaceCity) && pl.Population >= 100000 {
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

const placesMagic = "factsheet places 2\n"

// PackPlaces turns a compiled place table (the text CompilePlaces returns:
// comment lines, then a line a place of name, kind, country, population
// and the normalised forms separated by "|", fields separated by tabs) into
// the packed form that the binary embeds and ReadPlaces reads, laid out to
// be used where it lies: the magic line; the comment lines (a uint32
// length, then the text, which credits GeoNames); the number of places, of
// forms and of tokens in the longest form; the names (a uint32 length,
// then the text); a 14-byte record a place (the offset of its name, its
// population, the length of its name, its kind and its country); and the
// table of forms and their prefixes (package strtab). Integers are
// little-endian.
func PackPlaces(table []byte) ([]byte, error) {
	var notes, names []byte
	var records []byte
	keys := map[string]uint32{}
	n, forms, maxTokens := 0, 0, 0
	le := binary.LittleEndian
	for line, s := range strings.Split(string(table), "\n") {
		if s == "" {
			continue
		}
		if s[0] == '#' {
			notes = append(append(notes, s...), '\n')
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 5", line+1, len(f))
		}
		kind := PlaceKind(0)
		for k, name := range placeKindNames {
			if name == f[1] && k > 0 {
				kind = PlaceKind(k)
			}
		}
		if kind == 0 {
			return nil, fmt.Errorf("line %d: unknown kind %q", line+1, f[1])
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil || pop < 0 || pop > math.MaxUint32 {
			return nil, fmt.Errorf("line %d: bad population %q", line+1, f[3])
		}
		if len(f[2]) != 2 || len(f[0]) > math.MaxUint16 {
			return nil, fmt.Errorf("line %d: bad country or name", line+1)
		}
		records = le.AppendUint32(records, uint32(len(names)))
		records = le.AppendUint32(records, uint32(pop))
		records = le.AppendUint16(records, uint16(len(f[0])))
		records = append(records, byte(kind), f[2][0], f[2][1], 0)
		names = append(names, f[0]...)
		n++
		for _, k := range strings.Split(f[4], "|") {
			if k == "" {
				continue
			}
			if v := keys[k]; v&^prefixBit != 0 {
				return nil, fmt.Errorf("line %d: form %q listed twice", line+1, k)
			}
			keys[k] |= uint32(n) // the place's index plus one
			forms++
			tokens := 1
			for c := 0; c < len(k); c++ {
				if k[c] == ' ' {
					keys[k[:c]] |= prefixBit
					tokens++
				}
			}
			maxTokens = max(maxTokens, tokens)
		}
	}
	var b []byte
	b = append(b, placesMagic...)
	b = le.AppendUint32(b, uint32(len(notes)))
	b = append(b, notes...)
	b = le.AppendUint32(b, uint32(n))
	b = le.AppendUint32(b, uint32(forms))
	b = le.AppendUint32(b, uint32(maxTokens))
	b = le.AppendUint32(b, uint32(len(names)))
	b = append(b, names...)
	b = append(b, records...)
	return strtab.Build(b, keys), nil
}

var errPlaces = errors.New("not a factsheet place table")

// ReadPlaces reads a packed place table (see PackPlaces).
func ReadPlaces(r io.Reader) (*Places, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return openPlaces(string(data))
}

// ParsePlaces reads a compiled place table (see CompilePlaces).
func ParsePlaces(table []byte) (*Places, error) {
	packed, err := PackPlaces(table)
	if err != nil {
		return nil, err
	}
	return openPlaces(string(packed))
}

// openPlaces opens a packed place table where it lies.
func openPlaces(data string) (*Places, error) {
	if !strings.HasPrefix(data, placesMagic) {
		return nil, errPlaces
	}
	b := data[len(placesMagic):]
	fail := false
	take := func(n uint64) string {
		if fail || uint64(len(b)) < n {
			fail = true
			return ""
		}
		s := b[:n]
		b = b[n:]
		return s
	}
	u32 := func() uint64 {
		s := take(4)
		if fail {
			return 0
		}
		return uint64(binary.LittleEndian.Uint32([]byte(s)))
	}
	take(u32()) // the comment lines
	p := &Places{data: data}
	n, forms, maxTokens := u32(), u32(), u32()
	p.names = take(u32())
	p.records = take(14 * n)
	if fail {
		return nil, fmt.Errorf("%w: truncated", errPlaces)
	}
	p.n, p.forms, p.maxTokens = int(n), int(forms), int(maxTokens)
	for i := 0; i < p.n; i++ {
		r := p.records[14*i:]
		off := uint64(binary.LittleEndian.Uint32([]byte(r[:4])))
		if off+(uint64(r[8])|uint64(r[9])<<8) > uint64(len(p.names)) {
			return nil, fmt.Errorf("%w: place %d: name out of range", errPlaces, i)
		}
	}
	keys, rest, err := strtab.Open(b, len(data)-len(b))
	if err != nil || rest != "" {
		return nil, fmt.Errorf("%w: forms: %v", errPlaces, err)
	}
	p.keys = keys
	return p, nil
}
