package export

import (
	"fmt"
	"os"
)

// OpenReviews reads the review work of a reviewed file, given with
// --review FILE, for a format that shows or publishes it: a workbook, or
// any file of a format whose review work is carried. Unlike ReadReviews, it
// only reads: a workbook open in a spreadsheet program is read as last
// saved, and a missing file is an error.
func OpenReviews(path string) (*Reviews, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("--review %s: %s", path, errText(err))
	}
	f := ForPath(path)
	if f == nil || f.openReviews == nil {
		return nil, fmt.Errorf("--review %s: not a file that holds review work (want %s)", path, reviewExtensions())
	}
	return f.openReviews(path)
}

// reviewExtensions lists the extensions of the files OpenReviews reads.
func reviewExtensions() string {
	var exts []string
	for _, f := range Formats {
		if f.openReviews != nil {
			exts = append(exts, f.Extensions...)
		}
	}
	s := ""
	for i, e := range exts {
		if i > 0 {
			s += " or "
		}
		s += e
	}
	return s
}
