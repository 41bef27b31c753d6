package export

import (
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// lockFile returns the lock file a spreadsheet program keeps next to a
// workbook while it has it open, and the name of who has it open when the
// lock file says; lock is "" when there is none. LibreOffice writes
// ".~lock.NAME#", Excel "~$NAME" (for long names, "~$" in place of the
// first two characters).
func lockFile(path string) (lock, owner string) {
	dir, base := filepath.Split(path)
	candidates := []string{".~lock." + base + "#", "~$" + base}
	if r := []rune(base); len(r) > 2 {
		candidates = append(candidates, "~$"+string(r[2:]))
	}
	for _, name := range candidates {
		p := filepath.Join(dir, name)
		data, err := os.ReadFile(p)
		if err != nil {
			if _, serr := os.Stat(p); serr != nil {
				continue
			}
		}
		return p, lockOwner(name, data)
	}
	return "", ""
}

// lockOwner reads who holds a lock from its file: LibreOffice writes
// "U,Name,host,date,profile;", Excel a byte giving the name's length and the
// name.
func lockOwner(name string, data []byte) string {
	if strings.HasPrefix(name, ".~lock.") {
		fields := strings.Split(string(data), ",")
		if len(fields) > 1 && utf8.ValidString(fields[1]) {
			return strings.TrimSpace(fields[1])
		}
		return ""
	}
	if len(data) > 1 && int(data[0]) < len(data) {
		owner := string(data[1 : 1+int(data[0])])
		if utf8.ValidString(owner) {
			return strings.TrimSpace(owner)
		}
	}
	return ""
}
