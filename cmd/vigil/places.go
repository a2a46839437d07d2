package main

import (
	"context"
	"fmt"

	"vigil"
	"vigil/article"
	"vigil/place"
)

func init() {
	registerCommand(command{
		name:    "places",
		summary: "print the places named in articles, resolved to gazetteer entries",
		run:     runPlaces,
	})
}

// placeRecord is one line of `vigil places --format jsonl`; offsets are code
// points, and fields the gazetteer does not know are null.
type placeRecord struct {
	Doc       string   `json:"doc"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Place     *string  `json:"place"`
	Feature   *string  `json:"feature"`
	Country   *string  `json:"country"`
	Admin1    *string  `json:"admin1"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	GeonameID *int     `json:"geonameid"`
}

func newPlaceRecord(doc string, ri *vigil.RuneIndex, m place.Mention) placeRecord {
	p := m.Place
	r := placeRecord{
		Doc: doc, Start: ri.Runes(m.Start), End: ri.Runes(m.End), Name: m.Name, Kind: string(m.Kind),
		Place: nullable(p.Name), Feature: nullable(string(p.Feature)),
		Country: nullable(p.Country), Admin1: nullable(p.Admin1),
	}
	if p.HasCoords {
		lat, lon := p.Lat, p.Lon
		r.Lat, r.Lon = &lat, &lon
	}
	if p.GeonameID != 0 {
		id := p.GeonameID
		r.GeonameID = &id
	}
	return r
}

func runPlaces(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "places", "[--format jsonl|table] [--id NAME] INPUT...")
	format := fs.String("format", "", "output format: jsonl or table (default: table on a terminal, jsonl otherwise)")
	id := fs.String("id", "", "document id for a single input")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f, err := outputFormat(env, *format, "jsonl", "table")
	if err != nil {
		return err
	}
	g, err := place.Load()
	if err != nil {
		return err
	}
	out := newRowWriter(env.Stdout, f, "DOC\tSTART\tEND\tKIND\tNAME\tPLACE\tCOUNTRY\tADMIN1\tLAT\tLON\tGEONAMEID")
	err = eachArticle(ctx, env, fs.Args(), article.Options{ID: *id}, func(a *vigil.Article) error {
		ri := vigil.NewRuneIndex(a.Text)
		for _, m := range g.Find(a.Text) {
			if !out.Table() {
				if err := out.JSON(newPlaceRecord(a.ID, ri, m)); err != nil {
					return err
				}
				continue
			}
			p := m.Place
			coords := "\t"
			if p.HasCoords {
				coords = fmt.Sprintf("%.4f\t%.4f", p.Lat, p.Lon)
			}
			out.Row(a.ID, ri.Runes(m.Start), ri.Runes(m.End), m.Kind, oneLine(m.Name), p.Name, p.Country, p.Admin1, coords, p.GeonameID)
		}
		return nil
	})
	if cerr := out.Close(); cerr != nil && err == nil {
		err = cerr
	}
	return err
}
