package sources

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The encodings Decode reports.
const (
	EncodingUTF8         = "UTF-8"
	EncodingUTF8BOM      = "UTF-8 with BOM"
	EncodingUTF16LE      = "UTF-16LE"
	EncodingUTF16BE      = "UTF-16BE"
	EncodingUTF16LENoBOM = "UTF-16LE (no byte-order mark)"
	EncodingUTF16BENoBOM = "UTF-16BE (no byte-order mark)"
	EncodingWindows1252  = "Windows-1252"
	EncodingUTF8Repaired = "UTF-8 (invalid bytes replaced)"
)

// ErrBinary is returned by Decode for data that is not text.
var ErrBinary = errors.New("binary file, not text")

// Decode turns raw bytes into UTF-8 text and names the encoding it found:
// UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark (or
// without one, when its zero bytes give it away), or Windows-1252 (a
// superset of Latin-1, common in older transcriptions) when the bytes are
// not valid UTF-8. A UTF-8 text with a few bad bytes among its characters
// stays UTF-8, each bad byte becoming U+FFFD, rather than being read whole
// as Windows-1252. Stray NUL bytes become U+FFFD. Data
// that looks binary (a known file signature, NUL bytes in what is not
// UTF-8, or many control bytes) gives an error wrapping ErrBinary.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return cleanText(strings.ToValidUTF8(string(raw[3:]), "\uFFFD")), EncodingUTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw, unicode.LittleEndian, EncodingUTF16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, unicode.BigEndian, EncodingUTF16BE)
	}
	if order, name, ok := utf16WithoutBOM(raw); ok {
		text, _, err := decodeUTF16(raw, order, name)
		return text, name, err
	}
	if kind := binaryKind(raw); kind != "" {
		return "", "", &binaryError{kind}
	}
	if utf8.Valid(raw) {
		return cleanText(string(raw)), EncodingUTF8, nil
	}
	if mostlyUTF8(raw) {
		return cleanText(strings.ToValidUTF8(string(raw), "\uFFFD")), EncodingUTF8Repaired, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", err
	}
	return cleanText(string(out)), EncodingWindows1252, nil
}

// mostlyUTF8 reports whether raw, which is not valid UTF-8, is a UTF-8 file
// damaged here and there rather than a Windows-1252 one: whether its
// well-formed multi-byte UTF-8 characters weigh at least as much as its bad
// bytes. Windows-1252 text has its accented letters as single bytes, which
// UTF-8 never accepts; it makes a two-byte UTF-8 character only by chance
// (an accented capital before a curly quote), and a three- or four-byte one
// (such as the curly apostrophe, E2 80 99) hardly ever, so those weigh
// three.
func mostlyUTF8(raw []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size == 2:
			good++
		case size > 2:
			good += 3
		}
		i += size
	}
	return good > 0 && good >= bad
}

// utf16WithoutBOM recognises UTF-16 text without a byte-order mark by its
// zero bytes: in text of Latin script, every other byte is zero (the high
// byte of each character), at odd offsets for little-endian, even for
// big-endian, and the others are not.
func utf16WithoutBOM(raw []byte) (unicode.Endianness, string, bool) {
	head := raw[:min(len(raw), 8192)&^1]
	if len(head) < 4 {
		return unicode.LittleEndian, "", false
	}
	var zero [2]int
	for i, c := range head {
		if c == 0 {
			zero[i%2]++
		}
	}
	pairs := len(head) / 2
	switch {
	case zero[1]*10 >= pairs*7 && zero[0]*20 <= pairs:
		return unicode.LittleEndian, EncodingUTF16LENoBOM, plausibleUTF16(head, unicode.LittleEndian)
	case zero[0]*10 >= pairs*7 && zero[1]*20 <= pairs:
		return unicode.BigEndian, EncodingUTF16BENoBOM, plausibleUTF16(head, unicode.BigEndian)
	}
	return unicode.LittleEndian, "", false
}

// plausibleUTF16 reports whether head, read as UTF-16, is text: few control
// characters besides line ends and tabs.
func plausibleUTF16(head []byte, order unicode.Endianness) bool {
	out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(head)
	if err != nil {
		return false
	}
	control, n := 0, 0
	for _, r := range string(out) {
		n++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	return n > 0 && control*20 < n
}

func decodeUTF16(raw []byte, order unicode.Endianness, name string) (string, string, error) {
	out, err := unicode.UTF16(order, unicode.UseBOM).NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", err
	}
	return cleanText(string(out)), name, nil
}

// cleanText replaces NUL bytes, which no text means, with U+FFFD.
func cleanText(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return s
	}
	return strings.ReplaceAll(s, "\x00", "\uFFFD")
}

// validPrefix returns the length of head without a multi-byte character cut
// off at its end by the 8 KiB limit.
func validPrefix(head []byte) int {
	for i := max(0, len(head)-utf8.UTFMax); i < len(head); i++ {
		if utf8.RuneStart(head[i]) && !utf8.FullRune(head[i:]) {
			return i
		}
	}
	return len(head)
}

type binaryError struct{ kind string }

func (e *binaryError) Error() string {
	if e.kind == "data" {
		return ErrBinary.Error()
	}
	return "binary file (" + e.kind + "), not text"
}

func (e *binaryError) Unwrap() error { return ErrBinary }

// signatures are the first bytes of common binary formats.
var signatures = []struct {
	magic string
	kind  string
}{
	{"%PDF-", "PDF"}, {"PK\x03\x04", "ZIP archive"}, {"\x89PNG", "PNG image"},
	{"GIF87a", "GIF image"}, {"GIF89a", "GIF image"}, {"\xFF\xD8\xFF", "JPEG image"},
	{"\x1F\x8B", "gzip archive"}, {"\x7FELF", "executable"},
	{"\xD0\xCF\x11\xE0", "Office 97 document"}, {"SQLite format 3\x00", "SQLite database"},
	{"\xFD7zXZ\x00", "xz archive"}, {"BZh91AY&SY", "bzip2 archive"}, {"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
	{"Rar!\x1A\x07", "RAR archive"}, {"ID3", "MP3 audio"}, {"OggS\x00", "Ogg audio"},
	{"\x00\x00\x01\x00", "icon"}, {"MThd\x00", "MIDI file"},
}

// binaryKind sniffs the first 8 KiB of raw and names the binary format it
// holds, or returns "" for text. Text has no NUL bytes, except now and then
// in UTF-8 damaged by a tool, and few control bytes (a DOS file's final
// Ctrl-Z and escape sequences aside).
func binaryKind(raw []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(raw, []byte(s.magic)) {
			return s.kind
		}
	}
	head := raw[:min(len(raw), 8192)]
	nul, control := 0, 0
	for _, c := range head {
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B && c != 0x1A:
			control++
		}
	}
	if len(head) == 0 {
		return ""
	}
	if nul*10 > len(head) || (nul+control)*4 > len(head) {
		return "data"
	}
	if !utf8.Valid(head[:validPrefix(head)]) && (nul > 0 || control*50 > len(head)) {
		return "data" // not UTF-8, and NUL or control bytes: no 8-bit text has them
	}
	return ""
}
