package actor

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"vigil"
)

var update = flag.Bool("update", false, "rewrite golden files")

var (
	dictOnce sync.Once
	dict     *Dictionary
	dictErr  error
)

func load(t testing.TB) *Dictionary {
	t.Helper()
	dictOnce.Do(func() { dict, dictErr = Load() })
	if dictErr != nil {
		t.Fatalf("Load() error: %v", dictErr)
	}
	return dict
}

// found renders mentions as "text=ID/via" for comparison.
func found(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%s=%s/%s", m.Text, m.Actor.ID, m.Via))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	d := load(t)
	tests := []struct {
		in, want string
	}{
		{"An MIT professor said the study was flawed.", ""},
		{"Turkey's MIT abducted him in Kenya.", "Turkey=TR/name; MIT=TR-MIT/abbreviation; Kenya=KE/name"},
		{"A Turkish MIT professor spoke at the conference.", "Turkish=TR/demonym"},
		{"Prices of raw materials rose.", ""},
		{"Officials in New Delhi denied that RAW was involved.", "New Delhi=IN/metonym; RAW=IN-RAW/abbreviation"},
		{"RAW was blamed.", ""},
		{"Tehran denied any role.", "Tehran=IR/metonym"},
		{"Danish authorities arrested a man.", "Danish=DK/demonym"},
		{"danish pastries were served.", ""},
		{"Iran's Ministry of Intelligence recruited him.", "Iran=IR/name; Ministry of Intelligence=IR-MOIS/name"},
		{"Iran's intelligence ministry recruited him.", "Iran=IR/name; intelligence ministry=IR-MOIS/alias"},
		{"The intelligence ministry said nothing.", ""},
		{"The FSB and the GRU ran the operation.", "FSB=RU-FSB/abbreviation; GRU=RU-GRU/abbreviation"},
		{"The fsb is a lower-case word here.", ""},
		{"Agents of the Revolutionary Guards and the Quds Force.", "Revolutionary Guards=IR-IRGC/alias; Quds Force=IR-QF/name"},
		{"The Kremlin said Moscow would respond.", "Kremlin=RU/metonym; Moscow=RU/metonym"},
		{"Agents of the U.S. and the UK met.", "U.S.=US/abbreviation; UK=GB/abbreviation"},
		{"Let us go to the US.", "US=US/abbreviation"},
		{"He moved from New Jersey to Georgia.", "Georgia=GE/name"},
		{"Latin American leaders met Americans.", "Americans=US/demonym"},
		{"Germany's BfV warned of the threat.", "Germany=DE/name; BfV=DE-BFV/abbreviation"},
		{"Germany's BFV warned.", "Germany=DE/name"},
		{"LeT and JeM claimed it.", "LeT=LET/abbreviation; JeM=JEM/abbreviation"},
		{"The MEK, also known as the People's Mojahedin Organization of Iran, held a rally.", "MEK=MEK/abbreviation; People's Mojahedin Organization of Iran=MEK/name"},
		{"Iran's foreign ministry summoned the Dutch ambassador.", "Iran=IR/name; foreign ministry=IR-MFA/alias; Dutch=NL/demonym"},
		{"The Dutch foreign ministry summoned Iran's ambassador.", "Dutch foreign ministry=NL-MFA/alias; Iran=IR/name"},
		{"Police in Sweden said the Foxtrot network was hired by Iran.", "Sweden=SE/name; Foxtrot network=IR-FOXTROT/name; Iran=IR/name"},
		{"The Ministry of Public Security in Hanoi ordered it.", "Ministry of Public Security=VN-MPS/alias; Hanoi=VN/metonym"},
		{"The Ministry of Public Security in Beijing ordered it.", "Ministry of Public Security=CN-MPS/alias; Beijing=CN/metonym"},
		{"The Ministry of Public Security ordered it.", ""}, // (Vietnam and Costa Rica have one too)
		{"IRAN'S MIT PLOT FOILED", "IRAN=IR/name"},
		{"Saudi agents killed Khashoggi in Istanbul.", "Saudi=SA/demonym; Khashoggi=KHASHOGGI/alias"},
		{"Islamic State and al-Qaeda claimed it.", "Islamic State=ISIS/name; al-Qaeda=AL-QAEDA/name"},
		{"Hezbollah is backed by Iran.", "Hezbollah=HEZBOLLAH/name; Iran=IR/name"},
		{"The Metropolitan Police's Counter Terrorism Command arrested two men.", "Metropolitan Police=GB-MET/name; Counter Terrorism Command=GB-CTP/alias"},
		{"Kagame's RIB detained him in Kigali.", "Kagame=RW-KAGAME/alias; RIB=RW-RIB/abbreviation; Kigali=RW/metonym"},
		{"He bought a RIB boat.", ""},
		{"Britain's MI5 and MI6.", "Britain=GB/alias; MI5=GB-MI5/name; MI6=GB-MI6/abbreviation"},
		{"The Islamic Republic of Pakistan.", "Islamic Republic of Pakistan=PK/alias"},
		{"The Islamic Republic executed him.", "Islamic Republic=IR/alias"},
		{"He lives in the Netherlands and Holland.", "Netherlands=NL/name; Holland=NL/alias"},
		{"a turkey dinner in china", ""},
		{"FBI, CIA and NSA officials met.", "FBI=US-FBI/abbreviation; CIA=US-CIA/abbreviation; NSA=US-NSA/abbreviation"},
		{"The FSB press service said so.", "FSB=RU-FSB/abbreviation"},
		{"LET US GO", ""},
		{"Rwanda's NISS and Ethiopia's NISS.", "Rwanda=RW/name; NISS=RW-NISS/abbreviation; Ethiopia=ET/name; NISS=ET-NISS/abbreviation"},
		{"Bahrain's NSA detained him.", "Bahrain=BH/name; NSA=BH-NSA/abbreviation"},
		{"The NSA intercepted the calls.", "NSA=US-NSA/abbreviation"},
		{"President Putin and Ali Putin met.", "President Putin=RU-PRESIDENT/alias"},
		{"Akhmat Kadyrov was his father; Kadyrov denied it.", "Kadyrov=RU-KADYROV/alias"},
		{"In Vilnius, Lithuania's State Security Department detained a man.", "Vilnius=LT/metonym; Lithuania=LT/name; State Security Department=LT-VSD/alias"},
	}
	for _, tt := range tests {
		if got := found(d.Find(tt.in)); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindOriginSponsor(t *testing.T) {
	d := load(t)
	ms := d.Find("The MEK blamed Hezbollah and the FBI.")
	var got []string
	for _, m := range ms {
		got = append(got, m.Actor.ID+":"+m.Actor.Country+"/"+m.Origin+"/"+m.Sponsor)
	}
	want := "MEK:/IR/; HEZBOLLAH:/LB/IR; US-FBI:US/US/"
	if strings.Join(got, "; ") != want {
		t.Errorf("Find origins = %q, want %q", strings.Join(got, "; "), want)
	}
}

func TestFindOffsets(t *testing.T) {
	d := load(t)
	text := "Zürich: Iran’s MOIS and the Élysée."
	ms := d.Find(text)
	if len(ms) != 3 {
		t.Fatalf("Find(%q) = %q, want 3 mentions", text, found(ms))
	}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("Find(%q): mention %q has offsets %d:%d", text, m.Text, m.Start, m.End)
		}
	}
	if got := found(ms); got != "Iran=IR/name; MOIS=IR-MOIS/abbreviation; Élysée=FR/metonym" {
		t.Errorf("Find(%q) = %q", text, got)
	}
}

func TestDictionary(t *testing.T) {
	d := load(t)
	sts, err := vigil.States()
	if err != nil {
		t.Fatal(err)
	}
	codes := make(map[string]bool)
	for _, s := range sts {
		codes[s.Code] = true
		a, ok := d.State(s.Code)
		if !ok || a.Kind != "state" || a.Country != s.Code {
			t.Errorf("State(%q) = %+v, %v", s.Code, a, ok)
		}
	}
	seen := make(map[string]bool)
	for _, a := range d.Actors() {
		if seen[a.ID] {
			t.Errorf("duplicate id %q", a.ID)
		}
		seen[a.ID] = true
		if a.Parent != "" {
			if _, ok := d.ByID(a.Parent); !ok {
				t.Errorf("%s: parent %q does not exist", a.ID, a.Parent)
			}
		}
		for _, c := range []string{a.Country, d.Origin(a.ID), d.Sponsor(a.ID)} {
			if c != "" && !codes[c] {
				t.Errorf("%s: state %q is not in vigil.States()", a.ID, c)
			}
		}
	}
	if n := len(d.Actors()) - len(sts); n < 400 {
		t.Errorf("dictionary has %d non-state actors, want at least 400", n)
	}
	if got := d.Origin("MEK"); got != "IR" {
		t.Errorf("Origin(MEK) = %q, want IR", got)
	}
	if got := d.Origin("IR-MOIS"); got != "IR" {
		t.Errorf("Origin(IR-MOIS) = %q, want IR", got)
	}
	if got := d.Sponsor("HEZBOLLAH"); got != "IR" {
		t.Errorf("Sponsor(HEZBOLLAH) = %q, want IR", got)
	}
	if a, ok := d.ByID("IR-MOIS"); !ok || a.Country != "IR" || a.Kind != "agency" {
		t.Errorf("ByID(IR-MOIS) = %+v, %v", a, ok)
	}
}

func TestLoadUserFile(t *testing.T) {
	user := "\ufeff# mine\r\nXX-TEST\tgroup\tTest Brigade\t\tIR\t\tMEK\tTB Unit|?Testers\r\n"
	d, err := Load(NamedReader{Name: "user.tsv", R: strings.NewReader(user)})
	if err != nil {
		t.Fatalf("Load(user.tsv) error: %v", err)
	}
	if got := found(d.Find("The Test Brigade attacked.")); got != "Test Brigade=XX-TEST/name" {
		t.Errorf("Find with user file = %q", got)
	}
	bad := []struct{ in, want string }{
		{"A\tgroup\tA\n", "user.tsv:1: want 8"},
		{"#\nIR-MOIS\tagency\tX\tIR\t\t\t\t\n", "user.tsv:2: duplicate id"},
		{"Y\tgroup\tY\tZZ\t\t\t\t\n", "unknown state code"},
		{"Y\tblob\tY\t\t\t\t\t\n", "unknown kind"},
		{"Y\tgroup\tY\t\t\t\tNOPE\t\n", "user.tsv:1: Y: unknown parent"},
		{"Y\tgroup\tY\t\t\t\t\tsome group\n", "must be marked ambiguous"},
		{"Y\tgroup\t...\t\t\t\t\t\n", "has no words"},
	}
	for _, tt := range bad {
		_, err := Load(NamedReader{Name: "user.tsv", R: strings.NewReader(tt.in)})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestConcurrentFind(t *testing.T) {
	d := load(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				d.Find("Tehran denied that the IRGC and MOIS plotted in Denmark.")
			}
		}()
	}
	wg.Wait()
}

// TestGolden runs Find over testdata/*.txt and compares with the .golden files.
func TestGolden(t *testing.T) {
	d := load(t)
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, m := range d.Find(string(text)) {
			fmt.Fprintf(&b, "%d\t%d\t%s\t%s\t%s\n", m.Start, m.End, m.Text, m.Actor.ID, m.Via)
		}
		golden := strings.TrimSuffix(f, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if b.String() != string(want) {
			t.Errorf("Find(%s) differs from %s (run with -update and review the diff)\ngot:\n%s", f, golden, b.String())
		}
	}
}

func TestIsLowerCase(t *testing.T) {
	for _, s := range []string{"", "foreign ministry", "Foreign", "al-qaeda", "İ", "ı", "ǅ", "ǆ", "straße", "\uFFFD", "a\xffb", "é", "É", "12 ?", "\xed\xa0\x80"} {
		if got, want := isLowerCase(s), s == strings.ToLower(s); got != want {
			t.Errorf("isLowerCase(%q) = %v, want %v", s, got, want)
		}
	}
}
