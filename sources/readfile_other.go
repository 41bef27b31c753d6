//go:build !unix

package sources

import "os"

// readFile reads a whole file (buf is for the unix version).
func readFile(path string, buf []byte) ([]byte, error) { return os.ReadFile(path) }

// hardLinks returns how many names (hard links) the file has: unknown here.
func hardLinks(info os.FileInfo) (uint64, bool) { return 0, false }
