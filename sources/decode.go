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
	EncodingUTF8        = "UTF-8"
	EncodingUTF8BOM     = "UTF-8 with BOM"
	EncodingUTF16LE     = "UTF-16LE"
	EncodingUTF16BE     = "UTF-16BE"
	EncodingWindows1252 = "Windows-1252"
)

// ErrBinary is returned by Decode for data that is not text.
var ErrBinary = errors.New("binary file, not text")

// Decode turns raw bytes into UTF-8 text and names the encoding it found:
// UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, or
// Windows-1252 (a superset of Latin-1, common in older transcriptions) when
// the bytes are not valid UTF-8. Stray NUL bytes become U+FFFD. Data that
// looks binary (a known file signature, or many NUL or control bytes) gives
// an error wrapping ErrBinary.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return cleanText(strings.ToValidUTF8(string(raw[3:]), "\uFFFD")), EncodingUTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw, unicode.LittleEndian, EncodingUTF16LE)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, unicode.BigEndian, EncodingUTF16BE)
	}
	if kind := binaryKind(raw); kind != "" {
		return "", "", &binaryError{kind}
	}
	if utf8.Valid(raw) {
		return cleanText(string(raw)), EncodingUTF8, nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", err
	}
	return cleanText(string(out)), EncodingWindows1252, nil
}

func decodeUTF16(raw []byte, order unicode.Endianness, name string) (string, string, error) {
	out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(raw)
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
}

// binaryKind sniffs the first 8 KiB of raw and names the binary format it
// holds, or returns "" for text.
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
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B:
			control++
		}
	}
	if len(head) > 0 && (nul*10 > len(head) || (nul+control)*4 > len(head)) {
		return "data"
	}
	return ""
}
