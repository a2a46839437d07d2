package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"vigil"
)

// trafilaturaOptions favour precision: no comments, no tables (link tables and
// data grids are boilerplate far more often than report text), and no date guessed
// from the body; the published date comes from the page's metadata only.
var trafilaturaOptions = trafilatura.Options{
	Focus:           trafilatura.FavorPrecision,
	ExcludeComments: true,
	ExcludeTables:   true,
	HtmlDateMode:    trafilatura.Disabled,
	MaxTreeSize:     200_000,
}

// errExtractorPanic marks a page on which an extractor panicked.
var errExtractorPanic = errors.New("html extraction failed")

// FromHTML extracts the article body and metadata (title, published date from meta
// tags or JSON-LD, URL, site name, language) from a whole web page. The body keeps
// one paragraph per block, separated by a blank line; the title is not part of it.
// url, when not empty, is where the page was found and wins over the URL the page
// gives for itself.
func FromHTML(id, url string, page []byte) (a *vigil.Article, err error) {
	defer func() {
		// The extractors are third-party code run on untrusted pages: a page that
		// trips one of them is a bad input, not a crash.
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("%w: %v", errExtractorPanic, p)
		}
	}()
	doc, err := parseHTML(page)
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	a = &vigil.Article{ID: id, URL: url, Published: publishedDate(doc)}

	opts := trafilaturaOptions
	if u, err := nurl.Parse(url); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	// (Trafilatura keeps some readers' comment threads: "cp-comments")
	pruneComments(doc)
	keepEntryStamps(doc)
	// (measured before extraction, which may change the tree)
	articleText := articleLetters(doc)
	var body *html.Node
	if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil {
		m := res.Metadata
		a.Title = oneLine(m.Title)
		a.Outlet = oneLine(m.Sitename)
		if a.Outlet == "" {
			a.Outlet = m.Hostname
		}
		a.Language = language(m.Language)
		if a.URL == "" {
			a.URL = m.URL
		}
		body = res.ContentNode
	}
	a.Text = renderText(body, a.Title)
	// Trafilatura found no body, or kept a small part of the page's <article>
	// (a live blog's last entry of ten): try Readability, which is more
	// lenient. Navigation, footers, sidebars and comment threads go first, so
	// that a page with no article does not yield its menu as one.
	if short := articleText > 3*letters(a.Text); a.Text == "" || short {
		if short {
			if doc, err = parseHTML(page); err != nil {
				return nil, fmt.Errorf("parse html: %w", err)
			}
		}
		pruneBoilerplate(doc)
		parser := readability.NewParser()
		res, err := parser.ParseAndMutate(doc, opts.OriginalURL)
		if err == nil && res.Node != nil {
			if text := renderText(res.Node, a.Title); letters(text) > letters(a.Text) {
				a.Text = text
			}
			if a.Title == "" {
				a.Title = oneLine(res.Title())
			}
			if a.Outlet == "" {
				a.Outlet = oneLine(res.SiteName())
			}
			if a.Language == "" {
				a.Language = language(res.Language())
			}
		}
	}
	if a.Text == "" {
		return nil, fmt.Errorf("page has %w", ErrNoText)
	}
	// The headline opens the text, as it opens a plain-text article: it is
	// often the one sentence that names the deed ("Blogger beaten in
	// Gentbrugge stairwell" over a body that tells only "the first blow hit
	// his shoulder"). renderText dropped the copy the body may hold.
	if a.Title != "" {
		a.Text = a.Title + "\n\n" + a.Text
	}
	return a, nil
}

// parseHTML parses a page, decoding it from the charset it declares (or a guess)
// unless it is valid UTF-8 already.
func parseHTML(page []byte) (*html.Node, error) {
	page = bytes.TrimPrefix(page, bom)
	var r io.Reader = bytes.NewReader(page)
	if !utf8.Valid(page) {
		enc, _, _ := charset.DetermineEncoding(page, "text/html")
		r = enc.NewDecoder().Reader(r)
	}
	return html.Parse(r)
}

// language reduces a language tag ("en-GB", "EN") to its ISO 639-1 code.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}

// oneLine collapses white space runs to single spaces and trims the ends.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// blockTags start a new paragraph of text.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "dd": true,
	"details": true, "div": true, "dl": true, "dt": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "td": true, "th": true, "tr": true, "ul": true,
	"body": true, "caption": true,
}

// skipTags hold no readable text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true,
	"svg": true, "math": true, "iframe": true, "object": true, "button": true,
	"select": true, "textarea": true,
}

// renderText writes the text of an extracted body: white space collapsed inside each
// block, blocks separated by a blank line, <br> kept as a line break, <pre> kept as
// is. A first block that repeats the title is left out.
func renderText(body *html.Node, title string) string {
	if body == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	space := false // a space is pending before the next word
	flush := func() {
		if p := strings.TrimRight(cur.String(), " \n"); strings.TrimSpace(p) != "" {
			paras = append(paras, p)
		}
		cur.Reset()
		space = false
	}
	write := func(s string) {
		if first, _ := utf8.DecodeRuneInString(s); isHTMLSpace(first) {
			space = true
		}
		for i, w := range strings.FieldsFunc(s, isHTMLSpace) {
			if (i > 0 || space) && cur.Len() > 0 && cur.String()[cur.Len()-1] != '\n' {
				cur.WriteByte(' ')
			}
			cur.WriteString(w)
			space = false
		}
		if last, _ := utf8.DecodeLastRuneInString(s); isHTMLSpace(last) {
			space = true
		}
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				cur.WriteString(n.Data)
				return
			}
			write(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			if n.Data == "br" {
				if cur.Len() > 0 {
					cur.WriteByte('\n')
				}
				space = false
				return
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		inPre := pre || (n.Type == html.ElementNode && n.Data == "pre")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inPre)
		}
		if block {
			flush()
		}
	}
	walk(body, false)
	flush()
	if len(paras) > 0 && title != "" && strings.EqualFold(oneLine(paras[0]), oneLine(title)) {
		paras = paras[1:]
	}
	return strings.Join(paras, "\n\n")
}

// isHTMLSpace reports the characters HTML collapses as inter-word space (and the
// no-break space, which pages use as one).
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0':
		return true
	}
	return false
}

// boilerplateTags never hold the article body.
var boilerplateTags = map[string]bool{"nav": true, "footer": true, "aside": true, "form": true, "menu": true}

// pruneBoilerplate removes navigation, footers, sidebars, forms and comment sections
// from doc.
func pruneBoilerplate(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (boilerplateTags[c.Data] || isCommentSection(c)) {
			n.RemoveChild(c)
		} else {
			pruneBoilerplate(c)
		}
		c = next
	}
}

// articleLetters counts the letters of the paragraphs inside the page's
// <article> or <main> elements (outside comment threads), the text a body extractor
// should come close to keeping.
func articleLetters(n *html.Node) int {
	count := 0
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if n.Type == html.ElementNode {
			if skipTags[n.Data] || boilerplateTags[n.Data] || isCommentSection(n) {
				return
			}
			in = in || n.Data == "article" || n.Data == "main"
		}
		if n.Type == html.TextNode && in {
			count += letters(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return count
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// keepEntryStamps makes a paragraph of each <time> that stamps a live blog's
// entry with a clock time ("<div class=entry><time>12:30</time><p>..."),
// which the extractors drop as metadata: the stamp is where one entry ends
// and the next begins, and a date told in one is not the next one's.
func keepEntryStamps(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.Time && isClockStamp(textOf(c, 16)) && c.NextSibling != nil {
			c.Data, c.DataAtom = "p", atom.P
			continue
		}
		keepEntryStamps(c)
	}
}

// isClockStamp: s is a time of day and nothing else ("12:30", "9.05 am").
func isClockStamp(s string) bool {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "am"), "pm"))
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		h, m, ok = strings.Cut(s, ".")
	}
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pruneComments removes the readers' comment threads below n.
func pruneComments(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isCommentSection(c) {
			n.RemoveChild(c)
		} else {
			pruneComments(c)
		}
		c = next
	}
}

// isCommentSection reports whether an element's id or class names it as readers'
// comments.
func isCommentSection(n *html.Node) bool {
	for _, at := range n.Attr {
		if at.Key == "id" || at.Key == "class" {
			for _, w := range strings.FieldsFunc(strings.ToLower(at.Val), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if w == "comment" || w == "comments" || w == "disqus" {
					return true
				}
			}
		}
		if at.Key == "role" && (at.Val == "navigation" || at.Val == "complementary") {
			return true
		}
	}
	return false
}
