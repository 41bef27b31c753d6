package sources

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// String writes the date as "1958", "1958-02" or "1958-02-17", or "" for
// none. An approximate date reads the same; see EDTF.
func (d *DateParts) String() string {
	if d == nil || len(d.DateParts) == 0 || len(d.DateParts[0]) == 0 || d.DateParts[0][0] == 0 {
		return ""
	}
	parts := d.DateParts[0]
	s := formatYear(parts[0])
	for _, p := range parts[1:min(len(parts), 3)] {
		if p == 0 {
			break
		}
		s += fmt.Sprintf("-%02d", p)
	}
	return s
}

// EDTF writes the date in EDTF: String with "~" when it is approximate.
func (d *DateParts) EDTF() string {
	s := d.String()
	if s != "" && d.Circa {
		s += "~"
	}
	return s
}

// Year returns the date's year, or 0 for none.
func (d *DateParts) Year() int {
	if d.String() == "" {
		return 0
	}
	return d.DateParts[0][0]
}

func formatYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("-%04d", -y)
	}
	return fmt.Sprintf("%04d", y)
}

// UnmarshalJSON reads a CSL-JSON date as libraries write it: date-parts of
// numbers or of numeric strings, "circa" as a boolean, number or string, and
// "raw" or "literal" dates, which are read with ParseDate when they can be.
func (d *DateParts) UnmarshalJSON(b []byte) error {
	var raw struct {
		DateParts [][]json.RawMessage `json:"date-parts"`
		Circa     any                 `json:"circa"`
		Raw       string              `json:"raw"`
		Literal   string              `json:"literal"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		var s string
		if json.Unmarshal(b, &s) == nil { // a bare string, as some tools write
			raw.Raw = s
		} else {
			return err
		}
	}
	*d = DateParts{}
	for _, dp := range raw.DateParts {
		var parts []int
		for _, p := range dp {
			var n int
			if err := json.Unmarshal(p, &n); err != nil {
				var s string
				if err := json.Unmarshal(p, &s); err != nil {
					return fmt.Errorf("bad date part %s", p)
				}
				if n, err = strconv.Atoi(strings.TrimSpace(s)); err != nil {
					return fmt.Errorf("bad date part %q", s)
				}
			}
			parts = append(parts, n)
		}
		if len(parts) > 0 {
			d.DateParts = append(d.DateParts, parts)
		}
	}
	switch c := raw.Circa.(type) {
	case bool:
		d.Circa = c
	case float64:
		d.Circa = c != 0
	case string:
		d.Circa = c != "" && c != "0" && c != "false"
	}
	if len(d.DateParts) == 0 {
		text := raw.Raw
		if text == "" {
			text = raw.Literal
		}
		if text != "" {
			if p := ParseDate(text); p != nil {
				*d = *p
			} else {
				d.Literal = text
			}
		}
	}
	return nil
}

var (
	circaPrefix = lazyRegexp(`(?i)^(c\.|ca\.?|circa|about|around|approx\.?|approximately)\s*`)
	isoDate     = lazyRegexp(`^(-?\d{3,4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?$`)
	numericDMY  = lazyRegexp(`^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$`)
	wordDate    = lazyRegexp(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{3,4})|([a-z]+)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{3,4}))$`)
)

// ParseDate reads a date as metadata gives it: "1958", "1958-03",
// "1958-03-12", an ISO time stamp, "12 March 1958", "March 12, 1958",
// "March 1958", "Mar. 1958"; a prefix "c.", "ca.", "circa" or a suffix "?"
// or "~" makes it approximate, and square brackets (a cataloguer's supplied
// date, "[1920]") are dropped. It returns nil for what it cannot read.
func ParseDate(s string) *DateParts {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	d := &DateParts{}
	if m := circaPrefix().FindString(s); m != "" {
		d.Circa = true
		s = strings.TrimSpace(s[len(m):])
	}
	for strings.HasSuffix(s, "?") || strings.HasSuffix(s, "~") {
		d.Circa = true
		s = strings.TrimSpace(s[:len(s)-1])
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	var parts []int
	if m := isoDate().FindStringSubmatch(s); m != nil {
		parts = atoiAll(m[1:])
	} else if m := numericDMY().FindStringSubmatch(s); m != nil {
		parts = []int{atoi(m[3]), atoi(m[2]), atoi(m[1])}
	} else if m := wordDate().FindStringSubmatch(s); m != nil {
		if m[2] != "" {
			parts = []int{atoi(m[3]), monthNumber(m[2]), atoi(m[1])}
		} else {
			parts = []int{atoi(m[6]), monthNumber(m[4])}
			if m[5] != "" {
				parts = append(parts, atoi(m[5]))
			}
		}
		if parts[1] == 0 {
			return nil
		}
	} else {
		return nil
	}
	if len(parts) >= 2 && (parts[1] < 1 || parts[1] > 12) {
		return nil
	}
	if len(parts) == 3 {
		t := time.Date(parts[0], time.Month(parts[1]), parts[2], 0, 0, 0, 0, time.UTC)
		if parts[2] < 1 || t.Day() != parts[2] {
			return nil
		}
	}
	d.DateParts = [][]int{parts}
	return d
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// atoiAll reads the non-empty numbers of a match.
func atoiAll(ss []string) []int {
	var out []int
	for _, s := range ss {
		if s == "" {
			break
		}
		out = append(out, atoi(s))
	}
	return out
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// monthNumber reads a month's name or its abbreviation of three letters or
// more ("Sept"), or returns 0.
func monthNumber(s string) int {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if strings.HasPrefix(m, s) || (s == "sept" && i == 8) {
			return i + 1
		}
	}
	return 0
}

// DateOf returns a CSL-JSON date of a time's day.
func DateOf(t time.Time) *DateParts {
	return &DateParts{DateParts: [][]int{{t.Year(), int(t.Month()), t.Day()}}}
}
