package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"vigil"
)

// testRestricted restricts an incident and an event and checks what a
// viewer's filter (HideRestricted) leaves out, that reviewers' operations keep
// restrictions, and the audit log.
func testRestricted(t *testing.T, s vigil.Store) {
	ctx := context.Background()
	ss := serverStore(t, s)
	a1, _ := put(t, s, "a1", "u1", [4]string{"bombing", "2018-06", "FR", "rally"}, [4]string{"arrest", "2018-07-01", "BE", "couple"})
	a2, _ := put(t, s, "a2", "u2", [4]string{"bombing", "2018-06-30", "FR", "rally"}, [4]string{"assassination", "2017-11", "NL", "activist"})
	a3, _ := put(t, s, "a3", "u3", [4]string{"arrest", "2019-01-02", "DE", "courier"})
	evs := cluster(t, s, []string{"plot", "arrest", "plot", "killing", "courier"}, map[string]string{"arrest": "plot"})
	ids := func(evs []vigil.StoredEvent) []int64 {
		var out []int64
		for _, e := range evs {
			out = append(out, e.ID)
		}
		return out
	}
	incIDs := func(incs []vigil.Incident) []string {
		var out []string
		for _, in := range incs {
			out = append(out, in.ID)
		}
		return out
	}
	hide := vigil.EventFilter{HideRestricted: true}

	if err := ss.RestrictIncident(ctx, "ana", "nothing", true); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("RestrictIncident(nothing) = %v, want %s", err, vigil.ENOTFOUND)
	}
	if err := ss.RestrictEvent(ctx, "ana", 1<<40, true); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("RestrictEvent(no such event) = %v, want %s", err, vigil.ENOTFOUND)
	}
	if err := ss.RestrictIncident(ctx, "ana", "killing", true); err != nil {
		t.Fatalf("RestrictIncident(killing) = %v", err)
	}
	if err := ss.RestrictEvent(ctx, "ben", evs[1].ID, true); err != nil {
		t.Fatalf("RestrictEvent(%d) = %v", evs[1].ID, err)
	}
	if got, err := ss.RestrictedIncidents(ctx, []string{"killing", "plot", "nothing"}); err != nil || !cmp.Equal(got, map[string]bool{"killing": true}) {
		t.Errorf("RestrictedIncidents = %v, %v; want killing", got, err)
	}
	// a1 has the restricted arrest event, a2 an event of the restricted incident
	if got, err := ss.RestrictedArticles(ctx, []int64{a1, a2, a3}); err != nil || !cmp.Equal(got, map[int64]bool{a1: true, a2: true}) {
		t.Errorf("RestrictedArticles = %v, %v; want a1 and a2", got, err)
	}

	all, err := s.Events(ctx, vigil.EventFilter{})
	if err != nil || len(all) != 5 {
		t.Fatalf("Events() = %d, %v; want all 5", len(all), err)
	}
	if !all[1].Restricted || !all[1].Edited || all[3].Restricted || !all[3].Pinned {
		t.Errorf("Events(): restricted, edited, pinned = %v %v %v (arrest), %v %v %v (killing); want the arrest restricted and edited, the killing pinned",
			all[1].Restricted, all[1].Edited, all[1].Pinned, all[3].Restricted, all[3].Edited, all[3].Pinned)
	}
	seen, err := s.Events(ctx, hide)
	if want := []int64{evs[0].ID, evs[2].ID, evs[4].ID}; err != nil || !cmp.Equal(ids(seen), want) {
		t.Errorf("Events(hide restricted) = %v, %v; want %v", ids(seen), err, want)
	}
	checkEventList(t, s, vigil.EventFilter{})
	checkEventList(t, s, hide)
	checkEventList(t, s, vigil.EventFilter{HideRestricted: true, Limit: 2})
	checkEventList(t, s, vigil.EventFilter{Text: "courier", HideRestricted: true})
	page, err := s.Events(ctx, vigil.EventFilter{HideRestricted: true, Limit: 2})
	if want := []int64{evs[0].ID, evs[2].ID}; err != nil || !cmp.Equal(ids(page), want) {
		t.Errorf("Events(hide restricted, limit 2) = %v, %v; want %v", ids(page), err, want)
	}
	// a page of one right before a restricted event skips it
	for _, after := range []int{0, 2} {
		f := vigil.EventFilter{HideRestricted: true, Limit: 1, AfterID: evs[after].ID}
		page, err := s.Events(ctx, f)
		if want := []int64{evs[after+2].ID}; err != nil || !cmp.Equal(ids(page), want) {
			t.Errorf("Events(hide restricted, limit 1 after %d) = %v, %v; want %v", evs[after].ID, ids(page), err, want)
		}
		checkEventList(t, s, f)
	}
	if n, err := s.CountEvents(ctx, hide); err != nil || n != 3 {
		t.Errorf("CountEvents(hide restricted) = %d, %v; want 3", n, err)
	}
	incs, err := s.Incidents(ctx, hide)
	if want := []string{"arrest", "courier", "plot"}; err != nil || !cmp.Equal(incIDs(incs), want) {
		t.Errorf("Incidents(hide restricted) = %v, %v; want %v", incIDs(incs), err, want)
	}
	rows, err := s.Stats(ctx, vigil.StatsQuery{By: []string{"type"}, Filter: hide})
	if err != nil {
		t.Fatalf("Stats(hide restricted) = %v", err)
	}
	for _, r := range rows {
		if r.Key["type"] == string(vigil.Assassination) {
			t.Errorf("Stats(hide restricted) counts the restricted assassination: %+v", r)
		}
	}
	// The text of an article that tells a restricted record finds nothing.
	if got, err := s.Events(ctx, vigil.EventFilter{Text: "rally", HideRestricted: true}); err != nil || len(got) != 0 {
		t.Errorf("Events(rally, hide restricted) = %v, %v; want none", ids(got), err)
	}
	if got, err := s.Incidents(ctx, vigil.EventFilter{Text: "rally", HideRestricted: true}); err != nil || len(got) != 0 {
		t.Errorf("Incidents(rally, hide restricted) = %v, %v; want none", incIDs(got), err)
	}
	if got, err := s.Incidents(ctx, vigil.EventFilter{Text: "rally"}); err != nil || !cmp.Equal(incIDs(got), []string{"arrest", "killing", "plot"}) {
		t.Errorf("Incidents(rally) = %v, %v; want those told by a1 and a2", incIDs(got), err)
	}
	if got, err := s.Events(ctx, vigil.EventFilter{Text: "courier", HideRestricted: true}); err != nil || !cmp.Equal(ids(got), []int64{evs[4].ID}) {
		t.Errorf("Events(courier, hide restricted) = %v, %v; want %d", ids(got), err, evs[4].ID)
	}

	log, err := s.AuditLog(ctx, "")
	if err != nil || len(log) != 2 {
		t.Fatalf("AuditLog = %+v, %v; want 2 entries", log, err)
	}
	if e := log[1]; e.Who != "ana" || e.Action != "restrict" || e.Incident != "killing" {
		t.Errorf("AuditLog[1] = %+v, want ana restricting killing", e)
	}
	if e := log[0]; e.Who != "ben" || e.Action != "event_restrict" || e.Incident != "arrest" {
		t.Errorf("AuditLog[0] = %+v, want ben restricting an event of arrest", e)
	}

	// Reclustering without the restricted incident keeps it.
	cluster(t, s, []string{"plot", "arrest", "plot", "plot", "courier"}, nil)
	if got, err := ss.RestrictedIncidents(ctx, []string{"killing"}); err != nil || !got["killing"] {
		t.Errorf("RestrictedIncidents(killing) after reclustering = %v, %v; want it kept", got, err)
	}
	cluster(t, s, []string{"plot", "arrest", "plot", "killing", "courier"}, nil)
	// Merging a restricted incident restricts the merged one; a part split
	// off a restricted incident is restricted.
	if err := s.MergeIncidents(ctx, "ana", "courier", "killing"); err != nil {
		t.Fatalf("MergeIncidents(courier, killing) = %v", err)
	}
	if got, err := ss.RestrictedIncidents(ctx, []string{"courier"}); err != nil || !got["courier"] {
		t.Errorf("RestrictedIncidents(courier) after merging killing into it = %v, %v; want restricted", got, err)
	}
	nid, err := s.SplitIncident(ctx, "ana", "courier", []int64{evs[4].ID})
	if err != nil {
		t.Fatalf("SplitIncident(courier) = %v", err)
	}
	if got, err := ss.RestrictedIncidents(ctx, []string{nid}); err != nil || !got[nid] {
		t.Errorf("RestrictedIncidents(%s) split off a restricted incident = %v, %v; want restricted", nid, got, err)
	}
	// Lifting the restrictions shows everything again.
	for _, id := range []string{"courier", nid} {
		if err := ss.RestrictIncident(ctx, "ana", id, false); err != nil {
			t.Fatalf("RestrictIncident(%s, false) = %v", id, err)
		}
	}
	if err := ss.RestrictEvent(ctx, "ana", evs[1].ID, false); err != nil {
		t.Fatalf("RestrictEvent(%d, false) = %v", evs[1].ID, err)
	}
	if n, err := s.CountEvents(ctx, hide); err != nil || n != 5 {
		t.Errorf("CountEvents(hide restricted) after lifting = %d, %v; want 5", n, err)
	}
	if log, _ := s.AuditLog(ctx, "courier"); len(log) == 0 || log[0].Action != "unrestrict" {
		t.Errorf("AuditLog(courier) = %+v, want unrestrict first", log)
	}
}
