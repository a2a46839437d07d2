package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"

	"vigil"
	"vigil/article"
	"vigil/extract"
	"vigil/feed"
	"vigil/warc"
)

func init() {
	registerCommand(command{name: "ingest", summary: "read, extract and store articles, grouping their events into incidents", run: runIngest})
}

// ingestJob is one article on its way through the pipeline: read in input
// order, extracted by any worker, stored in input order by one writer.
type ingestJob struct {
	a      *vigil.Article
	err    error // reading, the store check or extraction failed
	events []vigil.Event
}

type ingestCounts struct {
	stored, skipped, failed, events int
}

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "ingest", "[--db PATH | --database-url URL] INPUT...")
	var sf storeFlags
	sf.register(fs)
	failed := fs.Bool("failed", false, "list the articles that failed, with their reason, and exit")
	published := fs.String("published", "", "publication `date` for inputs that carry none")
	workers := fs.Int("workers", runtime.NumCPU(), "extraction `goroutines`")
	full := fs.Bool("recluster", false, "group every stored event into incidents again, not only the new ones with those they may belong with (after the clusterer changed)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if *failed {
		fails, err := s.Failures(ctx)
		if err != nil {
			return err
		}
		for _, f := range fails {
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\t%s\n", f.At.Format(time.RFC3339), f.Doc, f.Source, f.Reason)
		}
		return nil
	}
	if fs.NArg() == 0 && !*full {
		fmt.Fprintln(env.Stderr, "vigil ingest: no input given")
		return errUsage
	}
	opts := article.Options{Stdin: env.Stdin}
	if *published != "" {
		d, err := vigil.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(env.Stderr, "vigil ingest: --published: %v\n", err)
			return errUsage
		}
		opts.Published = d
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	c, err := ingest(ctx, env, s, readInputs(ctx, fs.Args(), opts), x.Extract, x.Version(), max(*workers, 1))
	if err != nil {
		return err
	}
	what := "incidents saved"
	cluster := clusterNew
	if *full {
		what, cluster = "incidents", recluster
	}
	n, err := cluster(ctx, s)
	if err != nil {
		return err
	}
	el := time.Since(start).Seconds()
	fmt.Fprintf(env.Stderr, "ingested %d articles (%d events) in %.1fs, %.0f articles/s; %d already stored; %d failed; %d %s\n",
		c.stored, c.events, el, float64(c.stored)/max(el, 1e-9), c.skipped, c.failed, n, what)
	if c.failed > 0 {
		fmt.Fprintln(env.Stderr, "run 'vigil ingest --failed' for the reasons")
		return errSomeFailed
	}
	return nil
}

// readInputs reads every input with the reader its kind needs: feeds (http(s)
// URLs and .rss, .atom, .xml files), WARC archives, and everything package
// article reads.
func readInputs(ctx context.Context, inputs []string, opts article.Options) iter.Seq2[*vigil.Article, error] {
	return func(yield func(*vigil.Article, error) bool) {
		var plain []string
		flush := func() bool {
			if len(plain) == 0 {
				return true
			}
			for a, err := range article.Read(ctx, plain, opts) {
				if !yield(a, err) {
					return false
				}
			}
			plain = nil
			return true
		}
		for _, in := range inputs {
			var seq iter.Seq2[*vigil.Article, error]
			switch {
			case warc.IsArchive(in):
				seq = warc.Read(ctx, in, warc.Options{})
			case feed.IsFeed(in):
				seq = feed.Read(ctx, in, feed.Options{})
			default:
				plain = append(plain, in)
				continue
			}
			if !flush() {
				return
			}
			for a, err := range seq {
				if !yield(a, err) {
					return
				}
			}
		}
		flush()
	}
}

// ingest stores what articles yields, extracting events on workers goroutines,
// one transaction per article, skipping articles already stored and recording
// failures without stopping.
func ingest(ctx context.Context, env *Env, s vigil.Store, articles iter.Seq2[*vigil.Article, error],
	extractFn func(*vigil.Article) *extract.Result, version string, workers int) (ingestCounts, error) {
	var c ingestCounts
	var bar *progressbar.ProgressBar
	if env.StderrIsTerminal {
		bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(env.Stderr), progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	// Articles are read and checked against the store in input order, extracted
	// on the workers, and written in input order by this goroutine.
	jobs := func(yield func(*ingestJob) bool) {
		for a, err := range articles {
			j := &ingestJob{a: a, err: err}
			if err == nil {
				if ok, herr := s.HasArticle(ctx, a.URL, a.ContentHash()); herr != nil {
					j.err = herr
				} else if ok {
					j.err = errAlreadyStored
				}
			}
			if !yield(j) {
				return
			}
		}
	}
	extracted := inOrder(ctx, jobs, workers, func(j *ingestJob) *ingestJob {
		if j.err == nil {
			j.events, j.err = safeExtract(extractFn, j.a)
		}
		return j
	})
	var stopErr error
	fail := func(a *vigil.Article, err error) {
		c.failed++
		f := vigil.Failure{Reason: err.Error()}
		if a != nil {
			f.Doc, f.Source = a.ID, a.Source
		} else {
			var ie *article.InputError
			if errors.As(err, &ie) {
				f.Source = ie.Input
			}
		}
		env.Logger.Warn("article failed", "doc", f.Doc, "source", f.Source, "reason", f.Reason)
		if rerr := s.RecordFailure(ctx, f); rerr != nil {
			stopErr = fmt.Errorf("record failure: %w", rerr)
		}
	}
	progress := func(n int) {
		if bar != nil {
			bar.Describe(fmt.Sprintf("%d events, %d skipped, %d failed", c.events, c.skipped, c.failed))
			bar.Add(n)
		}
	}
	// Articles are committed in batches, each article whole or not at all: a
	// batch is written when it is full or has waited long enough.
	var batch []vigil.NewArticle
	var batchStart time.Time
	flush := func() {
		if len(batch) == 0 {
			return
		}
		_, errs, err := s.PutArticles(ctx, batch, version)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				stopErr = err
			} else {
				for _, na := range batch {
					fail(na.Article, err)
				}
			}
		} else {
			for i, na := range batch {
				switch {
				case errs[i] == nil:
					c.stored++
					c.events += len(na.Events)
				case vigil.ErrorCode(errs[i]) == vigil.ECONFLICT:
					c.skipped++
				default:
					fail(na.Article, errs[i])
				}
			}
		}
		progress(len(batch))
		batch = batch[:0]
	}
	for j := range extracted {
		switch err := j.err; {
		case err == nil:
			if len(batch) == 0 {
				batchStart = time.Now()
			}
			batch = append(batch, vigil.NewArticle{Article: j.a, Events: j.events})
			if len(batch) >= ingestBatch || time.Since(batchStart) >= ingestBatchDelay {
				flush()
			}
		case errors.Is(err, errAlreadyStored):
			c.skipped++
			progress(1)
		case errors.Is(err, context.Canceled):
			stopErr = err
		default:
			fail(j.a, err)
			progress(1)
		}
		if stopErr != nil {
			break
		}
	}
	if stopErr == nil {
		flush()
	}
	if bar != nil {
		bar.Finish()
	}
	if stopErr == nil && ctx.Err() != nil {
		stopErr = ctx.Err()
	}
	return c, stopErr
}

var errAlreadyStored = errors.New("already stored")

// How ingest batches its commits: at most ingestBatch articles per transaction,
// and no article waits longer than ingestBatchDelay for its commit.
const (
	ingestBatch      = 64
	ingestBatchDelay = 250 * time.Millisecond
)

// safeExtract runs the extractor and turns a panic into a failure of that one
// article.
func safeExtract(fn func(*vigil.Article) *extract.Result, a *vigil.Article) (events []vigil.Event, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor panic: %v", r)
		}
	}()
	res := fn(a)
	if res == nil {
		return nil, nil
	}
	return res.Events, nil
}
