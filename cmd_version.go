package main

import (
	"fmt"
	"runtime"

	"github.com/factsheet/factsheet/batch"
	"github.com/urfave/cli/v2"
)

func versionCommand(std batch.Streams) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version of factsheet",
		Action: func(*cli.Context) error {
			fmt.Fprintf(std.Out, "factsheet %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	}
}
