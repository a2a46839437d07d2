package event

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"vigil"
	"vigil/token"
)

// explainf formats as fmt.Sprintf does for the arguments explanations pass.
func TestExplainf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"trigger %q (%s, %s)", []any{"shot ... dead", vigil.EventType("assassination"), "triggers.tsv:12"}},
		{"%s", []any{vigil.Status("attempted")}},
		{"count %d of %q, %v %t", []any{3, "İstanbul \"x\"", 2.5, true}},
		{"missing %s %s", []any{"one"}},
		{"nil %v", []any{nil}},
	} {
		if got, want := explainf(c.format, c.args), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("explainf(%q) = %q, want %q", c.format, got, want)
		}
	}
}

// An argument with methods is refused rather than formatted differently.
func TestExplainfStringer(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("explainf took a vigil.Date, which has a String method")
		}
	}()
	explainf("%s", []any{vigil.Date{Year: 2024}})
}

// why and rule cost no allocation when explanations are off.
func TestWhyNoAlloc(t *testing.T) {
	cd := &candidate{}
	s := string([]byte("Berlin"))
	if n := testing.AllocsPerRun(100, func() {
		cd.why("place", "the dateline's town %s", s)
		cd.rule("trigger %q (%s)", s, vigil.EventType(s))
	}); n != 0 {
		t.Errorf("why and rule allocate %v times per call without explanations", n)
	}
}

// spanIndex agrees with a token-by-token scan, for mentions in text order or
// not, overlapping or not.
func TestSpanIndex(t *testing.T) {
	text := strings.Repeat("In Kyiv, on 3 May 2022, the Russian army shelled the Kharkiv region again. ", 20)
	toks := token.Tokenize(text)
	rnd := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		spans := make([]vigil.Span, rnd.IntN(40))
		for i := range spans {
			start := rnd.IntN(len(text))
			spans[i] = vigil.Span{Start: start, End: min(len(text), start+1+rnd.IntN(30))}
		}
		if round%2 == 0 {
			slices.SortFunc(spans, func(a, b vigil.Span) int { return a.Start - b.Start })
		}
		got := make([]int, len(toks))
		for i := range got {
			got[i] = -1
		}
		spanIndex(got, toks, len(spans), func(i int) vigil.Span { return spans[i] })
		for k, tk := range toks {
			want := -1
			for m, sp := range spans {
				if tk.End > sp.Start && tk.Start < sp.End {
					want = m
					break
				}
			}
			if got[k] != want {
				t.Fatalf("round %d: token %d (%q) maps to mention %d, want %d", round, k, tk.Text, got[k], want)
			}
		}
	}
}

// sentAt holds for each token the sentence a search by halving finds.
func TestSentAt(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "BERLIN — Police arrested two men on Tuesday.\n\nThe men, both 34, were charged.  \n\n\"We will not tolerate this,\" the minister said. Headline without a stop\n"
	d := newDoc(&Input{Text: text}, &c.lex)
	// the search sentIndex made before it read sentAt
	search := func(tok int) int {
		i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].to > tok })
		if i < len(d.sents) && d.sents[i].from <= tok {
			return i
		}
		return -1
	}
	for k := -1; k <= len(d.toks); k++ {
		want := search(k)
		got := -1
		if k >= 0 && k < len(d.toks) {
			got = d.sentAt[k]
		}
		if got != want {
			t.Errorf("token %d: sentAt %d, sentIndex %d", k, got, want)
		}
	}
}

// allUpper agrees with comparing a name with strings.ToUpper of it.
func TestAllUpper(t *testing.T) {
	for _, s := range []string{"", "TEHRAN", "Tehran", "THE HAGUE", "KŬLOB", "Kŭlob", "İSTANBUL", "ß", "123", "AL-QAIM", "ǅ"} {
		if got, want := allUpper(s), s == strings.ToUpper(s); got != want {
			t.Errorf("allUpper(%q) = %v, want %v", s, got, want)
		}
	}
}

// lineStart agrees with scanning back for the last line break.
func TestLineStart(t *testing.T) {
	for _, text := range []string{"", "\n", "no break", "Date: 2016-05-14\nLocation: Gao, Mali\n\nBody text.\nLast", "\n\nx\n"} {
		d := &doc{text: text}
		for at := 0; at <= len(text); at++ {
			if got, want := d.lineStart(at), strings.LastIndexByte(text[:at], '\n')+1; got != want {
				t.Errorf("%q: lineStart(%d) = %d, want %d", text, at, got, want)
			}
		}
	}
}

// dateAfter compares dates as their times do, also where the fields name no real
// day.
func TestDateAfter(t *testing.T) {
	var dates []vigil.Date
	for _, y := range []int{1900, 2000, 2023, 2024} {
		for m := 0; m <= 13; m++ {
			for _, day := range []int{0, 1, 15, 28, 29, 30, 31, 32} {
				dates = append(dates, vigil.Date{Year: y, Month: m, Day: day})
			}
		}
	}
	for _, a := range dates {
		for _, b := range dates {
			if got, want := dateAfter(a, b), a.Time().After(b.Time()); got != want {
				t.Fatalf("dateAfter(%v, %v) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// clauseBounds' table answers as walking the clause ids does.
func TestClauseBounds(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Police said; the men, who fled - and hid - were caught while others ran, but one stayed. Next: Two more fled.\n\nHeadline - with a dash\n"
	d := newDoc(&Input{Text: text}, &c.lex)
	for _, s := range d.sents {
		for i := s.from; i < s.to; i++ {
			a, b := i, i+1
			for a > s.from && d.clause[a-1] == d.clause[i] {
				a--
			}
			for b < s.to && d.clause[b] == d.clause[i] {
				b++
			}
			if x, y := d.clauseBounds(i, s); x != a || y != b {
				t.Errorf("token %d %q: clauseBounds %d-%d, want %d-%d", i, d.toks[i].Text, x, y, a, b)
			}
		}
	}
}

// isQuestion trims the closing marks as strings.TrimRight did.
func TestIsQuestion(t *testing.T) {
	for _, text := range []string{"", "Why?", "Why? ", "Why?\" ", "“Why?”", "Why?’)", "Why ?)'", "No.", "No.”", "?”x", "\xff?", "?\xff", "Why?”\xe2\x80"} {
		d := &doc{text: text}
		s := sentInfo{}
		s.Start, s.End = 0, len(text)
		if got, want := d.isQuestion(s), strings.HasSuffix(strings.TrimRight(text, "\"”’' )"), "?"); got != want {
			t.Errorf("isQuestion(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSupportGoesToBestAgreement: a mention that only confirms joins the
// event it agrees with most, not the first one it does not contradict.
func TestSupportGoesToBestAgreement(t *testing.T) {
	alexandria := &vigil.Place{Name: "Alexandria", Country: "EG", Feature: vigil.FeatureCity}
	mention := func(sent int, country string, place *vigil.Place, support bool) *candidate {
		c := &candidate{typ: vigil.Arrest, sent: sent, section: -1, country: country, place: place, support: support}
		c.firstSpan[0] = vigil.Span{Start: sent * 100, End: sent*100 + 10}
		c.evidence = c.firstSpan[:1:1]
		return c
	}
	chile := mention(3, "", nil, false) // "a Venezuelan national arrested in September"
	egypt := mention(5, "EG", alexandria, false)
	item := mention(1, "EG", alexandria, true) // "Egypt: relatives detained in Alexandria"
	events := []*candidate{chile, egypt}
	mergeInto(&events, item, false)
	if chile.country != "" || len(chile.evidence) != 1 {
		t.Errorf("the confirming mention joined the first compatible event: country %q, %d spans", chile.country, len(chile.evidence))
	}
	if len(egypt.evidence) != 2 {
		t.Errorf("the event the mention agrees with has %d spans, want 2", len(egypt.evidence))
	}
}
