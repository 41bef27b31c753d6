package extract

import (
	"fmt"
	"os"
	"testing"
)

// dateCase is one expected date mention: its text, EDTF value and modifier,
// or for a relative date its shift.
type dateCase struct {
	text, edtf, mod string
	shift           *Shift
}

func (d dateCase) String() string {
	if d.shift != nil {
		return fmt.Sprintf("%q %+v", d.text, *d.shift)
	}
	return fmt.Sprintf("%q %s %s", d.text, d.edtf, d.mod)
}

func gotDates(text string) []dateCase {
	var out []dateCase
	for _, d := range Dates(text) {
		out = append(out, dateCase{d.Text(text), d.EDTF, d.Mod, d.Shift})
	}
	return out
}

func checkDates(t *testing.T, text string, want []dateCase) {
	t.Helper()
	got := gotDates(text)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Dates(%q)\n got %v\nwant %v", text, got, want)
	}
}

func TestDatesSample(t *testing.T) {
	raw, err := os.ReadFile("../testdata/great-leap-forward.txt")
	if err != nil {
		t.Fatal(err)
	}
	checkDates(t, string(raw), []dateCase{
		{"1958 – 1961", "1958/1961", "", nil},
		{"1953–57", "1953/1957", "", nil},
		{"1958–62", "1958/1962", "", nil},
		{"February 1958", "1958-02", "", nil},
		{"by 1972", "1972", "by", nil},
		{"that year", "", "", &Shift{"year", 0}},
		{"late 1958", "1958", "late", nil},
		{"the end of 1958", "1958", "end", nil},
		{"that year", "", "", &Shift{"year", 0}},
		{"1957", "1957", "", nil},
		{"By 1959", "1959", "by", nil},
	})
}

func TestDates(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []dateCase
	}{
		{"year after preposition", "It happened in 1958.", []dateCase{{"1958", "1958", "", nil}}},
		{"year counting tractors is no date", "There were 1958 tractors.", nil},
		{"year in parentheses", "Mao (1893)", []dateCase{{"1893", "1893", "", nil}}},
		{"month and year", "in February 1958", []dateCase{{"February 1958", "1958-02", "", nil}}},
		{"day month year", "on 17 February 1958", []dateCase{{"17 February 1958", "1958-02-17", "", nil}}},
		{"month day, year", "on February 17, 1958", []dateCase{{"February 17, 1958", "1958-02-17", "", nil}}},
		{"iso date", "dated 1958-02-17", []dateCase{{"1958-02-17", "1958-02-17", "", nil}}},
		{"impossible day", "on 31 February 1958", []dateCase{{"February 1958", "1958-02", "", nil}}},
		{"range with spaced en dash", "(1958 – 1961)", []dateCase{{"1958 – 1961", "1958/1961", "", nil}}},
		{"range with hyphen", "for 1958-1961", []dateCase{{"1958-1961", "1958/1961", "", nil}}},
		{"abbreviated range", "for 1958–62", []dateCase{{"1958–62", "1958/1962", "", nil}}},
		{"from to", "from 1958 to 1961", []dateCase{{"from 1958 to 1961", "1958/1961", "", nil}}},
		{"between and", "between 1958 and 1961", []dateCase{{"between 1958 and 1961", "1958/1961", "", nil}}},
		{"decade", "in the 1950s", []dateCase{{"the 1950s", "195X", "", nil}}},
		{"mid decade", "in the mid-1960s", []dateCase{{"the mid-1960s", "196X", "mid", nil}}},
		{"century in digits", "in the 19th century", []dateCase{{"the 19th century", "18XX", "", nil}}},
		{"century in words", "in the late nineteenth century", []dateCase{{"the late nineteenth century", "18XX", "late", nil}}},
		{"season", "in spring 1921", []dateCase{{"spring 1921", "1921-21", "", nil}}},
		{"winter spanning years", "the winter of 1932–33", []dateCase{{"the winter of 1932–33", "1932-24", "", nil}}},
		{"circa", "built c. 1500", []dateCase{{"c. 1500", "1500~", "", nil}}},
		{"circa in full", "built circa 1500", []dateCase{{"circa 1500", "1500~", "", nil}}},
		{"before Christ", "in 44 BC", []dateCase{{"44 BC", "-0043", "", nil}}},
		{"anno Domini", "in AD 476", []dateCase{{"AD 476", "0476", "", nil}}},
		{"late year", "By late 1958, it was over", []dateCase{{"late 1958", "1958", "late", nil}}},
		{"end of year", "at the end of 1958", []dateCase{{"the end of 1958", "1958", "end", nil}}},
		{"by year", "by 1972", []dateCase{{"by 1972", "1972", "by", nil}}},
		{"that year", "in that year", []dateCase{{"that year", "", "", &Shift{"year", 0}}}},
		{"the following year", "The following year", []dateCase{{"The following year", "", "", &Shift{"year", 1}}}},
		{"two years later", "two years later", []dateCase{{"two years later", "", "", &Shift{"year", 2}}}},
		{"a decade earlier", "a decade earlier", []dateCase{{"a decade earlier", "", "", &Shift{"year", -10}}}},
		{"Route 66 is no date", "Route 66", nil},
		{"plain number is no date", "It cost 1500.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

func TestBounds(t *testing.T) {
	tests := []struct {
		edtf, mod        string
		earliest, latest string
	}{
		{"1958", "", "1958-01-01", "1958-12-31"},
		{"1958", "late", "1958-09-01", "1958-12-31"},
		{"1958", "early", "1958-01-01", "1958-04-30"},
		{"1958", "mid", "1958-05-01", "1958-08-31"},
		{"1958", "end", "1958-12-01", "1958-12-31"},
		{"1958", "by", "", "1958-12-31"},
		{"1958", "before", "", "1957-12-31"},
		{"1958", "after", "1959-01-01", ""},
		{"1958-02", "", "1958-02-01", "1958-02-28"},
		{"1960-02", "", "1960-02-01", "1960-02-29"},
		{"1958-02-17", "", "1958-02-17", "1958-02-17"},
		{"1958/1962", "", "1958-01-01", "1962-12-31"},
		{"195X", "", "1950-01-01", "1959-12-31"},
		{"196X", "mid", "1964-01-01", "1966-12-31"},
		{"18XX", "", "1800-01-01", "1899-12-31"},
		{"1921-21", "", "1921-03-01", "1921-05-31"},
		{"1932-24", "", "1932-12-01", "1933-02-28"},
		{"1500~", "", "1500-01-01", "1500-12-31"},
		{"-0043", "", "-0043-01-01", "-0043-12-31"},
		{"nonsense", "", "", ""},
	}
	for _, tt := range tests {
		e, l := Bounds(tt.edtf, tt.mod)
		if e != tt.earliest || l != tt.latest {
			t.Errorf("Bounds(%q, %q) = %s..%s, want %s..%s", tt.edtf, tt.mod, e, l, tt.earliest, tt.latest)
		}
	}
}

func TestShiftFrom(t *testing.T) {
	tests := []struct {
		shift  Shift
		anchor string
		want   string
		ok     bool
	}{
		{Shift{"year", 0}, "1958-02", "1958", true},
		{Shift{"year", 2}, "1944-01-27", "1946", true},
		{Shift{"year", -1}, "1958/1962", "1957", true},
		{Shift{"month", 3}, "1958-11", "1959-02", true},
		{Shift{"month", 1}, "1958", "", false},
		{Shift{"year", 1}, "", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.shift.From(tt.anchor)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%+v.From(%q) = %q, %v; want %q, %v", tt.shift, tt.anchor, got, ok, tt.want, tt.ok)
		}
	}
}
