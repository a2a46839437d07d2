package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

// serverStore returns s as a vigil.ServerStore; every backend is one, so the
// test fails when it is not.
func serverStore(t *testing.T, s vigil.Store) vigil.ServerStore {
	t.Helper()
	ss, ok := s.(vigil.ServerStore)
	if !ok {
		t.Fatalf("%T does not implement vigil.ServerStore", s)
	}
	return ss
}

func testAccounts(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	ss := serverStore(t, s)
	if n, err := ss.CountUsers(ctx); err != nil || n != 0 {
		t.Fatalf("CountUsers() = %d, %v; want 0", n, err)
	}
	if _, err := ss.PutUser(ctx, vigil.User{Name: "ana", Role: "owner", Hash: "h"}); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("PutUser(role owner) = %v, want %s", err, vigil.EINVALID)
	}
	ana, err := ss.PutUser(ctx, vigil.User{Name: "ana", Role: vigil.RoleViewer, Hash: "h1"})
	if err != nil {
		t.Fatalf("PutUser(ana) = %v", err)
	}
	bo, err := ss.PutUser(ctx, vigil.User{Name: "bo", Role: vigil.RoleEditor, Hash: "h2"})
	if err != nil || bo == ana {
		t.Fatalf("PutUser(bo) = %d, %v; want a new id", bo, err)
	}
	// Putting an existing name replaces its role and hash and keeps its id.
	again, err := ss.PutUser(ctx, vigil.User{Name: "ana", Role: vigil.RoleAdmin, Hash: "h3"})
	if err != nil || again != ana {
		t.Errorf("PutUser(ana again) = %d, %v; want id %d", again, err, ana)
	}
	if n, err := ss.CountUsers(ctx); err != nil || n != 2 {
		t.Errorf("CountUsers() = %d, %v; want 2", n, err)
	}
	u, err := ss.UserByName(ctx, "ana")
	if err != nil {
		t.Fatalf("UserByName(ana) = %v", err)
	}
	want := vigil.User{ID: ana, Name: "ana", Role: vigil.RoleAdmin, Hash: "h3"}
	if diff := cmp.Diff(want, *u, cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Created" }, cmp.Ignore())); diff != "" {
		t.Errorf("UserByName(ana) mismatch (-want +got):\n%s", diff)
	}
	if u.Created.IsZero() || time.Since(u.Created) > time.Hour {
		t.Errorf("UserByName(ana).Created = %v, want about now", u.Created)
	}
	if _, err := ss.UserByName(ctx, "cy"); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("UserByName(cy) = %v, want %s", err, vigil.ENOTFOUND)
	}

	// Sessions: an unexpired one finds its user until it is deleted; an
	// expired one never does.
	future := time.Now().Add(time.Hour)
	if err := ss.CreateSession(ctx, "s-live", ana, future); err != nil {
		t.Fatalf("CreateSession(s-live) = %v", err)
	}
	if err := ss.CreateSession(ctx, "s-old", bo, time.Now().Add(-time.Hour)); err != nil {
		t.Fatalf("CreateSession(s-old) = %v", err)
	}
	if u, err := ss.SessionUser(ctx, "s-live"); err != nil || u.Name != "ana" {
		t.Errorf("SessionUser(s-live) = %+v, %v; want ana", u, err)
	}
	for _, h := range []string{"s-old", "s-none"} {
		if _, err := ss.SessionUser(ctx, h); vigil.ErrorCode(err) != vigil.EUNAUTHORIZED {
			t.Errorf("SessionUser(%s) = %v, want %s", h, err, vigil.EUNAUTHORIZED)
		}
	}
	if err := ss.DeleteSession(ctx, "s-live"); err != nil {
		t.Fatalf("DeleteSession(s-live) = %v", err)
	}
	if _, err := ss.SessionUser(ctx, "s-live"); vigil.ErrorCode(err) != vigil.EUNAUTHORIZED {
		t.Errorf("SessionUser(s-live) after delete = %v, want %s", err, vigil.EUNAUTHORIZED)
	}

	// API tokens, and a disabled account that neither a token nor a session opens.
	if err := ss.CreateToken(ctx, "t-bo", bo, "ci"); err != nil {
		t.Fatalf("CreateToken(t-bo) = %v", err)
	}
	if u, err := ss.TokenUser(ctx, "t-bo"); err != nil || u.Name != "bo" || u.Role != vigil.RoleEditor {
		t.Errorf("TokenUser(t-bo) = %+v, %v; want bo, editor", u, err)
	}
	if _, err := ss.TokenUser(ctx, "t-none"); vigil.ErrorCode(err) != vigil.EUNAUTHORIZED {
		t.Errorf("TokenUser(t-none) = %v, want %s", err, vigil.EUNAUTHORIZED)
	}
	if err := ss.CreateSession(ctx, "s-bo", bo, future); err != nil {
		t.Fatalf("CreateSession(s-bo) = %v", err)
	}
	if _, err := ss.PutUser(ctx, vigil.User{Name: "bo", Role: vigil.RoleEditor, Hash: "h2", Disabled: true}); err != nil {
		t.Fatalf("PutUser(bo disabled) = %v", err)
	}
	if u, err := ss.UserByName(ctx, "bo"); err != nil || !u.Disabled {
		t.Errorf("UserByName(bo) = %+v, %v; want disabled", u, err)
	}
	if _, err := ss.TokenUser(ctx, "t-bo"); vigil.ErrorCode(err) != vigil.EUNAUTHORIZED {
		t.Errorf("TokenUser(t-bo) of a disabled account = %v, want %s", err, vigil.EUNAUTHORIZED)
	}
	if _, err := ss.SessionUser(ctx, "s-bo"); vigil.ErrorCode(err) != vigil.EUNAUTHORIZED {
		t.Errorf("SessionUser(s-bo) of a disabled account = %v, want %s", err, vigil.EUNAUTHORIZED)
	}
}

func testReviewDesk(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	ss := serverStore(t, s)
	a1, _ := put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"})
	evs := cluster(t, s, []string{"plot", "arrest", "plot"}, map[string]string{"arrest": "plot"})

	got, err := ss.ArticleEvents(ctx, a1)
	if err != nil || len(got) != 2 || got[0].Seq != 0 || got[1].Seq != 1 || got[1].Event.Type != vigil.Arrest {
		t.Errorf("ArticleEvents(%d) = %+v, %v; want its bombing and arrest in order", a1, got, err)
	}
	resp, err := ss.Responses(ctx, "plot")
	if err != nil || len(resp) != 1 || resp[0].ID != "arrest" {
		t.Errorf("Responses(plot) = %+v, %v; want arrest", resp, err)
	}
	if resp, err := ss.Responses(ctx, "arrest"); err != nil || len(resp) != 0 {
		t.Errorf("Responses(arrest) = %+v, %v; want none", resp, err)
	}

	queue, err := ss.ReviewQueue(ctx, 10)
	if err != nil || len(queue) != 3 {
		t.Fatalf("ReviewQueue(10) = %d items, %v; want 3", len(queue), err)
	}
	if queue[0].Event.ID != evs[0].ID || queue[0].ArticleTitle != "Report a1" {
		t.Errorf("ReviewQueue(10)[0] = event %d of %q, want event %d of %q", queue[0].Event.ID, queue[0].ArticleTitle, evs[0].ID, "Report a1")
	}
	if q, err := ss.ReviewQueue(ctx, 1); err != nil || len(q) != 1 {
		t.Errorf("ReviewQueue(1) = %d items, %v; want 1", len(q), err)
	}

	if err := ss.ReviewEvent(ctx, "ana", evs[0].ID, "maybe"); vigil.ErrorCode(err) != vigil.EINVALID {
		t.Errorf("ReviewEvent(maybe) = %v, want %s", err, vigil.EINVALID)
	}
	if err := ss.ReviewEvent(ctx, "ana", 999999, vigil.EventConfirmed); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("ReviewEvent(999999) = %v, want %s", err, vigil.ENOTFOUND)
	}
	if err := ss.ReviewEvent(ctx, "ana", evs[0].ID, vigil.EventConfirmed); err != nil {
		t.Fatalf("ReviewEvent(confirm) = %v", err)
	}
	if err := ss.ReviewEvent(ctx, "bo", evs[2].ID, vigil.EventRejected); err != nil {
		t.Fatalf("ReviewEvent(reject) = %v", err)
	}
	verdicts, err := ss.EventReviews(ctx, []int64{evs[0].ID, evs[1].ID, evs[2].ID})
	if err != nil {
		t.Fatalf("EventReviews = %v", err)
	}
	wantVerdicts := map[int64]string{evs[0].ID: vigil.EventConfirmed, evs[2].ID: vigil.EventRejected}
	if diff := cmp.Diff(wantVerdicts, verdicts); diff != "" {
		t.Errorf("EventReviews mismatch (-want +got):\n%s", diff)
	}
	if v, err := ss.EventReviews(ctx, nil); err != nil || len(v) != 0 {
		t.Errorf("EventReviews(nil) = %v, %v; want none", v, err)
	}
	if q, err := ss.ReviewQueue(ctx, 10); err != nil || len(q) != 1 || q[0].Event.ID != evs[1].ID {
		t.Errorf("ReviewQueue after reviews = %+v, %v; want only event %d", q, err, evs[1].ID)
	}

	// A rejected event leaves its incident, which is recounted; both verdicts
	// pin and mark the event edited, and are in the audit log.
	after, err := ss.ArticleEvents(ctx, evs[2].ArticleID)
	if err != nil || len(after) != 1 || after[0].Incident != "" || !after[0].Pinned || !after[0].Edited {
		t.Errorf("rejected event = %+v, %v; want no incident, pinned, edited", after, err)
	}
	if in, err := s.Incident(ctx, "plot"); err != nil || in.Events != 1 || in.Articles != 1 {
		t.Errorf("Incident(plot) after reject = %+v, %v; want 1 event from 1 article", in, err)
	}
	log, err := s.AuditLog(ctx, "plot")
	if err != nil || len(log) != 2 || log[0].Action != "event_rejected" || log[0].Who != "bo" || log[1].Action != "event_confirmed" {
		t.Errorf("AuditLog(plot) = %+v, %v; want event_rejected by bo, then event_confirmed", log, err)
	}
}

// checkEventList checks that EventList(f) lists what Events(f) lists, less the
// fields it leaves out.
func checkEventList(t *testing.T, s vigil.Store, f vigil.EventFilter) {
	t.Helper()
	ctx := context.Background()
	want, err := s.Events(ctx, f)
	if err != nil {
		t.Fatalf("Events(%+v) = %v", f, err)
	}
	got, err := serverStore(t, s).EventList(ctx, f)
	if err != nil {
		t.Fatalf("EventList(%+v) = %v", f, err)
	}
	for i := range want {
		e := &want[i]
		e.Seq, e.Extractor, e.ResponseTo = 0, "", ""
		if p := e.Event.Place; p != nil {
			q := *p
			q.Admin1, q.GeonameID, q.Feature = "", 0, ""
			e.Event.Place = &q
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("EventList(%+v) differs from Events less seq, extractor, response_to and place details (-want +got):\n%s", f, d)
	}
}

// testEventListValues stores events whose names need escaping in JSON, with
// and without a place, actor and target, and numbers of many sizes, and
// checks that EventList reads them as Events does.
func testEventListValues(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	names := []string{`a "quoted" name`, `back\slash`, "line\nbreak\ttab", "Göteborg <b> & 東京 \U0001F600", "sep\u2028arator", "", "\x01control"}
	text := ""
	for _, n := range names {
		text += "Something happened to " + n + ". "
	}
	a := &vigil.Article{ID: "values", Title: "Values", Text: text, Source: "test"}
	var evs []vigil.Event
	for i, n := range names {
		ev := vigil.Event{Doc: a.ID, Type: vigil.Surveillance, Status: vigil.Attempted, Confidence: float64(i) / 7,
			Evidence: []vigil.Span{{Start: 0, End: len(text) / (i + 1)}}}
		if i%2 == 0 {
			ev.Target = &vigil.ActorRef{Name: n, Country: "SE", ID: n, Kind: "person"}
			ev.Place = &vigil.Place{Name: n, Country: "SE", Lat: -33.8688 * float64(i), Lon: 1e-7 * float64(i), HasCoords: i%4 == 0}
			ev.Date = vigil.Date{Year: 2000 + i, Month: 1 + i, Precision: vigil.PrecisionMonth}
		} else {
			ev.Actor = &vigil.ActorRef{Name: n, Country: "RU"}
		}
		evs = append(evs, ev)
	}
	if _, err := s.PutArticle(ctx, a, evs, "test-1"); err != nil {
		t.Fatalf("PutArticle = %v", err)
	}
	checkEventList(t, s, vigil.EventFilter{})
	checkEventList(t, s, vigil.EventFilter{Limit: 3, HideRestricted: true})
}
