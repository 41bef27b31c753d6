package quantities

import (
	"testing"

	"github.com/factsheet/factsheet/extract/lex"
)

// The numbers real text has that count or measure nothing: each test is one
// class, with sentences of our own.

// TestNotQuantitiesIdentifiers: model numbers, product names, postcodes and
// street numbers are names.
func TestNotQuantitiesIdentifiers(t *testing.T) {
	runClass(t, []classCase{
		{"phone model", "She bought a Galaxy S21 in the spring.", nil},
		{"aircraft model before a noun", "The airline retired its Boeing 747 jets.", nil},
		{"model year", "He drove the 2023 Ford Bronco to the coast.", nil},
		{"street number", "The cabinet met at 10 Downing Street.", nil},
		{"UK postcode", "Letters went to the office at London SW1A 2AA that week.", nil},
		{"US zip code", "The archive is at 700 Pennsylvania Avenue, Washington, DC 20408.", nil},
		{"model and a count", "The airline flew 12 aircraft, all Airbus A320 models.",
			[]quantityCase{one("12 aircraft", 12, KindCount, "aircraft", lex.QualNone)}},
	})
}

// TestNotQuantitiesCitations: the year of an author-date citation is a
// reference, not a count.
func TestNotQuantitiesCitations(t *testing.T) {
	runClass(t, []classCase{
		{"et al. with comma", "The famine was man-made (Smith et al., 2009).", nil},
		{"year and page", "Grain was requisitioned (Jones 1998: 45).", nil},
		{"author then year", "Smith (2001) argues that the figures were inflated.", nil},
		{"author and year", "Procurement rose sharply (Devereux 2000).", nil},
		{"two citations", "The census was flawed (Banister 1987; Ashton et al. 1984).", nil},
		{"citation with page range", "Yields fell (Dikötter 2010, pp. 130–132).", nil},
	})
}

// TestNotQuantitiesClockTimes: times of day and timestamps are not numbers
// of anything.
func TestNotQuantitiesClockTimes(t *testing.T) {
	runClass(t, []classCase{
		{"dotted pm", "The train left at 9.30pm.", nil},
		{"dotted am with space", "The session opened at 10.15 am sharp.", nil},
		{"ISO timestamp", "The log entry reads 2021-06-14T09:30 exactly.", nil},
		{"colon time", "The broadcast began at 18:45 that evening.", nil},
		{"hours", "The raid began at 0400 hours.", nil},
	})
}

// TestNotQuantitiesScores: a score is a result, not two quantities.
func TestNotQuantitiesScores(t *testing.T) {
	runClass(t, []classCase{
		{"won", "The home side won 3-1 on Saturday.", nil},
		{"lost", "They lost 2–0 away.", nil},
		{"drew", "The teams drew 1-1 in the final.", nil},
		{"beat", "Italy beat France 5–3 on penalties.", nil},
		{"victory", "It ended in a 4-2 victory for the visitors.", nil},
	})
}

// TestNotQuantitiesCatalogueNumbers: catalogue, shelf and reference numbers
// name a document.
func TestNotQuantitiesCatalogueNumbers(t *testing.T) {
	runClass(t, []classCase{
		{"ISBN", "The memoir is ISBN 978-0-14-303943-3 in the catalogue.", nil},
		{"manuscript", "The letter survives as MS 1234 in the library.", nil},
		{"accession number", "The jar was catalogued as accession no. 1987.45 that year.", nil},
		{"folio", "The entry is at fol. 23 of the register.", nil},
		{"document number", "See document no. 17 in the file.", nil},
		{"inventory", "The portrait is inv. 4021 in the museum.", nil},
	})
}

// TestQuantitiesScientificNotation: a mantissa times a power of ten is one
// number.
func TestQuantitiesScientificNotation(t *testing.T) {
	runClass(t, []classCase{
		{"caret exponent", "A mole holds 6.02×10^23 particles.",
			[]quantityCase{one("6.02×10^23 particles", 6.02e23, KindCount, "particles", lex.QualNone)}},
		{"minus sign exponent with unit", "The electron carries 1.6 × 10−19 coulombs of charge.",
			[]quantityCase{one("1.6 × 10−19 coulombs", 1.6e-19, KindMeasure, "C", lex.QualNone)}},
		{"superscript exponent", "The star lies 4.2 × 10¹³ km away.",
			[]quantityCase{one("4.2 × 10¹³ km", 4.2e13, KindMeasure, "km", lex.QualNone)}},
		{"x as times", "The sample held 3 x 10^6 cells.",
			[]quantityCase{one("3 x 10^6 cells", 3e6, KindCount, "cells", lex.QualNone)}},
		{"e notation", "The constant is 6.674e-11 in SI units.",
			[]quantityCase{one("6.674e-11", 6.674e-11, KindCount, "", lex.QualNone)}},
	})
}

// TestQuantitiesYearBeforeCount: a year that opens a sentence before a
// count is a date, and the count after it is the claim.
func TestQuantitiesYearBeforeCount(t *testing.T) {
	runClass(t, []classCase{
		{"in a year, more than", "In 1961 more than 30 million people had died.",
			[]quantityCase{one("more than 30 million people", 3e7, KindCount, "people", lex.QualGT)}},
		{"by a year, more than", "By 1972 more than 400 communes had been dissolved.",
			[]quantityCase{one("more than 400 communes", 400, KindCount, "communes", lex.QualGT)}},
		{"in a year, fewer than", "In 1959 fewer than 2,000 tractors reached the fields.",
			[]quantityCase{one("fewer than 2,000 tractors", 2000, KindCount, "tractors", lex.QualLT)}},
		{"in a year, bare count", "In 1961 30 million people had died.",
			[]quantityCase{one("30 million people", 3e7, KindCount, "people", lex.QualNone)}},
		{"by a year, over", "By 1960 over 600,000 furnaces were lit.",
			[]quantityCase{one("over 600,000 furnaces", 6e5, KindCount, "furnaces", lex.QualGT)}},
	})
}
