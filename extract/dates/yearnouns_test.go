package dates

import "testing"

// TestRoundYearsBeforeEvents: a round year ("2000", "1900") after "the" is
// read as a year only where what follows dates it: an event, plan or
// report ("the 2000 census"), never a count ("the 2000 men"); after
// "years" it is a year ("fiscal years 2009 and 2010").
func TestRoundYearsBeforeEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"census", "It was larger than the 2000 census total of 281 million.", []string{"2000 = 2000"}},
		{"election", "He lost the 1900 election badly.", []string{"1900 = 1900"}},
		{"olympics", "Sydney hosted the 2000 Olympics.", []string{"2000 = 2000"}},
		{"budget", "The 1800 budget doubled the tax.", []string{"1800 = 1800"}},
		{"famine", "The 1900 famine struck Gujarat.", []string{"1900 = 1900"}},
		{"fiscal years", "Workers were hired in fiscal years 2009 and 2010.", []string{"2009 = 2009", "2010 = 2010"}},
		{"a count of men", "The 2000 men marched north.", nil},
		{"a count of horses", "The 1500 horses were sold.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestYearsEndingAClause: a number from 1900 to 2100 written alone at the
// end of a clause, after a word that does not lead to a count, is a year
// ("to close out 2021."); after "reached", "was", "to" it stays a number.
func TestYearsEndingAClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"close out", "The economy grew 6.9% to close out 2021.", []string{"2021 = 2021"}},
		{"plagued", "The shortages that have plagued 2021 may ease.", nil},
		{"plagued at the end", "It eased the shortages that have plagued 2021.", []string{"2021 = 2021"}},
		{"dominated with a comma", "Inflation dominated 2022, and rates rose.", []string{"2022 = 2022"}},
		{"entering", "Markets were calm entering 1999.", []string{"1999 = 1999"}},
		{"ended", "The strikes ended 1926; the mines reopened.", []string{"1926 = 1926"}},
		{"reached is a count", "The crowd reached 2021.", nil},
		{"was is a count", "The total was 1950.", nil},
		{"to is a count", "Sales fell to 2020.", nil},
		{"sold is a count", "They sold 1999, a record.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestYearsNamedAsYears: a year set beside "year" ("The next year, 1846,")
// or given as what a year was ("The deadliest year of the war was 1968.")
// is a date, not a count.
func TestYearsNamedAsYears(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"apposition after the next year", "The next year, 1846, the crop failed again.", []string{"The next year ~ year+1", "1846 = 1846"}},
		{"apposition after that year", "That year, 1958, steel output doubled.", []string{"That year ~ year+0", "1958 = 1958"}},
		{"apposition after the same year", "In the same year, 1917, the tsar fell.", []string{"the same year ~ year+0", "1917 = 1917"}},
		{"deadliest year was", "The deadliest year of the Vietnam War was 1968.", []string{"1968 = 1968"}},
		{"the year is", "The year of the great frost is 1963.", []string{"1963 = 1963"}},
		{"hungriest year was", "The hungriest year in the valley was 1933, the elders said.", []string{"1933 = 1933"}},
		{"a count after was", "The total was 1968.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestBareWeekdaysAfterVerbs: a day of the week, capitalised and spelt out,
// straight after a verb in the past tense is a date ("said Friday"); names
// and nouns with a weekday in them are not.
func TestBareWeekdaysAfterVerbs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"said", "The department said Friday that jobs rose.", []string{"Friday ~ friday+0"}},
		{"released", "Census data released Tuesday shows growth.", []string{"Tuesday ~ tuesday+0"}},
		{"began and ended", "The strike began Monday and ended Thursday.", []string{"Monday ~ monday+0", "Thursday ~ thursday+0"}},
		{"announced", "The ministry announced Wednesday a cut.", []string{"Wednesday ~ wednesday+0"}},
		{"met", "The leaders met Sunday in Geneva.", []string{"Sunday ~ sunday+0"}},
		{"Black Friday", "Shoppers met Black Friday crowds.", nil},
		{"lower case is a word", "The sat wed to the sun.", nil},
		{"a noun before", "The Friday prayers were held.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestRoundNumbersAfterWasAbout: a round number after "was about",
// "reached around" is what the subject amounted to, a count ("the weekly
// death-roll ... was about 1000, but that it might be higher", from a
// history of the Bengal famine), even before a comma; after other verbs
// and after "in about" it stays a year.
func TestRoundNumbersAfterWasAbout(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"was about before a comma", "The weekly death-roll was about 1000, but it might be higher.", nil},
		{"was about at the end", "The toll in Calcutta was about 2000.", nil},
		{"reached around", "The garrison reached around 1500, and held.", nil},
		{"built around", "The chapel was built around 1500, and restored later.", []string{"around 1500 = 1500~"}},
		{"in about", "In about 1800, the town had a mill.", []string{"about 1800 = 1800~"}},
		{"was about a year not round", "The manuscript was about 1450, the scribe thought.", []string{"about 1450 = 1450~"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}
