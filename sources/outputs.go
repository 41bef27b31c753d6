package sources

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ErrOwnOutput is the reason given for a file that factsheet wrote (a fact
// sheet in any format, a workbook's backup): it is never read as a source.
var ErrOwnOutput = errors.New("written by factsheet, not a source; skipped")

// ownFileName matches the names of the copies factsheet keeps of a workbook
// it replaces (NAME.backup-YYYYMMDD-HHMMSS.xlsx) or cannot replace
// (NAME.new-YYYYMMDD-HHMMSS.xlsx), with the -N added when one was made in
// the same second.
var ownFileName = lazyRegexp(`\.(backup|new)-\d{8}-\d{6}(-\d+)?\.xlsx$`)

// isOwnFileName reports whether a file name is one factsheet gives its
// backups and set-aside workbooks.
func isOwnFileName(name string) bool { return ownFileName().MatchString(name) }

// outputs are the files a run is about to write.
type outputs struct {
	cwd   string // the working folder, once (os.Getwd costs two stats a call)
	paths []output
}

type output struct {
	abs  string
	info os.FileInfo // nil when there is no file yet
	// single says the file has one name (one hard link): no other entry
	// of a folder is the file, though a link to it or a path through a
	// linked folder may be.
	single bool
}

func outputSet(paths []string) outputs {
	o := outputs{}
	o.cwd, _ = os.Getwd()
	for _, p := range paths {
		if p != "" && p != Stdin {
			out := output{abs: o.abs(p)}
			if info, err := os.Stat(p); err == nil {
				out.info = info
				n, ok := hardLinks(info)
				out.single = ok && n == 1
			}
			o.paths = append(o.paths, out)
		}
	}
	return o
}

// abs is absPath, with the working folder read once.
func (o outputs) abs(p string) string {
	if filepath.IsAbs(p) || o.cwd == "" {
		return absPath(p)
	}
	return filepath.Join(o.cwd, p)
}

// has reports whether in (abs, its absolute path) is one of the outputs:
// the same path, or the same file under another name (a link, another
// spelling). A file of a listed folder that is no link and has another
// name than an output with one name is not it: Expand does not stat each
// file of a large folder for that.
func (o outputs) has(in Input, abs string) bool {
	var info os.FileInfo
	for _, out := range o.paths {
		if out.abs == abs {
			return true
		}
		if out.info == nil {
			continue
		}
		if out.single && in.listed && !in.link && !strings.EqualFold(filepath.Base(in.Path), filepath.Base(out.abs)) {
			continue
		}
		if info == nil {
			var err error
			if info, err = os.Stat(in.Path); err != nil {
				return false
			}
		}
		if os.SameFile(out.info, info) {
			return true
		}
	}
	return false
}

func sameFile(a, b string) bool {
	if absPath(a) == absPath(b) {
		return true
	}
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}

// CheckOutputs refuses to write output when one of the command-line
// arguments names it: a file named as an input, a glob that matches it, or
// a backup of it. Call it before anything is written. An output inside a
// folder that is read is fine: Expand skips it.
func CheckOutputs(output string, args []string) error {
	if output == "" || output == Stdin {
		return nil
	}
	for _, arg := range args {
		if arg == Stdin || strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
			continue
		}
		names := []string{arg}
		if _, err := os.Stat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
			names, _ = filepath.Glob(arg)
		}
		for _, name := range names {
			if info, err := os.Stat(name); err == nil && info.IsDir() {
				continue
			}
			if sameFile(output, name) {
				return fmt.Errorf("-o %s names an input (%s); factsheet never writes over a source: choose another output", output, arg)
			}
		}
	}
	return nil
}

// ownOutputSignatures are the openings of the fact sheets factsheet writes
// as text, and the marks its other formats carry near their start.
var ownOutputSignatures = [][]byte{
	[]byte("{\n  \"tool\": {\n    \"name\": \"factsheet\""), // JSON
	[]byte("{\"tool\":{\"name\":\"factsheet\""),             // JSON, compact
	[]byte("{\"record\":\"source\",\"source\":"),            // JSON Lines
	[]byte("\uFEFFClaim ID,Source,Locator,"),                // CSV
}

// ownOutputMarks are found in the head of other formats factsheet writes
// (HTML, TEI, W3C annotations...).
var ownOutputMarks = [][]byte{
	[]byte(`name="generator" content="factsheet`),
	[]byte(`"generator": {"name": "factsheet"`),
	[]byte(`<application ident="factsheet"`),
}

// isOwnOutput reports whether raw is a fact sheet factsheet wrote, by its
// first bytes.
func isOwnOutput(raw []byte) bool {
	if bytes.HasPrefix(raw, []byte("PK\x03\x04")) {
		return isOwnWorkbook(raw)
	}
	for _, sig := range ownOutputSignatures {
		if bytes.HasPrefix(raw, sig) {
			return true
		}
	}
	head := raw[:min(len(raw), 4096)]
	for _, m := range ownOutputMarks {
		if bytes.Contains(head, m) {
			return true
		}
	}
	return false
}

// isOwnWorkbook reports whether a ZIP file is a workbook factsheet wrote:
// one that names factsheet as the application that saved it, or, saved
// since by a spreadsheet program, still has its Claims sheet with its
// Claim ID column.
func isOwnWorkbook(raw []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return false
	}
	head := func(name string) []byte {
		for _, f := range zr.File {
			if strings.TrimPrefix(f.Name, "/") != name {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				return nil
			}
			defer rc.Close()
			b, _ := io.ReadAll(io.LimitReader(rc, 1<<20))
			return b
		}
		return nil
	}
	if bytes.Contains(head("docProps/app.xml"), []byte("<Application>factsheet</Application>")) {
		return true
	}
	return bytes.Contains(head("xl/workbook.xml"), []byte(`name="Claims"`)) &&
		bytes.Contains(head("xl/sharedStrings.xml"), []byte(">Claim ID<"))
}
