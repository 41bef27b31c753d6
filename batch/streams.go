package batch

import "io"

// Streams are the standard streams of a run: In is read for the input "-",
// Out takes output written to "-", Err takes errors, the summary and (on a
// terminal) the progress bar.
type Streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}
