package annotate

import "testing"

// TestResolveBaselinesAreNoAnchors: a date after "since" that is the
// baseline of a record ("the slowest growth since the 1930s", "the first
// time since 1984") is not a moment of the narrative: later relative dates
// do not count from it. Other "since" dates ("he had lived there since
// 1950") still anchor.
func TestResolveBaselinesAreNoAnchors(t *testing.T) {
	dec22 := []int{2010, 12, 22} // a Wednesday
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"weekday after a since-decade", "The population grew 9.7 percent, the slowest growth since the 1930s, the bureau said on Tuesday.", dec22,
			[]string{"Tuesday → 2010-12-21 from issued"}},
		{"weekday after a since-year", "Prices rose at the fastest rate since 1984, officials said on Monday.", dec22,
			[]string{"Monday → 2010-12-20 from issued"}},
		{"that year after a since-year and a year", "The party has ruled since 1949. Output rose in 1958. That year steel doubled.", nil,
			[]string{"That year → 1958 from 1958"}},
		{"the next day after a since-date", "The army marched on 3 May 1940. It was the largest force seen since 1918. The next day it crossed the river.", nil,
			[]string{"The next day → 1940-05-04 from 3 May 1940"}},
		{"last year after a since-decade", "Growth was the highest since the mid-1980s, and last year it doubled.", dec22,
			[]string{"last year → 2009 from issued"}},
		{"a since-date opening its sentence anchors", "Since 1949 the party has ruled. That year it took Beijing.", nil,
			[]string{"That year → 1949 from Since 1949"}},
		{"a since-date of a narrative anchors", "He had lived in Paris since 1950. The next year he married.", nil,
			[]string{"The next year → 1951 from since 1950"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolveQuotedWordsFromIssued: words of the writer's own time inside
// quotation marks ("today", "next year") count from the narrative's date
// when the quotation is set there (a date in its sentence or the one before
// it), else from the source's issued date: quoted speech in a news report
// was spoken when the report was written.
func TestResolveQuotedWordsFromIssued(t *testing.T) {
	jan27 := []int{2022, 1, 27}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"next year in a quote", "GDP grew 5.7% in 2021.\n\nThe rate is high. \"Inflation will be half by this time next year,\" she said.", jan27,
			[]string{"next year → 2023 from issued"}},
		{"today in a quote", "Output fell in 2020. Trade recovered. Prices stayed high. \"We are seeing activity pick up today,\" he said.", jan27,
			[]string{"today → 2022-01-27 from issued"}},
		{"last year in a quote with no date", "\"Last year was the hardest,\" the mayor said.", jan27,
			[]string{"Last year → 2021 from issued"}},
		{"this month in curly quotes", "Exports rose in 2019. Many firms closed. Imports fell. “Sales will recover this month,” a trader said.", jan27,
			[]string{"this month → 2022-01 from issued"}},
		{"yesterday in a quote", "The strike began in 2018. Talks failed twice. Nothing changed. \"The mines reopened yesterday,\" a miner said.", jan27,
			[]string{"yesterday → 2022-01-26 from issued"}},
		{"a quote set in the narrative", "In 1958 Mao declared: “This year we shall double steel.”", jan27,
			[]string{"This year → 1958 from 1958"}},
		{"a quote after a dated sentence", "Mao spoke in Wuhan in 1958. “This year we shall double steel,” he said.", jan27,
			[]string{"This year → 1958 from 1958"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolveFutureStretchesFromIssued: "the next ten years" in a sentence
// about the future ("will", "shall", "we'll") counts from the time of
// writing; in a past-tense narrative it counts from the narrative's date.
func TestResolveFutureStretchesFromIssued(t *testing.T) {
	dec22 := []int{2010, 12, 22}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"will be divided", "Growth slowed after 1990. More than $4 trillion will be divided over the next 10 years.", dec22,
			[]string{"the next 10 years → 2010/2020 from issued"}},
		{"shall", "The war ended in 1945. We shall rebuild in the next five years.", dec22,
			[]string{"the next five years → 2010/2015 from issued"}},
		{"we'll", "The plant opened in 1990. We'll double output in the following three years.", dec22,
			[]string{"the following three years → 2010/2013 from issued"}},
		{"won't", "Rents rose in 2008. Prices won't fall in the next two years.", dec22,
			[]string{"the next two years → 2010/2012 from issued"}},
		{"will with months", "Talks began in March 2009. The deal will be signed in the next six months.", dec22,
			[]string{"the next six months → 2010-12/2011-06 from issued"}},
		{"past tense stays in the narrative", "The party took power in 1949. In the next five years it collectivised farming.", dec22,
			[]string{"the next five years → 1950/1954 from 1949"}},
		{"future with no issued date stays in the narrative", "The plan was drawn up in 1953. Output will double in the next five years.", nil,
			[]string{"the next five years → 1954/1958 from 1953"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolveYearFromTheDateThatFollows: a day or month without its year
// takes the year of the full date that closely follows it in its sentence
// ("began on 1st July and ended on 18th November 1916"): the last such day
// before that date.
func TestResolveYearFromTheDateThatFollows(t *testing.T) {
	nov3 := []int{2016, 11, 3}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"began and ended", "The battle began on 1st July and ended on 18th November 1916.", nov3,
			[]string{"1st July → 1916-07-01 from 18th November 1916"}},
		{"across a new year", "The siege lasted from the night of 28 December, and ended on 5 January 1917.", nov3,
			[]string{"28 December → 1916-12-28 from 5 January 1917"}},
		{"month and a day", "The strike began in March and collapsed on 2 June 1926.", nil,
			[]string{"March → 1926-03 from 2 June 1926"}},
		{"month-first days", "Voting ran from May 3 and closed on May 20, 1932.", nil,
			[]string{"from May 3 → 1932-05-03 from May 20, 1932"}},
		{"no issued date needed", "The rising began on 24 April and was crushed on 29 April 1916.", nil,
			[]string{"24 April → 1916-04-24 from 29 April 1916"}},
		{"an earlier date in the sentence wins", "In 1915 the army landed on 25 April and left on 9 January 1916.", nil,
			[]string{"25 April → 1915-04-25 from 1915"}},
		{"a year alone does not lend its year", "He arrived on 3 March and left in 1950.", nil,
			[]string{"3 March: no earlier date in the text to resolve it from"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolveBareWeekdaysFromIssued: news reports put a day of the week
// after a verb without "on" ("the department said Friday"); it resolves
// from the issued date like "on Friday".
func TestResolveBareWeekdaysFromIssued(t *testing.T) {
	fri := []int{2016, 2, 5} // a Friday
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"said Friday", "The Labor Department said Friday that the economy added jobs.", fri,
			[]string{"Friday → 2016-02-05 from issued"}},
		{"released Tuesday", "Census data released Tuesday shows the population rose.", fri,
			[]string{"Tuesday → 2016-02-02 from issued"}},
		{"began and ended", "The strike began Monday and ended Thursday.", fri,
			[]string{"Monday → 2016-02-01 from issued", "Thursday → 2016-02-04 from issued"}},
		{"announced Wednesday", "The ministry announced Wednesday that rations were cut.", fri,
			[]string{"Wednesday → 2016-02-03 from issued"}},
		{"met Sunday", "The two leaders met Sunday in Geneva.", fri,
			[]string{"Sunday → 2016-01-31 from issued"}},
		{"Black Friday is no date", "Shops opened early for Black Friday.", fri, nil},
		{"the Friday prayers are no date", "The Friday prayers were held in the square.", fri, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}

// TestResolveStretchesAnchorNothing: a stretch of time ("the next two
// thousand years", "the past decade") is no moment: a later "that year" or
// "the next day" does not count from it. "may" and "might" speak of the
// future as "will" does; the month "May" does not.
func TestResolveStretchesAnchorNothing(t *testing.T) {
	jul16 := []int{2013, 7, 16}
	tests := []struct {
		name   string
		text   string
		issued []int
		want   []string
	}{
		{"may", "Glaciers have shrunk since 1961. Over the next two thousand years the seas may rise 2 metres.", jul16,
			[]string{"the next two thousand years → 2013/4013 from issued"}},
		{"might", "Output fell in 2009. In the next three years it might recover.", jul16,
			[]string{"the next three years → 2013/2016 from issued"}},
		{"May the month is no future", "The party met in May 1949. In the next five years it collectivised farming.", jul16,
			[]string{"the next five years → 1949/1954 from May 1949"}},
		{"that year after a stretch", "The war began in 1914. The previous three years had been calm. That year the army grew.", nil,
			[]string{"The previous three years → 1911/1913 from 1914", "That year → 1914 from 1914"}},
		{"the next day after a stretch", "The king fled on 20 June 1791. In the past two weeks he had hidden. The next day he was caught.", nil,
			[]string{"the past two weeks: counts from the time of writing, and the source has no date", "The next day → 1791-06-21 from 20 June 1791"}},
		{"a weekday after a stretch", "Sales rose in March 2013. The previous two months had been slow. On Monday the shop closed.", nil,
			[]string{"The previous two months → 2013-01/2013-02 from March 2013", "Monday: cannot be resolved from “March 2013”: it needs an earlier date given to the day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkResolved(t, tt.text, tt.issued, tt.want) })
	}
}
