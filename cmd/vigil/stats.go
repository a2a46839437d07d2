package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"vigil"
)

func init() {
	registerCommand(command{name: "stats", summary: "count incidents by year, type, actor-country or country, with the incidents behind each number", run: runStats})
}

func runStats(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "stats", "[--db PATH | --database-url URL] --by year,type,actor-country,country [filters]")
	var sf storeFlags
	var ff filterFlags
	sf.register(fs)
	ff.register(fs)
	by := fs.String("by", "year,type", "`dimensions` to group by: year, type, actor-country, country")
	examples := fs.Int("incidents", 10, "list at most `n` incidents behind each number")
	format := fs.String("format", "", "output format: table or jsonl (default: table on a terminal)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	outFmt, err := outputFormat(env, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	f, err := ff.filter()
	if err != nil {
		fmt.Fprintf(env.Stderr, "vigil stats: %s\n", vigil.ErrorMessage(err))
		return errUsage
	}
	q := vigil.StatsQuery{Filter: f, Examples: *examples}
	for _, d := range strings.Split(*by, ",") {
		if d = strings.TrimSpace(d); d != "" {
			q.By = append(q.By, d)
		}
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	rows, err := s.Stats(ctx, q)
	if vigil.ErrorCode(err) == vigil.EINVALID {
		fmt.Fprintf(env.Stderr, "vigil stats: %s\n", vigil.ErrorMessage(err))
		return errUsage
	} else if err != nil {
		return err
	}
	if outFmt == "jsonl" {
		enc := json.NewEncoder(env.Stdout)
		for _, r := range rows {
			out := map[string]any{"incidents": r.Incidents, "events": r.Events, "ids": r.IDs}
			for k, v := range r.Key {
				out[k] = v
			}
			if err := enc.Encode(out); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(q.By, "\t"))+"\tINCIDENTS\tEVENTS\tFIRST INCIDENTS")
	for _, r := range rows {
		var vals []string
		for _, d := range q.By {
			v := r.Key[d]
			if v == "" {
				v = "-"
			}
			vals = append(vals, v)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\n", strings.Join(vals, "\t"), r.Incidents, r.Events, strings.Join(r.IDs, " "))
	}
	return tw.Flush()
}
