package export

import (
	"bytes"
	"testing"

	"github.com/factsheet/factsheet/sources"
)

// checkSourceRecord checks that WriteSourceRecord, writing the text a few
// bytes at a time, writes what encoding the whole record at once gives.
func checkSourceRecord(t *testing.T, src sources.Source, chunk int) {
	t.Helper()
	defer func(n int) { textChunk = n }(textChunk)
	textChunk = chunk
	line, err := marshal(sourceRecord{"source", src.ID, src}, "", "")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteSourceRecord(&b, &src); err != nil {
		t.Fatal(err)
	}
	if want := string(line) + "\n"; b.String() != want {
		t.Errorf("chunks of %d:\n got %q\nwant %q", chunk, b.String(), want)
	}
}

func TestWriteSourceRecord(t *testing.T) {
	cases := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"plain", "In 1958 more than 500 million peasants joined 26,000 People's Communes."},
		{"quotes and controls", "He said \"no\"\tand left.\r\n\x00\x1f<b>&amp;</b>\\"},
		{"multibyte", "Köln — “Mao Zedong” 毛泽东, 1958–1962 ✓ 𝔘"},
		{"no ASCII at all", "毛泽东大跃进𝔘𝔘“”"},
		{"invalid UTF-8", "a\xffb\xc3(c\xe2\x82d\xf0\x9f\x98"},
		{"invalid UTF-8 before multibyte", "\xe2\x82毛\xf0\x9f泽\x80\x80东\xc3"},
		{"line separators", "one\u2028two\u2029three"},
		{"a text field in the metadata", `"text":"" and "text":"x"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := sources.Source{ID: `id "text":""`, Path: `a/"text":"".txt`, SHA256: "ab", Format: "text", Encoding: "utf-8",
				Text: tc.text, Notes: 3, Meta: sources.Meta{Title: `"text":""`}}
			for _, chunk := range []int{1, 2, 3, 5, 1 << 20} {
				checkSourceRecord(t, src, chunk)
			}
		})
	}
}

// FuzzWriteSourceRecord: any text, cut anywhere, is written as the
// record encoded whole.
func FuzzWriteSourceRecord(f *testing.F) {
	f.Add("Köln “x” \x00\xff\u2028", 2)
	f.Add("plain text", 4)
	f.Fuzz(func(t *testing.T, text string, chunk int) {
		if chunk < 1 || chunk > 64 {
			return
		}
		checkSourceRecord(t, sources.Source{ID: "s", Text: text}, chunk)
	})
}
