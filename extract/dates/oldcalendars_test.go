package dates

import (
	"strings"
	"testing"
)

// describeOld is describe with the calendar of a Julian date: "TEXT = EDTF
// julian".
func describeOld(text string, d Date) string {
	s := describe(text, d)
	if d.Calendar != "" {
		s += " " + d.Calendar
	}
	return s
}

// oldDateCases are old calendars and year styles, in sentences written in
// the manner of the 17th to 19th centuries.
var oldDateCases = []struct {
	name string
	text string
	want []string
}{
	// Eras before and after the year.
	{"era/BC before", "The Persians landed at Marathon, B.C. 490, and were driven to their ships.", []string{"B.C. 490 = -0489"}},
	{"era/BC after", "Marathon was fought in 490 B.C., and the Persians fled.", []string{"490 B.C. = -0489"}},
	{"era/BC undotted before", "BC 431. The war with Sparta began.", []string{"BC 431 = -0430"}},
	{"era/AD before", "The city was sacked by Alaric, A.D. 410, after a siege of many months.", []string{"A.D. 410 = 0410"}},
	{"era/our era", "Rome was taken in the year 410 of our era, and the world was amazed.", []string{"the year 410 of our era = 0410"}},
	{"era/christian era", "In 476 of the Christian era the last emperor of the West resigned the purple.", []string{"476 of the Christian era = 0476"}},
	{"era/year of our Lord", "In the year 1666 of our Lord the city was burned.", []string{"the year 1666 of our Lord = 1666"}},
	// Years of Rome.
	{"auc/letters before", "The Gracchi fell, A.U.C. 621, amid the tumults of the Forum.", []string{"A.U.C. 621 = -0132"}},
	{"auc/letters after", "Carthage was destroyed 608 A.U.C. by the younger Scipio.", []string{"608 A.U.C. = -0145"}},
	{"auc/U.C.", "In U.C. 612 the consuls levied new legions.", []string{"U.C. 612 = -0141"}},
	{"auc/year of the city", "It was in the year of the city 612 that the tribune proposed his law.", []string{"the year of the city 612 = -0141"}},
	{"auc/year of Rome", "In the year of Rome 754 the Christian era begins.", []string{"the year of Rome 754 = 0001"}},
	{"auc/ordinal", "This happened in the 300th year of the city, when the decemvirs were chosen.", []string{"the 300th year of the city = -0453"}},
	// Old Style and New Style.
	{"os/dual year", "He died on the 11th of Feb. 1731/2, in his house at Chelsea.", []string{"the 11th of Feb. 1731/2 = 1732-02-11 julian"}},
	{"os/dual year March", "The Parliament met on 20 March 1688/9.", []string{"20 March 1688/9 = 1689-03-20 julian"}},
	{"os/marked", "William landed at Torbay on 5 November 1688 (O.S.), a day long remembered.", []string{"5 November 1688 (O.S.) = 1688-11-05 julian"}},
	{"os/old style words", "The battle was fought on 3 September 1650, Old Style.", []string{"3 September 1650, Old Style = 1650-09-03 julian"}},
	{"os/between day and year", "The date of the letter is October 5, N.S. 1683.", []string{"October 5, N.S. 1683 = 1683-10-05"}},
	{"os/old style between", "He wrote on March 1, O.S. 1703, from Vienna.", []string{"March 1, O.S. 1703 = 1703-03-01 julian"}},
	{"os/new style", "The treaty was signed on 11 April 1713 N.S. at Utrecht.", []string{"11 April 1713 N.S. = 1713-04-11"}},
	{"os/before the reform", "The King was crowned on 25 December 1066 (O.S.).", []string{"25 December 1066 (O.S.) = 1066-12-25"}},
	// Regnal years.
	{"regnal/statute", "By the statute 3 Hen. VIII. c. 5 the practice was forbidden.", []string{"3 Hen. VIII. = 1511-04-22/1512-04-21"}},
	{"regnal/words", "In the third year of Henry VIII the Parliament granted a subsidy.", []string{"the third year of Henry VIII = 1511-04-22/1512-04-21"}},
	{"regnal/reign of", "It was enacted in the 10th year of the reign of King Edward III.", []string{"the 10th year of the reign of King Edward III = 1336-01-25/1337-01-24"}},
	{"regnal/the tenth of", "The act of the tenth of Elizabeth was long in force.", []string{"the tenth of Elizabeth = 1567-11-17/1568-11-16"}},
	{"regnal/Eliz.", "The poor law of 43 Eliz. was the work of many hands.", []string{"43 Eliz. = 1600-11-17/1601-11-16 julian"}},
	{"regnal/julian", "The statute 12 Car. II. c. 24 abolished the feudal tenures.", []string{"12 Car. II. = 1660-01-30/1661-01-29 julian"}},
	{"regnal/George III", "The act of 13 Geo. III was passed in haste.", []string{"13 Geo. III = 1772-10-25/1773-10-24"}},
	// Feasts and quarter days.
	{"feast/Michaelmas", "The rent fell due at Michaelmas 1666, and was never paid.", []string{"Michaelmas 1666 = 1666-09-29"}},
	{"feast/Lady Day", "The lease began on Lady Day, 1720.", []string{"Lady Day, 1720 = 1720-03-25"}},
	{"feast/Candlemas alone", "The court sat again at Candlemas.", []string{"Candlemas ~ year+0 XXXX-02-02"}},
	{"feast/Martinmas", "The cattle were killed at Martinmas 1745.", []string{"Martinmas 1745 = 1745-11-11"}},
	{"feast/Hallowmas", "They met again at Hallowmas 1603.", []string{"Hallowmas 1603 = 1603-11-01"}},
	{"feast/All Saints", "The abbey was dedicated on All Saints, 1150.", []string{"All Saints, 1150 = 1150-11-01"}},
	{"feast/Whitsun", "The rebels gathered at Whitsun 1381.", []string{"Whitsun 1381 = 1381-06-02"}},
	{"feast/Easter Monday", "The rising broke out on Easter Monday 1916.", []string{"Easter Monday 1916 = 1916-04-24"}},
	{"feast/feast of St. John", "The fair was held on the feast of St. John, 1520, as of old.", []string{"the feast of St. John, 1520 = 1520-06-24"}},
	{"feast/eve of", "The massacre began on the eve of St. Bartholomew, 1572.", []string{"the eve of St. Bartholomew, 1572 = 1572-08-23"}},
	{"feast/morrow of", "The Parliament was summoned for the morrow of Michaelmas 1295.", []string{"the morrow of Michaelmas 1295 = 1295-09-30"}},
	{"feast/saint's day", "The battle was fought on St. Crispin's Day, 1415.", []string{"St. Crispin's Day, 1415 = 1415-10-25"}},
	{"feast/saint alone is a person", "St. John said as much to the elders.", nil},
	{"feast/the morrow", "On the morrow the army marched for Oxford.", []string{"the morrow ~ day+1"}},
	{"reference/volume and page is no year", "Oviedo, iii. 424, estimates it at less; a witness, i. 124, 206, says more.", nil},
	// Letter dating.
	{"letter/inst", "I received yours of the 3d inst. with great pleasure.", []string{"the 3d inst. ~ month+0 XXXX-XX-03"}},
	{"letter/ult", "Your favour of the 20th ult. came safe to hand.", []string{"the 20th ult. ~ month-1 XXXX-XX-20"}},
	{"letter/prox", "The ship sails on the 5th prox. for Lisbon.", []string{"the 5th prox. ~ month+1 XXXX-XX-05"}},
	{"letter/ultimo", "Yours of the 14th ultimo is before me.", []string{"the 14th ultimo ~ month-1 XXXX-XX-14"}},
	{"letter/instant", "On the 2d instant the Assembly rose.", []string{"the 2d instant ~ month+0 XXXX-XX-02"}},
}

func TestOldDates(t *testing.T) {
	for _, tt := range oldDateCases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Dates(tt.text) {
				got = append(got, describeOld(tt.text, d))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Dates(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLetterDayResolves(t *testing.T) {
	tests := []struct {
		name, anchor string
		shift        Shift
		want         string
	}{
		{"inst", "1776-07-10", Shift{Unit: "month", N: 0, Fill: "XXXX-XX-03"}, "1776-07-03"},
		{"ult across the year", "1777-01-04", Shift{Unit: "month", N: -1, Fill: "XXXX-XX-20"}, "1776-12-20"},
		{"prox", "1776-07-10", Shift{Unit: "month", N: 1, Fill: "XXXX-XX-05"}, "1776-08-05"},
		{"no such day", "1777-03-01", Shift{Unit: "month", N: -1, Fill: "XXXX-XX-30"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := tt.shift.From(tt.anchor)
			if got != tt.want {
				t.Errorf("From(%q) = %q, want %q", tt.anchor, got, tt.want)
			}
		})
	}
}

func TestJulianBounds(t *testing.T) {
	tests := []struct {
		name, edtf, earliest, latest string
	}{
		{"dual year", "1732-02-11", "1732-02-22", "1732-02-22"},
		{"William at Torbay", "1688-11-05", "1688-11-15", "1688-11-15"},
		{"a regnal year", "1660-01-30/1661-01-29", "1660-02-09", "1661-02-08"},
		{"after 1700 the gap is eleven days", "1750-05-01", "1750-05-12", "1750-05-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, l := JulianBounds(tt.edtf, "")
			if e != tt.earliest || l != tt.latest {
				t.Errorf("JulianBounds(%q) = %s, %s; want %s, %s", tt.edtf, e, l, tt.earliest, tt.latest)
			}
		})
	}
}

func TestYearLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"under a B.C. heading", "CHRONOLOGY, B.C.\n490 Marathon.\n480 Thermopylae and Salamis.\n431 The war with Sparta begins.\n", []string{"490 = -0489", "480 = -0479", "431 = -0430"}},
		{"BC on the first line", "B.C. 404 Athens surrenders.\n399 Death of Socrates.\n", nil},
		{"a list of years of our era", "1660 The Restoration.\n1665 The Plague.\n1666 The Fire of London.\n", []string{"1660 = 1660", "1665 = 1665", "1666 = 1666"}},
		{"a table in the margin style", "Table of Events\n1688. The Revolution.\n1689. The Bill of Rights.\n1694. The Bank of England.\n", []string{"1688 = 1688", "1689 = 1689", "1694 = 1694"}},
		{"numbered paragraphs are no years", "1 The first article.\n2 The second article.\n3 The third.\n", nil},
		{"counts opening lines", "300 Spartans held the pass.\nThey died to a man.\n", nil},
		{"falling years without B.C.", "1800 One.\n1700 Two.\n1600 Three.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range YearLines(tt.text) {
				got = append(got, describe(tt.text, d))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("YearLines(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}
