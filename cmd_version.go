package main

import (
	"fmt"

	"github.com/factsheet/factsheet/batch"
	"github.com/urfave/cli/v2"
)

func versionCommand(std batch.Streams) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version of factsheet (the same as -v and --version)",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError{"version takes no arguments"}
			}
			fmt.Fprint(std.Out, versionText())
			return nil
		},
	}
}
