package main

import (
	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/export"
	"github.com/urfave/cli/v2"
)

func mergeCommand(std batch.Streams, args []string) *cli.Command {
	return &cli.Command{
		Name:      "merge",
		Usage:     "turn JSON Lines fact sheets (from the shards of a run, or earlier runs) into one fact sheet in any format",
		ArgsUsage: "INPUT.jsonl...",
		Description: `Reads the JSON Lines that annotate --format jsonl wrote (- reads standard
input), and writes them as one fact sheet, as one annotate run over all the
sources would have: sources in the order of their paths. -o and --format work
as for annotate; written over a workbook, its review work is carried over.
Each input is read as a stream. A source found in two inputs is reported and
taken from the first.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the fact sheet to `PATH` (- for standard output)"},
			&cli.StringFlag{Name: "format", Usage: "output `FORMAT`: " + export.FormatNames(", ") + " (default: from the -o extension, else " + export.Default.Name + ")"},
			&cli.StringFlag{Name: "review", Usage: "the reviewed workbook `FILE` whose Status, Reviewer note and Evidence " + export.ReviewFormatNames() + " use"},
		},
		Action: func(c *cli.Context) error {
			_, err := batch.Merge(batch.MergeOptions{
				Inputs:  c.Args().Slice(),
				Output:  c.String("output"),
				Format:  c.String("format"),
				Review:  c.String("review"),
				Tool:    export.Tool{Name: "factsheet", Version: version},
				Command: args,
				Now:     now(),
			}, std)
			return err
		},
	}
}
