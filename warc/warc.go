// Package warc reads web archives (.warc and .warc.gz, the files web crawls
// produce) as articles: every HTTP response record whose content is HTML becomes
// one article, with the record's target URI as its URL.
package warc

import (
	"context"
	"fmt"
	"io"
	"iter"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"vigil"
	"vigil/article"
)

// DefaultMaxPageBytes bounds one HTML payload when Options.MaxPageBytes is 0.
const DefaultMaxPageBytes = 16 << 20

// Options bound what Read accepts.
type Options struct {
	MaxPageBytes int64
}

// IsArchive reports whether path names a WARC file by its extension.
func IsArchive(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// Read yields one article per HTML response record of the archive at path. A
// record that cannot be read or turned into an article yields (nil, err) and
// reading goes on; an archive too damaged to go on stops after its error.
func Read(ctx context.Context, path string, opts Options) iter.Seq2[*vigil.Article, error] {
	limit := opts.MaxPageBytes
	if limit <= 0 {
		limit = DefaultMaxPageBytes
	}
	return func(yield func(*vigil.Article, error) bool) {
		r, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithBufferMaxMemBytes(limit))
		if err != nil {
			yield(nil, fmt.Errorf("%s: %w", path, err))
			return
		}
		defer r.Close()
		for rec, err := range r.Records() {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			if err != nil {
				yield(nil, fmt.Errorf("%s at offset %d: %w", path, rec.Offset, err))
				return
			}
			a, err := recordArticle(path, rec, limit)
			rec.Close()
			if a == nil && err == nil {
				continue
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// recordArticle returns the article of an HTML response record, nil for any
// other record.
func recordArticle(path string, rec gowarc.Record, limit int64) (*vigil.Article, error) {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return nil, nil
	}
	block, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		return nil, nil
	}
	if h := block.HttpHeader(); h != nil {
		mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
		if mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
			return nil, nil
		}
	}
	uri := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	where := fmt.Sprintf("%s at offset %d", path, rec.Offset)
	body, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	page, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	if int64(len(page)) > limit {
		return nil, fmt.Errorf("%s: page over the size limit of %d bytes", where, limit)
	}
	id := uri
	if id == "" {
		id = wr.RecordId()
	}
	a, err := article.FromHTML(id, uri, page)
	if err != nil {
		return nil, fmt.Errorf("%s (%s): %w", where, uri, err)
	}
	a.Source = where
	return a, nil
}
