package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Input is one input to read: a file, or standard input when Path is "-".
// ID is its source id, unique among the inputs of one Expand.
type Input struct {
	ID   string
	Path string
}

// Stdin is the path that names standard input.
const Stdin = "-"

// Error is a failure to use one input. It names the input, so that it reads
// on one line as "PATH: reason".
type Error struct {
	Path string
	Err  error
}

// Error reads "PATH: reason", or "standard input: reason".
func (e *Error) Error() string {
	path := e.Path
	if path == Stdin {
		path = "standard input"
	}
	return path + ": " + e.Err.Error()
}

// Unwrap returns the reason, for errors.Is and errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Expand turns command-line arguments into inputs, in order: a file stands
// for itself, a folder for every file under it (recursively, sorted by path,
// hidden files and folders skipped), a glob for the files it matches, "-" for
// standard input. Arguments that name nothing give an Error each; the other
// inputs are still returned.
func Expand(args []string) ([]Input, []error) {
	var paths []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	for _, arg := range args {
		switch {
		case arg == Stdin:
			add(arg)
		case strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://"):
			errs = append(errs, &Error{arg, errors.New("reading from URLs is not supported yet; download the page and pass the file")})
		default:
			found, ferrs := expandArg(arg)
			errs = append(errs, ferrs...)
			for _, p := range found {
				add(p)
			}
		}
	}
	return withIDs(paths), errs
}

// expandArg lists the files one argument names, and the errors met on the
// way: a folder that cannot be read is reported and the walk goes on.
func expandArg(arg string) ([]string, []error) {
	info, err := os.Stat(arg)
	if err != nil {
		if strings.ContainsAny(arg, "*?[") {
			matches, gerr := filepath.Glob(arg)
			if gerr != nil {
				return nil, []error{&Error{arg, fmt.Errorf("bad pattern: %w", gerr)}}
			}
			if len(matches) == 0 {
				return nil, []error{&Error{arg, errors.New("no files match")}}
			}
			var out []string
			var errs []error
			for _, m := range matches {
				found, merrs := expandArg(m)
				out = append(out, found...)
				errs = append(errs, merrs...)
			}
			return out, errs
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, []error{&Error{arg, errors.New("no such file or folder")}}
		}
		return nil, []error{&Error{arg, unwrapPathError(err)}}
	}
	if !info.IsDir() {
		return []string{arg}, nil
	}
	var out []string
	var errs []error
	filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &Error{p, unwrapPathError(err)})
			if d != nil && d.IsDir() && p != arg {
				return filepath.SkipDir
			}
			return nil
		}
		if p != arg && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.Type().IsRegular():
			out = append(out, p)
		case d.Type()&fs.ModeSymlink != 0:
			// A link to a file is read; a link to a folder is not followed,
			// so that a loop of links cannot walk forever.
			if target, err := os.Stat(p); err == nil && target.Mode().IsRegular() {
				out = append(out, p)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out, errs
}

// withIDs gives each path a source id: the slug of its file name, with "-2",
// "-3"... added where names repeat.
func withIDs(paths []string) []Input {
	used := map[string]bool{}
	out := make([]Input, len(paths))
	for i, p := range paths {
		base := "stdin"
		if p != Stdin {
			base = Slug(strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
		}
		id := base
		for n := 2; used[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		used[id] = true
		out[i] = Input{ID: id, Path: p}
	}
	return out
}

// Slug turns a name into a source id: lower-case letters and digits, with
// single hyphens between runs of them ("Great Leap Forward.txt" gives
// "great-leap-forward-txt"). An empty result becomes "source".
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		} else {
			hyphen = true
		}
	}
	if b.Len() == 0 {
		return "source"
	}
	return b.String()
}

// Read reads and decodes one input; stdin is read for Stdin. Failures are
// *Error values naming the input.
func Read(in Input, stdin io.Reader) (Source, error) {
	var raw []byte
	var err error
	if in.Path == Stdin {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = os.ReadFile(in.Path)
	}
	if err != nil {
		return Source{}, &Error{in.Path, unwrapPathError(err)}
	}
	return FromBytes(in, raw)
}

// FromBytes decodes raw bytes read for an input into a Source.
func FromBytes(in Input, raw []byte) (Source, error) {
	text, enc, err := Decode(raw)
	if err != nil {
		return Source{}, &Error{in.Path, err}
	}
	sum := sha256.Sum256(raw)
	src := Source{
		ID:       in.ID,
		SHA256:   hex.EncodeToString(sum[:]),
		Encoding: enc,
		Text:     text,
		Meta:     Meta{ID: in.ID, Type: "document"},
	}
	if in.Path != Stdin {
		src.Path = in.Path
	}
	return src, nil
}

// unwrapPathError drops the path from an *fs.PathError, since Error names
// the input already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
