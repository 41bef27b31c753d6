// Package freelist keeps objects for reuse, as sync.Pool does, but keeps
// them through garbage collections. The decoders' scratches hold caches of
// per-word scores that take a while to fill; sync.Pool drops what was not
// taken out between two collections, and between a source's entities
// (which the tagger does not read) and its claims (which it does) there
// are often two: over the bench corpus it made the tagger's scratch, and
// refilled its cache, 40 times.
package freelist

import "sync"

// List is a list of objects free for reuse.
type List[T any] struct {
	mu    sync.Mutex
	items []*T
	// New makes an object when none is free; nil means new(T).
	New func() *T
}

// Get takes a free object, or makes one.
func (l *List[T]) Get() *T {
	l.mu.Lock()
	if n := len(l.items); n > 0 {
		x := l.items[n-1]
		l.items[n-1] = nil
		l.items = l.items[:n-1]
		l.mu.Unlock()
		return x
	}
	l.mu.Unlock()
	if l.New != nil {
		return l.New()
	}
	return new(T)
}

// Put gives an object back for reuse. The list holds as many objects as
// were ever in use at once.
func (l *List[T]) Put(x *T) {
	l.mu.Lock()
	l.items = append(l.items, x)
	l.mu.Unlock()
}
