// Command gen writes a generated corpus (see package corpus) into a folder:
// gen -n 1000 -avg 3000 DIR, or gen -single 20000000 DIR for one large
// source.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/factsheet/factsheet/bench/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of sources")
	avg := flag.Int("avg", 3000, "average size of a source in bytes")
	single := flag.Int("single", 0, "write one source of this many bytes instead")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gen [-n N -avg BYTES | -single BYTES] [-seed S] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	g := corpus.New(*seed)
	srcs := []corpus.Source{{Name: "single.txt"}}
	if *single > 0 {
		srcs[0].Text = g.Text(*single)
	} else {
		srcs = g.Corpus(*n, *avg)
	}
	for _, s := range srcs {
		if err := os.WriteFile(filepath.Join(dir, s.Name), []byte(s.Text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
