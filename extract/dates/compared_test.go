package dates

import "testing"

// TestMonthComparedWith: a month alone after "compared with", "compared
// to" or "versus" is the month a figure is set against ("rose 7.5 percent
// compared with May"); a name after them stays a name.
func TestMonthComparedWith(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"compared with", "The energy index rose 7.5 percent compared with May.", []string{"May ~ year+0 XXXX-05"}},
		{"compared to", "Exports were down compared to March.", []string{"March ~ year+0 XXXX-03"}},
		{"versus", "Sales rose 3 percent versus April.", []string{"April ~ year+0 XXXX-04"}},
		{"vs.", "Orders rose vs. August, the survey found.", []string{"August ~ year+0 XXXX-08"}},
		{"compared with, then a year", "Prices fell compared with June 1921.", []string{"June 1921 = 1921-06"}},
		{"a name after compared with", "She was tall compared with May Wilson.", nil},
		{"a name without compared", "The minister met with May on Tuesday.", []string{"Tuesday ~ tuesday+0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestCountFromRange: "N years from 1846 to 1853" says how long the range
// lasted; the range is the date, not 1846 plus N years, and the count is
// left to the quantity grammar (a duration).
func TestCountFromRange(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"years from to", "Over a period of eleven years from 1846 to 1853 the population fell.", []string{"from 1846 to 1853 = 1846/1853"}},
		{"with a dash", "In the 12 years from 1933–1945 the party ruled.", []string{"from 1933–1945 = 1933/1945"}},
		{"until", "It took five years from 1919 until 1924.", []string{"from 1919 until 1924 = 1919/1924"}},
		{"months to a month", "Six months from January to June 1916 passed quietly.", []string{"from January to June 1916 = 1916-01/1916-06"}},
		{"through", "Three years from 1939 through 1941 were lost.", []string{"from 1939 through 1941 = 1939/1941"}},
		{"from alone still shifts", "The treaty ran out ten years from 1921.", []string{"ten years from 1921 = 1931"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestSlashYears: two full years joined by a slash, at most a decade
// apart, are a range ("the 1918/1919 pandemic"), as "1958/59" is; other
// numbers joined so are references.
func TestSlashYears(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"pandemic", "The global mortality rate from the 1918/1919 pandemic is not known.", []string{"1918/1919 = 1918/1919"}},
		{"season", "The 2019/2020 season was cut short.", []string{"2019/2020 = 2019/2020"}},
		{"after in", "In 1958/1959 the famine spread.", []string{"1958/1959 = 1958/1959"}},
		{"war years", "Rationing during 1939/1945 was strict.", []string{"1939/1945 = 1939/1945"}},
		{"short second year", "The 1846/47 winter was hard.", []string{"1846/47 = 1846/1847"}},
		{"too far apart", "See page 1918/2019 of the register.", nil},
		{"three years", "See 1918/1919/1920 in the index.", nil},
		{"not years", "He lost 1200/1210 votes.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}
