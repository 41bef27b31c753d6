// Command factsheet reads source texts, tags the entities, dates and numeric
// claims in them, and writes fact sheets for checking them: an Excel
// workbook, JSON, JSON Lines or CSV.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/factsheet/factsheet/batch"
	"github.com/urfave/cli/v2"
)

// version is the program's version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes.
const (
	exitOK     = 0 // every input done
	exitFailed = 1 // some inputs failed; the others were written
	exitUsage  = 2 // bad usage
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake in how the program was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCode carries a command's exit code out of urfave/cli.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit %d", int(c)) }

// run runs the program with its arguments and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	std := batch.Streams{In: stdin, Out: stdout, Err: stderr}
	app := &cli.App{
		Name:            "factsheet",
		Usage:           "tag the entities, dates and numeric claims of source texts and write fact sheets for checking them",
		Version:         version,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Commands: []*cli.Command{
			annotateCommand(std, args),
			extractCommand(std),
			versionCommand(std),
		},
		OnUsageError:   func(_ *cli.Context, err error, _ bool) error { return usageError{err.Error()} },
		ExitErrHandler: func(*cli.Context, error) {},
	}
	err := app.Run(args)
	var code exitCode
	var usage usageError
	var runUsage batch.UsageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &code):
		return int(code)
	case errors.Is(err, batch.ErrFailed):
		return exitFailed
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "factsheet: %s (see factsheet --help)\n", usage.msg)
		return exitUsage
	case errors.As(err, &runUsage):
		fmt.Fprintf(stderr, "factsheet: %s (see factsheet --help)\n", runUsage.Msg)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "factsheet: %s\n", err)
		return exitUsage
	}
}
