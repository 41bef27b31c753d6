package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"github.com/factsheet/factsheet/export"
	"github.com/factsheet/factsheet/sources"
)

// Options are the settings of one annotate run.
type Options struct {
	Context  context.Context // cancelling it stops the run cleanly (ErrInterrupted); nil for none
	Inputs   []string
	Output   string // a path, or "-" for standard output
	Format   string // a format's name (see export.Formats); "" picks it from Output
	Jobs     int
	Review   string // a reviewed file whose review work the format shows or publishes (--review), or ""
	Pipeline annotate.Options
	// Sources reads the inputs and settles their metadata (library,
	// manifest); nil reads files with no library or manifest.
	Sources *sources.Reader
	Tool    export.Tool // the program's name and version, for the output
	Command []string    // the command line, for the workbook's About sheet
	Now     time.Time   // when the run happens, for the About sheet and backups

	// Cache is the folder of the annotation cache (--cache), or "".
	Cache string
	// PipelineKey stands for the options of Pipeline in cache keys: every
	// option that changes the output must change it (for the aliases file,
	// a hash of its bytes).
	PipelineKey string
	// Shard is the share of the inputs to take (--shard i/n or auto), or "".
	Shard string
	// StdinJSONL reads the sources from standard input, one JSON object
	// {"id", "text", "meta"} a line, instead of Inputs (--stdin-jsonl).
	StdinJSONL bool
	// Getenv looks up the variables of --shard auto; nil is os.Getenv.
	Getenv func(string) string
}

// Stats count what a run did.
type Stats struct {
	Sources   int // sources annotated and written
	Sentences int
	Claims    int
	Failed    int // inputs that could not be read or annotated
	Cached    int // of Sources, read from the cache
	Skipped   int // inputs left to other shards
}

// Annotate annotates the inputs and writes the fact sheet. Each failure is
// reported on std.Err as it happens; the error returned is a UsageError for
// bad options, ErrFailed when some inputs or the output failed, else nil.
func Annotate(opts Options, std Streams) (Stats, error) {
	var stats Stats
	switch {
	case opts.StdinJSONL && len(opts.Inputs) > 0:
		return stats, UsageError{"--stdin-jsonl reads the sources from standard input; give no INPUT"}
	case opts.StdinJSONL:
		if opts.Output == "" && opts.Format == "" {
			opts.Output, opts.Format = "-", "jsonl"
		}
	case len(opts.Inputs) == 0:
		return stats, UsageError{"annotate needs at least one INPUT"}
	}
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	shard, err := ParseShard(opts.Shard, getenv)
	if err != nil {
		return stats, err
	}
	format, err := resolveOutput(&opts)
	if err != nil {
		return stats, err
	}
	if err := sources.CheckOutputs(opts.Output, opts.Inputs); err != nil {
		return stats, UsageError{err.Error()}
	}
	var cache *Cache
	if opts.Cache != "" {
		if cache, err = NewCache(opts.Cache, ProgramKey(opts.Tool.Version)+"\x00"+opts.PipelineKey); err != nil {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
			return stats, ErrFailed
		}
	}
	reviews, err := readReviews(opts, format)
	if err == nil && opts.Review != "" {
		reviews, err = export.OpenReviews(opts.Review)
	}
	if err != nil {
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return stats, ErrFailed
	}

	reader := sourceReader(opts.Sources, opts.Now)
	var next func() (job, bool)
	total := -1
	if opts.StdinJSONL {
		next = jsonlJobs(std.In)
	} else {
		inputs, errs := sources.Expand(opts.Inputs, append([]string{opts.Output}, reader.Files()...)...)
		for _, err := range errs {
			fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		}
		stats.Failed = len(errs)
		kept := inputs[:0]
		for _, in := range inputs {
			if shard.Keep(in.ID) {
				kept = append(kept, in)
			}
		}
		stats.Skipped = len(inputs) - len(kept)
		if len(kept) == 0 {
			if len(inputs) > 0 {
				fmt.Fprintf(std.Err, "factsheet: shard %s has none of the %s; nothing to do\n", shard, plural(len(inputs), "input"))
				return stats, nil
			}
			fmt.Fprintln(std.Err, "factsheet: no inputs to annotate")
			return stats, ErrFailed
		}
		total = len(kept)
		next = inputJobs(kept)
	}

	// A long source is read by as many goroutines as the run has workers.
	opts.Pipeline.Jobs = opts.Jobs
	// JSON Lines out: cached documents go through as they are, undecoded.
	passThrough := format.Name == "jsonl"
	var reuse *outputReuse
	if passThrough {
		reuse = newOutputReuse(cache, opts.Output)
	}
	var work func(j job) result
	work = func(j job) result {
		if j.err != nil {
			return result{err: j.err}
		}
		src := j.src
		raw, mediaType := j.raw, j.mediaType
		pooled := false // raw is in a buffer of rawBuffers, until work returns
		if src == nil && raw == nil {
			var err error
			if cache != nil && j.in.URL == "" && j.in.Path != sources.Stdin {
				// Read only to be looked up, most likely: into a buffer
				// used again and again, not new memory for each source.
				buf := rawBuffers.Get().(*[]byte)
				defer rawBuffers.Put(buf)
				raw, mediaType, err = reader.RawInto(j.in, std.In, *buf)
				if cap(raw) > cap(*buf) {
					*buf = raw[:0]
				}
				pooled = true
			} else {
				raw, mediaType, err = reader.Raw(j.in, std.In)
			}
			if err != nil {
				return result{err: err}
			}
		}
		var key string
		if cache != nil {
			if src != nil {
				key = cache.Key(*src)
			} else {
				// Found by the raw bytes and what else makes the source:
				// a cached source is not decoded.
				key = cache.InputKey(reader.Identity(j.in, raw, mediaType))
			}
			if passThrough {
				if reuse != nil && reuse.unread.Load() && (reuse.holds(key) || cache.Has(key)) {
					// The output may stay as it is: the entry is read
					// only if it has to be written.
					kept := job{in: j.in, src: src, raw: raw, mediaType: mediaType}
					if pooled {
						kept.raw = nil // the file is read again
					}
					return result{key: key, cached: true, load: func() result {
						reuse.unread.Store(false)
						return work(kept)
					}}
				}
				if f, ok := cache.openLarge(key); ok {
					return result{entry: f, cached: true, key: key}
				}
				if records, ok := cache.GetRecords(key); ok {
					return result{records: records, cached: true, key: key}
				}
			} else if doc, ok := cache.Get(key); ok {
				return result{doc: doc, cached: true}
			}
		}
		if src == nil {
			if pooled {
				raw = bytes.Clone(raw)
			}
			s, err := reader.FromBytes(j.in, raw, mediaType)
			if err != nil {
				return result{err: err}
			}
			src = &s
		}
		if passThrough && len(src.Text) >= longSource {
			// Annotated as it is written, a part at a time.
			return result{long: &streamed{pipeline: opts.Pipeline, src: *src, path: j.in.Path, cache: cache, key: key}}
		}
		doc, err := annotateSource(opts.Pipeline, *src, j.in.Path)
		if err == nil && cache != nil {
			// The records are made once, for the cache and, with JSON
			// Lines out, for the output too.
			records, err := Records(doc)
			if err == nil {
				err = cache.PutRecords(key, records)
			}
			if err != nil {
				return result{doc: doc, cacheErr: err}
			}
			if passThrough {
				return result{records: records, key: key}
			}
		}
		return result{doc: doc, err: err}
	}
	return writeDocs(opts, format, reviews, reuse, std, stats, total, func(emit func(result)) {
		annotate.Stream(opts.Jobs, stopping(opts.context(), next), work, emit)
	})
}

// rawBuffers hold the bytes of sources read to be looked up in the cache.
var rawBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 64<<10); return &b }}

// job is one source to annotate: an input to read, a source read already
// (from --stdin-jsonl), or the error of reading it.
type job struct {
	in  sources.Input
	src *sources.Source
	err error
	// raw and mediaType are the input's bytes, read already, or nil.
	raw       []byte
	mediaType string
}

func inputJobs(inputs []sources.Input) func() (job, bool) {
	i := 0
	return func() (job, bool) {
		if i == len(inputs) {
			return job{}, false
		}
		i++
		return job{in: inputs[i-1]}, true
	}
}

// annotateSource runs the pipeline over a source. A panic in the pipeline
// is a bug, but it costs only that input: it becomes the input's error, and
// the rest of the batch goes on.
func annotateSource(pipeline annotate.Options, src sources.Source, path string) (doc *annotate.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			if path == "" {
				path = src.ID
			}
			doc, err = nil, &sources.Error{Path: path, Err: fmt.Errorf("internal error, please report it: %v", r)}
		}
	}()
	return pipeline.Annotate(src), nil
}

// writeDocs writes the documents produce emits, in order, in the format,
// to opts.Output, and reports on std.Err; total is the number of documents
// to come for the progress bar, or -1 when it is not known. reuse, if not
// nil, leaves the output as it is when it would come out the same.
func writeDocs(opts Options, format *export.Format, reviews *export.Reviews, reuse *outputReuse, std Streams, stats Stats, total int, produce func(emit func(result))) (Stats, error) {
	var err error
	var cacheErr error
	ctx := opts.context()
	write := func(w io.Writer) error {
		w = ctxWriter{ctx, w} // an interrupted run stops writing, and its temporary file is removed
		out, err := format.New(w, export.Run{
			Tool:    opts.Tool,
			Command: opts.Command,
			Created: opts.Now,
			Reviews: reviews,
		})
		if err != nil {
			return err
		}
		var werr error
		bar := newProgress(std.Err, max(total, 0))
		if total < 0 {
			bar = startProgress(std.Err, 0, false, progressInterval)
		}
		defer bar.close()
		produce(func(r result) {
			bar.step()
			if ctx.Err() != nil {
				return // interrupted: the rest is not written
			}
			if e, ok := reuse.take(r); ok {
				stats.Sources++ // the output holds it already
				stats.Cached++
				stats.Sentences += e.sentences
				stats.Claims += e.claims
				return
			}
			if r.load != nil {
				r = r.load() // a cache hit left unread
			}
			var long written
			if r.long != nil || r.entry != nil {
				// Only JSON Lines take a long source as it is made, or
				// its cache entry a piece at a time, after what matched
				// the output as it is.
				if werr == nil {
					werr = reuse.write(out)
				}
				switch {
				case werr != nil:
					if r.entry != nil {
						r.entry.Close()
					}
					return
				case r.long != nil:
					long = r.long.write(out.(export.RecordWriter))
				default:
					long = copyRecords(r.entry, out.(export.RecordWriter))
					long.key = r.key
				}
				r.err, r.cacheErr, werr = long.err, long.cacheErr, long.werr
			}
			if r.cacheErr != nil && cacheErr == nil {
				cacheErr = r.cacheErr
			}
			if errors.Is(r.err, sources.ErrOwnOutput) {
				bar.printf("factsheet: %s\n", r.err)
				return
			}
			if r.err != nil {
				stats.Failed++
				bar.printf("factsheet: %s\n", r.err)
				return
			}
			stats.Sources++
			if r.cached {
				stats.Cached++
			}
			if r.long != nil || r.entry != nil {
				stats.Sentences += long.sentences
				stats.Claims += long.claims
				reuse.add(long.key, long.bytes, long.sentences, long.claims)
				return
			}
			if werr == nil {
				werr = reuse.write(out) // what matched the output as it is, first
			}
			if r.records != nil {
				r.doc, werr = writeRecords(out, r.records, werr)
				sentences, claims := countRecords(r.records, 0)
				stats.Sentences += sentences
				stats.Claims += claims
				reuse.add(r.key, len(r.records), sentences, claims)
				if r.doc == nil {
					return
				}
			}
			reuse.add("", 0, 0, 0)
			stats.Sentences += len(r.doc.Sentences)
			stats.Claims += len(r.doc.Claims)
			if werr == nil {
				werr = out.Write(r.doc)
			}
		})
		bar.close()
		if ctx.Err() != nil {
			return ErrInterrupted
		}
		if werr != nil {
			return werr
		}
		if stats.Sources == 0 {
			return errNothingAnnotated
		}
		if reuse.unchanged() {
			return errUnchanged
		}
		if err := reuse.write(out); err != nil {
			return err
		}
		return out.Close()
	}

	if opts.Output == "-" {
		err = write(std.Out)
	} else {
		err = writeOutputFile(opts, format, reviews, write, std)
	}
	unchanged := errors.Is(err, errUnchanged)
	if unchanged || err == nil {
		err = nil
		reuse.finish(unchanged, time.Now())
	} else {
		reuse.close()
	}
	if cacheErr != nil {
		fmt.Fprintf(std.Err, "factsheet: --cache %s: some annotations could not be kept: %s\n", opts.Cache, cacheErr)
	}
	if err != nil && ctx.Err() != nil {
		// Stopped (Ctrl-C, SIGTERM): the temporary file is gone, the
		// output as it was.
		if opts.Output == "-" {
			fmt.Fprintln(std.Err, "factsheet: interrupted; the output is incomplete")
		} else {
			fmt.Fprintf(std.Err, "factsheet: interrupted; %s was left as it was\n", opts.Output)
		}
		return stats, ErrInterrupted
	}
	var workbookErr *export.WorkbookError
	switch {
	case errors.Is(err, errNothingAnnotated):
		fmt.Fprintf(std.Err, "factsheet: no input could be annotated; %s was not written\n", opts.Output)
		return stats, ErrFailed
	case errors.As(err, &workbookErr):
		fmt.Fprintf(std.Err, "factsheet: %s\n", err)
		return stats, ErrFailed
	case err != nil:
		fmt.Fprintf(std.Err, "factsheet: %s: %s\n", opts.Output, err)
		return stats, ErrFailed
	}
	if opts.Output != "-" {
		wrote := "wrote " + opts.Output
		if unchanged {
			wrote = opts.Output + " is unchanged" // left as it was, its time set to now
		}
		fmt.Fprintf(std.Err, "factsheet: %s: %s, %s, %s", wrote,
			plural(stats.Sources, "source"), plural(stats.Sentences, "sentence"), plural(stats.Claims, "claim"))
		if opts.Cache != "" {
			fmt.Fprintf(std.Err, " (%d from the cache)", stats.Cached)
		}
		fmt.Fprintln(std.Err)
	}
	if stats.Failed > 0 {
		fmt.Fprintf(std.Err, "factsheet: %s failed\n", plural(stats.Failed, "input"))
		return stats, ErrFailed
	}
	return stats, nil
}

// writeRecords writes a document's JSON Lines records as they are, if out
// takes them; else it decodes them and returns the document to write.
func writeRecords(out export.Writer, records []byte, werr error) (*annotate.Document, error) {
	if rw, ok := out.(export.RecordWriter); ok {
		if werr == nil {
			werr = rw.WriteRecords(records)
		}
		return nil, werr
	}
	docs, err := ReadFactSheet(bytes.NewReader(records), "jsonl")
	if err != nil || len(docs) != 1 {
		return nil, fmt.Errorf("a damaged cache entry: %v", err)
	}
	return docs[0], werr
}

// result is what annotating one input gives.
type result struct {
	doc      *annotate.Document
	records  []byte // instead of doc: its JSON Lines, from the cache
	err      error
	cached   bool      // doc came from the cache
	cacheErr error     // doc could not be kept in the cache
	long     *streamed // instead of doc: a long source, annotated as it is written
	entry    *os.File  // instead of records: a large cache entry, copied as it is read
	// key is the cache key of records, or of a cache hit left unread,
	// which load reads (or annotates again, if the entry is damaged).
	key  string
	load func() result
}

var errNothingAnnotated = errors.New("nothing annotated")

// resolveOutput settles the output path and format from -o and --format.
func resolveOutput(opts *Options) (*export.Format, error) {
	var format *export.Format
	if opts.Format != "" {
		f, err := export.Lookup(opts.Format)
		if err != nil {
			return nil, UsageError{err.Error()}
		}
		format = f
	}
	if info, err := os.Stat(opts.Output); err == nil && info.IsDir() && opts.Output != "" {
		name := export.Default.FileName()
		if format != nil {
			name = format.FileName()
		}
		return nil, UsageError{fmt.Sprintf("-o %s is a folder; name a file in it, such as %s", opts.Output, filepath.Join(opts.Output, name))}
	}
	switch {
	case opts.Output == "" && format == nil:
		format = export.Default
		opts.Output = format.FileName()
	case opts.Output == "":
		opts.Output = format.FileName()
	case format == nil && opts.Output == "-":
		return nil, UsageError{"-o - needs --format " + export.StreamingNames(", ")}
	case format == nil:
		format = export.ForPath(opts.Output)
		if format == nil {
			return nil, UsageError{fmt.Sprintf("cannot tell the format of %q from its extension; use --format", opts.Output)}
		}
	}
	opts.Format = format.Name
	switch {
	case format.Review == export.ReviewNeeded && opts.Review == "":
		return nil, UsageError{format.Name + " is made from review work: give the reviewed workbook with --review FILE"}
	case opts.Review != "" && format.Review != export.ReviewNeeded && format.Review != export.ReviewShown:
		return nil, UsageError{"--review is for the formats that show or publish review work (" + export.ReviewFormatNames() + "), not " + format.Name}
	}
	if named := export.ForPath(opts.Output); named != nil && named != format && named.Review == export.ReviewCarried {
		// Never write something else over a file that may hold review work.
		return nil, UsageError{fmt.Sprintf("-o %s names a %s, but the format is %s; give the file a %s name", opts.Output, named.Kind, format.Name, format.Extensions[0])}
	}
	if opts.Output == "-" && !format.Streaming {
		return nil, UsageError{format.Name + " cannot be written to standard output; use -o FILE"}
	}
	if opts.Jobs < 1 {
		return nil, UsageError{"--jobs must be at least 1"}
	}
	if opts.Output != "-" {
		dir := filepath.Dir(opts.Output)
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, UsageError{fmt.Sprintf("-o %s: the folder %s does not exist", opts.Output, dir)}
		}
	}
	return format, nil
}

// readReviews reads the review work of the file about to be replaced,
// before any input is annotated, so that a workbook that is open, damaged
// or not a fact sheet is refused at once and left untouched. Formats that
// do not carry review work have none.
func readReviews(opts Options, format *export.Format) (*export.Reviews, error) {
	if opts.Output == "-" {
		return nil, nil
	}
	return format.ReadReviews(opts.Output)
}

// writeOutputFile writes the output file atomically. A format that
// carries review work replaces the file there only if it is unchanged since
// its reviews were read, and keeps that one as a backup named after the
// time of the run, so that review work typed into it is never lost.
func writeOutputFile(opts Options, format *export.Format, reviews *export.Reviews, write func(io.Writer) error, std Streams) error {
	backup, err := format.WriteFile(opts.Output, reviews, opts.Now, write)
	if err != nil {
		return err
	}
	if backup != "" {
		fmt.Fprintf(std.Err, "factsheet: kept the previous %s as %s\n", format.Kind, backup)
	}
	if format.Review == export.ReviewCarried {
		if kept := reviews.Kept(); len(kept) > 0 {
			fmt.Fprintf(std.Err, "factsheet: also carried over: %s\n", strings.Join(kept, "; "))
		}
		if lost := reviews.Lost(); len(lost) > 0 {
			fmt.Fprintf(std.Err, "factsheet: not carried over, kept only in the backup %s: %s\n", backup, strings.Join(lost, "; "))
		}
		for _, name := range reviews.Renamed() {
			fmt.Fprintf(std.Err, "factsheet: read the review work of the sheet %q as the Claims sheet (it has its columns); the new %s calls it Claims again\n", name, format.Kind)
		}
	}
	switch {
	case format.Review == export.ReviewNeeded:
		fmt.Fprintf(std.Err, "factsheet: %s of %s published", plural(reviews.Carried, "reviewed claim"), opts.Review)
		if reviews.Orphaned > 0 {
			fmt.Fprintf(std.Err, "; %s of claims not in these sources left out", plural(reviews.Orphaned, "review"))
		}
		fmt.Fprintln(std.Err)
	case format.Review == export.ReviewCarried && reviews.Len() > 0:
		fmt.Fprintf(std.Err, "factsheet: carried over %s", plural(reviews.Carried, "review"))
		if reviews.Orphaned > 0 {
			fmt.Fprintf(std.Err, "; %s of claims no longer found %s on the \"Orphaned reviews\" sheet",
				plural(reviews.Orphaned, "review"), isAre(reviews.Orphaned))
		}
		fmt.Fprintln(std.Err)
	}
	return nil
}

// isAre is the verb for n things.
func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// plural counts things: "1 source", "2 sources".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// context returns the run's context.
func (o Options) context() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// stopping stops handing out jobs once ctx is cancelled: the sources
// being annotated are finished, and no more are started.
func stopping[T any](ctx context.Context, next func() (T, bool)) func() (T, bool) {
	return func() (T, bool) {
		if ctx.Err() != nil {
			var zero T
			return zero, false
		}
		return next()
	}
}

// ctxWriter stops writing once its context is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, ErrInterrupted
	}
	return c.w.Write(p)
}

// sourceReader returns a copy of r (or a zero Reader) whose access date is
// the time of the run.
func sourceReader(r *sources.Reader, now time.Time) *sources.Reader {
	out := &sources.Reader{}
	if r != nil {
		*out = *r
	}
	if out.Now.IsZero() {
		out.Now = now
	}
	return out
}
