package main

import (
	"fmt"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/sources"
	"github.com/urfave/cli/v2"
)

// sourceFlags are the flags of annotate and sources that say what the
// inputs are: a reference library, a manifest, and the citation style.
var sourceFlags = []cli.Flag{
	&cli.StringFlag{Name: "library", Usage: "read the sources' metadata from a reference library `FILE` exported from Zotero (CSL-JSON .json, or BibTeX/BibLaTeX .bib), matched by id, file name, URL or DOI"},
	&cli.StringFlag{Name: "manifest", Usage: "read the sources' metadata from a CSV `FILE` with a header row: path,id,title,author,issued,publisher,url,... (any CSL-JSON field)"},
	&cli.StringFlag{Name: "style", Value: annotate.StyleChicago, Usage: "citation `STYLE`: chicago (notes), apa (7th edition) or mla (9th edition)"},
}

// sourceReader reads the --library and --manifest files. One that cannot be
// read, or has a malformed entry, is bad usage: the error names the file
// and the line.
func sourceReader(c *cli.Context, std batch.Streams) (*sources.Reader, error) {
	r := &sources.Reader{}
	if f := c.String("library"); f != "" {
		lib, err := sources.LoadLibrary(f)
		if err != nil {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
			return nil, exitCode(exitUsage)
		}
		r.Library = lib
	}
	if f := c.String("manifest"); f != "" {
		m, err := sources.LoadManifest(f)
		if err != nil {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
			return nil, exitCode(exitUsage)
		}
		r.Manifest = m
	}
	return r, nil
}

// citationStyle checks --style.
func citationStyle(c *cli.Context) (string, error) {
	style := c.String("style")
	if !annotate.ValidStyle(style) {
		return "", usageError{fmt.Sprintf("unknown citation style %q; use chicago, apa or mla", style)}
	}
	return style, nil
}
