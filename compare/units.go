package compare

// unitFactor converts a unit to the canonical unit of its dimension: value
// in canonical = value*factor + offset.
type unitFactor struct {
	dimension string // mass, length, area, ...
	canonical string // the canonical unit's symbol
	factor    float64
	offset    float64
}

// units lists the units of measure (as the extractor writes them) that
// convert into one another. A unit not listed is its own dimension and is
// compared only with itself. Currencies are never listed: a sum in yuan and
// one in dollars are different measures, never converted.
var units = map[string]unitFactor{
	// mass, in tonnes
	"t": {"mass", "t", 1, 0}, "kt": {"mass", "t", 1e3, 0}, "Mt": {"mass", "t", 1e6, 0},
	"kg": {"mass", "t", 1e-3, 0}, "g": {"mass", "t", 1e-6, 0}, "mg": {"mass", "t", 1e-9, 0},
	"µg": {"mass", "t", 1e-12, 0}, "q": {"mass", "t", 0.1, 0},
	"lb": {"mass", "t", 0.00045359237, 0}, "oz": {"mass", "t", 0.028349523125e-3, 0},
	"LT": {"mass", "t", 1.0160469088, 0}, "sh tn": {"mass", "t", 0.90718474, 0},
	"jin": {"mass", "t", 0.0005, 0}, "picul": {"mass", "t", 0.05, 0}, "pood": {"mass", "t", 0.016380496, 0},
	// length, in kilometres
	"km": {"length", "km", 1, 0}, "m": {"length", "km", 1e-3, 0}, "cm": {"length", "km", 1e-5, 0},
	"mm": {"length", "km", 1e-6, 0}, "mi": {"length", "km", 1.609344, 0}, "nmi": {"length", "km", 1.852, 0},
	"yd": {"length", "km", 0.0009144, 0}, "ft": {"length", "km", 0.0003048, 0}, "in": {"length", "km", 0.0000254, 0},
	"verst": {"length", "km", 1.0668, 0},
	// area, in hectares
	"ha": {"area", "ha", 1, 0}, "ac": {"area", "ha", 0.40468564224, 0}, "km²": {"area", "ha", 100, 0},
	"m²": {"area", "ha", 1e-4, 0}, "mi²": {"area", "ha", 258.9988110336, 0}, "ft²": {"area", "ha", 9.290304e-6, 0},
	"mu": {"area", "ha", 1.0 / 15, 0}, "dessiatine": {"area", "ha", 1.0925, 0},
	// volume, in litres (US gallons, bushels, pints and quarts)
	"L": {"volume", "L", 1, 0}, "mL": {"volume", "L", 1e-3, 0}, "m³": {"volume", "L", 1e3, 0},
	"ft³": {"volume", "L", 28.316846592, 0}, "gal": {"volume", "L", 3.785411784, 0},
	"bbl": {"volume", "L", 158.987294928, 0}, "bu": {"volume", "L", 35.23907016688, 0},
	"pt": {"volume", "L", 0.473176473, 0}, "qt": {"volume", "L", 0.946352946, 0},
	// energy, in kilowatt-hours
	"kWh": {"energy", "kWh", 1, 0}, "MWh": {"energy", "kWh", 1e3, 0}, "GWh": {"energy", "kWh", 1e6, 0},
	"TWh": {"energy", "kWh", 1e9, 0}, "kcal": {"energy", "kWh", 0.001163, 0},
	// power, in kilowatts
	"kW": {"power", "kW", 1, 0}, "MW": {"power", "kW", 1e3, 0}, "GW": {"power", "kW", 1e6, 0},
	"hp": {"power", "kW", 0.745699872, 0},
	// speed, in kilometres per hour
	"km/h": {"speed", "km/h", 1, 0}, "mph": {"speed", "km/h", 1.609344, 0}, "kn": {"speed", "km/h", 1.852, 0},
	// temperature, in degrees Celsius
	"°C": {"temperature", "°C", 1, 0}, "°F": {"temperature", "°C", 5.0 / 9, -32 * 5.0 / 9},
}

// Measure kinds that compare with one another once converted: a ratio ("a
// quarter") is a percentage (25 percent).
const (
	kindCount      = "count"
	kindPercent    = "percent"
	kindRatio      = "ratio"
	kindMoney      = "money"
	kindMeasure    = "measure"
	kindMultiplier = "multiplier"
)

// canonicalUnit returns the dimension and canonical unit of a quantity of
// the kind and unit, and the factor and offset that convert its values.
func canonicalUnit(kind, unit string) unitFactor {
	switch kind {
	case kindPercent:
		return unitFactor{"percent", "percent", 1, 0}
	case kindRatio:
		return unitFactor{"percent", "percent", 100, 0}
	case kindMoney:
		return unitFactor{"money", unit, 1, 0}
	case kindCount:
		return unitFactor{"count", "", 1, 0}
	case kindMultiplier:
		return unitFactor{"multiplier", "×", 1, 0}
	case kindMeasure:
		if u, ok := units[unit]; ok {
			return u
		}
		return unitFactor{"unit " + unit, unit, 1, 0}
	}
	return unitFactor{kind + " " + unit, unit, 1, 0}
}
