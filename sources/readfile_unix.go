//go:build unix

package sources

import (
	"io/fs"
	"os"
	"syscall"
)

// readFile reads a whole file as os.ReadFile does, but a regular file in
// four system calls (open, fstat, read, close) instead of about ten:
// os.Open offers every file to the network poller, which refuses regular
// files, and os.ReadFile reads once more to see the end. Over a corpus in
// the cache, reading the sources is most of the run. The file goes into
// buf if it fits.
func readFile(path string, buf []byte) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return os.ReadFile(path) // a pipe, a device: as os.ReadFile reads them
	}
	// One byte more than its size: a read that gives the size is the
	// whole file, with no read more to see the end; a file that grew
	// since the fstat is read to its end.
	want := int(st.Size)
	if cap(buf) < want+1 {
		buf = make([]byte, want+1)
	}
	buf = buf[:want+1]
	n := 0
	for {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: path, Err: err}
		}
		n += m
		switch {
		case m == 0 || (want >= 0 && n == want):
			return buf[:n], nil
		case n == len(buf):
			buf = append(buf, make([]byte, len(buf))...)
			want = -1 // grew: read to the end
		}
	}
}

// hardLinks returns how many names (hard links) the file has, if known.
func hardLinks(info os.FileInfo) (uint64, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return uint64(st.Nlink), true
}
