package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"vigil"
	"vigil/server"
	"vigil/sqlite"
)

// fixture is a running server over a real SQLite store with two articles, three
// events and two incidents (an attack and the arrest that answered it), and
// accounts for each role.
type fixture struct {
	srv    *httptest.Server
	store  *sqlite.DB
	tokens map[string]string // role -> API token
}

const (
	textA = "Police in Ruritania said on Monday that agents of a foreign service had planned to kill the blogger Jan Kowal in Zenda. Two men were arrested at the border."
	textB = "A court in Zenda charged two men over the plot against Jan Kowal, prosecutors said. <script>alert(1)</script> was found written on a wall."
)

func span(text, sentence string) vigil.Span {
	i := strings.Index(text, sentence)
	return vigil.Span{Start: i, End: i + len(sentence)}
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	target := &vigil.ActorRef{Name: "Jan Kowal", Kind: "person"}
	zenda := &vigil.Place{Name: "Zenda", Country: "DE", Lat: 50.1, Lon: 8.6, HasCoords: true, Feature: vigil.FeatureCity}
	date := vigil.Date{Year: 2023, Month: 5, Day: 2, Precision: vigil.PrecisionDay}
	a := &vigil.Article{ID: "a", Title: "Plot foiled", Outlet: "Test Wire", Published: date, Text: textA}
	evA := []vigil.Event{
		{Doc: "a", Type: vigil.Assassination, Status: vigil.Foiled, Date: date, Country: "DE", Place: zenda,
			Actor: &vigil.ActorRef{Name: "foreign service", Country: "IR", Kind: "agency"}, Target: target,
			Evidence: []vigil.Span{span(textA, "Police in Ruritania said on Monday that agents of a foreign service had planned to kill the blogger Jan Kowal in Zenda.")}, Confidence: 0.9},
		{Doc: "a", Type: vigil.Arrest, Status: vigil.CarriedOut, Date: date, Country: "DE",
			Actor:    &vigil.ActorRef{Name: "Police", Country: "DE", Kind: "agency"},
			Evidence: []vigil.Span{span(textA, "Two men were arrested at the border.")}, Confidence: 0.4},
	}
	b := &vigil.Article{ID: "b", Title: "Charges", Outlet: "Test Wire", Text: textB}
	evB := []vigil.Event{
		{Doc: "b", Type: vigil.Assassination, Status: vigil.Foiled, Date: vigil.Date{Year: 2023, Precision: vigil.PrecisionYear}, Country: "DE", Place: zenda,
			Target: target, Evidence: []vigil.Span{span(textB, "A court in Zenda charged two men over the plot against Jan Kowal, prosecutors said.")}, Confidence: 0.2},
	}
	ida, err := st.PutArticle(ctx, a, evA, "test")
	if err != nil {
		t.Fatal(err)
	}
	idb, err := st.PutArticle(ctx, b, evB, "test")
	if err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, vigil.EventFilter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("events = %d, %v", len(evs), err)
	}
	_ = ida
	_ = idb
	incs := []vigil.Incident{
		{ID: "i1", Type: vigil.Assassination, Status: vigil.Foiled, Date: date, Country: "DE", Place: zenda,
			Actor: &vigil.ActorRef{Name: "foreign service", Country: "IR"}, Target: target, Review: vigil.ReviewAuto},
		{ID: "i2", Type: vigil.Arrest, Status: vigil.CarriedOut, Date: date, Country: "DE",
			Actor: &vigil.ActorRef{Name: "Police", Country: "DE"}, ResponseTo: "i1", Review: vigil.ReviewAuto},
	}
	assign := []vigil.Assignment{{EventID: evs[0].ID, Incident: "i1"}, {EventID: evs[1].ID, Incident: "i2"}, {EventID: evs[2].ID, Incident: "i1"}}
	if err := st.SaveIncidents(ctx, assign, incs); err != nil {
		t.Fatal(err)
	}
	f := &fixture{store: st, tokens: map[string]string{}}
	for _, role := range []string{vigil.RoleViewer, vigil.RoleEditor, vigil.RoleAdmin} {
		hash, err := server.HashPassword(role + "-password")
		if err != nil {
			t.Fatal(err)
		}
		id, err := st.PutUser(ctx, vigil.User{Name: role + "1", Role: role, Hash: hash})
		if err != nil {
			t.Fatal(err)
		}
		if f.tokens[role], err = server.NewAPIToken(ctx, st, id, "test"); err != nil {
			t.Fatal(err)
		}
	}
	h, err := server.New(st, server.Config{})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(h)
	t.Cleanup(f.srv.Close)
	return f
}

// get fetches path with role's API token ("" for none) and returns status and body.
func (f *fixture) get(t testing.TB, role, path string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", f.srv.URL+path, nil)
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+f.tokens[role])
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	return v
}

type list struct {
	Items []map[string]any `json:"items"`
	Next  string           `json:"next"`
}

func TestAPIErrors(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		role, path string
		status     int
		code       string
	}{
		{"", "/api/v1/events", 401, "unauthorized"},
		{vigil.RoleViewer, "/api/v1/incidents/nope", 404, "not_found"},
		{vigil.RoleViewer, "/api/v1/events?type=party", 400, "invalid"},
		{vigil.RoleViewer, "/api/v1/events?limit=0", 400, "invalid"},
		{vigil.RoleViewer, "/api/v1/events?country=Germany", 400, "invalid"},
		{vigil.RoleViewer, "/api/v1/stats?by=colour", 400, "invalid"},
		{vigil.RoleViewer, "/api/v1/nothing", 404, "not_found"},
	}
	for _, tt := range tests {
		status, body := f.get(t, tt.role, tt.path)
		e := decode[map[string]string](t, body)
		if status != tt.status || e["code"] != tt.code || e["message"] == "" {
			t.Errorf("GET %s as %q = %d %s, want %d with code %q", tt.path, tt.role, status, body, tt.status, tt.code)
		}
	}
	req, _ := http.NewRequest("GET", f.srv.URL+"/api/v1/events", nil)
	req.Header.Set("Authorization", "Bearer wrong")
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("GET /api/v1/events with a wrong token = %d, want 401", resp.StatusCode)
	}
}

func TestAPIEventsPagination(t *testing.T) {
	f := newFixture(t)
	var ids []float64
	path := "/api/v1/events?limit=2"
	for range 5 {
		status, body := f.get(t, vigil.RoleViewer, path)
		if status != 200 {
			t.Fatalf("GET %s = %d %s", path, status, body)
		}
		l := decode[list](t, body)
		for _, it := range l.Items {
			ids = append(ids, it["id"].(float64))
		}
		if l.Next == "" {
			break
		}
		path = "/api/v1/events?limit=2&cursor=" + l.Next
	}
	if len(ids) != 3 || !(ids[0] < ids[1] && ids[1] < ids[2]) {
		t.Errorf("paged event ids = %v, want 3 increasing ids", ids)
	}
	_, body := f.get(t, vigil.RoleViewer, "/api/v1/events?type=assassination&status=foiled&from=2023-05&to=2023-05")
	if l := decode[list](t, body); len(l.Items) != 2 {
		t.Errorf("filtered events = %d, want 2: %s", len(l.Items), body)
	}
}

func TestAPIIncidentsPagination(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/api/v1/incidents?limit=1", []string{"i1", "i2"}},
		{"/api/v1/incidents?limit=5", []string{"i1", "i2"}},
		// status is filtered by the server: the first batch holds no match
		{"/api/v1/incidents?limit=1&status=carried_out", []string{"i2"}},
		{"/api/v1/incidents?limit=1&cursor=i1", []string{"i2"}},
	} {
		var got []string
		path := tt.path
		for range 5 {
			status, body := f.get(t, vigil.RoleViewer, path)
			if status != 200 {
				t.Fatalf("GET %s = %d %s", path, status, body)
			}
			l := decode[list](t, body)
			for _, it := range l.Items {
				got = append(got, it["id"].(string))
			}
			if l.Next == "" {
				break
			}
			path = tt.path + "&cursor=" + url.QueryEscape(l.Next)
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("paging %s = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestAPIIncidentsAndRestricted(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		role string
		want string
	}{{vigil.RoleViewer, "[restricted]"}, {vigil.RoleEditor, "Jan Kowal"}} {
		status, body := f.get(t, tt.role, "/api/v1/incidents?state=IR")
		l := decode[list](t, body)
		if status != 200 || len(l.Items) != 1 {
			t.Fatalf("GET /api/v1/incidents?state=IR as %s = %d %s, want one incident", tt.role, status, body)
		}
		if got := l.Items[0]["target"].(map[string]any)["name"]; got != tt.want {
			t.Errorf("target name as %s = %v, want %q", tt.role, got, tt.want)
		}
		_, body = f.get(t, tt.role, "/api/v1/articles/1")
		text := decode[map[string]any](t, body)["text"].(string)
		if got := strings.Contains(text, "Jan Kowal"); got != (tt.role == vigil.RoleEditor) {
			t.Errorf("article text as %s shows the name: %v", tt.role, got)
		}
	}
	_, body := f.get(t, vigil.RoleViewer, "/api/v1/incidents/i1")
	in := decode[map[string]any](t, body)
	if resp := in["responses"].([]any); len(resp) != 1 || resp[0] != "i2" {
		t.Errorf("responses of i1 = %v, want [i2]", resp)
	}
	_, body = f.get(t, vigil.RoleViewer, "/api/v1/stats?by=year,type")
	st := decode[map[string]any](t, body)
	if rows := st["rows"].([]any); len(rows) != 2 {
		t.Errorf("stats rows = %d, want 2: %s", len(rows), body)
	}
	_, body = f.get(t, vigil.RoleViewer, "/api/v1/openapi.json")
	if oa := decode[map[string]any](t, body); oa["openapi"] == nil {
		t.Errorf("openapi.json has no openapi version: %.200s", body)
	}
}

// login returns a client with a logged-in session for role.
func (f *fixture) login(t *testing.T, role string) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	resp, err := c.Get(f.srv.URL + "/login")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	u, _ := url.Parse(f.srv.URL)
	var csrf string
	for _, ck := range jar.Cookies(u) {
		if ck.Name == "vigil_csrf" {
			csrf = ck.Value
		}
	}
	resp, err = c.PostForm(f.srv.URL+"/login", url.Values{"csrf": {csrf}, "name": {role + "1"}, "password": {role + "-password"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/" {
		t.Fatalf("login as %s ended at %s (%d)", role, resp.Request.URL, resp.StatusCode)
	}
	return c
}

func TestPages(t *testing.T) {
	f := newFixture(t)
	c := f.login(t, vigil.RoleViewer)
	for _, tt := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Incidents by year and type", `href="/incidents?from=2023&amp;to=2023&amp;type=assassination"`}},
		{"/incidents?state=IR", 200, []string{`href="/incidents/i1"`}},
		{"/incidents/i1", 200, []string{"<mark>", "&lt;script&gt;", "[restricted]", `href="/incidents/i2"`}},
		{"/search?q=court", 200, []string{"<mark>"}},
		{"/review", 403, nil},
		{"/incidents/zzz", 404, nil},
	} {
		resp, err := c.Get(f.srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("GET %s = %d, want %d", tt.path, resp.StatusCode, tt.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("GET %s: page lacks %q", tt.path, w)
			}
		}
		if strings.Contains(string(b), "<script>alert") || strings.Contains(string(b), "Jan Kowal") {
			t.Errorf("GET %s: page shows unescaped script or a restricted name", tt.path)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy = %q", tt.path, csp)
		}
	}
}

func TestReviewDesk(t *testing.T) {
	f := newFixture(t)
	c := f.login(t, vigil.RoleEditor)
	u, _ := url.Parse(f.srv.URL)
	var csrf string
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == "vigil_csrf" {
			csrf = ck.Value
		}
	}
	post := func(path string, v url.Values) int {
		resp, err := c.PostForm(f.srv.URL+path, v)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post("/review/events/3", url.Values{"verdict": {"confirmed"}}); got != 403 {
		t.Errorf("POST without CSRF token = %d, want 403", got)
	}
	queue, err := f.store.ReviewQueue(context.Background(), 10)
	if err != nil || len(queue) != 3 || queue[0].Event.Event.Confidence != 0.2 {
		t.Fatalf("ReviewQueue = %d items (%v), want 3, least confident first", len(queue), err)
	}
	for _, tt := range []struct {
		path string
		form url.Values
	}{
		{"/review/events/3", url.Values{"verdict": {"confirmed"}}},
		{"/review/events/2", url.Values{"verdict": {"rejected"}}},
		{"/review/incidents/i1/edit", url.Values{"field": {"title"}, "value": {"Zenda plot"}}},
		{"/review/incidents/i1/confirm", nil},
	} {
		tt.form = url.Values(tt.form)
		if tt.form == nil {
			tt.form = url.Values{}
		}
		tt.form.Set("csrf", csrf)
		if got := post(tt.path, tt.form); got != 200 {
			t.Errorf("POST %s = %d, want 200 after the redirect", tt.path, got)
		}
	}
	queue, _ = f.store.ReviewQueue(context.Background(), 10)
	if len(queue) != 1 {
		t.Errorf("queue after two verdicts = %d, want 1", len(queue))
	}
	log, err := f.store.AuditLog(context.Background(), "")
	if err != nil || len(log) != 4 {
		t.Fatalf("audit log = %d entries (%v), want 4", len(log), err)
	}
	for _, e := range log {
		if e.Who != "editor1" {
			t.Errorf("audit entry %s by %q, want editor1", e.Action, e.Who)
		}
	}
	in, _ := f.store.Incident(context.Background(), "i1")
	if in.Title != "Zenda plot" {
		t.Errorf("title after edit = %q", in.Title)
	}
}
