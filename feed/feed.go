// Package feed reads RSS and Atom feeds (a file or an http(s) URL) as articles:
// one per item, from the item's own content when the feed carries the whole text,
// and from the item's page, fetched with a timeout and a size limit, when it
// carries only a summary.
package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"vigil"
	"vigil/article"
)

// Defaults used when Options leave a field zero.
const (
	DefaultTimeout     = 20 * time.Second
	DefaultMaxBytes    = 16 << 20
	DefaultMinFullText = 1500 // item content shorter than this (in bytes of HTML) is a summary
)

// Options bound fetching.
type Options struct {
	Client      *http.Client // nil: a client with Timeout
	Timeout     time.Duration
	MaxBytes    int64 // per feed and per page
	MinFullText int
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MinFullText <= 0 {
		o.MinFullText = DefaultMinFullText
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.Timeout}
	}
	return o
}

// IsFeed reports whether an input names a feed: an http(s) URL, or a file ending
// in .rss, .atom or .xml.
func IsFeed(input string) bool {
	l := strings.ToLower(input)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") ||
		strings.HasSuffix(l, ".rss") || strings.HasSuffix(l, ".atom") || strings.HasSuffix(l, ".xml")
}

// Read yields one article per item of the feed at src. An item that cannot be
// read yields (nil, err) and reading goes on.
func Read(ctx context.Context, src string, opts Options) iter.Seq2[*vigil.Article, error] {
	opts = opts.withDefaults()
	return func(yield func(*vigil.Article, error) bool) {
		body, err := open(ctx, src, opts)
		if err != nil {
			yield(nil, fmt.Errorf("feed %s: %w", src, err))
			return
		}
		f, err := gofeed.NewParser().Parse(io.LimitReader(body, opts.MaxBytes))
		body.Close()
		if err != nil {
			yield(nil, fmt.Errorf("feed %s: %w", src, err))
			return
		}
		for _, it := range f.Items {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			a, err := itemArticle(ctx, src, it, opts)
			if !yield(a, err) {
				return
			}
		}
	}
}

func itemArticle(ctx context.Context, src string, it *gofeed.Item, opts Options) (*vigil.Article, error) {
	id := it.GUID
	if id == "" {
		id = it.Link
	}
	if id == "" {
		id = it.Title
	}
	content := it.Content
	var a *vigil.Article
	var err error
	// Only http(s) links are fetched: a feed must not make vigil read local files.
	if len(content) >= opts.MinFullText || !isHTTP(it.Link) {
		if content == "" {
			content = it.Description
		}
		a, err = article.FromHTML(id, it.Link, []byte("<html><body><article>"+content+"</article></body></html>"))
	} else {
		var page io.ReadCloser
		page, err = open(ctx, it.Link, opts)
		if err != nil {
			return nil, fmt.Errorf("feed %s: item %s: %w", src, it.Link, err)
		}
		var b []byte
		b, err = readLimited(page, opts.MaxBytes)
		page.Close()
		if err == nil {
			a, err = article.FromHTML(id, it.Link, b)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("feed %s: item %s: %w", src, id, err)
	}
	if a.Title == "" {
		a.Title = it.Title
	}
	if a.Published.IsZero() && it.PublishedParsed != nil {
		a.Published = vigil.DayDate(*it.PublishedParsed)
	}
	a.Source = src
	return a, nil
}

var errTooLarge = errors.New("over the size limit")

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w of %d bytes", errTooLarge, limit)
	}
	return b, nil
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// open returns the body of a URL (fetched with the client's timeout) or a file.
func open(ctx context.Context, src string, opts Options) (io.ReadCloser, error) {
	if !strings.HasPrefix(src, "http://") && !strings.HasPrefix(src, "https://") {
		return os.Open(src)
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		cancel()
		return nil, err
	}
	req.Header.Set("User-Agent", "vigil (+https://github.com/vigil)")
	resp, err := opts.Client.Do(req)
	if err != nil {
		cancel()
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		cancel()
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > opts.MaxBytes {
		resp.Body.Close()
		cancel()
		return nil, fmt.Errorf("%w: %d bytes", errTooLarge, resp.ContentLength)
	}
	return &cancelBody{resp.Body, cancel}, nil
}

type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c *cancelBody) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
