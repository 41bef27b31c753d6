package lex

import "sort"

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Text returns the part of text the span covers.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Lines is a table of line starts for a text, in the manner of go/token: it
// turns byte offsets into 1-based line and column numbers. A line ends at
// "\n", "\r\n" or a lone "\r".
type Lines struct {
	starts []int
}

// NewLines builds the line table of text.
func NewLines(text string) *Lines {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return &Lines{starts: starts}
}

// Count returns the number of lines.
func (l *Lines) Count() int { return len(l.starts) }

// Position returns the 1-based line and the 1-based byte column of offset.
func (l *Lines) Position(offset int) (line, column int) {
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, offset - l.starts[i] + 1
}

// Line returns the 1-based line that holds offset.
func (l *Lines) Line(offset int) int {
	line, _ := l.Position(offset)
	return line
}
