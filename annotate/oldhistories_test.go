package annotate

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// The old-histories corpus (testdata/oldhistories): passages written for
// this test in the manner of Gibbon, Macaulay, Prescott, Carlyle and Hume
// (long sentences, semicolons, old money and measures, old calendars,
// margin years, chronologies, letters), each with the dates and
// quantities a historian would tag, annotated by hand in NAME.expect:
//
//	date<TAB>text<TAB>EDTF[<TAB>calendar]    ("relative" for a date resolved from another)
//	quantity<TAB>text<TAB>value[<TAB>unit]   ("null" when vague, "LOW-HIGH" for a range;
//	                                          the unit is checked for money and measures)
//
// A mention counts when the pipeline finds the same text with the same
// type and the value is right.

// oldHistoryFloors are the F1 scores the pipeline reaches on the corpus;
// the test fails below them.
var oldHistoryFloors = map[string]float64{"date": 1.0, "quantity": 0.98}

type expectedMention struct {
	kind, text, value, extra string
	line                     int
}

func readExpected(t *testing.T, path string) []expectedMention {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []expectedMention
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) < 3 || (parts[0] != "date" && parts[0] != "quantity") {
			t.Fatalf("%s:%d: want TYPE<TAB>TEXT<TAB>VALUE[<TAB>UNIT], got %q", path, n, line)
		}
		e := expectedMention{kind: parts[0], text: parts[1], value: parts[2], line: n}
		if len(parts) > 3 {
			e.extra = parts[3]
		}
		out = append(out, e)
	}
	return out
}

// valueRight reports whether a found mention has the expected value.
func valueRight(e expectedMention, m Mention) bool {
	if e.kind == "date" {
		if e.value == "relative" {
			return m.Relative
		}
		return !m.Relative && m.EDTF == e.value && (m.Calendar == e.extra)
	}
	if e.extra != "" && m.Unit != e.extra {
		return false
	}
	if e.value == "null" {
		return m.Value == nil
	}
	near := func(a float64, s string) bool {
		b, err := strconv.ParseFloat(s, 64)
		return err == nil && math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
	}
	if lo, hi, ok := strings.Cut(e.value, "-"); ok && lo != "" {
		return m.Value != nil && m.High != nil && near(*m.Value, lo) && near(*m.High, hi)
	}
	return m.Value != nil && m.High == nil && near(*m.Value, e.value)
}

func TestOldHistoriesF1(t *testing.T) {
	paths, err := filepath.Glob("../testdata/oldhistories/*.txt")
	if err != nil || len(paths) < 10 {
		t.Fatalf("want at least 10 passages in testdata/oldhistories, found %d (%v)", len(paths), err)
	}
	type tally struct{ expected, found, spans, right int }
	totals := map[string]*tally{"date": {}, "quantity": {}}
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want := readExpected(t, strings.TrimSuffix(path, ".txt")+".expect")
		doc := Options{}.Annotate(sources.Source{ID: filepath.Base(path), Text: string(raw)})
		used := map[int]bool{}
		for _, m := range doc.Mentions {
			if m.Type != TypeEntity {
				totals[m.Type].found++
			}
		}
		for _, e := range want {
			totals[e.kind].expected++
			matched := false
			for i, m := range doc.Mentions {
				if used[i] || m.Type != e.kind || m.Text != e.text {
					continue
				}
				used[i], matched = true, true
				totals[e.kind].spans++
				if valueRight(e, m) {
					totals[e.kind].right++
				} else {
					t.Logf("%s:%d: %s %q: value wrong (edtf %q calendar %q value %v high %v unit %q)", filepath.Base(path), e.line,
						e.kind, e.text, m.EDTF, m.Calendar, deref(m.Value), deref(m.High), m.Unit)
				}
				break
			}
			if !matched {
				t.Logf("%s:%d: %s %q: not found", filepath.Base(path), e.line, e.kind, e.text)
			}
		}
		for i, m := range doc.Mentions {
			if m.Type != TypeEntity && !used[i] {
				t.Logf("%s: spurious %s %q", filepath.Base(path), m.Type, m.Text)
			}
		}
	}
	for _, kind := range []string{"date", "quantity"} {
		c := totals[kind]
		f1 := func(tp int) float64 {
			if tp == 0 {
				return 0
			}
			p, r := float64(tp)/float64(c.found), float64(tp)/float64(c.expected)
			return 2 * p * r / (p + r)
		}
		t.Logf("%s: %d expected, %d found; span F1 %.3f; F1 with values right %.3f", kind, c.expected, c.found, f1(c.spans), f1(c.right))
		if got := f1(c.right); got < oldHistoryFloors[kind] {
			t.Errorf("%s F1 %.3f fell below the floor %.2f", kind, got, oldHistoryFloors[kind])
		}
	}
}

func deref(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}
