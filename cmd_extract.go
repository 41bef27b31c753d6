package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/extract/lex"
	"github.com/factsheet/factsheet/sources"
	"github.com/urfave/cli/v2"
)

// extractOptions are the settings of one extract run.
type extractOptions struct {
	Input      string
	JSONL      bool
	Aliases    string // the user's aliases file, or ""
	NoEntities bool   // dates and quantities only; the entity model is not loaded
}

func extractCommand(std batch.Streams) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "show the mentions of one source as a table on the terminal (or as JSON Lines)",
		ArgsUsage: "INPUT",
		Description: `A quick look at what annotate finds in one source: each entity, date and
quantity with its line and column and its normalised value. INPUT is a file
or - for standard input.`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "jsonl", Usage: "write the mentions as JSON Lines instead of a table"},
			&cli.BoolFlag{Name: "no-entities", Usage: "show dates and quantities only, without loading the entity model"},
			aliasesFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError{"extract needs exactly one INPUT"}
			}
			return runExtract(extractOptions{Input: c.Args().First(), JSONL: c.Bool("jsonl"), Aliases: c.String("aliases"), NoEntities: c.Bool("no-entities")}, std)
		},
	}
}

// runExtract annotates one input and prints its mentions.
func runExtract(opts extractOptions, std batch.Streams) error {
	pipeline, err := pipelineOptions(opts.Aliases, std)
	if err != nil {
		return err
	}
	pipeline.NoEntities = opts.NoEntities
	inputs, errs := sources.Expand([]string{opts.Input})
	if len(errs) > 0 || len(inputs) != 1 {
		for _, err := range errs {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		}
		if len(errs) == 0 {
			fmt.Fprintf(std.Err, "factsheet: %s: extract takes one file; use annotate for folders\n", opts.Input)
		}
		return exitCode(exitFailed)
	}
	doc, err := batch.Document(nil, pipeline, inputs[0], std.In)
	if err != nil {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return exitCode(exitFailed)
	}
	src := doc.Source
	if opts.JSONL {
		enc := json.NewEncoder(std.Out)
		enc.SetEscapeHTML(false)
		for _, m := range doc.Mentions {
			if err := enc.Encode(struct {
				Source string `json:"source"`
				annotate.Mention
			}{doc.Source.ID, m}); err != nil {
				return err
			}
		}
		return nil
	}
	lines := lex.NewLines(src.Text)
	tw := tabwriter.NewWriter(std.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "LINE:COL\tTYPE\tTEXT\tVALUE")
	anchors := doc.MentionIndex()
	for _, m := range doc.Mentions {
		line, col := lines.Position(m.Start)
		fmt.Fprintf(tw, "%d:%d\t%s\t%s\t%s\n", line, col, m.Type, strings.Join(strings.Fields(m.Text), " "), describe(m, anchors))
	}
	return tw.Flush()
}

// describe says in a few words what a mention was normalised to.
func describe(m annotate.Mention, mentions map[string]*annotate.Mention) string {
	var parts []string
	switch {
	case m.EntityAttrs != nil:
		parts = append(parts, m.Label, m.Canonical)
	case m.DateAttrs != nil:
		parts = append(parts, orDash(m.EDTF))
		if m.Mod != "" {
			parts = append(parts, "("+m.Mod+")")
		}
		if a := mentions[m.Anchor]; a != nil {
			parts = append(parts, "from “"+a.Text+"”")
		} else if m.Reason != "" {
			parts = append(parts, m.Reason)
		}
	case m.QuantityAttrs != nil:
		parts = append(parts, m.Kind)
		if m.Value != nil {
			v := strconv.FormatFloat(*m.Value, 'f', -1, 64)
			if m.High != nil {
				v += "–" + strconv.FormatFloat(*m.High, 'f', -1, 64)
			}
			parts = append(parts, v)
		} else {
			parts = append(parts, "vague")
		}
		if m.Unit != "" {
			parts = append(parts, m.Unit)
		}
		if m.Qualifier != lex.QualNone {
			parts = append(parts, "("+m.Qualifier+")")
		}
	}
	return strings.Join(parts, " ")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
