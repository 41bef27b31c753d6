package lex

// TitleAbbreviations are the abbreviated titles written before a person's
// name, with or without a full stop: "Gen. Georgy Zhukov", "Pvt John Smith".
// The sentence splitter reads them too: "Pvt." before a name ends no
// sentence.
var TitleAbbreviations = []string{
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gens", "Col", "Lt", "Capt", "Cpt",
	"Maj", "Sgt", "Cpl", "Pvt", "Brig", "Adm", "Cmdr", "Gov", "Pres", "Sen",
	"Rep", "Rev", "Hon", "Fr", "Messrs", "Mme", "Mlle",
}

// NameAbbreviations are abbreviations that keep their full stop inside a
// name: the titles, "St." for Saint, "Jr." and "Sr.", "Mt." and "Ft.".
var NameAbbreviations = func() map[string]bool {
	m := SetOf("St", "Jr", "Sr", "Mt", "Ft")
	for _, t := range TitleAbbreviations {
		m[t] = true
	}
	return m
}()
