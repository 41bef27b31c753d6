package batch

import (
	"fmt"
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
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, &sources.Error{Path: in.Path, Err: fmt.Errorf("internal error, please report it: %v", r)}
		}
	}()
	return pipeline.Annotate(src), nil
}
