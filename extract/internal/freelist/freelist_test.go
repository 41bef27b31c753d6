package freelist

import (
	"runtime"
	"sync"
	"testing"
)

type scratch struct{ uses int }

// TestReuse: an object put back is the one got next, through garbage
// collections, and no more objects are made than were in use at once.
func TestReuse(t *testing.T) {
	made := 0
	l := List[scratch]{New: func() *scratch { made++; return &scratch{} }}
	a := l.Get()
	a.uses++
	l.Put(a)
	runtime.GC()
	runtime.GC()
	if b := l.Get(); b != a || b.uses != 1 {
		t.Errorf("got %p (%d uses), want the object put back, %p", b, b.uses, a)
	} else {
		l.Put(b)
	}
	if made != 1 {
		t.Errorf("made %d objects, want 1", made)
	}
}

// TestConcurrent: goroutines sharing a list never share an object, and
// no more are made than goroutines.
func TestConcurrent(t *testing.T) {
	var mu sync.Mutex
	made := 0
	l := List[scratch]{New: func() *scratch {
		mu.Lock()
		made++
		mu.Unlock()
		return &scratch{}
	}}
	var inUse sync.Map
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				s := l.Get()
				if _, busy := inUse.LoadOrStore(s, true); busy {
					t.Error("an object given to two goroutines at once")
				}
				s.uses++
				inUse.Delete(s)
				l.Put(s)
			}
		})
	}
	wg.Wait()
	if made > 4 {
		t.Errorf("made %d objects for 4 goroutines", made)
	}
}

// TestZeroValue: the zero List makes objects with new.
func TestZeroValue(t *testing.T) {
	var l List[scratch]
	if s := l.Get(); s == nil || s.uses != 0 {
		t.Errorf("Get = %v", s)
	}
}
