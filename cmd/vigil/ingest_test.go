package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"vigil"
	"vigil/sqlite"
)

// writeStream writes n generated plain-text articles as a JSON Lines stream of
// {"id", "published", "text"} records, the input vigil ingest reads, and returns
// its path. The articles are varied enough to have distinct content hashes and
// to hold events of several types.
func writeStream(tb testing.TB, dir string, n int) string {
	tb.Helper()
	path := filepath.Join(dir, "stream.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		rec := map[string]string{"id": fmt.Sprintf("gen-%04d", i), "published": genDate(i), "text": genArticle(i)}
		if err := enc.Encode(rec); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

var (
	genCities   = []string{"Berlin", "Stockholm", "Vienna", "Brussels", "Toronto", "Amsterdam", "Copenhagen", "Oslo", "Madrid", "Warsaw"}
	genStates   = []string{"Iran", "China", "Russia", "Belarus", "Rwanda", "Saudi Arabia"}
	genSurnames = []string{"Karimi", "Wang", "Orlov", "Sokolova", "Habimana", "Alharbi", "Novak", "Jensen", "Moradi", "Lindqvist", "Petrov", "Osei"}
	genMonths   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func genDate(i int) string {
	return fmt.Sprintf("%d-%02d-%02d", 2015+i%9, 1+i%12, 1+i%27)
}

// genArticle writes a short news report: a plot or attack against a named
// dissident abroad and the police response, with filler paragraphs.
func genArticle(i int) string {
	city := genCities[i%len(genCities)]
	state := genStates[(i/3)%len(genStates)]
	victim := fmt.Sprintf("%s %s", []string{"Ali", "Mei", "Pavel", "Olga", "Jean", "Sara"}[i%6], genSurnames[(i/7)%len(genSurnames)])
	month := genMonths[i%12]
	year := 2015 + i%9
	var s string
	switch i % 4 {
	case 0:
		s = fmt.Sprintf("Police in %s arrested two men on %d %s %d on suspicion of plotting to kill %s, an exiled critic of the government of %s. Prosecutors said the men had been paid by %s intelligence services to watch the dissident's home for weeks.", city, 1+i%27, month, year, victim, state, state)
	case 1:
		s = fmt.Sprintf("The journalist %s was attacked with a knife outside her flat in %s in %s %d. Investigators believe the assault was ordered by agents working for %s, which has repeatedly threatened her family.", victim, city, month, year, state)
	case 2:
		s = fmt.Sprintf("%s expelled three diplomats from the embassy of %s on %d %s %d after a plot to abduct the activist %s in %s was uncovered by the security service.", city, state, 1+i%27, month, year, victim, city)
	default:
		s = fmt.Sprintf("A court in %s charged a man with spying on exiled dissidents for %s in %s %d. He is accused of collecting information on %s and other members of the diaspora.", city, state, month, year, victim)
	}
	filler := fmt.Sprintf("\n\nThe case, number %d in the tally kept by rights groups, has drawn attention to the reach of foreign governments into diaspora communities. Community leaders in %s said many people now avoid speaking publicly.\n\nOfficials declined to comment further while the investigation continues.", i, city)
	return fmt.Sprintf("Report %d\n\n%s%s", i, s, filler)
}

// buildVigil builds the real binary into a temporary folder.
func buildVigil(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "vigil")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// counts opens the SQLite store at path and returns its article and event counts.
func counts(t *testing.T, path string) (articles, events int) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer s.Close()
	ids, err := s.ArticleIDs(ctx)
	if err != nil {
		t.Fatalf("article ids: %v", err)
	}
	n, err := s.CountEvents(ctx, vigil.EventFilter{})
	if err != nil {
		t.Fatalf("count events: %v", err)
	}
	return len(ids), n
}

// TestIngestSurvivesSIGKILL kills a real ingest process after it has committed
// some articles and before it has finished, reruns it, and checks by counts that
// nothing was lost or duplicated.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildVigil(t)
	dir := t.TempDir()
	const n = 600
	stream := writeStream(t, dir, n)

	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "ingest", "--db", clean, stream).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	wantArticles, wantEvents := counts(t, clean)
	if wantArticles != n || wantEvents == 0 {
		t.Fatalf("clean ingest stored %d articles, %d events; want %d articles and some events", wantArticles, wantEvents, n)
	}

	db := filepath.Join(dir, "killed.db")
	var killedAt int
	for attempt := 0; attempt < 5 && killedAt == 0; attempt++ {
		os.Remove(db)
		os.Remove(db + "-wal")
		os.Remove(db + "-shm")
		cmd := exec.Command(bin, "ingest", "--workers", "1", "--db", db, stream)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		deadline := time.Now().Add(30 * time.Second)
	poll:
		for time.Now().Before(deadline) {
			select {
			case <-exited:
				break poll // finished before we could kill it: try again
			case <-time.After(5 * time.Millisecond):
			}
			if _, err := os.Stat(db); err != nil {
				continue
			}
			if a, _ := quickCount(db); a > 0 && a < n {
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					break poll
				}
				<-exited
				killedAt = a
				break poll
			}
		}
		select {
		case <-exited:
		default:
			cmd.Process.Kill()
			<-exited
		}
	}
	if killedAt == 0 {
		t.Fatal("could not kill the ingest between its first and its last commit")
	}
	a, _ := counts(t, db)
	if a < killedAt || a >= n {
		t.Fatalf("after SIGKILL at %d committed articles the store holds %d; want between %d and %d", killedAt, a, killedAt, n-1)
	}
	out, err := exec.Command(bin, "ingest", "--db", db, stream).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	gotArticles, gotEvents := counts(t, db)
	if gotArticles != n || gotEvents != wantEvents {
		t.Errorf("after kill at %d articles and rerun: %d articles, %d events; want %d articles, %d events", a, gotArticles, gotEvents, n, wantEvents)
	}
	t.Logf("killed after %d of %d articles; rerun output: %s", a, n, out)
}

// quickCount returns the article count of the store at path while another
// process writes to it, or an error while the schema is not there yet.
func quickCount(path string) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	ids, err := s.ArticleIDs(ctx)
	return len(ids), err
}
