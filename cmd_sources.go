package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/sources"
	"github.com/urfave/cli/v2"
)

func sourcesCommand(std batch.Streams) *cli.Command {
	return &cli.Command{
		Name:      "sources",
		Usage:     "show the citation metadata each input resolves to: format, pages, title, author, date, where each came from, the citation and what is missing",
		ArgsUsage: "INPUT...",
		Description: `INPUT is what annotate takes: files, folders, globs, URLs or - for standard
input. Each is read as annotate reads it, with the same --library, --manifest
and --style, but not annotated. --format json writes
{"sources": [{"id", "path", "url", "format", "encoding", "pages", "meta",
"meta_from", "citation", "missing"}], "failed": [{"input", "error"}]}.
Exit status 1 when some inputs could not be read.`,
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Value: "table", Usage: "`FORMAT` of the report: table or json"},
		}, sourceFlags...),
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return usageError{"sources needs at least one INPUT"}
			}
			format := c.String("format")
			if format != "table" && format != "json" {
				return usageError{fmt.Sprintf("unknown format %q for sources; use table or json", format)}
			}
			style, err := citationStyle(c)
			if err != nil {
				return err
			}
			reader, err := sourceReader(c, std)
			if err != nil {
				return err
			}
			reader.Now = now()
			return runSources(c.Args().Slice(), format, style, reader, std)
		},
	}
}

// sourceReport is what sources says of one input.
type sourceReport struct {
	ID       string            `json:"id"`
	Path     string            `json:"path,omitempty"`
	URL      string            `json:"url,omitempty"`
	Format   string            `json:"format"`
	Encoding string            `json:"encoding"`
	Pages    int               `json:"pages"`
	Meta     sources.Meta      `json:"meta"`
	MetaFrom map[string]string `json:"meta_from"`
	Citation string            `json:"citation"`
	Missing  []string          `json:"missing"`
}

type failedInput struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

func runSources(args []string, format, style string, reader *sources.Reader, std batch.Streams) error {
	inputs, errs := sources.Expand(args, reader.Files()...)
	failed := []failedInput{}
	for _, err := range errs {
		failed = append(failed, failure(err))
	}
	reports := []sourceReport{}
	for _, in := range inputs {
		src, err := reader.Read(in, std.In)
		if err != nil {
			if errors.Is(err, sources.ErrOwnOutput) {
				fmt.Fprintf(std.Err, "factsheet: %s\n", err)
				continue
			}
			failed = append(failed, failure(err))
			continue
		}
		src = annotate.Describe(src, style)
		missing := annotate.Missing(src.Meta)
		if missing == nil {
			missing = []string{}
		}
		reports = append(reports, sourceReport{ID: src.ID, Path: src.Path, URL: src.URL, Format: src.Format,
			Encoding: src.Encoding, Pages: len(src.Pages), Meta: src.Meta, MetaFrom: src.MetaFrom,
			Citation: src.Citation, Missing: missing})
	}
	if format == "json" {
		b, err := json.MarshalIndent(struct {
			Sources []sourceReport `json:"sources"`
			Failed  []failedInput  `json:"failed"`
		}{reports, failed}, "", "  ")
		if err != nil {
			return err
		}
		fmt.Fprintf(std.Out, "%s\n", b)
	} else {
		writeSourcesTable(std, reports)
	}
	for _, f := range failed {
		fmt.Fprintf(std.Err, "factsheet: %s\n", f.Error)
	}
	if len(failed) > 0 {
		return exitCode(exitFailed)
	}
	return nil
}

func failure(err error) failedInput {
	var se *sources.Error
	if errors.As(err, &se) {
		return failedInput{Input: se.Path, Error: err.Error()}
	}
	return failedInput{Error: err.Error()}
}

// writeSourcesTable writes one block per source: what was found, where it
// came from, what is missing, and the citation.
func writeSourcesTable(std batch.Streams, reports []sourceReport) {
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(std.Out)
		}
		tw := tabwriter.NewWriter(std.Out, 0, 4, 2, ' ', tabwriter.TabIndent)
		where := r.Path
		if r.URL != "" {
			where = r.URL
		}
		if where == "" {
			where = "standard input"
		}
		about := r.Format + ", " + r.Encoding
		if r.Pages > 0 {
			about += ", " + strconv.Itoa(r.Pages) + " pages"
		}
		fmt.Fprintf(std.Out, "%s  %s (%s)\n", r.ID, where, about)
		authors := make([]string, 0, len(r.Meta.Author))
		for _, a := range r.Meta.Author {
			authors = append(authors, strings.Trim(a.Literal+a.Family+", "+a.Given, ", "))
		}
		row := func(label, value, field string) {
			if value == "" {
				return
			}
			from := r.MetaFrom[field]
			if from != "" {
				from = "[" + from + "]"
			}
			fmt.Fprintf(tw, "  %s\t%s\n", label, join("  ", value, from))
		}
		row("type", r.Meta.Type, "type")
		row("title", r.Meta.Title, "title")
		row("author", strings.Join(authors, "; "), "author")
		row("issued", r.Meta.Issued.EDTF(), "issued")
		row("in", r.Meta.ContainerTitle, "container-title")
		row("publisher", r.Meta.Publisher, "publisher")
		row("archive", join(", ", r.Meta.ArchiveLocation, r.Meta.Archive), "archive")
		row("URL", r.Meta.URL, "URL")
		row("accessed", r.Meta.Accessed.String(), "accessed")
		others := []string{}
		for k := range r.MetaFrom {
			switch k {
			case "type", "title", "author", "issued", "container-title", "publisher", "archive", "archive_location", "URL", "accessed":
			default:
				others = append(others, k)
			}
		}
		sort.Strings(others)
		if len(others) > 0 {
			fmt.Fprintf(tw, "  also\t%s\n", strings.Join(others, ", "))
		}
		if len(r.Missing) > 0 {
			fmt.Fprintf(tw, "  missing\t%s\n", strings.Join(r.Missing, ", "))
		}
		fmt.Fprintf(tw, "  cite\t%s\n", r.Citation)
		tw.Flush()
	}
}

func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
