package export

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// A run's temporary files carry its process id, so that a later run can
// tell the leftovers of a run that was killed (kill -9, a power cut) from
// the files of a run still going, and remove them.

// tempPattern is the os.CreateTemp pattern of the temporary file written
// beside an output: ".NAME.PID-RANDOM.tmp", hidden.
func tempPattern(base string) string {
	return "." + base + "." + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// removeLeftovers removes the temporary files that runs which are gone
// left beside the output at path.
func removeLeftovers(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	prefix := "." + base + "."
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") {
			continue
		}
		pid, ok := leftoverPID(strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".tmp"))
		if ok && processGone(pid) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// leftoverPID reads the process id from the "PID-RANDOM" part of a
// temporary file's name.
func leftoverPID(s string) (int, bool) {
	p, _, ok := strings.Cut(s, "-")
	if !ok {
		return 0, false
	}
	pid, err := strconv.Atoi(p)
	return pid, err == nil && pid > 0
}

// spoolName matches the spool folders of runs: factsheet-spool-PID-RANDOM.
var spoolName = regexp.MustCompile(`^factsheet-spool-([0-9]+)-[0-9]+$`)

// Spool makes the folder a run keeps its temporary files in (the
// workbook's worksheets are spooled to disk as they are written, some
// 100 MB for a large run), in the system's temporary folder, and removes
// those of runs that are gone. cleanup removes the folder; the caller
// calls it when the run ends, however it ends.
func Spool() (dir string, cleanup func(), err error) {
	base := os.TempDir()
	if entries, err := os.ReadDir(base); err == nil {
		for _, e := range entries {
			m := spoolName.FindStringSubmatch(e.Name())
			if m == nil || !e.IsDir() {
				continue
			}
			if pid, err := strconv.Atoi(m[1]); err == nil && pid != os.Getpid() && processGone(pid) {
				os.RemoveAll(filepath.Join(base, e.Name()))
			}
		}
	}
	dir, err = os.MkdirTemp(base, fmt.Sprintf("factsheet-spool-%d-", os.Getpid()))
	if err != nil {
		return "", func() {}, err
	}
	return dir, func() { os.RemoveAll(dir) }, nil
}
