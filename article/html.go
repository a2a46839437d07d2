package article

import (
	"bytes"
	"fmt"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"vigil"
)

// FromHTML extracts the article body and metadata (title, published date, URL, site
// name, language) from a whole web page. url, when not empty, is where the page was
// found; it wins over the URL the page gives for itself.
func FromHTML(id, url string, page []byte) (*vigil.Article, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		Focus:           trafilatura.FavorPrecision,
		ExcludeComments: true,
		ExcludeTables:   true,
		HtmlDateMode:    trafilatura.Disabled,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	a := &vigil.Article{ID: id, URL: url, Title: res.Metadata.Title, Text: res.ContentText}
	if a.URL == "" {
		a.URL = res.Metadata.URL
	}
	return a, nil
}
