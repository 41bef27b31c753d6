package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factsheet/factsheet/extract/lex"
)

// namePiece is a word of a sentence as the entity recogniser sees it: a run
// of letters and digits, with apostrophes inside it ("O’Brien", "Xi'an") but
// not a possessive ending ("Mao’s" gives "Mao"). The parts of a hyphenated
// word are pieces of their own, joined to the one before ("Kai" "shek"), so
// that "Mao-made" can give "Mao". Dotted abbreviations keep their full stops
// ("U.S.", "Gen.").
type namePiece struct {
	lex.Span
	hyphen  bool // joined to the previous piece by a hyphen or a dash with no space around it
	upper   bool // starts with an upper-case letter
	caps    bool // has two or more letters, all upper case ("PRC", "U.S.")
	digit   bool // starts with a digit
	initial bool // opens its sentence, or a quotation within it, where any word is capitalised
	dot     bool // ends with a full stop that belongs to it ("Gen.", "U.S.", "J.")
}

// ScanPieces splits one sentence into pieces.
func ScanPieces(text string, s lex.Span) []namePiece {
	var out []namePiece
	i := s.Start
	atStart := true // no word yet, or only an opening quote or bracket since the last clause start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if lex.IsApostrophe(r) && len(out) > 0 && out[len(out)-1].End == i && i+n < s.End &&
			(text[i+n] == 's' || text[i+n] == 'S') && (i+n+1 >= s.End || !lex.IsNameRune(lex.FirstRune(text[i+n+1:]))) {
			i += n + 1 // a possessive "’s": not a word
			continue
		}
		if !lex.IsNameRune(r) {
			switch {
			case r == '“' || r == '‘' || r == '"':
				// An opening quotation mark: after a space or at the start.
				if i == s.Start || unicode.IsSpace(lex.LastRune(text[:i])) || strings.ContainsRune("([—–", lex.LastRune(text[:i])) {
					atStart = true
				}
			case unicode.IsSpace(r) || strings.ContainsRune("([*_'’—–-", r):
			default:
				atStart = false
			}
			i += n
			continue
		}
		start := i
		end := scanNameWord(text, i, s.End)
		p := namePiece{Span: lex.Span{Start: start, End: end}, initial: atStart}
		atStart = false
		if len(out) > 0 {
			prev := out[len(out)-1]
			if gap := text[prev.End:start]; isHyphen(gap) {
				p.hyphen = true
			}
		}
		first, _ := utf8.DecodeRuneInString(text[start:end])
		p.upper = unicode.IsUpper(first) || unicode.IsTitle(first)
		p.digit = unicode.IsDigit(first)
		p.caps = lex.AllCaps(text[start:end])
		// A full stop after an initial, a dotted acronym or a known
		// abbreviation belongs to the word.
		if end < s.End && text[end] == '.' {
			w := text[start:end]
			// A capital alone whose full stop ends the sentence is a
			// numeral or a word ("World War I."), not an initial.
			initial := utf8.RuneCountInString(w) == 1 && p.upper && strings.TrimSpace(text[end+1:s.End]) != ""
			if initial || strings.Contains(w, ".") || lex.NameAbbreviations[w] {
				p.dot = true
				p.End = end + 1
			}
		}
		out = append(out, p)
		i = p.End
	}
	return out
}

// scanNameWord returns the end of the word that starts at i: letters and
// digits, apostrophes between letters unless they make a possessive, and
// full stops between single letters ("U.S.S.R").
func scanNameWord(text string, i, limit int) int {
	j := i
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if lex.IsNameRune(r) {
			j += n
			continue
		}
		if lex.IsApostrophe(r) && j+n < limit {
			next, m := utf8.DecodeRuneInString(text[j+n:])
			possessive := (next == 's' || next == 'S') && (j+n+m >= limit || !lex.IsNameRune(lex.FirstRune(text[j+n+m:])))
			if unicode.IsLetter(next) && !possessive {
				j += n
				continue
			}
		}
		if r == '.' && j+1 < limit && utf8.RuneCountInString(lastDotPart(text[i:j])) == 1 {
			next, _ := utf8.DecodeRuneInString(text[j+1:])
			if unicode.IsUpper(next) && (j+2 >= limit || !lex.IsNameRune(lex.FirstRune(text[j+2:]))) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// lastDotPart returns what follows the last full stop of a word.
func lastDotPart(w string) string {
	if k := strings.LastIndexByte(w, '.'); k >= 0 {
		return w[k+1:]
	}
	return w
}

func isHyphen(gap string) bool {
	d := lex.Dash(gap)
	return d == lex.Hyphen || d == lex.RangeDash
}

// sentenceCase says how a unit of text is capitalised, which changes what a
// capital letter tells.
type sentenceCase int

const (
	caseNormal sentenceCase = iota // running prose: a capital inside the sentence marks a name
	caseTitle                      // a heading in title case: most words are capitalised
	caseCaps                       // written in capitals
)

// unitCase tells how the pieces of a unit are capitalised.
func unitCase(text string, ps []namePiece) sentenceCase {
	words, upper, caps := 0, 0, 0
	for _, p := range ps {
		if p.digit || p.hyphen {
			continue
		}
		words++
		if p.upper {
			upper++
		}
		if p.caps || utf8.RuneCountInString(p.Text(text)) == 1 && p.upper {
			caps++
		}
	}
	switch {
	case words >= 2 && caps == words:
		return caseCaps
	case words >= 3 && upper*5 >= words*4:
		return caseTitle
	}
	return caseNormal
}
