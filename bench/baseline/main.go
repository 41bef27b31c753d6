// Command baseline is the benchmark's yardstick: prose alone, with its
// models loaded once, segmenting, tagging and finding the entities of every
// file named on the command line (a folder stands for the files in it). It
// prints the bytes, tokens and entities it saw, so that the work cannot be
// skipped.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/jdkato/prose/v2"
)

func main() {
	empty, _ := prose.NewDocument("", prose.WithSegmentation(false))
	model := empty.Model
	var bytes, tokens, entities int
	for _, arg := range os.Args[1:] {
		files := []string{arg}
		if info, err := os.Stat(arg); err == nil && info.IsDir() {
			files, _ = filepath.Glob(filepath.Join(arg, "*"))
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				fmt.Fprintln(os.Stderr, "baseline:", err)
				os.Exit(1)
			}
			doc, _ := prose.NewDocument(string(data), prose.UsingModel(model))
			bytes += len(data)
			tokens += len(doc.Tokens())
			entities += len(doc.Entities())
		}
	}
	fmt.Printf("%d bytes, %d tokens, %d entities\n", bytes, tokens, entities)
}
