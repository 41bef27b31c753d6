// Command factsheet reads source texts, tags the entities, dates and numeric
// claims in them, and writes fact sheets for checking them: an Excel
// workbook, a reading view in the browser, and the formats of other tools
// (export.Formats lists them).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/factsheet/factsheet/batch"
	_ "github.com/factsheet/factsheet/batch/gctune" // the collector's setting while the packages start
	"github.com/factsheet/factsheet/export"
	"github.com/urfave/cli/v2"
)

// version is the program's version; release builds set it with
// -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// versionText is what `factsheet version`, -v and --version print.
func versionText() string {
	return fmt.Sprintf("factsheet %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// Exit codes.
const (
	exitOK     = 0 // every input done
	exitFailed = 1 // some inputs failed; the others were written
	exitUsage  = 2 // bad usage
)

func main() {
	// The run's temporary files go to a folder of its own, removed however
	// the run ends; one left by a run that was killed is removed by the
	// next.
	spool, cleanup, err := export.Spool()
	if err == nil {
		os.Setenv("TMPDIR", spool)
	}
	tuneGC()
	ctx, stop := interruptible()
	code := runContext(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	cleanup()
	os.Exit(code)
}

// interrupted is why a run was stopped: a signal.
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "interrupted by " + i.sig.String() }

// interruptible returns a context that Ctrl-C (SIGINT) or SIGTERM cancels,
// so that the run stops cleanly: it removes its temporary files and leaves
// the previous outputs as they were. A second signal ends the program at
// once (its leftovers are removed by the next run).
func interruptible() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(interrupted{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// signalExit is the exit status of a program ended by a signal: 128 + its
// number (130 for Ctrl-C, 143 for SIGTERM).
func signalExit(ctx context.Context) int {
	var in interrupted
	if errors.As(context.Cause(ctx), &in) {
		if s, ok := in.sig.(syscall.Signal); ok {
			return 128 + int(s)
		}
	}
	return 130
}

// usageError is a mistake in how the program was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitCode carries a command's exit code out of urfave/cli.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("exit %d", int(c)) }

// newApp builds the command-line application.
func newApp(std batch.Streams, args []string) *cli.App {
	app := &cli.App{
		Name:            "factsheet",
		Usage:           "tag the entities, dates and numeric claims of source texts and write fact sheets for checking them",
		UsageText:       "factsheet COMMAND [flags] INPUT...\nfactsheet help COMMAND",
		Version:         version,
		Writer:          std.Out,
		ErrWriter:       std.Err,
		HideHelpCommand: true,
		Commands: []*cli.Command{
			annotateCommand(std, args),
			extractCommand(std),
			sourcesCommand(std),
			compareCommand(std, args),
			mergeCommand(std, args),
			cacheCommand(std),
			versionCommand(std),
		},
		ExitErrHandler: func(*cli.Context, error) {},
	}
	for _, c := range app.Commands {
		// No "help" subcommand under a command (`factsheet help annotate`
		// and `factsheet annotate --help` give its help), and a bad flag is
		// a usage error, not a page of help.
		c.HideHelpCommand = true
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error { return usageError{flagMessage(err)} }
	}
	return app
}

// run runs the program with its arguments and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run, stopped cleanly when ctx is cancelled.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	std := batch.Streams{In: stdin, Out: stdout, Err: stderr}
	app := newApp(std, args)
	cmdArgs, command, err := dispatch(app, args)
	if err == nil && cmdArgs != nil {
		err = app.RunContext(ctx, cmdArgs)
	}
	if errors.Is(err, batch.ErrInterrupted) {
		return signalExit(ctx)
	}
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
		fmt.Fprintf(stderr, "factsheet: %s (see %s)\n", usage.msg, helpHint(command))
		return exitUsage
	case errors.As(err, &runUsage):
		fmt.Fprintf(stderr, "factsheet: %s (see %s)\n", runUsage.Msg, helpHint(command))
		return exitUsage
	default:
		fmt.Fprintf(stderr, "factsheet: %s\n", err)
		return exitUsage
	}
}
