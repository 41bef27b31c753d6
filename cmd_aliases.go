package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/batch"
	"github.com/factsheet/factsheet/extract/entities"
	"github.com/urfave/cli/v2"
)

// aliasesFlag is the --aliases flag of annotate and extract.
var aliasesFlag = &cli.StringFlag{
	Name:  "aliases",
	Usage: "read your own entity names from `FILE`: CSV lines canonical,label,variant (labels PERSON, ORG, GPE, LOC, NORP, EVENT, WORK, LAW, FAC); they win over the built-in gazetteer and the text's own aliases",
}

// pipelineOptions returns the pipeline's options for an aliases file ("" for
// none). A file that cannot be read or has a malformed line is bad usage:
// the error names the file and the line.
func pipelineOptions(aliases string, std batch.Streams) (annotate.Options, error) {
	if aliases == "" {
		return annotate.Options{}, nil
	}
	g, err := readAliases(aliases)
	if err != nil {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return annotate.Options{}, exitCode(exitUsage)
	}
	return annotate.Options{Aliases: g}, nil
}

// readAliases opens and parses an aliases file. Errors read "PATH: reason"
// or "PATH:LINE: reason".
func readAliases(path string) (*entities.Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, errors.Unwrap(err)) // os.Open's error is an *fs.PathError
	}
	defer f.Close()
	return annotate.ParseAliases(f, path)
}

// pipelineKey stands for the pipeline's options in the cache's keys: the
// SHA-256 of the aliases file's bytes, "" without one.
func pipelineKey(aliases string) (string, error) {
	if aliases == "" {
		return "", nil
	}
	data, err := os.ReadFile(aliases)
	if err != nil {
		return "", usageError{fmt.Sprintf("%s: %s", aliases, errors.Unwrap(err))}
	}
	sum := sha256.Sum256(data)
	return "aliases " + hex.EncodeToString(sum[:]), nil
}
