package sources

import (
	"strconv"
	"strings"
)

// pageLine is a page marker alone on its line: "[p. 45]", "[45]",
// "--- page 45 ---", "{45}", "[Page xii]", "=== p. 45 ===".
var pageLine = lazyRegexp(`(?i)^[ \t]*(?:\[(?:(?:p|pp|pg|page)\.?[ \t]*)?([0-9]+|[ivxlcdm]+)\]|\{(?:(?:p|page)\.?[ \t]*)?([0-9]+|[ivxlcdm]+)\}|[-=]{2,}[ \t]*(?:p|pg|page)\.?[ \t]*([0-9]+|[ivxlcdm]+)[ \t]*[-=]{2,})[ \t]*\r?$`)

// pageInline is a page marker inside a line, where a page break fell in
// mid-sentence: "[p. 45]", "[page 45]", "{45}", "{p. 45}". A bare "[45]" is
// not one there: in running text it is a footnote mark.
var pageInline = lazyRegexp(`(?i)(?:\[(?:p|pg|page)\.?[ \t]*([0-9]+|[ivxlcdm]+)\]|\{(?:(?:p|page)\.?[ \t]*)?([0-9]+)\})`)

// withoutPageMarkers removes the page markers of a transcription from its
// text and returns the text and where each page begins in it. A marker
// alone on a line goes with its line; one inside a line with the space
// after it. A marker says that its page begins there, so text before the
// first marker "[p. 45]" is taken to be on page 44.
func withoutPageMarkers(text string) (string, []Page) {
	if !strings.ContainsAny(text, "[{") && !strings.Contains(text, "--") && !strings.Contains(text, "==") {
		return text, nil
	}
	var b strings.Builder
	var pages []Page
	add := func(label string) {
		if n := len(pages); n > 0 && pages[n-1].Start == b.Len() {
			pages[n-1].Label = label
			return
		}
		pages = append(pages, Page{Label: strings.ToLower(label), Start: b.Len()})
	}
	for line := range strings.SplitAfterSeq(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if m := pageLine().FindStringSubmatch(body); m != nil {
			add(firstOf(m[1:]))
			continue
		}
		last := 0
		for _, loc := range pageInline().FindAllStringSubmatchIndex(line, -1) {
			b.WriteString(line[last:loc[0]])
			var label string
			if loc[2] >= 0 {
				label = line[loc[2]:loc[3]]
			} else {
				label = line[loc[4]:loc[5]]
			}
			if loc[0] > 0 && line[loc[0]-1] == ' ' && loc[1] < len(line) && line[loc[1]] == ' ' {
				loc[1]++ // "and {47} more": one space stays
			}
			add(label)
			last = loc[1]
		}
		b.WriteString(line[last:])
	}
	if len(pages) == 0 {
		return text, nil
	}
	out := b.String()
	if pages[0].Start > 0 && strings.TrimSpace(out[:pages[0].Start]) != "" {
		if n, err := strconv.Atoi(pages[0].Label); err == nil && n > 1 {
			pages = append([]Page{{Label: strconv.Itoa(n - 1), Start: 0}}, pages...)
		}
	}
	return out, pages
}

func firstOf(ss []string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// readText reads plain text: a transcription's page markers become pages.
func readText(text string) document {
	text, pages := withoutPageMarkers(text)
	return document{text: text, pages: pages}
}
