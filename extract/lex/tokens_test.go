package lex

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// describe writes tokens one per "|": the lower form, then for numbers
// "=value/form/digits", "+" before a token joined to the one before, "^"
// before one after a line break, "C" after a capitalised word, "A" after
// an all-capitals one, and the kind for symbols ("$") and marks (".").
func describe(ts []Token) string {
	var parts []string
	for i, t := range ts {
		var b strings.Builder
		if t.Line && i > 0 {
			b.WriteString("^")
		}
		if t.Joined {
			b.WriteString("+")
		}
		b.WriteString(t.Lower)
		switch t.Kind {
		case WordNumber:
			fmt.Fprintf(&b, "=%g/%s/%d", t.Value, [...]string{"plain", "grouped", "decimal", "fraction"}[t.Form], t.Digits)
		case WordLetters:
			if t.Capital {
				b.WriteString("C")
			}
			if t.AllCaps {
				b.WriteString("A")
			}
		case WordSymbol:
			b.WriteString("$")
		case WordPunct:
			b.WriteString(".")
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "|")
}

func TestTokens(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"words and spaces", "The Great Leap", "theC|greatC|leapC"},
		{"all capitals", "44 BC, AD 14", "44=44/plain/2|bcCA|+,.|adCA|14=14/plain/2"},
		{"hyphen splits words", "mid-March Kai‐shek", "mid|+-.|+marchC|kaiC|+-.|+shek"},
		{"apostrophes straight", "People’s Mao's", "peopleC|+'.|+s|maoC|+'.|+s"},
		{"dashes canonical", "15‒45 1958–61 −3 a—b", "15=15/plain/2|+–.|+45=45/plain/2|1958=1958/plain/4|+–.|+61=61/plain/2|−.|+3=3/plain/1|a|+—.|+b"},
		{"thousands", "600,000 men", "600,000=600000/grouped/6|men"},
		{"a list of years is no number", "in 1958,1959 and", "in|1958=1958/plain/4|+,.|+1959=1959/plain/4|and"},
		{"a dotted date is no number", "12.03.1958", "12=12/plain/2|+..|+03=3/plain/2|+..|+1958=1958/plain/4"},
		{"a version is no number", "v2.4.1", "v|+2=2/plain/1|+..|+4=4/plain/1|+..|+1=1/plain/1"},
		{"decimal", "1.5 million and 3.30pm", "1.5=1.5/decimal/2|million|and|3.30=3.3/decimal/3|+pm"},
		{"decimal comma after dotted groups", "1.234,5 km", "1.234,5=1234.5/decimal/5|km"},
		{"dotted thousands", "1.000.000", "1.000.000=1e+06/grouped/7"},
		{"Indian grouping", "12,34,567 rupees", "12,34,567=1.234567e+06/grouped/7|rupees"},
		{"leading point", "a .25 share", "a|.25=0.25/decimal/2|share"},
		{"point after a word is a mark", "c.1500", "c|+..|+1500=1500/plain/4"},
		{"thin-space groups", "12\u2009500 tons", "12\u2009500=12500/grouped/5|tons"},
		{"no-break space before a year is a space", "1958\u00a0300 people", "1958=1958/plain/4|300=300/plain/3|people"},
		{"vulgar fractions", "1½ and ½", "1½=1.5/fraction/1|and|½=0.5/fraction/0"},
		{"symbols", "$66bn 98%", "$$|+66=66/plain/2|+bn|98=98/plain/2|+%$"},
		{"currency sign", "€5", "€$|+5=5/plain/1"},
		{"line breaks", "a\nb\r\nc\u2028d", "a|^b|^c|^d"},
		{"combining marks stay in the word", "Mao\u0301 e\u0301te\u0301", "mao\u0301C|e\u0301te\u0301"},
		{"title and upper case letters", "Éire ÉIRE", "éireC|éireCA"},
		{"digits then letters", "5th 1960s", "5=5/plain/1|+th|1960=1960/plain/4|+s"},
		{"long digit run", "12345678901234567890", "12345678901234567890=1.2345678901234567e+19/plain/20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := Tokens(tt.text)
			if got := describe(ts); got != tt.want {
				t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
			for _, tok := range ts {
				if tok.Lit != tt.text[tok.Start:tok.End] {
					t.Errorf("token %q has span %v, which covers %q", tok.Lit, tok.Span, tt.text[tok.Start:tok.End])
				}
			}
		})
	}
}

func TestTokensFirstAfterLine(t *testing.T) {
	ts := Tokens("  First")
	if len(ts) != 1 || ts[0].Joined || !ts[0].Line {
		t.Errorf("Tokens(%q) = %+v, want one token, not joined, at the start of a line", "  First", ts)
	}
}

// benchText is the sample history repeated to about a megabyte.
func benchText(b *testing.B) string {
	data, err := os.ReadFile("../../testdata/great-leap-forward.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data), 1<<20/len(data)+1)
}

// BenchmarkTokens measures the lexer alone, reusing one buffer.
func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	var ts []Token
	for b.Loop() {
		ts = AppendTokens(ts[:0], text)
	}
}

// BenchmarkWords measures the quantity grammar's view: the lexer joining
// compound words as it goes.
func BenchmarkWords(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	var ws []Word
	for b.Loop() {
		ws = AppendWords(ws[:0], text)
	}
}
