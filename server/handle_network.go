package server

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"

	"vigil"
)

// The actor network: sponsoring states → their agencies and operatives →
// attacks → targets, and the states that responded to each attack, in five
// columns laid out on the server.

// Layers of the network, left to right.
const (
	layerState = iota
	layerActor
	layerIncident
	layerTarget
	layerResponder
	layers
)

var layerNames = [layers]string{"state", "actor", "incident", "target", "responder"}

// maxNetworkIncidents bounds the drawing: the most recent attacks are kept.
const maxNetworkIncidents = 200

type netNode struct {
	ID    string  `json:"id"`
	Kind  string  `json:"kind"`
	Label string  `json:"label"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Link  string  `json:"link,omitempty"`
	layer int
}

type netEdge struct {
	From string `json:"from"`
	To   string `json:"to"`
	Kind string `json:"kind"` // sponsors, acts_in, targets, responds
}

type netGraph struct {
	Nodes     []netNode `json:"nodes"`
	Edges     []netEdge `json:"edges"`
	Width     int       `json:"width"`
	Height    int       `json:"height"`
	Truncated bool      `json:"truncated"` // more attacks matched than are drawn
}

// network builds the graph of the incidents matching f and lays it out.
func (s *Server) network(r *http.Request, f filter) (*netGraph, error) {
	all, err := s.listIncidents(r, f) // newest first
	if err != nil {
		return nil, err
	}
	g := &netGraph{Nodes: []netNode{}, Edges: []netEdge{}}
	idx := map[string]int{}
	node := func(id string, layer int, label, link string) string {
		if _, ok := idx[id]; !ok {
			idx[id] = len(g.Nodes)
			g.Nodes = append(g.Nodes, netNode{ID: id, Kind: layerNames[layer], Label: label, Link: link, layer: layer})
		}
		return id
	}
	seen := map[[2]string]bool{}
	edge := func(from, to, kind string) {
		if k := [2]string{from, to}; !seen[k] {
			seen[k] = true
			g.Edges = append(g.Edges, netEdge{from, to, kind})
		}
	}
	attacks := map[string]bool{}
	for i := range all {
		in := &all[i]
		if in.Type.IsResponse() {
			continue
		}
		if len(attacks) == maxNetworkIncidents {
			g.Truncated = true
			break
		}
		attacks[in.ID] = true
		label := in.Title
		if label == "" {
			label = strings.ReplaceAll(string(in.Type), "_", " ") + " " + in.Date.String()
		}
		inc := node("incident:"+in.ID, layerIncident, label, "/incidents/"+in.ID)
		from := ""
		if in.Actor != nil && in.Actor.Country != "" {
			from = node("state:"+in.Actor.Country, layerState, s.stateName(in.Actor.Country), "/incidents?"+filter{EventFilter: vigil.EventFilter{ActorCountry: in.Actor.Country}}.query())
		}
		if in.Actor != nil && in.Actor.Name != "" {
			a := node("actor:"+in.Actor.Country+":"+in.Actor.Name, layerActor, in.Actor.Name, "")
			if from != "" {
				edge(from, a, "sponsors")
			}
			from = a
		}
		if from != "" {
			edge(from, inc, "acts_in")
		}
		if in.Target != nil && in.Target.Name != "" {
			edge(inc, node("target:"+in.Target.Name, layerTarget, in.Target.Name, ""), "targets")
		}
	}
	for i := range all {
		in := &all[i]
		if !in.Type.IsResponse() || !attacks[in.ResponseTo] {
			continue
		}
		state := in.Country
		if in.Actor != nil && in.Actor.Country != "" {
			state = in.Actor.Country
		}
		if state == "" {
			continue
		}
		edge("incident:"+in.ResponseTo, node("responder:"+state, layerResponder, s.stateName(state), "/incidents?"+filter{EventFilter: vigil.EventFilter{Country: state}}.query()), "responds")
	}
	layoutNetwork(g)
	return g, nil
}

// layoutNetwork puts each layer in a column and orders the nodes of a column
// by the mean position of their neighbours in the column before (the first
// column by label), which keeps most edges short and the result deterministic.
func layoutNetwork(g *netGraph) {
	const colW, rowH, left, top = 220.0, 22.0, 110.0, 40.0
	byLayer := make([][]int, layers)
	for i, n := range g.Nodes {
		byLayer[n.layer] = append(byLayer[n.layer], i)
	}
	idx := map[string]int{}
	for i, n := range g.Nodes {
		idx[n.ID] = i
	}
	neighbours := make([][]int, len(g.Nodes))
	for _, e := range g.Edges {
		a, b := idx[e.From], idx[e.To]
		neighbours[a] = append(neighbours[a], b)
		neighbours[b] = append(neighbours[b], a)
	}
	rows := 0
	for l, ns := range byLayer {
		key := make(map[int]float64, len(ns))
		for _, i := range ns {
			sum, n := 0.0, 0
			for _, j := range neighbours[i] {
				if g.Nodes[j].layer < l {
					sum += g.Nodes[j].Y
					n++
				}
			}
			if n > 0 {
				key[i] = sum / float64(n)
			}
		}
		sort.SliceStable(ns, func(a, b int) bool {
			ka, kb := key[ns[a]], key[ns[b]]
			if ka != kb {
				return ka < kb
			}
			return g.Nodes[ns[a]].Label < g.Nodes[ns[b]].Label
		})
		for k, i := range ns {
			g.Nodes[i].X = left + float64(l)*colW
			g.Nodes[i].Y = top + float64(k)*rowH
		}
		rows = max(rows, len(ns))
	}
	g.Width = int(left + float64(layers-1)*colW + 130)
	g.Height = int(top + float64(max(rows, 1))*rowH + 10)
}

var layerColours = [layers]string{"#8a1c1c", "#b5651d", "#555", "#2e7d32", "#3b6ea5"}

// networkSVG draws the laid-out graph; every text is escaped.
func networkSVG(g *netGraph) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="Actor network" font-size="11">`, g.Width, g.Height)
	for l, name := range []string{"States", "Agencies, operatives", "Attacks", "Targets", "Responding states"} {
		fmt.Fprintf(&b, `<text x="%.0f" y="18" text-anchor="middle" font-weight="bold">%s</text>`, 110+float64(l)*220, name)
	}
	if len(g.Nodes) == 0 {
		b.WriteString(`<text x="20" y="60">No attack matches.</text></svg>`)
		return b.Bytes()
	}
	pos := map[string]*netNode{}
	for i := range g.Nodes {
		pos[g.Nodes[i].ID] = &g.Nodes[i]
	}
	b.WriteString(`<g stroke="#999" stroke-width="0.8" fill="none">`)
	for _, e := range g.Edges {
		a, c := pos[e.From], pos[e.To]
		mid := (a.X + c.X) / 2
		dash := ""
		if e.Kind == "responds" {
			dash = ` stroke-dasharray="4 3" stroke="#3b6ea5"`
		}
		fmt.Fprintf(&b, `<path d="M%.1f %.1fC%.1f %.1f %.1f %.1f %.1f %.1f"%s/>`, a.X, a.Y, mid, a.Y, mid, c.Y, c.X, c.Y, dash)
	}
	b.WriteString(`</g>`)
	for _, n := range g.Nodes {
		label := n.Label
		if r := []rune(label); len(r) > 30 {
			label = string(r[:29]) + "…"
		}
		el := fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="5" fill="%s"/><text x="%.1f" y="%.1f" dominant-baseline="middle"><title>%s</title>%s</text>`,
			n.X, n.Y, layerColours[n.layer], n.X+8, n.Y, template.HTMLEscapeString(n.Label), template.HTMLEscapeString(label))
		if n.Link != "" {
			fmt.Fprintf(&b, `<a href="%s">%s</a>`, template.HTMLEscapeString(n.Link), el)
		} else {
			b.WriteString(el)
		}
	}
	b.WriteString(`</svg>`)
	return b.Bytes()
}

type networkData struct {
	Filter    filter
	Query     string
	SVG       []byte
	Truncated bool
	Types     []vigil.EventType
	Action    string
}

func (s *Server) handleNetwork(w http.ResponseWriter, r *http.Request, f filter) {
	g, err := s.network(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "network", networkData{Filter: f, Query: f.query(), SVG: networkSVG(g), Truncated: g.Truncated, Types: vigil.EventTypes, Action: "/network"})
}

func (s *Server) handleNetworkSVG(w http.ResponseWriter, r *http.Request, f filter) {
	g, err := s.network(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	download(w, "image/svg+xml", "vigil-network.svg")
	w.Write(networkSVG(g))
}
