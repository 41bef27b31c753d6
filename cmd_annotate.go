package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
	"github.com/urfave/cli/v2"
)

// annotateOptions are the settings of one annotate run.
type annotateOptions struct {
	Inputs  []string
	Output  string // a path, or "-" for standard output
	Format  string // xlsx, json, jsonl or csv
	Jobs    int
	Aliases string    // the user's aliases file (CSV canonical,label,variant), or ""
	Command []string  // the command line, for the workbook's About sheet
	Now     time.Time // when the run happens, for the About sheet and backups
}

func annotateCommand(std streams, args []string) *cli.Command {
	return &cli.Command{
		Name:      "annotate",
		Usage:     "read sources and write a fact sheet of their claims, entities and dates",
		ArgsUsage: "INPUT...",
		Description: `INPUT is a file, a folder (read recursively, hidden files skipped), a glob,
or - for standard input. Text may be UTF-8 (with or without a byte-order mark),
UTF-16 with a byte-order mark, or Windows-1252.

The format follows the extension of -o (.xlsx, .json, .jsonl or .ndjson, .csv), or
--format; with neither, factsheet.xlsx is written. -o - writes json, jsonl or
csv to standard output. Files are written atomically.

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
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the fact sheet to `PATH` (- for standard output)"},
			&cli.StringFlag{Name: "format", Usage: "output `FORMAT`: " + strings.Join(export.Formats, ", ") + " (default: from the -o extension, else xlsx)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "annotate `N` sources at once"},
			aliasesFlag,
		},
		Action: func(c *cli.Context) error {
			opts := annotateOptions{
				Inputs:  c.Args().Slice(),
				Output:  c.String("output"),
				Format:  c.String("format"),
				Jobs:    c.Int("jobs"),
				Aliases: c.String("aliases"),
				Command: args,
				Now:     now(),
			}
			return runAnnotate(opts, std)
		},
	}
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

// resolveOutput settles the output path and format from -o and --format.
func resolveOutput(opts *annotateOptions) error {
	if opts.Format != "" {
		if err := export.CheckFormat(opts.Format); err != nil {
			return usageError{err.Error()}
		}
	}
	switch {
	case opts.Output == "" && opts.Format == "":
		opts.Output, opts.Format = "factsheet.xlsx", "xlsx"
	case opts.Output == "":
		opts.Output = "factsheet." + opts.Format
	case opts.Format == "" && opts.Output == "-":
		return usageError{"-o - needs --format json, jsonl or csv"}
	case opts.Format == "":
		opts.Format = export.FormatFromPath(opts.Output)
		if opts.Format == "" {
			return usageError{fmt.Sprintf("cannot tell the format of %q from its extension; use --format", opts.Output)}
		}
	}
	if opts.Format != "xlsx" && export.FormatFromPath(opts.Output) == "xlsx" {
		// Never write something else over a workbook, which may hold review work.
		return usageError{fmt.Sprintf("-o %s names a workbook, but the format is %s; give the file a .%s name", opts.Output, opts.Format, opts.Format)}
	}
	if opts.Output == "-" && !export.Streaming(opts.Format) {
		return usageError{opts.Format + " cannot be written to standard output; use -o FILE"}
	}
	if opts.Jobs < 1 {
		return usageError{"--jobs must be at least 1"}
	}
	if opts.Output != "-" {
		dir := filepath.Dir(opts.Output)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return usageError{fmt.Sprintf("-o %s: the folder %s does not exist", opts.Output, dir)}
		}
	}
	return nil
}

// runAnnotate annotates the inputs and writes the fact sheet.
func runAnnotate(opts annotateOptions, std streams) error {
	if len(opts.Inputs) == 0 {
		return usageError{"annotate needs at least one INPUT"}
	}
	if err := resolveOutput(&opts); err != nil {
		return err
	}
	pipeline, aerr := pipelineOptions(opts.Aliases, std)
	if aerr != nil {
		return aerr
	}
	reviews, err := readReviews(opts)
	if err != nil {
		fmt.Fprintf(std.err, "factsheet: %s\n", err)
		return exitCode(exitFailed)
	}
	inputs, errs := sources.Expand(opts.Inputs)
	for _, err := range errs {
		fmt.Fprintf(std.err, "factsheet: %s\n", err)
	}
	failed := len(errs)
	if len(inputs) == 0 {
		fmt.Fprintln(std.err, "factsheet: no inputs to annotate")
		return exitCode(exitFailed)
	}

	var stats struct{ docs, sentences, claims int }
	write := func(w io.Writer) error {
		out, err := export.New(opts.Format, w, export.Run{
			Tool:    export.Tool{Name: "factsheet", Version: version},
			Command: opts.Command,
			Created: opts.Now,
			Reviews: reviews,
		})
		if err != nil {
			return err
		}
		var werr error
		bar := newProgress(std.err, len(inputs))
		annotate.Ordered(len(inputs), opts.Jobs,
			func(i int) result {
				doc, err := annotateInput(pipeline, inputs[i], std.in)
				return result{doc, err}
			},
			func(i int, r result) {
				bar.step()
				if r.err != nil {
					bar.clear()
					failed++
					fmt.Fprintf(std.err, "factsheet: %s\n", r.err)
					return
				}
				stats.docs++
				stats.sentences += len(r.doc.Sentences)
				stats.claims += len(r.doc.Claims)
				if werr == nil {
					werr = out.Write(r.doc)
				}
			})
		bar.clear()
		if werr != nil {
			return werr
		}
		if stats.docs == 0 {
			return errNothingAnnotated
		}
		return out.Close()
	}

	if opts.Output == "-" {
		err = write(std.out)
	} else {
		err = writeOutputFile(opts, reviews, write, std)
	}
	var workbookErr *export.WorkbookError
	switch {
	case errors.Is(err, errNothingAnnotated):
		fmt.Fprintf(std.err, "factsheet: no input could be annotated; %s was not written\n", opts.Output)
		return exitCode(exitFailed)
	case errors.As(err, &workbookErr):
		fmt.Fprintf(std.err, "factsheet: %s\n", err)
		return exitCode(exitFailed)
	case err != nil:
		fmt.Fprintf(std.err, "factsheet: %s: %s\n", opts.Output, err)
		return exitCode(exitFailed)
	}
	if opts.Output != "-" {
		fmt.Fprintf(std.err, "factsheet: wrote %s: %s, %s, %s\n", opts.Output,
			plural(stats.docs, "source"), plural(stats.sentences, "sentence"), plural(stats.claims, "claim"))
	}
	if failed > 0 {
		fmt.Fprintf(std.err, "factsheet: %s failed\n", plural(failed, "input"))
		return exitCode(exitFailed)
	}
	return nil
}

// annotateInput reads and annotates one input. A panic in the pipeline is a
// bug, but it costs only that input: it becomes the input's error, and the
// rest of the batch goes on.
func annotateInput(pipeline annotate.Options, in sources.Input, stdin io.Reader) (doc *annotate.Document, err error) {
	src, err := sources.Read(in, stdin)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &sources.Error{Path: in.Path, Err: fmt.Errorf("internal error, please report it: %v", r)}
		}
	}()
	return pipeline.Annotate(src), nil
}

// result is what annotating one input gives.
type result struct {
	doc *annotate.Document
	err error
}

var errNothingAnnotated = errors.New("nothing annotated")

// readReviews reads the review work of the workbook about to be replaced,
// before any input is annotated, so that a workbook that is open, damaged
// or not a fact sheet is refused at once and left untouched. Other formats
// have none.
func readReviews(opts annotateOptions) (*export.Reviews, error) {
	if opts.Format != "xlsx" || opts.Output == "-" {
		return nil, nil
	}
	return export.ReadReviews(opts.Output)
}

// writeOutputFile writes the output file atomically. A workbook replaces
// the one there only if it is unchanged since its reviews were read, and
// that one is kept as a backup named after the time of the run, so that
// review work typed into it is never lost.
func writeOutputFile(opts annotateOptions, reviews *export.Reviews, write func(io.Writer) error, std streams) error {
	if opts.Format != "xlsx" {
		return export.WriteFile(opts.Output, write)
	}
	backup, err := export.WriteWorkbook(opts.Output, reviews, opts.Now, write)
	if err != nil {
		return err
	}
	if backup != "" {
		fmt.Fprintf(std.err, "factsheet: kept the previous workbook as %s\n", backup)
	}
	if reviews.Len() > 0 {
		fmt.Fprintf(std.err, "factsheet: carried over %s", plural(reviews.Carried, "review"))
		if reviews.Orphaned > 0 {
			fmt.Fprintf(std.err, "; %s of claims no longer found are on the \"Orphaned reviews\" sheet", plural(reviews.Orphaned, "review"))
		}
		fmt.Fprintln(std.err)
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
