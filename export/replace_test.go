package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// failAfter is a writer that fails once n bytes have been written: a crash
// half-way through writing a workbook.
type failAfter struct {
	w io.Writer
	n int
}

var errCrash = errors.New("disk on fire")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, errCrash
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func dirList(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestWriteWorkbookCrashLeavesPrevious(t *testing.T) {
	doc := synthDoc("crash", 200)
	full := len(renderXLSX(t, testRun, 0, 0, doc))
	tests := []struct {
		name  string
		after int // bytes written before the crash
	}{
		{"at once", 0},
		{"a little way", 1000},
		{"half-way", full / 2},
		{"one byte short", full - 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "facts.xlsx")
			writeWorkbookFile(t, path, time.Unix(0, 0), synthDoc("crash", 3))
			before, _ := os.ReadFile(path)
			rs, err := ReadReviews(path)
			if err != nil {
				t.Fatal(err)
			}
			backup, err := WriteWorkbook(path, rs, time.Unix(100, 0), func(w io.Writer) error {
				x, err := New("xlsx", &failAfter{w: w, n: tt.after}, Run{Reviews: rs})
				if err != nil {
					return err
				}
				if err := x.Write(doc); err != nil {
					return err
				}
				return x.Close()
			})
			if !errors.Is(err, errCrash) || backup != "" {
				t.Fatalf("error %v, backup %q; want the crash, and no backup", err, backup)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Error("the previous workbook was changed")
			}
			if got := dirList(t, dir); len(got) != 1 || got[0] != "facts.xlsx" {
				t.Errorf("files left: %v", got)
			}
		})
	}
}

func TestWriteWorkbookKeepsBackups(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "facts.xlsx")
	now := time.Date(2026, 3, 2, 14, 15, 3, 0, time.Local)
	write := func(content string) string {
		rs := &Reviews{Path: path}
		if _, err := os.Stat(path); err == nil {
			var err error
			if rs, err = ReadReviews(path); err != nil {
				t.Fatal(err)
			}
		}
		backup, err := WriteWorkbook(path, rs, now, func(w io.Writer) error {
			if content == "" {
				_, err := w.Write(renderXLSX(t, testRun, 0, 0, synthDoc("b", 1)))
				return err
			}
			_, err := io.WriteString(w, content)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return backup
	}
	if b := write(""); b != "" {
		t.Errorf("backup %q of nothing", b)
	}
	first, _ := os.ReadFile(path)
	b1 := write("")
	second, _ := os.ReadFile(path)
	b2 := write("")
	if filepath.Base(b1) != "facts.backup-20260302-141503.xlsx" || filepath.Base(b2) != "facts.backup-20260302-141503-2.xlsx" {
		t.Errorf("backups %s, %s", b1, b2)
	}
	for name, want := range map[string][]byte{b1: first, b2: second} {
		if got, _ := os.ReadFile(name); !bytes.Equal(got, want) {
			t.Errorf("%s does not hold the workbook it replaced", name)
		}
	}
	if got := dirList(t, dir); len(got) != 3 {
		t.Errorf("files %v", got)
	}
}

func TestWriteWorkbookChangedMeanwhile(t *testing.T) {
	tests := []struct {
		name   string
		before bool                   // a workbook is there when the reviews are read
		change func(dir, path string) // what happens while annotating
	}{
		{"saved", true, func(dir, path string) {
			os.WriteFile(path, renderXLSX(t, testRun, 0, 0, synthDoc("other", 2)), 0o644)
		}},
		{"opened", true, func(dir, path string) {
			os.WriteFile(filepath.Join(dir, ".~lock.facts.xlsx#"), []byte("U,Ada,host,date,x;"), 0o644)
		}},
		{"deleted", true, func(dir, path string) { os.Remove(path) }},
		{"created", false, func(dir, path string) {
			os.WriteFile(path, renderXLSX(t, testRun, 0, 0, synthDoc("other", 2)), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "facts.xlsx")
			if tt.before {
				writeWorkbookFile(t, path, time.Unix(0, 0), synthDoc("a", 2))
			}
			rs, err := ReadReviews(path)
			if err != nil {
				t.Fatal(err)
			}
			tt.change(dir, path)
			meanwhile, _ := os.ReadFile(path)
			now := time.Date(2026, 3, 2, 14, 15, 3, 0, time.Local)
			_, err = WriteWorkbook(path, rs, now, func(w io.Writer) error {
				_, err := w.Write(renderXLSX(t, testRun, 0, 0, synthDoc("new", 2)))
				return err
			})
			if !errors.Is(err, ErrWorkbookChanged) {
				t.Fatalf("error %v, want %v", err, ErrWorkbookChanged)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, meanwhile) {
				t.Error("the workbook was replaced")
			}
			aside := filepath.Join(dir, "facts.new-20260302-141503.xlsx")
			if _, err := ReadReviews(aside); err != nil {
				t.Errorf("the new fact sheet was not kept aside: %v", err)
			}
			if matches, _ := filepath.Glob(filepath.Join(dir, "*.backup-*")); len(matches) != 0 {
				t.Errorf("backups %v", matches)
			}
		})
	}
}
