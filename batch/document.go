package batch

import (
	"io"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// Document reads one input with reader (nil for the zero Reader) and
// annotates it. A panic in the pipeline is a bug,
// but it costs only that input: it becomes the input's error, and the rest
// of the batch goes on.
func Document(reader *sources.Reader, pipeline annotate.Options, in sources.Input, stdin io.Reader) (doc *annotate.Document, err error) {
	if reader == nil {
		reader = &sources.Reader{}
	}
	src, err := reader.Read(in, stdin)
	if err != nil {
		return nil, err
	}
	return annotateSource(pipeline, src, in.Path)
}
