package annotate

import "testing"

// TestPresentTime: "now", "at present", "currently", "today", "nowadays"
// are the writer's present, resolved from the source's issued date when
// there is one, else left unresolved with the reason.
func TestPresentTime(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"now", "The archive reopened in 1991. It now holds the commune records.", []int{2016, 5, 3},
			[]string{"now → 2016-05-03 from issued"}},
		{"at present", "The mill closed in 1960. At present the site is a park.", []int{2020, 1, 9},
			[]string{"present → 2020-01-09 from issued"}},
		{"currently", "The dam was built in 1958. It currently supplies the city.", []int{2019, 7, 1},
			[]string{"currently → 2019-07-01 from issued"}},
		{"nowadays", "The famine ended in 1962. Nowadays few villagers remember it.", []int{2011, 3, 12},
			[]string{"Nowadays → 2011-03-12 from issued"}},
		{"today", "The commune was dissolved in 1983. Today the fields are leased.", []int{2008, 10, 2},
			[]string{"Today → 2008-10-02 from issued"}},
		{"now with no issued date", "The archive reopened in 1991. It now holds the commune records.", nil,
			[]string{"now: counts from the time of writing, and the source has no date"}},
		{"now that is a conjunction", "The war ended in 1945. Now that peace had come, trade resumed.", []int{2016, 5, 3}, nil},
		{"until now is no date", "The files stayed closed from 1966 until now.", []int{2016, 5, 3},
			[]string{}},
		// "(now Saint Petersburg)" renames a place; it dates nothing.
		{"now before a name in brackets", "Leningrad (now Saint Petersburg) was besieged from 1941.", []int{2016, 5, 3}, []string{}},
		{"now before a name after a comma", "He was born in 1868 in Königsberg, now Kaliningrad.", []int{2016, 5, 3}, []string{}},
		{"now before a name after a dash", "The port of Danzig—now Gdańsk—fell in 1939.", []int{2016, 5, 3}, []string{}},
		{"now before a multi-word name", "The Gold Coast (now Ghana) won independence in 1957.", []int{2016, 5, 3}, []string{}},
		{"now before the name of a country", "Siam, now Thailand, signed in 1909.", []int{2016, 5, 3}, []string{}},
		{"now before a lower-case word still dates", "The archive reopened in 1991, now with a reading room.", []int{2016, 5, 3},
			[]string{"now → 2016-05-03 from issued"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}
