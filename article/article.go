// Package article owns the first stage of the pipeline: it reads the inputs a user
// names (plain text, web pages, JSON Lines streams of article records, directories
// of those, or standard input) and turns each into a *vigil.Article whose Text every
// later offset points into.
package article

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"vigil"
)

// DefaultMaxArticleBytes is the size limit used when Options.MaxArticleBytes is 0.
const DefaultMaxArticleBytes = 16 << 20

// MaxTextBytes bounds an article's text (after HTML extraction): extraction
// keeps several copies' worth of tokens and mentions, and 4 MiB of text keeps
// the process under 300 MB.
const MaxTextBytes = 4 << 20

// Options controls how Read names, dates and bounds the articles it reads.
type Options struct {
	Published       vigil.Date // default publication date (--published) for inputs that carry none
	ID              string     // --id: names a single input (for JSON Lines, the stem of ID:line for records without id)
	MaxArticleBytes int64      // refuse articles (or JSONL lines) larger than this; 0 means DefaultMaxArticleBytes
	Stdin           io.Reader  // what "-" reads
}

func (o Options) maxBytes() int64 {
	if o.MaxArticleBytes > 0 {
		return o.MaxArticleBytes
	}
	return DefaultMaxArticleBytes
}

// InputError names the input (path, and line for JSON Lines) and what was wrong.
type InputError struct {
	Input string // file path, or "stdin"
	Line  int    // 1-based line of a JSON Lines record; 0 when not applicable
	Err   error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Input, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Errors that Read wraps in an *InputError; test with errors.Is.
var (
	ErrNoText      = errors.New("no article text")
	ErrTooLarge    = errors.New("over the size limit")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrInvalidJSON = errors.New("invalid JSON")
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// FromText builds an article from plain text. The text is kept exactly as given,
// except that a leading UTF-8 byte order mark is removed; it must be valid UTF-8 and
// hold something other than white space.
func FromText(id string, text []byte) (*vigil.Article, error) {
	if err := checkUTF8(text); err != nil {
		return nil, err // offsets count the byte order mark, as the file holds it
	}
	return textArticle(id, string(text))
}

// textArticle builds an article from text known to be valid UTF-8.
func textArticle(id, text string) (*vigil.Article, error) {
	text = strings.TrimPrefix(text, "\ufeff")
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoText
	}
	return &vigil.Article{ID: id, Text: text}, nil
}

// checkUTF8 returns an error giving the byte offset of the first invalid sequence.
func checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, i)
		}
		i += size
	}
	return nil
}

// tooLarge says that what ("article", "line") is size bytes, over limit.
func tooLarge(what string, size, limit int64) error {
	return fmt.Errorf("%s is %d bytes, %w of %d bytes", what, size, ErrTooLarge, limit)
}
