package lex

// References: the words after which a number names a part of a document
// ("p. 45", "Article 231", "notes 3, 5 and 7") or some other thing with a
// Number ("Room 101", "BWV 1007"). Such a number is neither a year nor a
// quantity.

// pageWords are the words of references, in lower case. Those in
// abbreviatedPageWords are references only with their full stop ("no. 5",
// "art. 12"), since they are also words ("no 1958 harvest", "Soviet art").
var pageWords = SetOf("p", "pp", "page", "pages", "vol", "vols", "volume", "volumes",
	"chapter", "chapters", "ch", "chap", "fig", "figs", "figure", "figures", "note", "notes",
	"footnote", "footnotes", "section", "sections", "sec", "art", "article", "articles", "line",
	"lines", "plate", "plates", "table", "tables", "folio", "folios", "fol", "fols", "ff",
	"verse", "verses", "item", "items", "appendix", "canto", "psalm", "clause", "paragraph",
	"para", "paras", "col", "cols", "column", "no", "nos", "nr", "nrs", "n", "nn", "number",
	"ibid", "op", "loc", "cit", "version", "ed", "edn", "edition", "fn", "ms", "mss", "box",
	"file", "folder", "sheet", "reel", "series", "nbr", "vv", "v", "bk", "book", "part", "pt",
	"act", "scene", "catalogue", "cat", "inv", "bwv", "isbn", "issn", "doi", "route", "highway",
	"room", "tel", "lib", "cap", "capp", "sect", "ib", "id", "pag", "lect", "epist", "ep")

var abbreviatedPageWords = SetOf("no", "nos", "n", "nn", "v", "pt", "art", "sec", "col", "ed", "fn", "ms",
	"nr", "cat", "inv", "tel", "id", "ib", "ep")

// IsPageWord reports whether a word (in lower case) makes the number after
// it a reference; dotted says whether a full stop follows the word.
func IsPageWord(w string, dotted bool) bool {
	return pageWords[w] && (dotted || !abbreviatedPageWords[w])
}

// PageReference reports whether the number at ws[i] follows a page or
// section word, maybe after other numbers of a list or range: "p. 45",
// "pp. 12–14", "notes 3, 5 and 7".
func PageReference(ws []Word, i int) bool {
	k := i - 1
	for steps := 0; k >= 0 && steps < 8; steps++ {
		w := ws[k]
		switch {
		case w.Kind == WordNumber || w.Lit == "," || w.Lower == "–" || w.Lower == "-" || w.Lower == "—" ||
			w.Lower == "and" || w.Lower == "to" || w.Lower == "or" || w.Lower == "&":
			k--
			continue
		case w.Lit == ".":
			if k > 0 && IsPageWord(ws[k-1].Lower, true) {
				return true
			}
		case w.Kind == WordLetters && IsPageWord(w.Lower, false):
			// "Article 231", "page 45"; "pages" in "some 300 pages" follows, not precedes.
			return true
		}
		return false
	}
	return false
}
