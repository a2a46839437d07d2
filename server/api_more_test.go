package server_test

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"vigil"
)

func TestAPIActorsPlacesNetwork(t *testing.T) {
	f := newFixture(t)

	code, body := f.get(t, vigil.RoleViewer, "/api/v1/actors")
	if code != 200 {
		t.Fatalf("GET /api/v1/actors = %d: %s", code, body)
	}
	actors := decode[list](t, body)
	var names []string
	for _, a := range actors.Items {
		names = append(names, a["role"].(string)+":"+a["name"].(string))
	}
	got := strings.Join(names, ",")
	for _, w := range []string{"perpetrator:foreign service", "perpetrator:Police"} {
		if !strings.Contains(got, w) {
			t.Errorf("GET /api/v1/actors = %s, want %s among them", got, w)
		}
	}
	if strings.Contains(string(body), "Jan Kowal") {
		t.Errorf("GET /api/v1/actors shows a restricted name to a viewer")
	}

	code, body = f.get(t, vigil.RoleViewer, "/api/v1/places?type=assassination")
	if code != 200 {
		t.Fatalf("GET /api/v1/places = %d: %s", code, body)
	}
	places := decode[list](t, body)
	if len(places.Items) != 1 || places.Items[0]["name"] != "Zenda" || places.Items[0]["lat"] != 50.1 {
		t.Errorf("GET /api/v1/places?type=assassination = %v, want Zenda at 50.1", places.Items)
	}

	code, body = f.get(t, vigil.RoleViewer, "/api/v1/network")
	if code != 200 {
		t.Fatalf("GET /api/v1/network = %d: %s", code, body)
	}
	var g struct {
		Nodes []struct {
			ID   string  `json:"id"`
			Kind string  `json:"kind"`
			X    float64 `json:"x"`
		} `json:"nodes"`
		Edges []struct{ From, To, Kind string } `json:"edges"`
	}
	if err := json.Unmarshal(body, &g); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, n := range g.Nodes {
		kinds[n.ID] = n.Kind
	}
	for id, kind := range map[string]string{"state:IR": "state", "incident:i1": "incident", "responder:DE": "responder"} {
		if kinds[id] != kind {
			t.Errorf("network node %s is %q, want %q", id, kinds[id], kind)
		}
	}
	if _, ok := kinds["incident:i2"]; ok {
		t.Errorf("network has the response i2 as an attack node")
	}
	var responds bool
	for _, e := range g.Edges {
		responds = responds || (e.From == "incident:i1" && e.To == "responder:DE" && e.Kind == "responds")
	}
	if !responds {
		t.Errorf("network lacks the edge incident:i1 -> responder:DE: %v", g.Edges)
	}

	for _, p := range []string{"/api/v1/actors?limit=0", "/api/v1/places?state=IRN", "/api/v1/network?type=nope"} {
		if code, body := f.get(t, vigil.RoleViewer, p); code != 400 || !strings.Contains(string(body), `"code"`) {
			t.Errorf("GET %s = %d %s, want 400 with a JSON error", p, code, body)
		}
	}
	if code, _ := f.get(t, "", "/api/v1/actors"); code != 401 {
		t.Errorf("GET /api/v1/actors without a token = %d, want 401", code)
	}
}

func TestAPIExports(t *testing.T) {
	f := newFixture(t)
	code, body := f.get(t, vigil.RoleViewer, "/api/v1/exports?format=jsonl")
	if code != 200 {
		t.Fatalf("jsonl export = %d: %s", code, body)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(string(body)))
	for sc.Scan() {
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("jsonl line %d: %v", n+1, err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("jsonl export has %d events, want 3", n)
	}
	if strings.Contains(string(body), "Jan Kowal") {
		t.Errorf("jsonl export shows a restricted name to a viewer")
	}

	code, body = f.get(t, vigil.RoleViewer, "/api/v1/exports?format=csv&type=arrest")
	if code != 200 {
		t.Fatalf("csv export = %d: %s", code, body)
	}
	rows, err := csv.NewReader(strings.NewReader(string(body))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0][0] != "id" || rows[1][3] != "arrest" {
		t.Errorf("csv export of arrests = %v, want a header and one arrest", rows)
	}

	code, body = f.get(t, vigil.RoleViewer, "/api/v1/exports?format=geojson")
	if code != 200 {
		t.Fatalf("geojson export = %d: %s", code, body)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates [2]float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties struct {
				ID string `json:"id"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(body, &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Fatalf("geojson export = %s with %d features, want a FeatureCollection of 2", fc.Type, len(fc.Features))
	}
	for _, ft := range fc.Features {
		if ft.Properties.ID == "i1" && ft.Geometry.Coordinates != [2]float64{8.6, 50.1} {
			t.Errorf("geojson i1 at %v, want [8.6 50.1] (lon, lat)", ft.Geometry.Coordinates)
		}
	}

	if code, _ := f.get(t, vigil.RoleViewer, "/api/v1/exports?format=xml"); code != 400 {
		t.Errorf("export format=xml = %d, want 400", code)
	}
}

func TestOpenAPIListsEveryEndpoint(t *testing.T) {
	f := newFixture(t)
	_, body := f.get(t, "", "/api/v1/openapi.json")
	var doc struct {
		Paths map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/events", "/incidents", "/incidents/{id}", "/articles", "/articles/{id}", "/stats", "/actors", "/places", "/network", "/exports", "/incidents/{id}/restricted", "/events/{id}/restricted"} {
		if _, ok := doc.Paths[p]; !ok {
			t.Errorf("openapi.json lacks %s", p)
		}
	}
}
