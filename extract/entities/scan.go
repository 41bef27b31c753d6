package entities

import (
	"strings"
	"sync"
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

// ScanPieces splits one sentence into pieces. It reads the sentence's
// tokens (lex.AppendTokensIn) and joins into one piece the words and
// numbers written together ("F16", "Xi'an", "O’Brien", "U.S.S.R"); the
// marks between pieces tell where a quotation opens.
func ScanPieces(text string, s lex.Span) []namePiece {
	bp := tokenBuffers.Get().(*[]lex.Token)
	ts := lex.AppendTokensIn((*bp)[:0], text, s)
	out := piecesOf(text, ts)
	*bp = ts[:0]
	tokenBuffers.Put(bp)
	return out
}

// tokenBuffers hold the token buffers of ScanPieces, which keeps no token:
// the sentences of a text reuse a few buffers whatever the number of
// workers.
var tokenBuffers = sync.Pool{New: func() any { return new([]lex.Token) }}

// piecesOf makes the pieces of a sentence from its tokens.
func piecesOf(text string, ts []lex.Token) []namePiece {
	out := make([]namePiece, 0, len(ts))
	atStart := true // no word yet, or only an opening quote or bracket since the last clause start
	for k := 0; k < len(ts); {
		t := ts[k]
		if t.Lower == "'" && len(out) > 0 && t.Joined && out[len(out)-1].End == t.Start && possessiveAt(ts, k) {
			k += 2 // a possessive "’s": not a word
			continue
		}
		if !namePart(t) {
			switch {
			case t.Lit == "“" || t.Lit == "‘" || t.Lit == "\"":
				// An opening quotation mark: after a space or at the start.
				if !t.Joined || k > 0 && strings.Contains("([—–", ts[k-1].Lit) {
					atStart = true
				}
			case strings.Contains("([*_'’—–-", t.Lit):
			default:
				atStart = false
			}
			k++
			continue
		}
		start := t.Start
		next := pieceEnd(ts, k)
		end := ts[next-1].End
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
		p.digit = t.Kind == lex.WordNumber
		p.caps = lex.AllCaps(text[start:end])
		// A full stop after an initial, a dotted acronym or a known
		// abbreviation belongs to the word.
		if next < len(ts) && ts[next].Lit == "." && ts[next].Joined {
			w := text[start:end]
			// A capital alone whose full stop ends the sentence is a
			// numeral or a word ("World War I."), not an initial.
			initial := utf8.RuneCountInString(w) == 1 && p.upper && next+1 < len(ts)
			if initial || strings.Contains(w, ".") || lex.NameAbbreviations[w] {
				p.dot = true
				p.End = ts[next].End
				next++
			}
		}
		out = append(out, p)
		k = next
	}
	return out
}

// namePart reports whether a token can be part of a name piece: a word or a
// number (not a vulgar fraction).
func namePart(t lex.Token) bool {
	return t.Kind == lex.WordLetters || t.Kind == lex.WordNumber && t.Form != lex.Fraction
}

// possessiveAt reports whether the apostrophe ts[k] and the "s" after it
// make a possessive ending: "’s" with no word or number straight after.
func possessiveAt(ts []lex.Token, k int) bool {
	return k+1 < len(ts) && ts[k+1].Joined && ts[k+1].Lower == "s" &&
		(k+2 >= len(ts) || !ts[k+2].Joined || !namePart(ts[k+2]))
}

// pieceEnd returns the index after the tokens of the piece that starts at
// ts[k]: words and numbers with no space between, an apostrophe between
// letters unless it makes a possessive ("O’Brien", not "Mao’s"), and full
// stops between single capitals ("U.S.S.R").
func pieceEnd(ts []lex.Token, k int) int {
	j := k + 1
	for j < len(ts) {
		t := ts[j]
		if !t.Joined {
			break
		}
		if namePart(t) {
			j++
			continue
		}
		if j+1 >= len(ts) || !ts[j+1].Joined {
			break
		}
		next := ts[j+1]
		if t.Lower == "'" && next.Kind == lex.WordLetters && !possessiveAt(ts, j) {
			j += 2
			continue
		}
		if t.Lit == "." && isSingle(ts[j-1]) && (j-1 == k || ts[j-2].Lit == ".") && next.Kind == lex.WordLetters && isSingle(next) && next.Capital &&
			(j+2 >= len(ts) || !ts[j+2].Joined || !namePart(ts[j+2])) {
			j += 2
			continue
		}
		break
	}
	return j
}

// isSingle reports whether a token is one character.
func isSingle(t lex.Token) bool { return utf8.RuneCountInString(t.Lit) == 1 }

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
