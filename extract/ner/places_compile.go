package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CompilePlaces reads GeoNames rows (the gzip TSV geonames-places.tsv.gz of
// ../shared/ner, with its header) and returns the uncompressed place table
// that PackPlaces packs for ReadPlaces.
//
// Every form (a main name or a variant, normalised by placeKey) names one
// place. A main name beats a variant, except that a variant of a place ten
// times as populous wins ("Canton" is Guangzhou, not Canton, Ohio;
// "Salisbury" is Harare, not the English city). Among main names a country
// beats a division, which beats a town, and then the larger population
// wins. Variants that ordinary (the table of ordinary words) says are
// ordinary lower-case words, variants of fewer than three letters and
// variants with digits are left out.
func CompilePlaces(r io.Reader, ordinary map[string]uint8) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	type row struct {
		name, country string
		kind          PlaceKind
		pop           int
		forms         []string
		mains         int // forms[:mains] are the main name and its ASCII form
	}
	var rows []row
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		var kind PlaceKind
		switch {
		case f[5] == "PCL":
			kind = PlaceCountry
		case f[5] == "ADM1":
			kind = PlaceAdmin1
		case f[4] == "P":
			kind = PlaceCity
		default:
			continue
		}
		pop, _ := strconv.Atoi(f[7])
		rw := row{name: f[1], country: f[3], kind: kind, pop: pop}
		rw.forms = append(rw.forms, f[1])
		if f[2] != f[1] && f[2] != "" {
			rw.forms = append(rw.forms, f[2])
		}
		rw.mains = len(rw.forms)
		if f[8] != "" {
			rw.forms = append(rw.forms, strings.Split(f[8], "|")...)
		}
		rows = append(rows, rw)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// The best claim on each form.
	type claim struct {
		row  int
		main bool
	}
	better := func(a, b claim) bool { // a beats b
		ra, rb := rows[a.row], rows[b.row]
		if a.main != b.main {
			va, mb := a, b
			if a.main {
				va, mb = b, a
			}
			rv, rm := rows[va.row], rows[mb.row]
			variantWins := rv.kind == PlaceCity && rm.kind == PlaceCity && rv.pop >= 10*rm.pop
			return a.main != variantWins
		}
		if ra.kind != rb.kind {
			return ra.kind > rb.kind
		}
		if ra.pop != rb.pop {
			return ra.pop > rb.pop
		}
		return a.row < b.row
	}
	claims := map[string]claim{}
	for i, rw := range rows {
		for k, form := range rw.forms {
			main := k < rw.mains
			if !main && !goodVariant(form, ordinary) {
				continue
			}
			key := placeKey(form)
			if key == "" {
				continue
			}
			c := claim{i, main}
			if old, ok := claims[key]; !ok || better(c, old) {
				claims[key] = c
			}
		}
	}
	keysOf := make([][]string, len(rows))
	for key, c := range claims {
		keysOf[c.row] = append(keysOf[c.row], key)
	}
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := rows[order[i]], rows[order[j]]
		if a.name != b.name {
			return a.name < b.name
		}
		if a.country != b.country {
			return a.country < b.country
		}
		return a.pop > b.pop
	})
	var out bytes.Buffer
	out.WriteString("# factsheet place gazetteer: name, kind, country, population, normalised forms.\n")
	out.WriteString("# Contains data from GeoNames (https://www.geonames.org), CC BY 4.0 (CC BY 3.0 for the 2013 rows).\n")
	for _, i := range order {
		keys := keysOf[i]
		if len(keys) == 0 {
			continue
		}
		sort.Strings(keys)
		rw := rows[i]
		fmt.Fprintf(&out, "%s\t%s\t%s\t%d\t%s\n", rw.name, rw.kind, rw.country, rw.pop, strings.Join(keys, "|"))
	}
	return out.Bytes(), nil
}

// goodVariant reports whether a variant name may name its place.
func goodVariant(v string, ordinary map[string]uint8) bool {
	if utf8.RuneCountInString(v) < 3 || !unicode.IsUpper(firstRune(v)) {
		return false
	}
	for _, r := range v {
		if unicode.IsDigit(r) {
			return false
		}
	}
	if !strings.ContainsAny(v, " -") && ordinary[strings.ToLower(v)] == ordLower {
		return false
	}
	return true
}

// WritePlaces writes a compiled place table packed (see PackPlaces).
func WritePlaces(w io.Writer, table []byte) error {
	packed, err := PackPlaces(table)
	if err != nil {
		return err
	}
	_, err = w.Write(packed)
	return err
}

// CompilePlacesFile compiles the GeoNames file at path, leaving out
// variants that the training sentences show to be ordinary words.
func CompilePlacesFile(path string, train []Sentence) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	table, err := CompilePlaces(bytes.NewReader(data), OrdinaryTable(train))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return table, nil
}
