package sources

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Input is one input to read: a file, or standard input when Path is "-".
// ID is its source id (see Expand), unique among the inputs of one Expand.
// Rel is the name the id was made from: the path relative to the folder or
// glob the file was found under, or the file's own name when it was named.
type Input struct {
	ID   string
	Path string // the file, "-" for standard input, or the URL
	URL  string // the http(s) address to fetch, for a URL
	Rel  string
	// listed says the folder was listed by Expand, and sidecars which of
	// the names a sidecar may have (see sidecarPaths; bit i for the i-th)
	// are in it, so that reading the input need not try them all.
	listed   bool
	sidecars uint8
	link     bool // a link to a file, in a listed folder
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

// Expand turns command-line arguments into inputs, in order: a file
// stands for itself, a folder for every file under it (recursively, hidden
// files and folders skipped), a glob for the files it matches, "-" for
// standard input. Arguments that name nothing give an Error each; the other
// inputs are still returned.
//
// A source's id never depends on the order or number of the inputs: it is
// the slug of the file's path relative to the folder or glob it was found
// under, without its extension ("a/notes.txt" under the folder gives
// "a-notes"), or of the file's own name when it was named ("notes.txt" gives
// "notes"). Only inputs whose ids would be the same are told apart: by their
// extension ("notes-txt", "notes-md"), else by their whole path.
//
// Files factsheet writes are never inputs: the paths in outputs (the files
// about to be written), and workbook backups and set-aside copies
// (NAME.backup-*.xlsx, NAME.new-*.xlsx) are skipped in folders and globs.
// CheckOutputs refuses an output that is named as an input.
func Expand(args []string, outputs ...string) ([]Input, []error) {
	var found []Input
	var errs []error
	seen := map[string]bool{}
	skip := outputSet(outputs)
	for _, arg := range args {
		switch {
		case arg == Stdin:
			if !seen[arg] {
				seen[arg] = true
				found = append(found, Input{Path: Stdin, Rel: "stdin"})
			}
		case isURL(arg):
			if !seen[arg] {
				seen[arg] = true
				found = append(found, Input{Path: arg, URL: arg, Rel: urlRel(arg)})
			}
		default:
			ins, ferrs := expandArg(arg)
			errs = append(errs, ferrs...)
			for _, in := range ins {
				key := skip.abs(in.Path)
				if seen[key] || skip.has(in, key) {
					continue
				}
				seen[key] = true
				found = append(found, in)
			}
		}
	}
	return withIDs(found), errs
}

// expandArg lists the files one argument names, and the errors met on the
// way: a folder that cannot be read is reported and the walk goes on.
func expandArg(arg string) ([]Input, []error) {
	info, err := os.Stat(arg)
	if err != nil {
		if strings.ContainsAny(arg, "*?[") {
			return expandGlob(arg)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil, []error{&Error{arg, errors.New("no such file or folder")}}
		}
		return nil, []error{&Error{arg, unwrapPathError(err)}}
	}
	if !info.IsDir() {
		return []Input{{Path: arg, Rel: filepath.Base(arg)}}, nil
	}
	return walk(arg, arg)
}

// expandGlob lists the files a glob matches, and those under the folders it
// matches, each relative to the glob's folder: the part of the pattern
// before its first wildcard.
func expandGlob(arg string) ([]Input, []error) {
	matches, err := filepath.Glob(arg)
	if err != nil {
		return nil, []error{&Error{arg, fmt.Errorf("bad pattern: %w", err)}}
	}
	if len(matches) == 0 {
		return nil, []error{&Error{arg, errors.New("no files match")}}
	}
	base := globBase(arg)
	var out []Input
	var errs []error
	for _, m := range matches {
		if isOwnFileName(filepath.Base(m)) {
			continue
		}
		info, err := os.Stat(m)
		switch {
		case err != nil:
			errs = append(errs, &Error{m, unwrapPathError(err)})
		case info.IsDir():
			ins, werrs := walk(m, base)
			out = append(out, ins...)
			errs = append(errs, werrs...)
		default:
			out = append(out, Input{Path: m, Rel: relTo(base, m)})
		}
	}
	return out, errs
}

// globBase returns the folder of a glob: its path up to the first element
// with a wildcard ("dir/*/notes.txt" gives "dir").
func globBase(pattern string) string {
	dir := pattern
	for strings.ContainsAny(dir, "*?[") {
		dir = filepath.Dir(dir)
	}
	return dir
}

// relTo returns path relative to base, slash-separated, or path's own name
// when it is not under base.
func relTo(base, path string) string {
	rel, err := filepath.Rel(base, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

// walk lists the files under a folder, recursively, sorted by path, each
// relative to base; hidden files and folders and factsheet's own backups are
// skipped.
func walk(root, base string) ([]Input, []error) {
	var out []Input
	var errs []error
	start := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		// A link to a folder, named as an input, is the folder: walk from
		// the folder it points to (WalkDir does not follow a link at the
		// root), naming the files under the link.
		start = root + string(filepath.Separator)
	}
	filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &Error{p, unwrapPathError(err)})
			if d != nil && d.IsDir() && p != start {
				return filepath.SkipDir
			}
			return nil
		}
		if p != start && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if isOwnFileName(d.Name()) {
			return nil
		}
		switch {
		case d.Type().IsRegular():
			out = append(out, Input{Path: p, Rel: relTo(base, p)})
		case d.Type()&fs.ModeSymlink != 0:
			// A link to a file is read; a link to a folder is not followed,
			// so that a loop of links cannot walk forever.
			if target, err := os.Stat(p); err == nil && target.Mode().IsRegular() {
				out = append(out, Input{Path: p, Rel: relTo(base, p), link: true})
			}
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	// A NAME.json beside NAME.txt is the sidecar of its metadata, not a
	// source.
	files := map[string]bool{}
	for _, in := range out {
		files[in.Path] = true
	}
	kept := out[:0]
	for _, in := range out {
		if !isSidecar(in.Path, files) {
			in.listed = true
			for i, p := range sidecarPaths(in.Path) {
				if files[p] {
					in.sidecars |= 1 << i
				}
			}
			kept = append(kept, in)
		}
	}
	out = kept
	if len(out) == 0 && len(errs) == 0 {
		errs = append(errs, &Error{root, errors.New("the folder has no files to read (hidden files, links to folders in it and factsheet's own outputs are skipped)")})
	}
	return out, errs
}

// absPath returns the absolute form of a path, or the path itself if the
// working folder is unknown.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// withIDs gives each input its id (see Expand).
func withIDs(ins []Input) []Input {
	idOf := func(in Input, level int) string {
		switch {
		case in.Path == Stdin:
			return "stdin"
		case in.URL != "":
			return Slug(in.Rel) // a URL's extension is dropped by urlRel
		case level == 0:
			return Slug(strings.TrimSuffix(in.Rel, path.Ext(path.Base(in.Rel))))
		case level == 1:
			return Slug(in.Rel)
		}
		return Slug(absPath(in.Path))
	}
	for i := range ins {
		ins[i].ID = idOf(ins[i], 0)
	}
	for level := 1; level <= 2; level++ {
		count := map[string]int{}
		for _, in := range ins {
			count[in.ID]++
		}
		for i := range ins {
			if count[ins[i].ID] > 1 {
				ins[i].ID = idOf(ins[i], level)
			}
		}
	}
	// Names that differ only in punctuation ("a b.txt", "a-b.txt") are
	// told apart by a digest of their path.
	count := map[string]int{}
	for _, in := range ins {
		count[in.ID]++
	}
	for i := range ins {
		if count[ins[i].ID] > 1 {
			sum := sha256.Sum256([]byte(absPath(ins[i].Path)))
			ins[i].ID += "-" + hex.EncodeToString(sum[:4])
		}
	}
	return ins
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

// unwrapPathError drops the path from an *fs.PathError, since Error names
// the input already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
