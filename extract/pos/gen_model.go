//go:build ignore

// gen_model writes model.bin, the compact form of prose's part-of-speech
// model (github.com/jdkato/prose/v2, MIT licence: an averaged perceptron
// after Matthew Honnibal's, trained by prose's author) that package pos
// loads. Run it with go generate after upgrading prose.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"

	"github.com/factsheet/factsheet/extract/internal/strtab"
	"github.com/jdkato/prose/v2"
)

// templates are the names of prose's features, in the order of their ids
// in model.bin (see features.go).
var templates = []string{"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
	"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word"}

func decode(name string, v any) {
	raw, err := prose.Asset("model/AveragedPerceptron/" + name)
	check(err)
	check(gob.NewDecoder(bytes.NewReader(raw)).Decode(v))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_model:", err)
		os.Exit(1)
	}
}

func main() {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	decode("classes.gob", &classes)
	decode("tags.gob", &tags)
	decode("weights.gob", &weights)
	class := map[string]int{}
	for i, c := range classes {
		class[c] = i
	}
	// The layout is model.go's: the magic line; the classes (a uvarint
	// count, then each a uvarint length and the name); the words that always
	// take one tag and the feature keys, each a strtab table (a word's
	// value is its class, a key's the index of its feature); the number of
	// features F and of weights E; the offsets of each feature's weights
	// (F+1 uint32); the weights' classes (E bytes); the weights, in
	// thousandths (E int32). Integers are little-endian, and the arrays of
	// uint32 and int32 start at multiples of 4 from the start of the file.
	le := binary.LittleEndian
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(classes)))
	for _, c := range classes {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	words := map[string]uint32{}
	for w, t := range tags {
		c, ok := class[t]
		if !ok {
			check(fmt.Errorf("tag %q of %q is not a class", t, w))
		}
		words[w] = uint32(c)
	}
	b = strtab.Build(b, words)
	keys := make([]string, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	index := map[string]uint32{}
	var start, wts []uint32
	var cls []byte
	for i, k := range keys {
		index[compactKey(k)] = uint32(i)
		start = append(start, uint32(len(cls)))
		ws := weights[k]
		labels := make([]string, 0, len(ws))
		for l := range ws {
			labels = append(labels, l)
		}
		sort.Slice(labels, func(i, j int) bool { return class[labels[i]] < class[labels[j]] })
		for _, l := range labels {
			c, ok := class[l]
			if !ok {
				check(fmt.Errorf("label %q of %q is not a class", l, k))
			}
			milli := math.Round(ws[l] * 1000)
			if milli/1000 != ws[l] || math.Abs(milli) > math.MaxInt32 {
				check(fmt.Errorf("weight %v of %q is not a multiple of 0.001 that fits", ws[l], k))
			}
			cls = append(cls, byte(c))
			wts = append(wts, uint32(int32(milli)))
		}
	}
	start = append(start, uint32(len(cls)))
	b = strtab.Build(b, index)
	b = le.AppendUint32(b, uint32(len(keys)))
	b = le.AppendUint32(b, uint32(len(cls)))
	b = strtab.Pad(b, 4)
	for _, s := range start {
		b = le.AppendUint32(b, s)
	}
	b = append(b, cls...)
	b = strtab.Pad(b, 4)
	for _, w := range wts {
		b = le.AppendUint32(b, w)
	}
	check(os.WriteFile("model.bin", b, 0o644))
}

// compactKey turns prose's feature key ("i-1 tag+i word NN the") into the
// template's id as one byte followed by the rest ("\x07NN the").
func compactKey(k string) string {
	best := -1
	for i, t := range templates {
		if (k == t || strings.HasPrefix(k, t+" ")) && (best < 0 || len(t) > len(templates[best])) {
			best = i
		}
	}
	if best < 0 {
		check(fmt.Errorf("feature %q has no known template", k))
	}
	return string(rune(best)) + strings.TrimPrefix(strings.TrimPrefix(k, templates[best]), " ")
}

const magic = "factsheet pos 2\n"
