package export

import (
	"unicode/utf16"
	"unicode/utf8"
)

// offsetBlock is how many bytes of text one checkpoint of an Offsets
// covers: a conversion scans at most this many bytes.
const offsetBlock = 64

// Offsets converts byte offsets into a text, the unit of the annotate
// model, to the units other tools count in: Unicode code points (W3C Web
// Annotation selectors, Python's str) and UTF-16 code units (JavaScript
// strings, Excel cells). A character outside the Basic Multilingual Plane,
// such as "𝔄" or an emoji, is 4 bytes, 1 code point and 2 UTF-16 units.
//
// The text is UTF-8, as every source's decoded text is. A byte offset
// inside a character counts as the offset of that character's start.
// Converting takes constant time: a checkpoint every 64 bytes holds the
// counts so far.
type Offsets struct {
	text  string
	ascii bool    // every unit is one byte: nothing to convert
	cp    []int32 // code points before byte k*offsetBlock
	u16   []int32 // UTF-16 units before byte k*offsetBlock
}

// NewOffsets returns the converter of the byte offsets of text.
func NewOffsets(text string) *Offsets {
	o := &Offsets{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if o.ascii {
		return o
	}
	n := len(text)/offsetBlock + 1
	o.cp = make([]int32, n)
	o.u16 = make([]int32, n)
	var cp, u16 int32
	k := 0 // the next checkpoint
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		units := int32(utf16.RuneLen(r))
		// A checkpoint at this character's start counts the characters
		// before it; one inside it counts it too, since it began before.
		for ; k*offsetBlock < i+size; k++ {
			if k*offsetBlock == i {
				o.cp[k], o.u16[k] = cp, u16
			} else {
				o.cp[k], o.u16[k] = cp+1, u16+units
			}
		}
		cp++
		u16 += units
		i += size
	}
	for ; k < n; k++ {
		o.cp[k], o.u16[k] = cp, u16
	}
	return o
}

// counts returns the code points and UTF-16 units of text[:b], b moved back
// to the start of the character it falls in.
func (o *Offsets) counts(b int) (cp, u16 int) {
	b = max(0, min(b, len(o.text)))
	if o.ascii {
		return b, b
	}
	for b > 0 && b < len(o.text) && !utf8.RuneStart(o.text[b]) {
		b--
	}
	k := b / offsetBlock
	cp, u16 = int(o.cp[k]), int(o.u16[k])
	i := k * offsetBlock
	for i < len(o.text) && !utf8.RuneStart(o.text[i]) {
		i++ // the rest of a character counted before the checkpoint
	}
	for i < b {
		r, size := utf8.DecodeRuneInString(o.text[i:])
		cp++
		u16 += utf16.RuneLen(r)
		i += size
	}
	return cp, u16
}

// CodePoint returns the offset in code points of byte offset b.
func (o *Offsets) CodePoint(b int) int {
	cp, _ := o.counts(b)
	return cp
}

// UTF16 returns the offset in UTF-16 code units of byte offset b.
func (o *Offsets) UTF16(b int) int {
	_, u := o.counts(b)
	return u
}

// UTF16Len returns the length of s in UTF-16 code units, as JavaScript's
// s.length and Excel count it.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
