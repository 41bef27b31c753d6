package annotate

import (
	"strconv"
	"strings"

	"github.com/factsheet/factsheet/sources"
)

// Locator says where a sentence is, for a reader with the source in hand:
// "¶ 4, sentence 2, line 6". Paragraphs count the blocks of the text from 1
// (a title line and captions are blocks too); the sentence is counted within
// its paragraph.
func Locator(sentences []Sentence, index int) string {
	s := sentences[index]
	n := 1
	for k := index - 1; k >= 0 && sentences[k].Paragraph == s.Paragraph; k-- {
		n++
	}
	return "¶ " + strconv.Itoa(s.Paragraph+1) + ", sentence " + strconv.Itoa(n) + ", line " + strconv.Itoa(s.Line)
}

// Citation formats a note-style citation of a sentence of a source, in the
// manner of the Chicago Manual of Style: authors, “title,” publisher, date,
// URL, and the locator.
func Citation(meta sources.Meta, sentences []Sentence, index int) string {
	var parts []string
	if names := authorNames(meta.Author); names != "" {
		parts = append(parts, names)
	}
	if meta.Title != "" {
		parts = append(parts, "“"+meta.Title+",”")
	}
	var tail []string
	if meta.Publisher != "" {
		tail = append(tail, meta.Publisher)
	}
	if d := meta.Issued.String(); d != "" {
		tail = append(tail, d)
	}
	if meta.URL != "" {
		tail = append(tail, meta.URL)
	}
	tail = append(tail, Locator(sentences, index))
	return strings.Join(append(parts, strings.Join(tail, ", ")), " ") + "."
}

// authorNames joins names as "Given Family", "A and B", "A, B, and C".
func authorNames(names []sources.Name) string {
	var list []string
	for _, n := range names {
		switch {
		case n.Literal != "":
			list = append(list, n.Literal)
		case n.Given != "":
			list = append(list, n.Given+" "+n.Family)
		case n.Family != "":
			list = append(list, n.Family)
		}
	}
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0] + ","
	case 2:
		return list[0] + " and " + list[1] + ","
	}
	return strings.Join(list[:len(list)-1], ", ") + ", and " + list[len(list)-1] + ","
}
