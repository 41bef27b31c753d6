package annotate

import (
	"math/rand"
	"testing"
	"time"
)

func TestOrderedEmitsInOrder(t *testing.T) {
	for _, jobs := range []int{0, 1, 3, 16} {
		var got []int
		Ordered(50, jobs, func(i int) int {
			time.Sleep(time.Duration(rand.Intn(300)) * time.Microsecond)
			return i * i
		}, func(i int, v int) {
			if v != i*i {
				t.Errorf("emit(%d, %d)", i, v)
			}
			got = append(got, i)
		})
		if len(got) != 50 {
			t.Fatalf("jobs=%d: emitted %d results", jobs, len(got))
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("jobs=%d: emitted %v", jobs, got)
			}
		}
	}
}

func TestOrderedNothing(t *testing.T) {
	Ordered(0, 4, func(int) int { t.Fatal("work called"); return 0 }, func(int, int) { t.Fatal("emit called") })
}
