package sources

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		text     string
		encoding string
	}{
		{"utf-8", []byte("Café – 1958"), "Café – 1958", EncodingUTF8},
		{"utf-8 with bom", []byte("\xEF\xBB\xBFCafé"), "Café", EncodingUTF8BOM},
		{"utf-16le with bom", []byte{0xFF, 0xFE, 'C', 0, 'a', 0, 'f', 0, 0xE9, 0}, "Café", EncodingUTF16LE},
		{"utf-16be with bom", []byte{0xFE, 0xFF, 0, 'C', 0, 'a', 0, 'f', 0, 0xE9}, "Café", EncodingUTF16BE},
		{"windows-1252", []byte("Caf\xE9 \x93quoted\x94 \x80 \xA3"), "Café “quoted” € £", EncodingWindows1252},
		{"latin-1 text", []byte("na\xEFve"), "naïve", EncodingWindows1252},
		{"crlf kept", []byte("a\r\nb"), "a\r\nb", EncodingUTF8},
		{"stray nul", []byte("a\x00b plain text that goes on for a while"), "a\uFFFDb plain text that goes on for a while", EncodingUTF8},
		{"empty", nil, "", EncodingUTF8},
		{"utf-8 with one bad byte", []byte("Café – Mao’s \xff plan"), "Café – Mao’s \uFFFD plan", EncodingUTF8Repaired},
		{"windows-1252 with one accent", []byte("A plain English text with one caf\xE9 in it."), "A plain English text with one café in it.", EncodingWindows1252},
		{"dos end of file", []byte("Old text.\r\n\x1A"), "Old text.\r\n\x1A", EncodingUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.text || enc != tt.encoding {
				t.Errorf("Decode = %q, %s; want %q, %s", text, enc, tt.text, tt.encoding)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		msg  string
	}{
		{"pdf", []byte("%PDF-1.7\n..."), "binary file (PDF), not text"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "binary file (PNG image), not text"},
		{"zip", []byte("PK\x03\x04\x14\x00"), "binary file (ZIP archive), not text"},
		{"nul bytes", []byte("\x00\x01\x02\x03\x00\x00\x00abc\x00\x00"), "binary file, not text"},
		{"every byte value", allBytes(), "binary file, not text"},
		{"8-bit text with a nul", []byte("caf\xE9 au lait, and a stray \x00 in what is otherwise text of some length"), "binary file, not text"},
		{"xz", []byte("\xFD7zXZ\x00\x00\x04"), "binary file (xz archive), not text"},
		{"bzip2", []byte("BZh91AY&SY\x12"), "binary file (bzip2 archive), not text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.raw)
			if !errors.Is(err, ErrBinary) || err.Error() != tt.msg {
				t.Errorf("Decode error = %v, want %q wrapping ErrBinary", err, tt.msg)
			}
		})
	}
}

func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

// TestFault11StrayBytesAndUTF16WithoutBOM: a short UTF-8 text with a few
// stray bytes among its non-ASCII characters stays UTF-8 (it was read as
// Windows-1252, mojibake), and UTF-16 without a byte-order mark is read as
// UTF-16 (it was called "binary file, not text").
func TestFault11StrayBytesAndUTF16WithoutBOM(t *testing.T) {
	utf16 := func(s string, big bool) []byte {
		var b []byte
		for _, r := range s {
			lo, hi := byte(r), byte(r>>8)
			if big {
				b = append(b, hi, lo)
			} else {
				b = append(b, lo, hi)
			}
		}
		return b
	}
	tests := []struct {
		name     string
		raw      []byte
		text     string
		encoding string
	}{
		{"curly apostrophe and a stray byte", []byte("Mao’s \x92 plan"), "Mao’s \uFFFD plan", EncodingUTF8Repaired},
		{"one accent, one stray byte", []byte("Zhou Enlai’s visit to Genève\xff"), "Zhou Enlai’s visit to Genève\uFFFD", EncodingUTF8Repaired},
		{"two stray bytes among dashes", []byte("1958 – 1961 \xe9 \xe8 — famine"), "1958 – 1961 \uFFFD \uFFFD — famine", EncodingUTF8Repaired},
		{"windows-1252 accents stay windows-1252", []byte("Caf\xe9 cr\xe8me, na\xefve"), "Café crème, naïve", EncodingWindows1252},
		{"windows-1252 quotes", []byte("\x93Walk on two legs\x94, they said."), "“Walk on two legs”, they said.", EncodingWindows1252},
		{"utf-16le without bom", utf16("In 1958, 600,000 furnaces.\r\n", false), "In 1958, 600,000 furnaces.\r\n", EncodingUTF16LENoBOM},
		{"utf-16be without bom", utf16("Café – 1958\n", true), "Café – 1958\n", EncodingUTF16BENoBOM},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode(tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.text || enc != tt.encoding {
				t.Errorf("Decode = %q, %s; want %q, %s", text, enc, tt.text, tt.encoding)
			}
		})
	}
}
