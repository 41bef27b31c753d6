package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes a file atomically: write fills a temporary file in the
// same folder, which is synced and then renamed over path. If write fails,
// the temporary file is removed and whatever was at path is left as it was.
// A file that is there keeps its permissions; a read-only one is refused
// (an error wrapping ErrReadOnly), and so is a folder.
//
// A device or a named pipe there (-o /dev/null, -o /dev/stdout, a FIFO) is
// written in place: replacing it would put a plain file where the device
// was, which run as root breaks /dev/null for the whole machine.
func WriteFile(path string, write func(w io.Writer) error) error {
	if err := CheckWritable(path); err != nil {
		return err
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		if info.Mode()&(fs.ModeCharDevice|fs.ModeNamedPipe) == 0 {
			return fmt.Errorf("%s is not a file (%s); write to a file", path, info.Mode().Type())
		}
		return writeInPlace(path, write)
	}
	tmp, err := writeTemp(path, write)
	if err != nil {
		return err
	}
	return moveInto(tmp, path)
}

// writeTemp writes a complete, synced temporary file in path's folder and
// returns its name. On failure it leaves nothing behind.
func writeTemp(path string, write func(w io.Writer) error) (name string, err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	removeLeftovers(path)
	tmp, err := os.CreateTemp(dir, tempPattern(base))
	if err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	buf := bufio.NewWriterSize(tmp, 1<<16)
	if err = write(buf); err != nil {
		return "", err
	}
	if err = buf.Flush(); err != nil {
		return "", err
	}
	if err = tmp.Sync(); err != nil {
		return "", err
	}
	if err = tmp.Close(); err != nil {
		return "", err
	}
	if err = os.Chmod(tmp.Name(), modeFor(path)); err != nil {
		return "", err
	}
	return tmp.Name(), nil
}

// writeInPlace writes to the device or pipe at path.
func writeInPlace(path string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(f, 1<<16)
	err = write(buf)
	if err == nil {
		err = buf.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ErrReadOnly is the reason an output that is read-only is not replaced.
var ErrReadOnly = errors.New("it is read-only")

// CheckWritable returns an error when the file at path may not be
// replaced: it is read-only (its owner may not write it: someone made it
// so, to keep it as it is), or it is a folder. A missing file is fine.
func CheckWritable(path string) error {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return nil
	case info.IsDir():
		return fmt.Errorf("%s is a folder; name a file in it", path)
	case info.Mode().Perm()&0o200 == 0:
		return fmt.Errorf("%w (mode %04o), so it was left untouched; make it writable (chmod u+w %s) or write elsewhere with -o", ErrReadOnly, info.Mode().Perm(), path)
	}
	return nil
}

// modeFor is the permissions a file written to path gets: those of the
// file there, else rw-r--r--.
func modeFor(path string) fs.FileMode {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		return info.Mode().Perm()
	}
	return 0o644
}

// moveInto renames a finished temporary file over path, or removes it if
// it cannot.
func moveInto(tmp, path string) error {
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot move the new file into place: %w", err)
	}
	return nil
}
