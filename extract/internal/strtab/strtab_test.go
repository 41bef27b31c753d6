package strtab

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	tests := []struct {
		name  string
		pairs map[string]uint32
		miss  []string
	}{
		{"empty", map[string]uint32{}, []string{"", "a"}},
		{"one", map[string]uint32{"peking": 7}, []string{"pekin", "pekingg", ""}},
		{"empty key", map[string]uint32{"": 3, "a": 1}, []string{"b"}},
		{"large values", map[string]uint32{"x": 1<<32 - 1, "y": 1 << 20}, []string{"z"}},
		{"non-ASCII", map[string]uint32{"königsberg": 1, "xi'an": 2, "são paulo": 3}, []string{"konigsberg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := Build(nil, tc.pairs)
			tab, rest, err := Open(string(b)+"tail", 0)
			if err != nil {
				t.Fatal(err)
			}
			if rest != "tail" {
				t.Errorf("rest = %q, want the bytes after the table", rest)
			}
			if tab.Len() != len(tc.pairs) {
				t.Errorf("Len = %d, want %d", tab.Len(), len(tc.pairs))
			}
			for k, v := range tc.pairs {
				if got, ok := tab.Get(k); !ok || got != v {
					t.Errorf("Get(%q) = %d, %v; want %d, true", k, got, ok, v)
				}
			}
			for _, k := range tc.miss {
				if got, ok := tab.Get(k); ok {
					t.Errorf("Get(%q) = %d, true; want a miss", k, got)
				}
			}
		})
	}
}

// TestManyKeys fills a table far enough that probes run into each other.
func TestManyKeys(t *testing.T) {
	pairs := map[string]uint32{}
	for i := range 100000 {
		pairs[fmt.Sprintf("w%d", i)] = uint32(i)
	}
	tab, _, err := Open(string(Build(nil, pairs)), 0)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range pairs {
		if got, ok := tab.Get(k); !ok || got != v {
			t.Fatalf("Get(%q) = %d, %v; want %d", k, got, ok, v)
		}
	}
	if _, ok := tab.Get("w100000"); ok {
		t.Error("a key never added was found")
	}
}

// TestBuildDeterministic: the same pairs give the same bytes.
func TestBuildDeterministic(t *testing.T) {
	a := map[string]uint32{"a": 1, "b": 2, "c": 3, "d": 4}
	b := map[string]uint32{"d": 4, "c": 3, "b": 2, "a": 1}
	if string(Build(nil, a)) != string(Build(nil, b)) {
		t.Error("the same pairs gave different bytes")
	}
}

func TestOpenDamaged(t *testing.T) {
	good := string(Build(nil, map[string]uint32{"a": 1, "b": 2}))
	tests := map[string]string{
		"empty":          "",
		"short header":   good[:8],
		"truncated":      good[:len(good)-1],
		"slots not pow2": header(1, 3, 0) + strings.Repeat("\x00", 24),
		"slot past end":  header(1, 2, 1) + "\x09" + strings.Repeat("\x00", 15) + "\x00",
		"fewer slots":    header(2, 2, 0) + strings.Repeat("\x00", 16),
		"hash, no entry": header(1, 2, 1) + "\x00\x00\x00\x00\x01\x00\x00\x00" + strings.Repeat("\x00", 8) + "\x00",
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, _, err := Open(data, 0); err == nil {
				t.Error("Open accepted damaged bytes")
			}
		})
	}
}

// header is a table's header (keys, slots, entry bytes) and its padding.
func header(n, size, elen uint32) string {
	b := binary.LittleEndian.AppendUint32(nil, n)
	b = binary.LittleEndian.AppendUint32(b, size)
	b = binary.LittleEndian.AppendUint32(b, elen)
	return string(Pad(b, 8))
}

// TestOpenAt: a table built after other bytes opens at its offset.
func TestOpenAt(t *testing.T) {
	for pre := range 9 {
		b := Build(make([]byte, pre), map[string]uint32{"a": 1, "b": 2})
		tab, rest, err := Open(string(b[pre:]), pre)
		if err != nil || rest != "" {
			t.Fatalf("after %d bytes: %v, rest %q", pre, err, rest)
		}
		if v, ok := tab.Get("b"); !ok || v != 2 {
			t.Errorf("after %d bytes: Get(b) = %d, %v", pre, v, ok)
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add(string(Build(nil, map[string]uint32{"a": 1, "bb": 2})), "a")
	f.Fuzz(func(t *testing.T, data, key string) {
		tab, _, err := Open(data, 0)
		if err != nil {
			return
		}
		tab.Get(key) // must not panic or loop
	})
}
