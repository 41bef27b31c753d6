package main

import "testing"

func TestGCPercent(t *testing.T) {
	cases := []struct {
		name string
		live uint64
		want int
	}{
		{"nothing measured yet", 0, 200},
		{"a few small sources", 17 << 20, 200},
		{"headroom reached", 32 << 20, 200},
		{"a long source", 96 << 20, 66},
		{"twice the headroom", 128 << 20, 50},
		{"a large workbook", 2 << 30, 50},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := gcPercent(tc.live); got != tc.want {
				t.Errorf("gcPercent(%d MB) = %d, want %d", tc.live>>20, got, tc.want)
			}
		})
	}
}
