//go:build !unix

package sources

import "os"

// readFile reads a whole file (buf is for the unix version).
func readFile(path string, buf []byte) ([]byte, error) { return os.ReadFile(path) }
