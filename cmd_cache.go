package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/factsheet/factsheet/batch"
	"github.com/urfave/cli/v2"
)

func cacheCommand(std batch.Streams) *cli.Command {
	return &cli.Command{
		Name:      "cache",
		Usage:     "look after the folder of annotate --cache: prune removes the entries not used for a while",
		ArgsUsage: "prune DIR",
		Description: `factsheet cache prune [--older-than AGE] DIR removes from the cache folder DIR
(as given to annotate --cache) the entries that no run has written or read for
longer than AGE (default 30d), the notes of JSON Lines outputs not used for
as long, and the temporary files of runs that were stopped. A run marks an
entry it reads as used when it was last marked an hour ago or more; the
entries of an output a run found unchanged are kept as long as its note.
It is safe while other runs use the folder: at worst one of them
annotates a source again.`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "older-than", Value: "30d", Usage: "remove entries unused for `AGE`: days (30d), hours (12h) or minutes (90m)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 || c.Args().First() != "prune" {
				return usageError{"use: factsheet cache prune [--older-than AGE] DIR"}
			}
			age, err := parseAge(c.String("older-than"))
			if err != nil {
				return err
			}
			st, err := batch.Prune(c.Args().Get(1), age, time.Now())
			if err != nil {
				fmt.Fprintf(std.Err, "factsheet: %s\n", err)
				return exitCode(exitFailed)
			}
			fmt.Fprintf(std.Err, "factsheet: removed %d entries (%.1f MB), kept %d\n", st.Removed, float64(st.Bytes)/1e6, st.Kept)
			return nil
		},
	}
}

// parseAge reads an age: a number of days ("30d"), or a Go duration ("12h",
// "90m").
func parseAge(s string) (time.Duration, error) {
	bad := usageError{fmt.Sprintf("--older-than %s: want an age such as 30d, 12h or 90m", s)}
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || n < 0 {
			return 0, bad
		}
		return time.Duration(n * 24 * float64(time.Hour)), nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, bad
	}
	return d, nil
}
