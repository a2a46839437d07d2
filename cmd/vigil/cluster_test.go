package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// exported reads a jsonl export as each event's incident, described by its
// members (events named by article, type and first evidence offset) so that
// two stores can be compared whatever ids they gave, with the members of the
// incident it answers.
func exported(t *testing.T, db string) map[string]string {
	t.Helper()
	code, out, stderr := run(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export exit %d: %s", code, stderr)
	}
	type rec struct {
		Doc        string `json:"doc"`
		Type       string `json:"type"`
		Incident   string `json:"incident"`
		ResponseTo string `json:"response_to"`
		Evidence   []struct {
			Start int `json:"start"`
		} `json:"evidence"`
	}
	var recs []rec
	members := map[string][]string{}
	key := func(r rec) string { return fmt.Sprintf("%s/%s@%d", r.Doc, r.Type, r.Evidence[0].Start) }
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil || len(r.Evidence) == 0 {
			t.Fatalf("export line %q: %v", l, err)
		}
		recs = append(recs, r)
		members[r.Incident] = append(members[r.Incident], key(r))
	}
	name := func(id string) string {
		if id == "" {
			return "-"
		}
		m := slices.Clone(members[id])
		slices.Sort(m)
		return strings.Join(m, " ")
	}
	got := map[string]string{}
	for _, r := range recs {
		got[key(r)] = name(r.Incident) + " -> " + name(r.ResponseTo)
	}
	return got
}

// TestIngestInBatchesAsWhole ingests the bundled articles in batches, each
// clustered alone as ingest does, and checks that the store ends with the
// incidents and links of one whole clustering (ingest --recluster).
func TestIngestInBatchesAsWhole(t *testing.T) {
	var files []string
	for _, pat := range []string{"../../testdata/articles/*.txt", "../../testdata/articles/*.html", "../../testdata/corpus/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("found %d articles in testdata, want the bundled ones", len(files))
	}
	slices.Sort(files)
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.db")
	if code, _, stderr := run(t, append([]string{"ingest", "--db", whole, "--recluster"}, files...)...); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, stderr)
	}
	want := exported(t, whole)
	for _, batches := range []int{2, 3, 4, 5, 7} {
		t.Run(fmt.Sprint(batches, " batches"), func(t *testing.T) {
			db := filepath.Join(dir, fmt.Sprintf("batches%d.db", batches))
			for b := range batches {
				part := files[b*len(files)/batches : (b+1)*len(files)/batches]
				if code, _, stderr := run(t, append([]string{"ingest", "--db", db}, part...)...); code != 0 {
					t.Fatalf("ingest of batch %d exit %d: %s", b, code, stderr)
				}
			}
			got := exported(t, db)
			if len(got) != len(want) {
				t.Fatalf("%d events stored in batches, %d at once", len(got), len(want))
			}
			n := 0
			for ev, w := range want {
				if got[ev] != w {
					if n++; n <= 5 {
						t.Errorf("event %s:\n in batches %s\n at once    %s", ev, got[ev], w)
					}
				}
			}
			if n > 0 {
				t.Errorf("%d of %d events grouped or linked otherwise in batches", n, len(want))
			}
		})
	}
}
