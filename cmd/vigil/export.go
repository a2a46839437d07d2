package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"vigil"
)

func init() {
	registerCommand(command{name: "export", summary: "write stored events as jsonl, csv (ACLED), cameo (GDELT) or geojson", run: runExport})
}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "[--db PATH | --database-url URL] --format jsonl|csv|geojson|cameo [filters]")
	var sf storeFlags
	var ff filterFlags
	sf.register(fs)
	ff.register(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl, csv, geojson or cameo")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch *format {
	case "jsonl", "csv", "geojson", "cameo":
	default:
		fmt.Fprintf(env.Stderr, "vigil export: unknown --format %q (want jsonl, csv, geojson or cameo)\n", *format)
		return errUsage
	}
	f, err := ff.filter()
	if err != nil {
		fmt.Fprintf(env.Stderr, "vigil export: %s\n", vigil.ErrorMessage(err))
		return errUsage
	}
	s, err := sf.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	if *format == "geojson" {
		incs, err := s.Incidents(ctx, f)
		if err != nil {
			return err
		}
		return writeGeoJSON(w, incs)
	}
	var cw *csv.Writer
	switch *format {
	case "csv":
		cw = csv.NewWriter(w)
		cw.Write(acledHeader)
	case "cameo":
		cw = csv.NewWriter(w)
		cw.Comma = '\t'
		cw.Write(cameoHeader)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	f.Limit = 10000
	for {
		page, err := s.Events(ctx, f)
		if err != nil {
			return err
		}
		for i := range page {
			se := &page[i]
			switch *format {
			case "jsonl":
				if err := enc.Encode(exportRecord(se)); err != nil {
					return err
				}
			case "csv":
				cw.Write(acledRow(se))
			case "cameo":
				cw.Write(cameoRow(se))
			}
		}
		if len(page) < f.Limit {
			break
		}
		f.AfterID = page[len(page)-1].ID
	}
	if cw != nil {
		cw.Flush()
		return cw.Error()
	}
	return nil
}

// exportRecord is the event record of the evaluation format with the incident
// and the incident it answers.
func exportRecord(se *vigil.StoredEvent) vigil.EventRecord {
	ev := se.Event
	ev.Evidence = nil
	r := vigil.NewEventRecord(&ev, "", vigil.NewRuneIndex(""))
	r.Evidence = se.Evidence
	if r.Evidence == nil {
		r.Evidence = []vigil.EvidenceSpan{}
	}
	if se.Incident != "" {
		inc := se.Incident
		r.Incident = &inc
	}
	if se.ResponseTo != "" {
		rt := se.ResponseTo
		r.ResponseTo = &rt
	}
	return r
}

func writeGeoJSON(w *bufio.Writer, incs []vigil.Incident) error {
	type feature struct {
		Type       string         `json:"type"`
		ID         string         `json:"id"`
		Geometry   any            `json:"geometry"`
		Properties map[string]any `json:"properties"`
	}
	out := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, in := range incs {
		f := feature{Type: "Feature", ID: in.ID, Properties: map[string]any{
			"id": in.ID, "type": in.Type, "status": in.Status, "date": nullable(in.Date.String()), "country": nullable(in.Country),
			"place": nil, "actor": in.Actor, "target": in.Target, "response_to": nullable(in.ResponseTo),
			"events": in.Events, "articles": in.Articles, "review": in.Review, "title": nullable(in.Title),
		}}
		if p := in.Place; p != nil {
			f.Properties["place"] = p.Name
			if p.HasCoords {
				f.Geometry = map[string]any{"type": "Point", "coordinates": []float64{p.Lon, p.Lat}}
			}
		}
		out.Features = append(out.Features, f)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

var acledHeader = []string{"event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "location",
	"latitude", "longitude", "geo_precision", "source", "notes", "vigil_type", "vigil_status", "incident", "response_to"}

// acledTypes maps vigil types to ACLED event and sub-event types (docs/export.md).
var acledTypes = map[vigil.EventType][2]string{
	vigil.Assassination:    {"Violence against civilians", "Attack"},
	vigil.Bombing:          {"Explosions/Remote violence", "Remote explosive/landmine/IED"},
	vigil.ArmedAttack:      {"Violence against civilians", "Attack"},
	vigil.Abduction:        {"Violence against civilians", "Abduction/forced disappearance"},
	vigil.Surveillance:     {"Strategic developments", "Other"},
	vigil.Intimidation:     {"Strategic developments", "Other"},
	vigil.Cyberattack:      {"Strategic developments", "Other"},
	vigil.Arrest:           {"Strategic developments", "Arrests"},
	vigil.Charge:           {"Strategic developments", "Other"},
	vigil.Conviction:       {"Strategic developments", "Other"},
	vigil.Extradition:      {"Strategic developments", "Other"},
	vigil.Expulsion:        {"Strategic developments", "Other"},
	vigil.AmbassadorRecall: {"Strategic developments", "Other"},
	vigil.Sanction:         {"Strategic developments", "Other"},
	vigil.Protest:          {"Protests", "Peaceful protest"},
}

func acledRow(se *vigil.StoredEvent) []string {
	ev := &se.Event
	date, prec := "", ""
	if !ev.Date.IsZero() {
		date = ev.Date.Time().Format("2006-01-02")
		prec = map[vigil.Precision]string{vigil.PrecisionDay: "1", vigil.PrecisionMonth: "3", vigil.PrecisionYear: "3"}[ev.Date.Precision]
	}
	loc, lat, lon, geo := "", "", "", ""
	if p := ev.Place; p != nil {
		loc = p.Name
		if p.HasCoords {
			lat, lon = fmtFloat(p.Lat), fmtFloat(p.Lon)
		}
		geo = map[vigil.PlaceFeature]string{vigil.FeatureLocal: "1", vigil.FeatureCity: "1", vigil.FeatureRegion: "2", vigil.FeatureCountry: "3"}[p.Feature]
	}
	t := acledTypes[ev.Type]
	return []string{date, prec, t[0], t[1], actorLabel(ev.Actor), actorLabel(ev.Target), countryName(ev.Country), loc, lat, lon, geo,
		ev.Doc, joinEvidence(se), string(ev.Type), string(ev.Status), se.Incident, se.ResponseTo}
}

var cameoHeader = []string{"GlobalEventID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor2Name", "Actor2CountryCode",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources",
	"ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL", "Incident", "ResponseTo"}

// cameoCodes maps vigil types to a CAMEO event code and its Goldstein score
// (docs/export.md).
var cameoCodes = map[vigil.EventType]struct {
	code      string
	goldstein float64
}{
	vigil.Assassination:    {"186", -10},
	vigil.Bombing:          {"183", -10},
	vigil.ArmedAttack:      {"182", -9.5},
	vigil.Abduction:        {"181", -9},
	vigil.Surveillance:     {"170", -7},
	vigil.Intimidation:     {"130", -4.4},
	vigil.Cyberattack:      {"176", -7},
	vigil.Arrest:           {"173", -5},
	vigil.Charge:           {"173", -5},
	vigil.Conviction:       {"173", -5},
	vigil.Extradition:      {"173", -5},
	vigil.Expulsion:        {"166", -5},
	vigil.AmbassadorRecall: {"161", -4},
	vigil.Sanction:         {"163", -8},
	vigil.Protest:          {"141", -6.5},
}

func cameoRow(se *vigil.StoredEvent) []string {
	ev := &se.Event
	c := cameoCodes[ev.Type]
	quad := "4"
	if strings.HasPrefix(c.code, "13") || strings.HasPrefix(c.code, "14") {
		quad = "3"
	}
	date := ""
	if !ev.Date.IsZero() {
		date = ev.Date.Time().Format("20060102")
	}
	a1n, a1c, a2n, a2c := "", "", "", ""
	if a := ev.Actor; a != nil {
		a1n, a1c = strings.ToUpper(a.Name), a.Country
	}
	if t := ev.Target; t != nil {
		a2n, a2c = strings.ToUpper(t.Name), t.Country
	}
	geo, lat, lon := "", "", ""
	if p := ev.Place; p != nil {
		geo = p.Name
		if p.HasCoords {
			lat, lon = fmtFloat(p.Lat), fmtFloat(p.Lon)
		}
	}
	return []string{strconv.FormatInt(se.ID, 10), date, a1n, a1c, a2n, a2c, "1", c.code, c.code[:3], c.code[:2], quad,
		strconv.FormatFloat(c.goldstein, 'f', 1, 64), "1", geo, ev.Country, lat, lon, ev.Doc, se.Incident, se.ResponseTo}
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

func actorLabel(a *vigil.ActorRef) string {
	if a == nil {
		return ""
	}
	if a.Country != "" && a.Name != "" {
		return a.Name + " (" + countryName(a.Country) + ")"
	}
	if a.Name == "" {
		return countryName(a.Country)
	}
	return a.Name
}

func joinEvidence(se *vigil.StoredEvent) string {
	var parts []string
	for _, e := range se.Evidence {
		parts = append(parts, e.Text)
	}
	return strings.Join(parts, " ")
}

// countryName returns a state's English name from the states table, or the
// code itself.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	states, err := vigil.States()
	if err == nil {
		for _, s := range states {
			if s.Code == code {
				return s.Name
			}
		}
	}
	return code
}
