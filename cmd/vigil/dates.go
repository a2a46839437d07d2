package main

import (
	"context"

	"vigil"
	"vigil/article"
	"vigil/timex"
)

func init() {
	registerCommand(command{
		name:    "dates",
		summary: "print the temporal expressions found in articles, resolved to TIMEX3 values",
		run:     runDates,
	})
}

// dateRecord is one line of `vigil dates --format jsonl`; offsets are code points.
type dateRecord struct {
	Doc             string  `json:"doc"`
	Start           int     `json:"start"`
	End             int     `json:"end"`
	Text            string  `json:"text"`
	Type            string  `json:"type"`
	Value           string  `json:"value"`
	Date            *string `json:"date"`
	ReferenceDate   *string `json:"reference_date"`
	ReferenceSource string  `json:"reference_source"`
}

func runDates(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "dates", "[--format jsonl|table] [--published YYYY-MM-DD] [--id NAME] INPUT...")
	format := fs.String("format", "", "output format: jsonl or table (default: table on a terminal, jsonl otherwise)")
	published := fs.String("published", "", "publication date for inputs that carry none (YYYY-MM-DD)")
	id := fs.String("id", "", "document id for a single input")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := outputFormat(env, *format, "jsonl", "table")
	if err != nil {
		return err
	}
	pub, err := publishedFlag(env, *published)
	if err != nil {
		return err
	}
	tagger := timex.New()
	out := newRowWriter(env.Stdout, f, "DOC\tSTART\tEND\tTYPE\tVALUE\tDATE\tTEXT\tREFERENCE")
	err = eachArticle(ctx, env, fs.Args(), article.Options{Published: pub, ID: *id}, func(a *vigil.Article) error {
		ref := tagger.Reference(a.Text, a.Published)
		ri := vigil.NewRuneIndex(a.Text)
		for _, e := range tagger.Find(a.Text, ref.Date) {
			r := dateRecord{
				Doc: a.ID, Start: ri.Runes(e.Start), End: ri.Runes(e.End), Text: e.Text,
				Type: e.Type, Value: e.Value, Date: nullableDate(e.Date),
				ReferenceDate: nullableDate(ref.Date), ReferenceSource: ref.Source,
			}
			if !out.Table() {
				if err := out.JSON(r); err != nil {
					return err
				}
				continue
			}
			out.Row(r.Doc, r.Start, r.End, r.Type, r.Value, e.Date, oneLine(r.Text), ref.Date.String()+" "+ref.Source)
		}
		return nil
	})
	if cerr := out.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}
