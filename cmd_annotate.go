package main

import (
	"os"
	"runtime"
	"strconv"
	"time"

	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/export"
	"github.com/urfave/cli/v2"
)

func annotateCommand(std batch.Streams, args []string) *cli.Command {
	return &cli.Command{
		Name:      "annotate",
		Usage:     "read sources and write a fact sheet of their claims, entities and dates",
		ArgsUsage: "INPUT...",
		Description: `INPUT is a file, a folder (read recursively, hidden files skipped), a glob,
an http(s) URL, or - for standard input: plain text, Markdown, HTML, DOCX or
PDF, chosen by content, then extension. --library, --manifest, a sidecar
NAME.json, the format's own metadata, then the file name and title line give
each source's metadata; --style picks the citations (see factsheet sources). Text may be UTF-8 (with or without a byte-order mark),
UTF-16 with a byte-order mark, or Windows-1252.

The format follows the extension of -o (` + export.Extensions() + `), or
--format; with neither, ` + export.Default.FileName() + ` is written. -o - writes ` + export.StreamingNames(", ") + ` to
standard output. Files are written atomically, and keep their permissions;
a read-only output is refused. Flags may come before or after the inputs.
The formats:

` + export.FormatHelp() + `

Written over an existing workbook, the review work in it (Status, Reviewer
note, Evidence) is carried over to each claim by its ID; reviews of claims
no longer found go to the "Orphaned reviews" sheet with their old sentence,
and the old workbook is kept as NAME.backup-YYYYMMDD-HHMMSS.xlsx. A workbook
that is open in a spreadsheet program, damaged, or not a fact sheet is
refused and left untouched.

Exit status: 0 when every input was annotated, 1 when some failed (the others
are still written and the failures listed) or the fact sheet could not be
written, 2 for bad usage. Errors, a summary and (on a terminal) a progress
bar go to standard error.`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the fact sheet to `PATH` (- for standard output)"},
			&cli.StringFlag{Name: "format", Usage: "output `FORMAT`: " + export.FormatNames(", ") + " (default: from the -o extension, else " + export.Default.Name + ")"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "annotate `N` sources at once, on N cores at most"},
			&cli.StringFlag{Name: "review", Usage: "the reviewed workbook `FILE` whose Status, Reviewer note and Evidence " + export.ReviewFormatNames() + " use"},
			aliasesFlag,
			&cli.StringFlag{Name: "cache", Usage: "keep the annotations of each source in the folder `DIR` and reuse them while the source, factsheet and the options are unchanged; a JSON Lines file that would come out byte for byte the same is left as it is (\"is unchanged\"). Safe to share between runs; see factsheet cache prune"},
			&cli.StringFlag{Name: "shard", Usage: "annotate only share `i/n` of the inputs (by a hash of each source id; 1 ≤ i ≤ n), or auto: the share of this task of a Slurm job array or a Kubernetes Indexed Job"},
			&cli.BoolFlag{Name: "stdin-jsonl", Usage: `read the sources from standard input, one JSON object {"id", "text", "meta"} a line, and write JSON Lines to standard output (for Spark's pipe, Hadoop Streaming, GNU parallel --pipe)`},
		}, sourceFlags...),
		Action: func(c *cli.Context) error {
			pipeline, err := pipelineOptions(c.String("aliases"), std)
			if err != nil {
				return err
			}
			key, err := pipelineKey(c.String("aliases"))
			if err != nil {
				return err
			}
			if pipeline.Style, err = citationStyle(c); err != nil {
				return err
			}
			key += "\x00style " + pipeline.Style // the claims' citations follow it
			reader, err := sourceReader(c, std)
			if err != nil {
				return err
			}
			defer useCores(c)()
			_, err = batch.Annotate(batch.Options{
				Context:  c.Context,
				Inputs:   c.Args().Slice(),
				Output:   c.String("output"),
				Format:   c.String("format"),
				Jobs:     c.Int("jobs"),
				Review:   c.String("review"),
				Pipeline: pipeline,
				Sources:  reader,
				Tool:     export.Tool{Name: "factsheet", Version: version},
				Command:  args,
				Now:      now(),

				Cache:       c.String("cache"),
				PipelineKey: key,
				Shard:       c.String("shard"),
				StdinJSONL:  c.Bool("stdin-jsonl"),
			}, std)
			return err
		},
	}
}

// useCores holds the run to the cores --jobs asks for: with -j N, Go runs
// on N threads at most (GOMAXPROCS), garbage collection included, so that
// "-j 1" on a shared machine takes one core, not one and a bit. Without
// the flag the run uses every CPU. It returns what puts the setting back.
func useCores(c *cli.Context) func() {
	n := c.Int("jobs")
	if !c.IsSet("jobs") || n < 1 || os.Getenv("GOMAXPROCS") != "" {
		return func() {}
	}
	old := runtime.GOMAXPROCS(min(n, runtime.NumCPU()))
	return func() { runtime.GOMAXPROCS(old) }
}

// now returns the time of the run: SOURCE_DATE_EPOCH when it is set (for
// reproducible workbooks), else the clock.
func now() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(sec, 0).UTC()
		}
	}
	return time.Now()
}
