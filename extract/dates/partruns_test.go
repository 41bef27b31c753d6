package dates

import "testing"

// TestPartRuns: "the first three quarters of 2021", "the last two weeks of
// August 1914": a run of parts of a date is the interval it covers, at the
// precision of its unit; a run as long as the date, or longer, is none.
func TestPartRuns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"first three quarters", "Inventories shrank in the first three quarters of 2021.", []string{"the first three quarters of 2021 = 2021-01/2021-09"}},
		{"first six months", "In the first six months of 1941 the army grew.", []string{"the first six months of 1941 = 1941-01/1941-06"}},
		{"last three months", "In the last three months of 1958 prices rose.", []string{"the last three months of 1958 = 1958-10/1958-12"}},
		{"last two weeks of a month", "In the last two weeks of August 1914 the front moved.", []string{"the last two weeks of August 1914 = 1914-08-18/1914-08-31"}},
		{"first ten days of a month", "In the first ten days of May 1945 Berlin fell.", []string{"the first ten days of May 1945 = 1945-05-01/1945-05-10"}},
		{"first five years of a decade", "The first five years of the 1950s were calm.", []string{"The first five years of the 1950s = 1950/1954"}},
		{"first two decades of a century", "In the first two decades of the 20th century the city grew.", []string{"the first two decades of the 20th century = 1900/1919"}},
		{"last two quarters", "Output recovered in the last two quarters of 1958.", []string{"the last two quarters of 1958 = 1958-07/1958-12"}},
		{"longer than the year", "The first fourteen months of 1941 were hard.", []string{"1941 = 1941"}},
		{"the whole year", "The first twelve months of 1941 were hard.", []string{"1941 = 1941"}},
		{"a life is no date", "He spent the last three years of his life in exile.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}
