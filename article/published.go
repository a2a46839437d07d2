package article

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"

	"vigil"
	"vigil/timex"
)

// metaDateKeys are the <meta> property, name or itemprop values that carry a
// page's publication date, best first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "published_time", "article.published", "publish-date",
	"publish_date", "publishdate", "pubdate", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
	"date", "article.created",
}

// publishedDate reads the publication date a page gives in its metadata: JSON-LD
// datePublished, then meta tags, then a <time> marked as the publication date,
// then the full date of its byline or date line ("By Claire Dunmore · Monday 14
// August 2023"). It never guesses from the article's prose or its readers'
// comments. The date is taken as written, in the page's own time zone.
func publishedDate(doc *html.Node) vigil.Date {
	meta := map[string]string{}
	var ld []string
	var timeTag string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				var key, content string
				for _, at := range n.Attr {
					switch at.Key {
					case "property", "name", "itemprop":
						if key == "" {
							key = strings.ToLower(strings.TrimSpace(at.Val))
						}
					case "content":
						content = at.Val
					}
				}
				if _, seen := meta[key]; key != "" && content != "" && !seen {
					meta[key] = content
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
			case "time":
				_, pubdate := attrOK(n, "pubdate")
				if timeTag == "" && (pubdate || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
					timeTag = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	for _, script := range ld {
		var v any
		if json.Unmarshal([]byte(script), &v) != nil {
			continue
		}
		if s := findJSONKey(v, "datePublished", 0); s != "" {
			if d, ok := parseMetaDate(s); ok {
				return d
			}
		}
	}
	for _, key := range metaDateKeys {
		if d, ok := parseMetaDate(meta[key]); ok {
			return d
		}
	}
	if d, ok := parseMetaDate(timeTag); ok {
		return d
	}
	return bylineDate(doc)
}

// bylineClasses mark the elements that print a page's author or date line.
var bylineClasses = []string{"byline", "dateline", "posted", "published", "pubdate", "timestamp", "credits", "date", "meta"}

// bylineDate is the first full date (day, month and year) printed in an
// element whose class or id names it a byline or date line, outside reader
// comments, which carry dates of their own.
func bylineDate(n *html.Node) vigil.Date {
	if n.Type == html.ElementNode {
		if isCommentSection(n) || n.Data == "script" || n.Data == "style" {
			return vigil.Date{}
		}
		marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		if slices.ContainsFunc(bylineClasses, func(c string) bool { return strings.Contains(marks, c) }) {
			if d, ok := fullDate(textOf(n, 200)); ok {
				return d
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d := bylineDate(c); !d.IsZero() {
			return d
		}
	}
	return vigil.Date{}
}

// fullDate is the first date with a day, a month and a year in a short text.
func fullDate(s string) (vigil.Date, bool) {
	if s == "" {
		return vigil.Date{}, false
	}
	for _, e := range bylineTagger().Find(s, vigil.Date{}) {
		if e.Date.Precision == vigil.PrecisionDay {
			return plausible(e.Date)
		}
	}
	return vigil.Date{}, false
}

var bylineTagger = sync.OnceValue(timex.New)

// textOf is the text under n, cut off after max bytes: a byline is short.
func textOf(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > max {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	if b.Len() > max {
		return ""
	}
	return b.String()
}

// findJSONKey returns the first string value of key in a decoded JSON value, depth
// first, not deeper than a few levels.
func findJSONKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok && s != "" {
			return s
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if s := findJSONKey(v[k], key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range v {
			if s := findJSONKey(e, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}

// parseMetaDate reads a date from a metadata value: an ISO 8601 date or timestamp
// (its date part as written), or another common form such as RFC 1123.
func parseMetaDate(s string) (vigil.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || len(s) > 64 {
		return vigil.Date{}, false
	}
	if len(s) >= 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4] {
		if t, err := time.Parse("2006-01-02", strings.ReplaceAll(s[:10], "/", "-")); err == nil {
			return plausible(vigil.DayDate(t))
		}
	}
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(false))
	if err != nil {
		return vigil.Date{}, false
	}
	return plausible(vigil.DayDate(t))
}

// plausible rejects dates no news page was published on.
func plausible(d vigil.Date) (vigil.Date, bool) {
	if d.Year < 1900 || d.Year > 2200 {
		return vigil.Date{}, false
	}
	return d, true
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, at := range n.Attr {
		if at.Key == key {
			return at.Val, true
		}
	}
	return "", false
}
