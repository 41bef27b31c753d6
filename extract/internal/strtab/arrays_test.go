package strtab

import (
	"encoding/binary"
	"reflect"
	"testing"
)

// TestArraysAnyAlignment: the arrays read the same values whether their
// bytes lie aligned (a view) or not (a copy).
func TestArraysAnyAlignment(t *testing.T) {
	u32 := []uint32{0, 1, 1 << 31, 0xdeadbeef}
	u64 := []uint64{0, 1, 1 << 63, 0x0123456789abcdef}
	i16 := []int16{0, 1, -1, -32768, 32767}
	var b32, b64, b16 []byte
	for _, v := range u32 {
		b32 = binary.LittleEndian.AppendUint32(b32, v)
	}
	for _, v := range u64 {
		b64 = binary.LittleEndian.AppendUint64(b64, v)
	}
	for _, v := range i16 {
		b16 = binary.LittleEndian.AppendUint16(b16, uint16(v))
	}
	for shift := range 8 {
		pre := string(make([]byte, 16+shift)) // a fresh allocation, aligned; shift moves it off
		if got := Uint32s((pre + string(b32))[16+shift:]); !reflect.DeepEqual(got, u32) {
			t.Errorf("shift %d: Uint32s = %v, want %v", shift, got, u32)
		}
		if got := Uint64s((pre + string(b64))[16+shift:]); !reflect.DeepEqual(got, u64) {
			t.Errorf("shift %d: Uint64s = %v, want %v", shift, got, u64)
		}
		if got := Int16s((pre + string(b16))[16+shift:]); !reflect.DeepEqual(got, i16) {
			t.Errorf("shift %d: Int16s = %v, want %v", shift, got, i16)
		}
	}
	if Uint32s("") != nil || Uint64s("abc") != nil || Int16s("a") != nil {
		t.Error("too few bytes should give no values")
	}
}

func TestPad(t *testing.T) {
	for n := range 10 {
		if got := len(Pad(make([]byte, n), 8)); got%8 != 0 || got < n || got >= n+8 {
			t.Errorf("Pad(%d bytes, 8) has %d bytes", n, got)
		}
	}
}
