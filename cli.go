package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// dispatch reads the command line the way people type it and returns the
// arguments to give urfave/cli, with the command's flags moved before its
// inputs, and the command named (nil for none). It answers help and
// version itself, returning nil arguments, and returns a usageError for an
// unknown command or global flag.
func dispatch(app *cli.App, args []string) (cmdArgs []string, command *cli.Command, err error) {
	rest := args[1:]
	if len(rest) == 0 {
		// No command: the overview, on standard error since nothing was
		// done, and exit status 2.
		app.Writer = app.ErrWriter
		if err := app.Run([]string{args[0], "--help"}); err != nil {
			return nil, nil, err
		}
		return nil, nil, exitCode(exitUsage)
	}
	switch first := rest[0]; first {
	case "-v", "--version", "-version":
		fmt.Fprint(app.Writer, versionText())
		return nil, nil, nil
	case "help", "h", "-h", "--help", "-help":
		if len(rest) > 2 {
			return nil, nil, usageError{"help takes one command at most"}
		}
		if len(rest) == 2 {
			c := app.Command(rest[1])
			if c == nil {
				return nil, nil, unknownCommand(app, rest[1])
			}
			return []string{args[0], c.Name, "--help"}, c, nil
		}
		return []string{args[0], "--help"}, nil, nil
	default:
		if strings.HasPrefix(first, "-") {
			return nil, nil, usageError{fmt.Sprintf("unknown flag %s before the command", first)}
		}
		c := app.Command(first)
		if c == nil {
			return nil, nil, unknownCommand(app, first)
		}
		return append([]string{args[0], first}, flagsFirst(c, rest[1:])...), c, nil
	}
}

// unknownCommand is the usage error for a command that does not exist.
func unknownCommand(app *cli.App, name string) error {
	var names []string
	for _, c := range app.Commands {
		if !c.Hidden {
			names = append(names, c.Name)
		}
	}
	return usageError{fmt.Sprintf("unknown command %q; the commands are %s", name, strings.Join(names, ", "))}
}

// helpHint is where to read how a command is used.
func helpHint(c *cli.Command) string {
	if c == nil {
		return "factsheet help"
	}
	return "factsheet " + c.Name + " --help"
}

// flagsFirst moves a command's flags before its inputs, so that
// `annotate src/ -o sheet.xlsx` means what `annotate -o sheet.xlsx src/`
// does (Go's flag parsing stops at the first input). A flag that takes a
// value takes the argument after it; "--" ends the flags, and "-" is an
// input (standard input). The inputs follow a "--", so that none is read as
// a flag.
func flagsFirst(c *cli.Command, args []string) []string {
	takesValue := map[string]bool{}
	for _, f := range c.Flags {
		v := false
		if tv, ok := f.(cli.DocGenerationFlag); ok {
			v = tv.TakesValue()
		}
		for _, name := range f.Names() {
			takesValue[name] = v
		}
	}
	var flags, inputs []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			inputs = append(inputs, args[i+1:]...)
			i = len(args)
		case a == "-" || !strings.HasPrefix(a, "-"):
			inputs = append(inputs, a)
		default:
			name := strings.TrimLeft(a, "-")
			if name == "h" || name == "help" {
				return []string{"--help"} // the command's help, whatever else was typed
			}
			flags = append(flags, a)
			if !strings.Contains(name, "=") && takesValue[name] {
				if i+1 == len(args) {
					return flags // its value is missing: let the parser say so
				}
				flags = append(flags, args[i+1])
				i++
			}
		}
	}
	if len(inputs) == 0 {
		return flags
	}
	return append(append(flags, "--"), inputs...)
}

// Go's flag package words its errors for programmers; these say the same
// for people.
var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	reNeedsArg  = regexp.MustCompile(`^flag needs an argument: -+(.+)$`)
	reBadValue  = regexp.MustCompile(`^invalid value "(.*)" for flag -+([^:]+): (.*)$`)
)

// flagMessage turns an error of flag parsing into a one-line reason.
func flagMessage(err error) string {
	msg := err.Error()
	dashes := func(name string) string {
		if len(name) == 1 {
			return "-" + name
		}
		return "--" + name
	}
	if m := reUndefined.FindStringSubmatch(msg); m != nil {
		return "unknown flag " + dashes(m[1])
	}
	if m := reNeedsArg.FindStringSubmatch(msg); m != nil {
		return dashes(m[1]) + " needs a value"
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		why := m[3]
		if why == "parse error" {
			why = "not a number"
		}
		return fmt.Sprintf("%s %q: %s", dashes(m[2]), m[1], why)
	}
	return msg
}
