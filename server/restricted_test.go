package server_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"vigil"
)

// put sends a JSON body with role's API token ("" for none) and returns the status and body.
func (f *fixture) put(t *testing.T, role, path, body string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest("PUT", f.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
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

// csrfOf returns the CSRF cookie of a logged-in client.
func (f *fixture) csrfOf(c *http.Client) string {
	u, _ := url.Parse(f.srv.URL)
	for _, ck := range c.Jar.Cookies(u) {
		if ck.Name == "vigil_csrf" {
			return ck.Value
		}
	}
	return ""
}

// pageOf fetches path with a logged-in client.
func pageOf(t *testing.T, c *http.Client, base, path string) (int, string) {
	t.Helper()
	resp, err := c.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestRestrictedIncident restricts the plot on the review desk and checks that
// a viewer finds no trace of it, nor of the articles that tell it, in the API,
// the exports and the pages, while an editor still sees it; then lifts the
// restriction through the API.
func TestRestrictedIncident(t *testing.T) {
	f := newFixture(t)
	editor := f.login(t, vigil.RoleEditor)
	viewer := f.login(t, vigil.RoleViewer)
	// the viewer's overview is counted, and cached, before the restriction
	if code, body := pageOf(t, viewer, f.srv.URL, "/"); code != 200 || !strings.Contains(body, "type=assassination") {
		t.Fatalf("overview before the restriction = %d, want a link to the assassination", code)
	}
	resp, err := editor.PostForm(f.srv.URL+"/review/incidents/i1/restrict", url.Values{"csrf": {f.csrfOf(editor)}, "restricted": {"1"}, "back": {"/incidents/i1"}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.Request.URL.Path != "/incidents/i1" || !strings.Contains(string(b), `id="restricted"`) {
		t.Fatalf("POST /review/incidents/i1/restrict ended at %s (%d) without the restricted badge", resp.Request.URL, resp.StatusCode)
	}
	log, err := f.store.AuditLog(context.Background(), "i1")
	if err != nil || len(log) != 1 || log[0].Action != "restrict" || log[0].Who != "editor1" {
		t.Errorf("audit log of i1 = %+v, %v; want editor1's restrict", log, err)
	}

	for _, tt := range []struct {
		path   string
		status int
		absent []string // not in a viewer's answer
	}{
		{"/api/v1/incidents", 200, []string{`"i1"`}},
		{"/api/v1/incidents/i1", 404, nil},
		{"/api/v1/incidents/i2", 200, []string{`"i1"`}},
		{"/api/v1/events", 200, []string{`"assassination"`}},
		{"/api/v1/events?incident=i1", 200, []string{`"assassination"`}},
		{"/api/v1/articles/1", 404, nil},
		{"/api/v1/articles/2", 404, nil},
		{"/api/v1/articles?q=Zenda", 200, []string{`"id"`}},
		{"/api/v1/stats?by=type", 200, []string{"assassination"}},
		{"/api/v1/actors", 200, []string{"foreign service"}},
		{"/api/v1/network", 200, []string{"i1"}},
		{"/api/v1/exports?format=jsonl", 200, []string{"assassination"}},
		{"/api/v1/exports?format=csv", 200, []string{"assassination"}},
		{"/api/v1/exports?format=geojson", 200, []string{`"i1"`}},
	} {
		status, body := f.get(t, vigil.RoleViewer, tt.path)
		if status != tt.status {
			t.Errorf("GET %s as viewer = %d %s, want %d", tt.path, status, body, tt.status)
		}
		for _, a := range tt.absent {
			if strings.Contains(string(body), a) {
				t.Errorf("GET %s as viewer shows %s: %s", tt.path, a, body)
			}
		}
	}
	for _, tt := range []struct {
		path   string
		status int
		absent []string
	}{
		{"/", 200, []string{"type=assassination"}},
		{"/incidents", 200, []string{`href="/incidents/i1"`}},
		{"/incidents/i1", 404, nil},
		{"/incidents/i2", 200, []string{`href="/incidents/i1"`, "Zenda", `id="restrict-incident"`}},
		{"/search?q=Zenda", 200, []string{"<mark>", `href="/incidents/i1"`}},
		{"/map", 200, []string{"Zenda"}},
	} {
		status, body := pageOf(t, viewer, f.srv.URL, tt.path)
		if status != tt.status {
			t.Errorf("GET %s as viewer = %d, want %d", tt.path, status, tt.status)
		}
		for _, a := range tt.absent {
			if strings.Contains(body, a) {
				t.Errorf("GET %s as viewer shows %s", tt.path, a)
			}
		}
	}

	// An editor still sees the incident, marked restricted.
	status, body := f.get(t, vigil.RoleEditor, "/api/v1/incidents/i1")
	if in := decode[map[string]any](t, body); status != 200 || in["restricted"] != true {
		t.Errorf("GET /api/v1/incidents/i1 as editor = %d %s, want it restricted", status, body)
	}
	if l := decode[list](t, mustGet(t, f, vigil.RoleEditor, "/api/v1/incidents")); len(l.Items) != 2 {
		t.Errorf("incidents an editor lists = %d, want 2", len(l.Items))
	}
	if code, body := pageOf(t, editor, f.srv.URL, "/incidents/i1"); code != 200 || !strings.Contains(body, "Jan Kowal") {
		t.Errorf("GET /incidents/i1 as editor = %d, want the page with the name", code)
	}

	// Lifting it through the API takes a token of an editor.
	for _, tt := range []struct {
		role, body string
		status     int
	}{
		{vigil.RoleViewer, `{"restricted": false}`, 403},
		{vigil.RoleEditor, `{"restricted": "no"}`, 400},
		{vigil.RoleEditor, `{}`, 400},
		{vigil.RoleEditor, `{"restricted": false}`, 200},
	} {
		if status, body := f.put(t, tt.role, "/api/v1/incidents/i1/restricted", tt.body); status != tt.status {
			t.Errorf("PUT /api/v1/incidents/i1/restricted %s as %s = %d %s, want %d", tt.body, tt.role, status, body, tt.status)
		}
	}
	if status, _ := f.put(t, vigil.RoleEditor, "/api/v1/incidents/nope/restricted", `{"restricted": true}`); status != 404 {
		t.Errorf("PUT /api/v1/incidents/nope/restricted = %d, want 404", status)
	}
	// A browser session cannot change the record through the API: another
	// site could send that request with the cookie.
	req, _ := http.NewRequest("PUT", f.srv.URL+"/api/v1/incidents/i1/restricted", strings.NewReader(`{"restricted": true}`))
	if resp, err := editor.Do(req); err != nil || resp.StatusCode != 403 {
		t.Errorf("PUT with a session cookie = %v %v, want 403", resp.StatusCode, err)
	}
	if status, _ := f.get(t, vigil.RoleViewer, "/api/v1/incidents/i1"); status != 200 {
		t.Errorf("GET /api/v1/incidents/i1 as viewer after lifting = %d, want 200", status)
	}
	if code, body := pageOf(t, viewer, f.srv.URL, "/"); code != 200 || !strings.Contains(body, "type=assassination") {
		t.Errorf("overview after lifting = %d, want the assassination counted again", code)
	}
}

// TestRestrictedEvent restricts one event through the API: viewers lose it
// and its article, its incident stays.
func TestRestrictedEvent(t *testing.T) {
	f := newFixture(t)
	status, body := f.put(t, vigil.RoleEditor, "/api/v1/events/3/restricted", `{"restricted": true}`)
	if status != 200 || decode[map[string]any](t, body)["restricted"] != true {
		t.Fatalf("PUT /api/v1/events/3/restricted = %d %s", status, body)
	}
	if l := decode[list](t, mustGet(t, f, vigil.RoleViewer, "/api/v1/events")); len(l.Items) != 2 {
		t.Errorf("events a viewer lists = %d, want 2 of 3", len(l.Items))
	}
	if status, _ := f.get(t, vigil.RoleViewer, "/api/v1/articles/2"); status != 404 {
		t.Errorf("GET /api/v1/articles/2 (its article) as viewer = %d, want 404", status)
	}
	if status, _ := f.get(t, vigil.RoleViewer, "/api/v1/incidents/i1"); status != 200 {
		t.Errorf("GET /api/v1/incidents/i1 as viewer = %d, want 200", status)
	}
	l := decode[list](t, mustGet(t, f, vigil.RoleEditor, "/api/v1/events?incident=i1"))
	var flags []any
	for _, it := range l.Items {
		flags = append(flags, it["restricted"])
	}
	if len(flags) != 2 || flags[0] != false || flags[1] != true {
		t.Errorf("restricted flags of i1's events as editor = %v, want [false true]", flags)
	}
	log, _ := f.store.AuditLog(context.Background(), "i1")
	if len(log) != 1 || log[0].Action != "event_restrict" || log[0].Who != "editor1" {
		t.Errorf("audit log of i1 = %+v, want editor1's event_restrict", log)
	}
	if status, _ := f.put(t, vigil.RoleEditor, "/api/v1/events/99/restricted", `{"restricted": true}`); status != 404 {
		t.Errorf("PUT /api/v1/events/99/restricted = %d, want 404", status)
	}
}

func mustGet(t *testing.T, f *fixture, role, path string) []byte {
	t.Helper()
	status, body := f.get(t, role, path)
	if status != 200 {
		t.Fatalf("GET %s as %s = %d %s", path, role, status, body)
	}
	return body
}
