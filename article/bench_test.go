package article

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// benchSentences are made-up news sentences for building benchmark inputs.
var benchSentences = []string{
	"Prosecutors said the suspects had watched the activist's home for several weeks before the arrests.",
	"The interior ministry summoned the ambassador on Wednesday and demanded an explanation.",
	"A spokesman for the security service declined to comment on the details of the investigation.",
	"Lawyers for the two men said their clients denied all the charges against them.",
	"The dissident, who has lived in exile since 2012, said she had been warned by police last spring.",
	"Officials in the capital rejected the accusations as baseless and politically motivated.",
	"The court ordered the suspects held in custody for another four weeks.",
	"Human rights groups called on the government to protect exiles living in the country.",
}

// benchPage builds a news page of about 30 KB: heavy navigation, an inline script
// and style, a body of 24 paragraphs, a related-articles rail, a comment thread
// and a footer.
func benchPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Exiles under watch: how a plot was uncovered | The Harbour Times</title>
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2022-09-14T06:00:00+02:00">
<link rel="canonical" href="https://harbour.example/news/2022/09/exiles-under-watch">
<style>body{font-family:serif}.nav a{padding:4px}.rail{float:right;width:30%}.comment{border-top:1px solid #ccc}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)};gtag('js',new Date());</script>
</head><body><header><nav class="nav"><ul>`)
	for i := range 90 {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>Exiles under watch: how a plot was uncovered</h1>
<p class="byline">By Staff Reporter, <time datetime="2022-09-14">14 September 2022</time></p><div class="body">`)
	for i := range 24 {
		b.WriteString("<p>")
		for j := range 5 {
			b.WriteString(benchSentences[(i+j*3)%len(benchSentences)])
			b.WriteByte(' ')
		}
		b.WriteString("</p>\n")
		if i == 9 {
			b.WriteString(`<figure><img src="/img/court.jpg" alt=""><figcaption>The district court, where the hearing was held.</figcaption></figure>`)
		}
	}
	b.WriteString(`</div></article><aside class="rail"><h2>Related</h2><ul>`)
	for i := range 40 {
		fmt.Fprintf(&b, `<li><a href="/news/related-%d">Related story number %d about a trial abroad</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside><section class="comments"><h2>Comments</h2>`)
	for i := range 50 {
		fmt.Fprintf(&b, `<div class="comment"><p class="author">reader%d</p><p>I have been following this story for months and comment number %d is mine.</p></div>`, i, i)
	}
	b.WriteString(`</section></main><footer><p>The Harbour Times. All rights reserved.</p>`)
	for i := range 20 {
		fmt.Fprintf(&b, `<a href="/legal/%d">Legal page %d</a> `, i, i)
	}
	b.WriteString(`</footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkFromHTML(b *testing.B) {
	page := benchPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromHTML("bench", "", page); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkReadJSONL(b *testing.B) {
	var stream strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&stream, `{"id": "r%d", "published": "2020-01-02", "text": %q}`+"\n", i, strings.Join(benchSentences, " "))
	}
	data := stream.String()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range Read(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(data)}) {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestBenchPage(t *testing.T) {
	page := benchPage()
	if len(page) < 25_000 || len(page) > 40_000 {
		t.Errorf("benchmark page is %d bytes, want about 30 KB", len(page))
	}
	a, err := FromHTML("bench", "", page)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n < 20 || strings.Contains(a.Text, "comment number") || strings.Contains(a.Text, "Related story") {
		t.Errorf("benchmark page: %d paragraphs (want 20 or so) and no boilerplate; got text %q", n, a.Text)
	}
}
