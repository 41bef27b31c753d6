package export

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestOffsets(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		byteOff  int
		cp, u16c int
	}{
		{"ascii start", "famine", 0, 0, 0},
		{"ascii middle", "famine", 3, 3, 3},
		{"ascii end", "famine", 6, 6, 6},
		{"after en dash", "1958 – 1961", 8, 6, 6}, // "–" is 3 bytes, 1 code point, 1 unit
		{"after curly quote and a name", "“Mao”", 6, 4, 4},
		{"after a character outside the BMP", "𝔄 1958", 4, 1, 2}, // "𝔄" is 4 bytes, 1 code point, 2 units
		{"after an emoji and text", "😀😀 famine", 9, 3, 5},
		{"inside a character counts from its start", "a𝔄b", 3, 1, 1},
		{"past the end is the end", "a𝔄b", 99, 3, 4},
		{"negative is the start", "a𝔄b", -1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOffsets(tt.text)
			if got := o.CodePoint(tt.byteOff); got != tt.cp {
				t.Errorf("CodePoint(%d) = %d, want %d", tt.byteOff, got, tt.cp)
			}
			if got := o.UTF16(tt.byteOff); got != tt.u16c {
				t.Errorf("UTF16(%d) = %d, want %d", tt.byteOff, got, tt.u16c)
			}
		})
	}
}

// TestOffsetsAgreeWithDecoding checks every rune boundary of long texts
// against counting from the start, so that the checkpoints (every 64
// bytes, some falling inside characters) are right wherever they fall.
func TestOffsetsAgreeWithDecoding(t *testing.T) {
	texts := map[string]string{
		"ascii":      strings.Repeat("more than 30 million people. ", 20),
		"mixed":      strings.Repeat("In 1958–1961 “Mao” 𝔄𝔅 said 😀 ", 30),
		"astral":     strings.Repeat("𓀀", 100),
		"three-byte": strings.Repeat("毛泽东", 70),
		"empty":      "",
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			o := NewOffsets(text)
			cp, u := 0, 0
			for b := 0; ; {
				if got := o.CodePoint(b); got != cp {
					t.Fatalf("CodePoint(%d) = %d, want %d", b, got, cp)
				}
				if got := o.UTF16(b); got != u {
					t.Fatalf("UTF16(%d) = %d, want %d", b, got, u)
				}
				if got, want := u, len(utf16.Encode([]rune(text[:b]))); got != want {
					t.Fatalf("UTF-16 length of text[:%d] = %d, want %d", b, got, want)
				}
				if b == len(text) {
					break
				}
				r, size := utf8.DecodeRuneInString(text[b:])
				b += size
				cp++
				u += utf16.RuneLen(r)
			}
			if UTF16Len(text) != u {
				t.Errorf("UTF16Len = %d, want %d", UTF16Len(text), u)
			}
		})
	}
}

func ExampleOffsets() {
	text := "𝔄 famine of 1959"
	o := NewOffsets(text)
	start := strings.Index(text, "famine") // a byte offset, as in the JSON
	fmt.Println(start, o.CodePoint(start), o.UTF16(start))
	// Output: 5 2 3
}
