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
	var b bytes.Buffer
	b.WriteString(magic)
	str := func(s string) {
		b.Write(binary.AppendUvarint(nil, uint64(len(s))))
		b.WriteString(s)
	}
	b.Write(binary.AppendUvarint(nil, uint64(len(classes))))
	for _, c := range classes {
		str(c)
	}
	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	b.Write(binary.AppendUvarint(nil, uint64(len(words))))
	for _, w := range words {
		c, ok := class[tags[w]]
		if !ok {
			check(fmt.Errorf("tag %q of %q is not a class", tags[w], w))
		}
		str(w)
		b.WriteByte(byte(c))
	}
	keys := make([]string, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	for _, k := range keys {
		str(compactKey(k))
		ws := weights[k]
		labels := make([]string, 0, len(ws))
		for l := range ws {
			labels = append(labels, l)
		}
		sort.Slice(labels, func(i, j int) bool { return class[labels[i]] < class[labels[j]] })
		b.Write(binary.AppendUvarint(nil, uint64(len(labels))))
		for _, l := range labels {
			c, ok := class[l]
			if !ok {
				check(fmt.Errorf("label %q of %q is not a class", l, k))
			}
			milli := math.Round(ws[l] * 1000)
			if milli/1000 != ws[l] {
				check(fmt.Errorf("weight %v of %q is not a multiple of 0.001", ws[l], k))
			}
			b.WriteByte(byte(c))
			b.Write(binary.AppendVarint(nil, int64(milli)))
		}
	}
	check(os.WriteFile("model.bin", b.Bytes(), 0o644))
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

const magic = "factsheet pos 1\n"
