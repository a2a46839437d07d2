package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vigil"
)

func testEnv(stdin string) (*Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Logger: slog.New(slog.NewTextHandler(&errb, nil)),
	}, &out, &errb
}

// TestExtractBadInputs runs the real command over good and bad inputs: each bad
// one is named on stderr, the good ones are still extracted, and the exit status
// says that some failed.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "BERLIN, 3 May 2021 - German police arrested two men on Monday.\n")
	stream := write("stream.jsonl", `{"id":"a","published":"2020-02-03","text":"Police in Oslo arrested a man on Friday."}`+"\n"+`{"id":"b", broken`+"\n")
	latin1 := write("latin1.txt", "Police arrested a man in K\xf6ln.\n")
	empty := write("empty.html", "<html><body><nav>Home</nav></body></html>")
	missing := filepath.Join(dir, "missing.txt")

	env, out, errb := testEnv("")
	code := Run(context.Background(), env, []string{"extract", "--format", "jsonl", good, stream, latin1, empty, missing})
	if code != 1 {
		t.Errorf("exit status = %d, want 1 (some inputs failed); stderr:\n%s", code, errb)
	}
	for _, want := range []string{"stream.jsonl:2", "latin1.txt", "empty.html", "missing.txt"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr does not name %q:\n%s", want, errb)
		}
	}
	docs := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec vigil.EventRecord
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		docs[rec.Doc] = true
		if rec.Type != vigil.Arrest {
			t.Errorf("doc %s: type %s, want arrest", rec.Doc, rec.Type)
		}
	}
	for _, want := range []string{"good", "a"} {
		if !docs[want] {
			t.Errorf("no events for %q; stdout:\n%s", want, out)
		}
	}
}

// TestExtractFormats checks that every field of the event record is present in
// jsonl and that json prints one document per article.
func TestExtractFormats(t *testing.T) {
	text := "LONDON - Britain expelled 23 Russian diplomats on Wednesday.\n"
	env, out, errb := testEnv(text)
	if code := Run(context.Background(), env, []string{"extract", "--format", "jsonl", "--published", "2018-03-14", "--id", "brief", "-"}); code != 0 {
		t.Fatalf("exit status %d: %s", code, errb)
	}
	var rec map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &rec); err != nil {
		t.Fatalf("jsonl: %v\n%s", err, out)
	}
	for _, field := range []string{"doc", "type", "status", "date", "country", "place", "lat", "lon", "actor", "target", "evidence", "confidence"} {
		if _, ok := rec[field]; !ok {
			t.Errorf("jsonl record lacks %q: %s", field, out)
		}
	}
	if rec["doc"] != "brief" || rec["date"] != "2018-03-14" || rec["type"] != "expulsion" {
		t.Errorf("record = %v, want doc brief, expulsion on 2018-03-14", rec)
	}

	env, out, errb = testEnv(text)
	if code := Run(context.Background(), env, []string{"extract", "--format", "json", "--published", "2018-03-14", "-"}); code != 0 {
		t.Fatalf("exit status %d: %s", code, errb)
	}
	var doc struct {
		ID     string           `json:"id"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || doc.ID != "stdin" || len(doc.Events) != 1 {
		t.Errorf("json document = %+v, %v; want id stdin with one event\n%s", doc, err, out)
	}
}
