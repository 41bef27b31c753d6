package dates

import "testing"

// TestStretches: "the past decade", "the next five years", "the previous
// two months" are stretches of time counted from an anchor; the words
// around them tell them from the final years of something ("the last three
// years of his life") and from one unit away ("the next year").
func TestStretches(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// Counted back from the time of writing.
		{"past/the past decade", "In the past decade, output doubled.", []string{"the past decade ~ year-10 now stretch"}},
		{"past/the past three years", "Over the past three years wages fell.", []string{"the past three years ~ year-3 now stretch"}},
		{"past/the last 30 years", "Prices have tripled in the last 30 years.", []string{"the last 30 years ~ year-30 now stretch"}},
		{"past/the past twelve months", "The past twelve months were the wettest on record.", []string{"The past twelve months ~ month-12 now stretch"}},
		{"past/the past two weeks", "Fighting eased during the past two weeks.", []string{"the past two weeks ~ day-14 now stretch"}},
		{"past/the past century", "The past century saw two world wars.", []string{"The past century ~ year-100 now stretch"}},
		{"past/the past year", "The past year has been hard for farmers.", []string{"The past year ~ year-1 now stretch"}},
		{"past/in the last year", "In the last year, exports fell by half.", []string{"the last year ~ year-1 now stretch"}},
		{"past/the last two decades", "The last two decades brought reform.", []string{"The last two decades ~ year-20 now stretch"}},
		{"past/a couple of years", "Over the past couple of years rents rose.", []string{"the past couple of years ~ year-2 now stretch"}},

		// Counted forward from the time of writing.
		{"coming/the coming two years", "The coming two years will be decisive.", []string{"The coming two years ~ year+2 now stretch"}},
		{"coming/the coming three months", "Talks resume in the coming three months.", []string{"the coming three months ~ month+3 now stretch"}},
		{"coming/the coming five decades", "Sea levels will rise over the coming five decades.", []string{"the coming five decades ~ year+50 now stretch"}},
		{"coming/the coming 18 months", "The plant opens within the coming 18 months.", []string{"the coming 18 months ~ month+18 now stretch"}},
		{"coming/the coming ten days", "Rain is expected over the coming ten days.", []string{"the coming ten days ~ day+10 now stretch"}},

		// Counted from the narrative.
		{"narrative/the next five years", "In the next five years the party collectivised farming.", []string{"the next five years ~ year+5 stretch"}},
		{"narrative/the previous three years", "The previous three years had been dry.", []string{"The previous three years ~ year-3 stretch"}},
		{"narrative/the following two decades", "During the following two decades the city grew.", []string{"the following two decades ~ year+20 stretch"}},
		{"narrative/the preceding six months", "Prices had doubled in the preceding six months.", []string{"the preceding six months ~ month-6 stretch"}},
		{"narrative/the ensuing ten years", "The ensuing ten years were peaceful.", []string{"The ensuing ten years ~ year+10 stretch"}},
		{"narrative/the subsequent two weeks", "In the subsequent two weeks the army withdrew.", []string{"the subsequent two weeks ~ day+14 stretch"}},

		// No count: how long is not said.
		{"vague/the coming months", "In the coming months it will rise.", []string{"the coming months ~ month+1 now vague stretch"}},
		{"vague/the past few years", "Over the past few years the lake shrank.", []string{"the past few years ~ year-1 now vague stretch"}},
		{"vague/the following decades", "In the following decades the empire declined.", []string{"the following decades ~ year+10 vague stretch"}},
		{"vague/the past several weeks", "The past several weeks were quiet.", []string{"The past several weeks ~ day-7 now vague stretch"}},
		{"vague/the coming years", "Demand will grow in the coming years.", []string{"the coming years ~ year+1 now vague stretch"}},

		// Not stretches.
		{"not/the last years of a life", "He spent the last three years of his life in exile.", nil},
		{"not/the last year of the war", "The last year of the war was the hardest.", nil},
		{"not/the last year as a predicate", "It was the last year before the reform.", nil},
		{"not/the last decade of a century", "In the last decade of the century it fell.", nil},
		{"not/the past tense", "The past tense is used throughout.", nil},
		{"not/the next three chapters", "The next three chapters describe the famine.", nil},

		// One unit away, as before.
		{"unit/the next year", "The famine began in 1959. The next year grain ran out.", []string{"1959 = 1959", "The next year ~ year+1"}},
		{"unit/the previous decade", "The previous decade had been calm.", []string{"The previous decade ~ decade-1"}},
		{"unit/in the last century", "Cities grew fast in the last century.", []string{"the last century ~ century-1 now"}},
		{"unit/the following month", "The following month the strike ended.", []string{"The following month ~ month+1"}},
		{"unit/the coming year", "The coming year will be hard.", []string{"The coming year ~ year+1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.want) })
	}
}

// TestStretchFrom: a stretch resolves to an interval at the precision of
// the unit it counts, ending at its anchor (back) or beginning there
// (forward); from the time of writing it holds the anchor's day, in a
// narrative it stops short of the anchor.
func TestStretchFrom(t *testing.T) {
	tests := []struct {
		name   string
		shift  Shift
		anchor string
		want   string
		ok     bool
	}{
		{"past decade from a day", Shift{Unit: "year", N: -10, Deictic: true, Stretch: true}, "2020-05-03", "2010/2020", true},
		{"past decade from a year", Shift{Unit: "year", N: -10, Deictic: true, Stretch: true}, "2020", "2011/2020", true},
		{"past three years", Shift{Unit: "year", N: -3, Deictic: true, Stretch: true}, "2016-05-03", "2013/2016", true},
		{"past year on new year's eve", Shift{Unit: "year", N: -1, Deictic: true, Stretch: true}, "2020-12-31", "2020", true},
		{"past century", Shift{Unit: "year", N: -100, Deictic: true, Stretch: true}, "1999-06-01", "1899/1999", true},
		{"past six months", Shift{Unit: "month", N: -6, Deictic: true, Stretch: true}, "2020-05-03", "2019-11/2020-05", true},
		{"past twelve months from a month", Shift{Unit: "month", N: -12, Deictic: true, Stretch: true}, "2020-05", "2019-06/2020-05", true},
		{"past two weeks", Shift{Unit: "day", N: -14, Deictic: true, Stretch: true}, "2020-05-03", "2020-04-20/2020-05-03", true},
		{"past month across a short February", Shift{Unit: "month", N: -1, Deictic: true, Stretch: true}, "2021-03-31", "2021-03", true},
		{"coming two years", Shift{Unit: "year", N: 2, Deictic: true, Stretch: true}, "2020-05-03", "2020/2022", true},
		{"coming three months", Shift{Unit: "month", N: 3, Deictic: true, Stretch: true}, "2020-11-15", "2020-11/2021-02", true},
		{"coming ten days", Shift{Unit: "day", N: 10, Deictic: true, Stretch: true}, "2020-12-28", "2020-12-28/2021-01-06", true},
		{"next five years of a year", Shift{Unit: "year", N: 5, Stretch: true}, "1949", "1950/1954", true},
		{"previous three years of a year", Shift{Unit: "year", N: -3, Stretch: true}, "1958", "1955/1957", true},
		{"following two decades of a range", Shift{Unit: "year", N: 20, Stretch: true}, "1958/1961", "1962/1981", true},
		{"previous years of a range count from its start", Shift{Unit: "year", N: -2, Stretch: true}, "1958/1961", "1956/1957", true},
		{"preceding six months of a day", Shift{Unit: "month", N: -6, Stretch: true}, "1917-10-25", "1917-04/1917-10", true},
		{"subsequent two weeks", Shift{Unit: "day", N: 14, Stretch: true}, "1941-06-22", "1941-06-23/1941-07-06", true},
		{"before the era", Shift{Unit: "year", N: -10, Stretch: true}, "0005", "-0005/0004", true},
		{"months need a month", Shift{Unit: "month", N: -6, Deictic: true, Stretch: true}, "2020", "", false},
		{"weeks need a day", Shift{Unit: "day", N: -14, Deictic: true, Stretch: true}, "2020-05", "", false},
		{"years need a year", Shift{Unit: "year", N: -3, Stretch: true}, "195X", "", false},
		{"vague", Shift{Unit: "year", N: -1, Deictic: true, Stretch: true, Vague: true}, "2020-05-03", "", false},
		{"open anchor", Shift{Unit: "year", N: 3, Stretch: true}, "1958/..", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.shift.From(tt.anchor)
			if got != tt.want || ok != tt.ok {
				t.Errorf("%+v.From(%q) = %q, %v; want %q, %v", tt.shift, tt.anchor, got, ok, tt.want, tt.ok)
			}
		})
	}
}
