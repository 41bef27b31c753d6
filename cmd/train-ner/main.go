// Command train-ner trains factsheet's entity model and compiles its place
// gazetteer from the corpora of ../shared/ner (see the README there and the
// "Entities" section of factsheet's README):
//
//	go run ./cmd/train-ner -data ../shared/ner
//
// writes extract/ner/model.bin and extract/ner/places.bin and prints
// their digests and the development scores. The same data gives the same
// files, bit for bit. -ablation retrains without each feature group in
// turn and prints what each adds; -prose scores prose's entity model on the
// same development sentences.
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/factsheet/factsheet/extract/ner"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "train-ner:", err)
		os.Exit(1)
	}
}

type options struct {
	data, model, places string
	epochs              int
	groups              string
	ablation, prose     bool
	social              bool
	quiet               bool
}

func run(args []string) error {
	var o options
	fs := flag.NewFlagSet("train-ner", flag.ContinueOnError)
	fs.StringVar(&o.data, "data", "../shared/ner", "the folder of the training corpora")
	fs.StringVar(&o.model, "o", "extract/ner/model.bin", "where to write the model (empty: do not write)")
	fs.StringVar(&o.places, "places", "extract/ner/places.bin", "where to write the place gazetteer (empty: do not write)")
	fs.IntVar(&o.epochs, "epochs", 0, "training epochs (0: the default)")
	fs.StringVar(&o.groups, "groups", "all", "feature groups, comma-separated: "+groupList()+" or all")
	fs.BoolVar(&o.ablation, "ablation", false, "also train without each feature group and report the development F1 of each")
	fs.BoolVar(&o.prose, "prose", false, "also score prose's entity model on the development sentences")
	fs.BoolVar(&o.social, "social", false, "also train on the social-media corpora (wnut17, btc)")
	fs.BoolVar(&o.quiet, "q", false, "print only the digests")
	if err := fs.Parse(args); err != nil {
		return err
	}
	groups, err := parseGroups(o.groups)
	if err != nil {
		return err
	}
	train, dev, err := ner.ReadSplits(o.data, o.social)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) {
		if !o.quiet {
			fmt.Printf(format, a...)
		}
	}
	logf("training sentences %d, development sentences %d\n", len(train), len(dev))

	table, err := ner.CompilePlacesFile(filepath.Join(o.data, "geonames-places.tsv.gz"), train)
	if err != nil {
		return err
	}
	places, err := ner.ParsePlaces(table)
	if err != nil {
		return err
	}
	logf("places %d, forms %d\n", places.Len(), places.Forms())

	opt := ner.DefaultTrainOptions(places)
	opt.Groups = groups
	if o.epochs > 0 {
		opt.Epochs = o.epochs
	}
	start := time.Now()
	m := ner.Train(train, opt)
	logf("trained in %.1fs, %d features\n", time.Since(start).Seconds(), m.Features())
	if o.model != "" {
		if err := writeFile(o.model, func(b *bytes.Buffer) error { _, err := m.WriteTo(b); return err }); err != nil {
			return err
		}
	}
	if o.places != "" {
		if err := writeFile(o.places, func(b *bytes.Buffer) error { return ner.WritePlaces(b, table) }); err != nil {
			return err
		}
	}
	fmt.Printf("model  sha256 %s\n", m.Digest())
	fmt.Printf("places sha256 %x\n", sha256.Sum256(table))
	if o.quiet {
		return nil
	}
	byCorpus := ner.SplitByCorpus(dev)
	logf("\nDevelopment scores (exact span and label):\n\n")
	ner.Evaluate(m, dev).WriteTable(os.Stdout)
	for _, c := range sortedKeys(byCorpus) {
		logf("  %s: F1 %.3f\n", c, ner.Evaluate(m, byCorpus[c])["ALL"].F1())
	}
	if o.prose {
		logf("\nprose's model on the same sentences (PERSON→PER, ORGANIZATION→ORG, GPE/LOCATION/FACILITY→LOC, GSP→MISC):\n\n")
		start := time.Now()
		sc := proseScores(dev)
		sc.WriteTable(os.Stdout)
		logf("(prose took %.1fs)\n", time.Since(start).Seconds())
	}
	if o.ablation {
		full := ner.Evaluate(m, dev)["ALL"].F1()
		logf("\nFeature groups (development F1 of all groups %.3f):\n\n| without | F1 | change |\n| --- | ---: | ---: |\n", full)
		for _, g := range ner.GroupNames {
			if groups&g.Group == 0 {
				continue
			}
			opt.Groups = groups &^ g.Group
			f1 := ner.Evaluate(ner.Train(train, opt), dev)["ALL"].F1()
			logf("| %s | %.3f | %+.3f |\n", g.Name, f1, f1-full)
		}
		opt.Groups = ner.GroupWord
		f1 := ner.Evaluate(ner.Train(train, opt), dev)["ALL"].F1()
		logf("| word only | %.3f | %+.3f |\n", f1, f1-full)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func groupList() string {
	var names []string
	for _, g := range ner.GroupNames {
		names = append(names, g.Name)
	}
	return strings.Join(names, ",")
}

func parseGroups(s string) (ner.Groups, error) {
	if s == "all" {
		return ner.AllGroups, nil
	}
	var g ner.Groups
	for _, name := range strings.Split(s, ",") {
		found := false
		for _, gn := range ner.GroupNames {
			if gn.Name == name {
				g |= gn.Group
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown feature group %q (want %s)", name, groupList())
		}
	}
	return g, nil
}

// writeFile writes a file atomically: to a temporary file, then renamed.
func writeFile(path string, fill func(*bytes.Buffer) error) error {
	var b bytes.Buffer
	if err := fill(&b); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
