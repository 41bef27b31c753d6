package testtext

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
)

// The conformance tests run the extractors over the English specs of
// Microsoft Recognizers-Text (MIT), kept outside the repository in
// ../shared/conformance/recognizers-en (see its README for the line
// format). Where that folder is absent, as on a user's machine, they skip
// and say so.

// recognizersPath finds ../shared/conformance/recognizers-en/NAME next to
// the repository root (the folder with go.mod above the package), or skips
// the test.
func recognizersPath(t *testing.T, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test: cannot find ../shared/conformance")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "conformance", "recognizers-en", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("conformance data not found at %s (it is kept outside the repository): %v", path, err)
	}
	return path
}

// readRecognizers reads the cases of one spec file, one JSON object a line.
func ReadRecognizers[T any](t *testing.T, name string) []T {
	t.Helper()
	f, err := os.Open(recognizersPath(t, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c T
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// codePoints converts a byte span of text to code points, the unit of the
// specs' offsets.
func CodePoints(text string, s lex.Span) [2]int {
	start := utf8.RuneCountInString(text[:s.Start])
	return [2]int{start, start + utf8.RuneCountInString(text[s.Start:s.End])}
}

// byteOffset converts a code-point offset into s to a byte offset.
func ByteOffset(s string, cp int) int {
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}
