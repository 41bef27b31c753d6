package annotate

import (
	"bytes"
	"encoding/json"
)

// MarshalIndent encodes v as the JSON outputs do: indented with prefix and
// indent, without HTML escaping (so that source text stays readable) and
// without the encoder's final newline.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}
