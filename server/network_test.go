package server_test

import (
	"strings"
	"testing"

	"vigil"
)

func TestNetworkSVG(t *testing.T) {
	f := newFixture(t)
	for _, tt := range []struct {
		path   string
		want   []string
		absent []string
	}{
		{"/charts/network.svg", []string{">Iran<", ">foreign service<", `href="/incidents/i1"`, `stroke-dasharray`, ">Germany<", ">[restricted]<"}, []string{"Jan Kowal"}},
		{"/network?state=IR", []string{`id="network"`, ">foreign service<"}, nil},
		{"/charts/network.svg?state=RU", []string{"No attack matches."}, []string{"<circle"}},
	} {
		code, body := f.get(t, vigil.RoleViewer, tt.path)
		if code != 200 {
			t.Errorf("GET %s = %d, want 200", tt.path, code)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(string(body), w) {
				t.Errorf("GET %s lacks %q", tt.path, w)
			}
		}
		for _, w := range tt.absent {
			if strings.Contains(string(body), w) {
				t.Errorf("GET %s has %q", tt.path, w)
			}
		}
	}
}
