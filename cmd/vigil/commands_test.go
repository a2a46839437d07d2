package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// run executes a vigil command line in process and returns its exit status and
// output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := Run(context.Background(), env, args)
	return code, stdout.String(), stderr.String()
}

// TestIngestExportStats runs ingest, export in every format and stats on a
// generated stream, and ingest again to check that it adds nothing.
func TestIngestExportStats(t *testing.T) {
	dir := t.TempDir()
	const n = 40
	stream := writeStream(t, dir, n)
	db := filepath.Join(dir, "v.db")
	if code, _, stderr := run(t, "ingest", "--db", db, stream); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}

	code, out, stderr := run(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < n/2 {
		t.Fatalf("export printed %d events for %d articles, want at least %d", len(lines), n, n/2)
	}
	docs := map[string]bool{}
	for _, l := range lines {
		var rec struct {
			Doc        string  `json:"doc"`
			Type       string  `json:"type"`
			Incident   string  `json:"incident"`
			ResponseTo *string `json:"response_to"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("export line %q: %v", l, err)
		}
		if !strings.HasPrefix(rec.Doc, "gen-") || rec.Type == "" || rec.Incident == "" {
			t.Errorf("export record %q: want doc, type and incident", l)
		}
		docs[rec.Doc] = true
	}
	if len(docs) < n/2 {
		t.Errorf("export covers %d articles, want at least %d", len(docs), n/2)
	}

	code, out, _ = run(t, "export", "--db", db, "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != len(lines)+1 {
		t.Errorf("export csv: exit %d, %d records, %v; want a header and %d rows", code, len(recs), err, len(lines))
	} else if recs[0][0] != "event_date" {
		t.Errorf("export csv header = %v, want ACLED columns starting with event_date", recs[0])
	}

	code, out, _ = run(t, "export", "--db", db, "--format", "geojson")
	var fc struct {
		Type     string            `json:"type"`
		Features []json.RawMessage `json:"features"`
	}
	if err := json.Unmarshal([]byte(out), &fc); code != 0 || err != nil || fc.Type != "FeatureCollection" || len(fc.Features) == 0 {
		t.Errorf("export geojson: exit %d, %v, type %q, %d features", code, err, fc.Type, len(fc.Features))
	}

	code, out, _ = run(t, "export", "--db", db, "--format", "cameo")
	if got := len(strings.Split(strings.TrimSpace(out), "\n")); code != 0 || got != len(lines)+1 {
		t.Errorf("export cameo: exit %d, %d lines; want a header and %d events", code, got, len(lines))
	}

	code, out, stderr = run(t, "stats", "--db", db, "--by", "year,type", "--format", "jsonl")
	if code != 0 || strings.TrimSpace(out) == "" {
		t.Fatalf("stats exit %d: %q %s", code, out, stderr)
	}
	total := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var row map[string]any
		if err := json.Unmarshal([]byte(l), &row); err != nil {
			t.Fatalf("stats line %q: %v", l, err)
		}
		if v, ok := row["incidents"].(float64); ok {
			total += int(v)
		}
	}
	if total == 0 {
		t.Errorf("stats counted no incidents: %s", out)
	}

	// Ingesting the same stream again adds nothing.
	if code, _, stderr := run(t, "ingest", "--db", db, stream); code != 0 || !strings.Contains(stderr, "ingested 0 articles") {
		t.Errorf("second ingest: exit %d, %s; want 0 articles ingested", code, stderr)
	}
	_, out2, _ := run(t, "export", "--db", db, "--format", "jsonl")
	if got := len(strings.Split(strings.TrimSpace(out2), "\n")); got != len(lines) {
		t.Errorf("export after a second ingest: %d events, want %d", got, len(lines))
	}

	// A bad flag is a usage error.
	if code, _, _ := run(t, "stats", "--db", db, "--by", "colour"); code == 0 {
		t.Errorf("stats --by colour: exit 0, want an error")
	}
}
