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
	n := 1
	for k := index - 1; k >= 0 && sentences[k].Paragraph == sentences[index].Paragraph; k-- {
		n++
	}
	return LocatorOf(sentences[index], n)
}

// LocatorOf writes the locator of a sentence whose number within its
// paragraph is known (see SentenceNumbers): "p. 45, ¶ 12, sentence 2" on a
// page of the original ("pp. 45–46" over a page break), "n. 3, sentence 1"
// in a note, else "¶ 4, sentence 2, line 6" (lines of the source's text mean
// nothing in a PDF or a page marked transcription, so they are left out
// there).
func LocatorOf(s Sentence, number int) string {
	para := "¶ " + strconv.Itoa(s.Paragraph+1) + ", sentence " + strconv.Itoa(number)
	switch {
	case s.Note != "":
		return "n. " + s.Note + ", sentence " + strconv.Itoa(number)
	case strings.Contains(s.Page, "–"):
		return "pp. " + s.Page + ", " + para
	case s.Page != "":
		return "p. " + s.Page + ", " + para
	}
	return para + ", line " + strconv.Itoa(s.Line)
}

// SentenceNumbers returns each sentence's number within its paragraph, from
// 1, in one pass.
func SentenceNumbers(sentences []Sentence) []int {
	nums := make([]int, len(sentences))
	for i, s := range sentences {
		nums[i] = 1
		if i > 0 && sentences[i-1].Paragraph == s.Paragraph {
			nums[i] = nums[i-1] + 1
		}
	}
	return nums
}

// Citation formats a note-style citation of a sentence of a source, in the
// manner of the Chicago Manual of Style: authors, “title,” publisher, date,
// URL, and the locator.
func Citation(meta sources.Meta, sentences []Sentence, index int) string {
	return citation(meta, Locator(sentences, index))
}

// SourceCitation formats a citation of a whole source: Citation without a
// locator.
func SourceCitation(meta sources.Meta) string {
	return citation(meta, "")
}

func citation(meta sources.Meta, locator string) string {
	var parts []string
	if names := authorNames(meta.Author); names != "" {
		parts = append(parts, names)
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
	if locator != "" {
		tail = append(tail, locator)
	}
	if meta.Title != "" {
		// The comma or full stop after a title goes inside the quotation
		// marks.
		if len(tail) == 0 {
			return strings.Join(append(parts, "“"+meta.Title+".”"), " ")
		}
		parts = append(parts, "“"+meta.Title+",”")
	}
	if len(tail) > 0 {
		parts = append(parts, strings.Join(tail, ", "))
	}
	return strings.TrimSuffix(strings.Join(parts, " "), ",") + "."
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
