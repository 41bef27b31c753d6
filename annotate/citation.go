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

// Citation formats the Chicago note of a sentence of a source, with its
// locator. See Cite for the other styles.
func Citation(meta sources.Meta, sentences []Sentence, index int) string {
	return Cite(meta, StyleChicago, LocOf(sentences, index))
}

// SourceCitation formats the Chicago bibliography entry of a source. See
// Reference for the other styles.
func SourceCitation(meta sources.Meta) string {
	return Reference(meta, StyleChicago)
}

// SourceReference returns a source's citation in the style it was
// annotated in (Source.Citation), or its Chicago bibliography entry.
func SourceReference(src sources.Source) string {
	if src.Citation != "" {
		return src.Citation
	}
	return SourceCitation(src.Meta)
}

// LocOf returns where a sentence is, for a citation: its page, or its note,
// else its paragraph and sentence.
func LocOf(sentences []Sentence, index int) Loc {
	n := 1
	for k := index - 1; k >= 0 && sentences[k].Paragraph == sentences[index].Paragraph; k-- {
		n++
	}
	return locOfNumbered(sentences[index], n)
}

// locOfNumbered is LocOf for a sentence whose number within its paragraph
// is known (see SentenceNumbers): counting back for every claim would cost
// the square of a long paragraph.
func locOfNumbered(s Sentence, n int) Loc {
	return Loc{Page: s.Page, Note: s.Note, Paragraph: s.Paragraph + 1, Sentence: n}
}
