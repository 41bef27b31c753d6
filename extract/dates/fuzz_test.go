package dates

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDates feeds the date extractor arbitrary text (go test -run XXX -fuzz
// FuzzDates ./extract). It must not panic, and its dates must lie inside the
// text, in order, without overlaps; absolute dates must have bounds, and
// relative ones must resolve or fail cleanly. The seeds are the test
// passages and the corpus in testdata/fuzz/FuzzDates.
func FuzzDates(f *testing.F) {
	for _, s := range benchProse {
		f.Add(s)
	}
	for _, tt := range dateCases {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		dates := Dates(text)
		checkInvariants(t, text, dates)
		for _, d := range dates {
			if d.Shift != nil {
				for _, anchor := range []string{"1958-02-17", "1958", "-0043", "195X", "1932-24", "1958/1961", d.EDTF} {
					if v, ok := d.Shift.From(anchor); ok {
						if e, l := Bounds(v, d.Mod); e == "" && l == "" && !strings.Contains(v, "..") {
							t.Errorf("%q resolved from %s to %q, which has no bounds", d.Text(text), anchor, v)
						}
					}
				}
			}
		}
		if utf8.ValidString(text) {
			for _, d := range dates {
				if !utf8.ValidString(d.Text(text)) {
					t.Errorf("span [%d,%d) cuts a character", d.Start, d.End)
				}
			}
		}
	})
}
