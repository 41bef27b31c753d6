package pos

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark: its half-open byte span in the text
// given to Tagger.Tag, and its tag.
type Token struct {
	Start, End int
	Tag        string
}

// word is a token of the cleaned text: its span there, and the position of
// the earlier token it shares prose's token with (see doc.go), or -1.
type word struct {
	start, end int
	alias      int
}

// tokenize splits clean (text already passed through prose's sanitiser) the
// way prose's iterTokenizer does, appending the words to ws. chunks holds,
// for each whitespace-separated chunk seen, the index of its first word in
// ws, for prose's cache (and so its shared tokens); it is cleared here.
func tokenize(clean string, ws []word, chunks map[string]int) []word {
	clear(chunks)
	white := false
	start, index := 0, 0
	length := len(clean)
	for index <= length {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				ws = chunk(clean, start, index, ws, chunks)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		ws = split(clean, start, index, ws)
	}
	return ws
}

// chunk splits one chunk of the text; a chunk seen before shares the tokens
// of its first occurrence, as in prose's cache.
func chunk(clean string, start, end int, ws []word, chunks map[string]int) []word {
	span := clean[start:end]
	if first, ok := chunks[span]; ok {
		n := len(ws)
		ws = split(clean, start, end, ws)
		for k := n; k < len(ws); k++ {
			ws[k].alias = first + (k - n)
		}
		return ws
	}
	chunks[span] = len(ws)
	return split(clean, start, end, ws)
}

// split is prose's doSplit over clean[start:end], with offsets.
func split(clean string, start, end int, ws []word) []word {
	token := clean[start:end]
	off := start
	var suffs [8]word
	suffixes := suffs[:0]
	add := func(s string, at int) {
		if strings.TrimSpace(s) != "" {
			ws = append(ws, word{at, at + len(s), -1})
		}
	}
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if isSpecial(token) {
			add(token, off)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := token
		if hasUpperOrNonASCII(token) {
			lower = strings.ToLower(token)
		}
		if hasAnyPrefix(token, prefixes) {
			add(token[:1], off)
			token = token[1:]
			off++
		} else if idx := hasAnyIndex(lower, contractions); idx > -1 {
			add(token[:idx], off)
			token = token[idx:]
			off += idx
		} else if idx := hasAnyIndex(lower, negations); idx > -1 {
			add(token[:idx], off)
			token = token[idx:]
			off += idx
		} else if hasAnySuffix(token, suffixList) {
			suffixes = append(suffixes, word{off + len(token) - 1, off + len(token), -1})
			token = token[:len(token)-1]
		} else {
			add(token, off)
		}
	}
	for k := len(suffixes) - 1; k >= 0; k-- {
		ws = append(ws, suffixes[k])
	}
	return ws
}

func hasUpperOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

var (
	suffixList   = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	prefixes     = []string{"$", "(", `"`, "["}
	contractions = []string{"'ll", "'s", "'re", "'m"}
	negations    = []string{"n't"}
	internalRE   = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
)

// isSpecial is prose's test for a token kept whole: an emoticon, initials
// ("U.S.") or a short abbreviation ("Mr.").
func isSpecial(token string) bool {
	if _, ok := emoticons[token]; ok {
		return true
	}
	return strings.HasSuffix(token, ".") && internalRE.MatchString(token)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	n := len(s)
	for _, prefix := range prefixes {
		if n > len(prefix) && strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, suffixes []string) bool {
	n := len(s)
	for _, suffix := range suffixes {
		if n > len(suffix) && strings.HasSuffix(s, suffix) {
			return true
		}
	}
	return false
}

func hasAnyIndex(s string, subs []string) int {
	n := len(s)
	for _, sub := range subs {
		idx := strings.Index(s, sub)
		if idx >= 0 && n > len(sub) {
			return idx
		}
	}
	return -1
}

// emoticons are prose's, kept whole by its tokenizer and tagged SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true, "(o:": true,
	"(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true, "8-)": true, "8-D": true,
	"8D": true, ":(": true, ":((": true, ":(((": true, ":()": true, ":)))": true, ":-)": true,
	":-))": true, ":-)))": true, ":-*": true, ":-/": true, ":-X": true, ":-]": true, ":-o": true,
	":-p": true, ":-x": true, ":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true,
	":]": true, ":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true, "V_V": true,
	"XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true, "o_o": true, "v_v": true,
	"xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}
