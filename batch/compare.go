package batch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/compare"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// CompareFormats are the outputs of compare: a table for the terminal (the
// default), JSON for tools, and a workbook.
var CompareFormats = []string{"table", "json", "xlsx"}

// CompareOptions are the settings of one compare run.
type CompareOptions struct {
	Inputs   []string
	Output   string // a path, "-" or "" for standard output
	Format   string // table, json or xlsx; "" picks it from Output (table when none)
	Jobs     int
	Pipeline annotate.Options // for the inputs that are sources
	Compare  compare.Options
	Tool     export.Tool
	Command  []string
	Now      time.Time
}

// Compare reads the inputs (sources, annotated on the way, or fact sheets
// written earlier as JSON or JSON Lines), compares their claims and writes
// the report. Failures of single inputs are reported on std.Err and the
// rest are compared; the error returned is a UsageError for bad options,
// ErrFailed when some inputs or the output failed, else nil.
func Compare(opts CompareOptions, std Streams) (*compare.Report, error) {
	if len(opts.Inputs) == 0 {
		return nil, UsageError{"compare needs at least one INPUT"}
	}
	if err := resolveCompareOutput(&opts); err != nil {
		return nil, err
	}
	if opts.Output != "-" {
		if err := sources.CheckOutputs(opts.Output, opts.Inputs); err != nil {
			return nil, UsageError{err.Error()}
		}
	}
	var reviews *export.Reviews
	if opts.Format == "xlsx" {
		// read first, so that a workbook that is open or not a fact sheet is
		// refused before anything is read, and left untouched
		var err error
		if reviews, err = export.ReadReviews(opts.Output); err != nil {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
			return nil, ErrFailed
		}
	}
	output := []string{}
	if opts.Output != "-" {
		output = append(output, opts.Output)
	}
	inputs, errs := sources.Expand(opts.Inputs, output...)
	for _, err := range errs {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
	}
	failed := len(errs)
	if len(inputs) == 0 {
		fmt.Fprintln(std.Err, "factsheet: no inputs to compare")
		return nil, ErrFailed
	}

	type loaded struct {
		docs []*annotate.Document
		err  error
	}
	var claims []compare.Claim
	var docs []*annotate.Document // kept for the workbook only
	seen := map[string]string{}   // source id → the input it came from
	n := 0
	bar := newProgress(std.Err, len(inputs))
	annotate.Ordered(len(inputs), opts.Jobs,
		func(i int) loaded {
			ds, err := readInput(opts.Pipeline, inputs[i], std.In)
			return loaded{ds, err}
		},
		func(i int, l loaded) {
			bar.step()
			if l.err != nil {
				failed++
				bar.printf("factsheet: %s\n", l.err)
				return
			}
			for _, d := range l.docs {
				if from, dup := seen[d.Source.ID]; dup {
					bar.printf("factsheet: %s: source %s was read already from %s; skipped\n", inputs[i].Path, d.Source.ID, from)
					continue
				}
				seen[d.Source.ID] = inputs[i].Path
				claims = append(claims, compare.Normalize(d, n, opts.Compare)...)
				n++
				if opts.Format == "xlsx" {
					docs = append(docs, d)
				}
			}
		})
	bar.close()
	if n == 0 {
		fmt.Fprintln(std.Err, "factsheet: no input could be read; nothing compared")
		return nil, ErrFailed
	}
	report := compare.GroupClaims(claims, opts.Compare)

	write := func(w io.Writer) error {
		switch opts.Format {
		case "json":
			return compare.WriteJSON(w, report, opts.Tool)
		case "xlsx":
			return export.WriteComparison(w, report, docs, export.Run{Tool: opts.Tool, Command: opts.Command, Created: opts.Now, Reviews: reviews})
		}
		return compare.WriteTable(w, report)
	}
	var err error
	switch {
	case opts.Output == "-":
		err = write(std.Out)
	case opts.Format == "xlsx":
		var backup string
		if backup, err = export.WriteWorkbook(opts.Output, reviews, opts.Now, write); err == nil && backup != "" {
			fmt.Fprintf(std.Err, "factsheet: kept the previous workbook as %s\n", backup)
		}
		if err == nil && reviews.Len() > 0 {
			fmt.Fprintf(std.Err, "factsheet: carried over %s\n", plural(reviews.Carried, "review"))
		}
	default:
		err = export.WriteFile(opts.Output, write)
	}
	var workbookErr *export.WorkbookError
	if errors.As(err, &workbookErr) {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return report, ErrFailed
	}
	if err != nil {
		fmt.Fprintf(std.Err, "factsheet: %s: %s\n", opts.Output, err)
		return report, ErrFailed
	}
	if opts.Output != "-" {
		fmt.Fprintf(std.Err, "factsheet: wrote %s: %s (%s) from %s, %s\n", opts.Output,
			plural(len(report.Groups), "group"), plural(len(report.Series), "series"), plural(n, "source"), plural(report.Claims, "claim"))
	}
	if failed > 0 {
		fmt.Fprintf(std.Err, "factsheet: %s failed\n", plural(failed, "input"))
		return report, ErrFailed
	}
	return report, nil
}

// resolveCompareOutput settles the output path and format: --format wins;
// else the extension of -o (.json, .xlsx; anything else a table); with
// neither, a table on standard output. A workbook needs a file.
func resolveCompareOutput(opts *CompareOptions) error {
	if opts.Format != "" && !contains(CompareFormats, opts.Format) {
		return UsageError{fmt.Sprintf("unknown format %q (want one of %s)", opts.Format, strings.Join(CompareFormats, ", "))}
	}
	if opts.Output == "" {
		opts.Output = "-"
		if opts.Format == "xlsx" {
			opts.Output = "compare.xlsx"
		}
	}
	ext := strings.ToLower(filepath.Ext(opts.Output))
	if opts.Format == "" {
		switch {
		case opts.Output == "-":
			opts.Format = "table"
		case ext == ".json":
			opts.Format = "json"
		case ext == ".xlsx":
			opts.Format = "xlsx"
		default:
			opts.Format = "table"
		}
	}
	if opts.Format == "xlsx" && opts.Output == "-" {
		return UsageError{"a workbook cannot be written to standard output; use -o FILE.xlsx"}
	}
	if opts.Format != "xlsx" && ext == ".xlsx" {
		return UsageError{fmt.Sprintf("-o %s names a workbook, but the format is %s", opts.Output, opts.Format)}
	}
	if opts.Jobs < 1 {
		return UsageError{"--jobs must be at least 1"}
	}
	if a := opts.Compare.Approx; a < 0 || a >= 1 {
		return UsageError{fmt.Sprintf("--approx %g: want a fraction from 0 to below 1 (0.1 is ±10%%)", a)}
	}
	if opts.Output != "-" {
		dir := filepath.Dir(opts.Output)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return UsageError{fmt.Sprintf("-o %s: the folder %s does not exist", opts.Output, dir)}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readRaw reads the bytes of one input; stdin is read for "-".
func readRaw(in sources.Input, stdin io.Reader) ([]byte, error) {
	var raw []byte
	var err error
	if in.Path == sources.Stdin {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(in.Path)
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &sources.Error{Path: in.Path, Err: err}
	}
	return raw, nil
}
