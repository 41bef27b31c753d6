package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/compare"
	"github.com/factsheet/factsheet/export"
	"github.com/urfave/cli/v2"
)

func compareCommand(std batch.Streams, args []string) *cli.Command {
	return &cli.Command{
		Name:      "compare",
		Usage:     "show where sources agree and where they conflict about the same figure",
		ArgsUsage: "INPUT...",
		Description: `INPUT is a source (a file, a folder, a glob or - for standard input, annotated
on the way with the annotate flags given) or a fact sheet written earlier by
annotate as JSON or JSON Lines, so that a corpus is annotated once and
compared many times.

Every claim is put into a normal form: its measure (kind and unit; tonnes,
tons and t, km and miles, hectares and acres, °C and °F are converted, money
is never converted between currencies), the thing it counts (died, deaths,
perished, killed, victims are all deaths), its value as an interval (more
than 30 million is (30M, ∞), about 20 million is ±--approx), its time and
its places. Claims about the same measure of the same thing at the same time
form a group, which says which of unit, counted thing, places and time
matched; the same measure at other times is a series, never a conflict.
Each group's verdict: consistent (the figures share a value), conflicting
(the outliers and the largest consistent subset are named) or single-source;
with the spread, the range all consistent members allow, and a source at
odds with itself flagged. Groups of one claim are shown only in a series,
under a topic, or with --all.

Output: a table on the terminal by default; -o FILE.json or --format json for
tools; -o FILE.xlsx for a workbook (a Groups sheet linked to the Claims sheet,
rows coloured by verdict; review work in a workbook written over is carried
over).

Exit status: 0 when every input was read, 1 when some failed (the others are
still compared) or the output could not be written, 2 for bad usage.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the comparison to `PATH` (- or none: standard output)"},
			&cli.StringFlag{Name: "format", Usage: "output `FORMAT`: " + strings.Join(batch.CompareFormats, ", ") + " (default: from the -o extension, else table)"},
			&cli.Float64Flag{Name: "approx", Value: compare.DefaultOptions.Approx, Usage: "an approximate figure (about, some, nearly) allows ± this `FRACTION` of its value"},
			&cli.StringFlag{Name: "topics", Usage: "pin questions from `FILE` (YAML or CSV: name, words, unit, entities, period); their claims are grouped under them"},
			&cli.BoolFlag{Name: "all", Usage: "show groups of a single claim too"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "annotate `N` sources at once, on N cores at most"},
			aliasesFlag,
		},
		Action: func(c *cli.Context) error {
			pipeline, err := pipelineOptions(c.String("aliases"), std)
			if err != nil {
				return err
			}
			opts := compare.DefaultOptions
			opts.Approx = c.Float64("approx")
			opts.All = c.Bool("all")
			if path := c.String("topics"); path != "" {
				if opts.Topics, err = readTopics(path); err != nil {
					return usageError{err.Error()}
				}
			}
			defer useCores(c)()
			_, err = batch.Compare(batch.CompareOptions{
				Inputs:   c.Args().Slice(),
				Output:   c.String("output"),
				Format:   c.String("format"),
				Jobs:     c.Int("jobs"),
				Pipeline: pipeline,
				Compare:  opts,
				Tool:     export.Tool{Name: "factsheet", Version: version},
				Command:  args,
				Now:      now(),
			}, std)
			return err
		},
	}
}

// readTopics opens and parses a topics file: CSV by its extension, else
// YAML. Errors read "PATH: line N: reason".
func readTopics(path string) ([]compare.Topic, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ts, err := compare.ParseTopics(f, strings.EqualFold(filepath.Ext(path), ".csv"))
	if err != nil {
		return nil, &pathError{path, err}
	}
	return ts, nil
}

// pathError is an error in a file, naming it.
type pathError struct {
	path string
	err  error
}

func (e *pathError) Error() string { return e.path + ": " + e.err.Error() }
func (e *pathError) Unwrap() error { return e.err }
