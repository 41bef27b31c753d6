package quantities

import "github.com/factsheet/factsheet/extract/lex"

// SI returns the value of an old measure in an SI unit, where the measure
// had a standard size (lex.OldMeasureSI: leagues, furlongs, rods, chains,
// fathoms, ells, acres, roods, bushels, pecks, quarters, tuns, stone,
// hundredweight, tods), and the unit: 20 leagues is 96560.64 m. The
// quantity itself keeps the unit the text gives; other quantities have
// none (nil, "").
func SI(q Quantity) (value *float64, unit string) {
	f, ok := lex.OldMeasureSI[q.Unit]
	if q.Kind != KindMeasure || !ok || q.Value == nil {
		return nil, ""
	}
	v := *q.Value * f.Factor
	return &v, f.Unit
}
