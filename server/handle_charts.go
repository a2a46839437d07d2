package server

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"vigil"
)

// yearCount is one bar of the timeline: incidents of one year, by attack or response.
type yearCount struct {
	Year               int
	Attacks, Responses int
}

// timeline counts the incidents matching f by year (unknown years left out).
func (s *Server) timeline(r *http.Request, f filter) ([]yearCount, error) {
	all, err := s.listIncidents(r, f)
	if err != nil {
		return nil, err
	}
	by := map[int]*yearCount{}
	for _, in := range all {
		if in.Date.IsZero() {
			continue
		}
		y := by[in.Date.Year]
		if y == nil {
			y = &yearCount{Year: in.Date.Year}
			by[in.Date.Year] = y
		}
		if in.Type.IsResponse() {
			y.Responses++
		} else {
			y.Attacks++
		}
	}
	out := make([]yearCount, 0, len(by))
	for _, y := range by {
		out = append(out, *y)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Year < out[j].Year })
	return out, nil
}

// timelineSVG draws stacked bars per year; every text is escaped, every link
// leads to the incidents of that year.
func timelineSVG(rows []yearCount, f filter) []byte {
	const w, h, left, bottom, top = 900, 260, 40, 30, 10
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="Incidents by year">`, w, h)
	if len(rows) == 0 {
		b.WriteString(`<text x="20" y="40">No dated incident matches.</text></svg>`)
		return b.Bytes()
	}
	lo, hi, peak := rows[0].Year, rows[len(rows)-1].Year, 1
	for _, r := range rows {
		peak = max(peak, r.Attacks+r.Responses)
	}
	n := hi - lo + 1
	bw := float64(w-left-10) / float64(n)
	scale := float64(h-bottom-top) / float64(peak)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>`, left, h-bottom, w-10, h-bottom)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="end">%d</text>`, left-4, top+10, peak)
	for _, r := range rows {
		x := float64(left) + float64(r.Year-lo)*bw
		ha, hr := float64(r.Attacks)*scale, float64(r.Responses)*scale
		yf := f
		yf.From = vigil.Date{Year: r.Year, Precision: vigil.PrecisionYear}
		yf.To = yf.From
		link := template.HTMLEscapeString("/incidents?" + yf.query())
		fmt.Fprintf(&b, `<a href="%s"><title>%d: %d attacks, %d responses</title>`, link, r.Year, r.Attacks, r.Responses)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#8a1c1c"/>`, x+1, float64(h-bottom)-ha, max(bw-2, 1), ha)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#3b6ea5"/>`, x+1, float64(h-bottom)-ha-hr, max(bw-2, 1), hr)
		b.WriteString(`</a>`)
		if n <= 30 || (r.Year%5 == 0) {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="10" text-anchor="middle">%d</text>`, x+bw/2, h-bottom+14, r.Year)
		}
	}
	fmt.Fprintf(&b, `<rect x="%d" y="%d" width="10" height="10" fill="#8a1c1c"/><text x="%d" y="%d" font-size="11">attacks</text>`, w-170, top, w-155, top+9)
	fmt.Fprintf(&b, `<rect x="%d" y="%d" width="10" height="10" fill="#3b6ea5"/><text x="%d" y="%d" font-size="11">responses</text>`, w-95, top, w-80, top+9)
	b.WriteString(`</svg>`)
	return b.Bytes()
}

type chartsData struct {
	Filter   filter
	Query    string
	Timeline []byte
	Types    []vigil.EventType
	Action   string
}

func (s *Server) handleCharts(w http.ResponseWriter, r *http.Request, f filter) {
	rows, err := s.timeline(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "charts", chartsData{Filter: f, Query: f.query(), Timeline: timelineSVG(rows, f), Types: vigil.EventTypes, Action: "/charts"})
}

// handleTimelineFile serves the timeline as a download, SVG or CSV by the path's extension.
func (s *Server) handleTimelineFile(w http.ResponseWriter, r *http.Request, f filter) {
	rows, err := s.timeline(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if strings.HasSuffix(r.URL.Path, ".svg") {
		download(w, "image/svg+xml", "vigil-timeline.svg")
		w.Write(timelineSVG(rows, f))
		return
	}
	download(w, "text/csv; charset=utf-8", "vigil-timeline.csv")
	cw := csv.NewWriter(w)
	cw.Write([]string{"year", "attacks", "responses"})
	for _, r := range rows {
		cw.Write([]string{strconv.Itoa(r.Year), strconv.Itoa(r.Attacks), strconv.Itoa(r.Responses)})
	}
	cw.Flush()
}
