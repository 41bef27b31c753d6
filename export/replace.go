package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// WriteWorkbook replaces the workbook at path, whose review work prev holds
// (from ReadReviews), so that nothing in it is ever lost:
//
//   - write fills a temporary file in the same folder; if it fails, the
//     temporary file is removed and the workbook is left as it was;
//   - if the workbook changed since prev was read (saved, or opened, in a
//     spreadsheet program meanwhile), it is left untouched and the new one
//     is kept beside it as NAME.new-YYYYMMDD-HHMMSS.xlsx, with a
//     *WorkbookError saying so;
//   - else the workbook is kept as NAME.backup-YYYYMMDD-HHMMSS.xlsx (the
//     time of the run, now) and the new one renamed into place.
//
// It returns the backup's name, "" when there was no workbook to keep.
func WriteWorkbook(path string, prev *Reviews, now time.Time, write func(io.Writer) error) (backup string, err error) {
	if prev == nil {
		prev = &Reviews{Path: path}
	}
	tmp, err := writeTemp(path, write)
	if err != nil {
		return "", err
	}
	if err := prev.unchanged(); err != nil {
		aside, rerr := keepAside(tmp, path, "new", now)
		if rerr != nil {
			os.Remove(tmp)
			return "", err
		}
		var we *WorkbookError
		if errors.As(err, &we) {
			we.Advice = "The new fact sheet is in " + aside + ", without what was saved meanwhile; close the workbook and run again"
		}
		return "", err
	}
	if prev.Existed {
		if backup, err = keepBackup(path, now); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("cannot keep the previous workbook as a backup, so it was left untouched: %w", err)
		}
	}
	return backup, moveInto(tmp, path)
}

// stampedName is "NAME.WHAT-YYYYMMDD-HHMMSS.EXT" ("sheet.backup-20260302-
// 141503.xlsx" for "sheet.xlsx", in the same folder), with "-N" after the
// time for the nth of the same second.
func stampedName(path, what string, t time.Time, n int) string {
	ext := filepath.Ext(path)
	name := strings.TrimSuffix(path, ext) + "." + what + "-" + t.Format("20060102-150405")
	if n > 1 {
		name += fmt.Sprintf("-%d", n)
	}
	return name + ext
}

// keepBackup keeps the workbook at path under a backup name no file has
// yet: a hard link where the file system allows it (instant, and the
// rename that follows leaves it the only name of the old file), else a
// copy.
func keepBackup(path string, now time.Time) (string, error) {
	for n := 1; n < 1000; n++ {
		name := stampedName(path, "backup", now, n)
		err := os.Link(path, name)
		if err == nil {
			return name, nil
		}
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		// No hard links here: copy.
		if _, serr := os.Lstat(name); serr == nil {
			continue
		}
		if err := copyNew(path, name); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			return "", err
		}
		return name, nil
	}
	return "", errors.New("too many backups made in the same second")
}

// copyNew copies a file to a name that must not exist yet, atomically.
func copyNew(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := writeTemp(to, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
	if err != nil {
		return err
	}
	// Link fails where the name exists, so that no backup is overwritten;
	// where links are not supported, check and rename.
	if err := os.Link(tmp, to); err == nil {
		return os.Remove(tmp)
	}
	if _, err := os.Lstat(to); err == nil {
		os.Remove(tmp)
		return fs.ErrExist
	}
	return moveInto(tmp, to)
}

// keepAside renames a finished temporary file to a stamped name next to
// path.
func keepAside(tmp, path, what string, now time.Time) (string, error) {
	for n := 1; n < 1000; n++ {
		name := stampedName(path, what, now, n)
		if _, err := os.Lstat(name); err == nil {
			continue
		}
		return name, os.Rename(tmp, name)
	}
	return "", errors.New("too many files made in the same second")
}
