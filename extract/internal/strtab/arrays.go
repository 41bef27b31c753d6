package strtab

import "unsafe"

// Arrays of numbers laid out in bytes, little-endian, as the model files
// hold them. Where the bytes lie aligned for the type on a little-endian
// machine (the writer pads them with Pad, and embedded files start
// aligned) the slice is the bytes themselves; elsewhere it is a copy.

var littleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

// Pad appends zero bytes to out until its length is a multiple of align.
func Pad(out []byte, align int) []byte {
	for len(out)%align != 0 {
		out = append(out, 0)
	}
	return out
}

// Uint32s returns the little-endian uint32s of s (len(s) a multiple of 4).
func Uint32s(s string) []uint32 {
	n := len(s) / 4
	if n == 0 {
		return nil
	}
	if p := unsafe.StringData(s); littleEndian && uintptr(unsafe.Pointer(p))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(p)), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = u32(s, 4*i)
	}
	return out
}

// Uint64s returns the little-endian uint64s of s (len(s) a multiple of 8).
func Uint64s(s string) []uint64 {
	n := len(s) / 8
	if n == 0 {
		return nil
	}
	if p := unsafe.StringData(s); littleEndian && uintptr(unsafe.Pointer(p))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(p)), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = uint64(u32(s, 8*i)) | uint64(u32(s, 8*i+4))<<32
	}
	return out
}

// Int16s returns the little-endian int16s of s (len(s) a multiple of 2).
func Int16s(s string) []int16 {
	n := len(s) / 2
	if n == 0 {
		return nil
	}
	if p := unsafe.StringData(s); littleEndian && uintptr(unsafe.Pointer(p))%2 == 0 {
		return unsafe.Slice((*int16)(unsafe.Pointer(p)), n)
	}
	out := make([]int16, n)
	for i := range out {
		out[i] = int16(uint16(s[2*i]) | uint16(s[2*i+1])<<8)
	}
	return out
}
