package batch

import (
	"io"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/sources"
)

// Document reads and annotates one input. A panic in the pipeline is a bug,
// but it costs only that input: it becomes the input's error, and the rest
// of the batch goes on.
func Document(pipeline annotate.Options, in sources.Input, stdin io.Reader) (doc *annotate.Document, err error) {
	src, err := sources.Read(in, stdin)
	if err != nil {
		return nil, err
	}
	return annotateSource(pipeline, src, in.Path)
}
