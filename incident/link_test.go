package incident

import (
	"testing"

	"vigil"
)

func TestCauseOfResponse(t *testing.T) {
	tests := []struct {
		name  string
		specs []spec
		same  [][2]int64
		// noActor lists events whose incident must have no actor: the only
		// actors its reports give are the responders'.
		noActor []int64
	}{
		{
			name: "the responders' actors do not part two reports of a killing",
			specs: []spec{
				{1, 10, vigil.Sanction, "2019-02", "", "", "US", "nine officials", "Washington sanctioned nine officials over the killing of the blogger Tomas Vrel.", 0},
				{2, 10, vigil.Assassination, "2018-12", "", "", "US", "blogger Tomas Vrel", "Washington sanctioned nine officials over the killing of the blogger Tomas Vrel.", 0},
				{3, 11, vigil.Expulsion, "2019-03", "", "", "NO", "two attaches", "Oslo expelled two attaches after the murder of Vrel.", 0},
				{4, 11, vigil.Assassination, "2018-12", "", "", "NO", "Vrel", "Oslo expelled two attaches after the murder of Vrel.", 0},
			},
			same:    [][2]int64{{2, 4}},
			noActor: []int64{2},
		},
		{
			name: "a cause dated the day of its response loses that date",
			specs: []spec{
				{1, 10, vigil.Expulsion, "2019-03-05", "AT", "", "AT", "three envoys", "On 5 March Austria expelled three envoys over the stabbing of Ivo Marn in Graz.", 0},
				{2, 10, vigil.ArmedAttack, "2019-03-05", "AT", "Graz", "AT", "Ivo Marn", "On 5 March Austria expelled three envoys over the stabbing of Ivo Marn in Graz.", 0},
				{3, 11, vigil.ArmedAttack, "2018-11-20", "AT", "Graz", "XX", "exile Ivo Marn", "The exile Ivo Marn was stabbed in Graz in November.", 0},
			},
			same: [][2]int64{{2, 3}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Cluster(stored(tt.specs...), Options{})
			inc := incidentOf(r)
			for _, p := range tt.same {
				if inc[p[0]] != inc[p[1]] {
					t.Errorf("events %d and %d in incidents %q and %q, want one", p[0], p[1], inc[p[0]], inc[p[1]])
				}
			}
			for _, id := range tt.noActor {
				if in := byID(r, inc[id]); in == nil || in.Actor != nil {
					t.Errorf("incident of event %d has actor %+v, want none", id, in.Actor)
				}
			}
		})
	}
}

func TestLinkRules(t *testing.T) {
	tests := []struct {
		name     string
		specs    []spec
		response int64
		want     int64 // an event of the incident the response answers; 0 for none
		// targets gives events' targets a nationality, by event id.
		targets map[int64]string
		// headline adds to events' evidence the article's headline, which
		// tells them again.
		headline map[int64]string
	}{
		{
			name: "the attack told in the response's sentence",
			specs: []spec{
				{1, 20, vigil.Bombing, "2020-04", "SE", "Malmo", "IR", "exile radio station", "Sweden expelled a diplomat over the bombing of an exile radio station in Malmo.", 0},
				{2, 20, vigil.Expulsion, "2020-05-02", "SE", "", "SE", "diplomat", "Sweden expelled a diplomat over the bombing of an exile radio station in Malmo.", 0},
				{3, 20, vigil.ArmedAttack, "2020-03", "SE", "Uppsala", "IR", "Dara Kemal", "In March the activist Dara Kemal was beaten in Uppsala.", 120},
			},
			response: 2,
			want:     1,
		},
		{
			name: "the best-supported report of the attack, not the fragment in the response's article",
			specs: []spec{
				{1, 30, vigil.Assassination, "2016-09-14", "DK", "Odense", "IR", "poet Sami Farrokh", "The poet Sami Farrokh was shot dead in Odense on 14 September.", 0},
				{2, 31, vigil.Assassination, "2016-09", "DK", "Odense", "IR", "Sami Farrokh", "Farrokh was killed in Odense in September 2016.", 0},
				{3, 32, vigil.Assassination, "2016", "DK", "Odense", "IR", "Farrokh", "The 2016 killing of Farrokh in Odense was ordered abroad.", 0},
				// The verdict's article tells the killing twice: once where
				// clustering can merge it, once as the verdict's cause.
				{4, 33, vigil.Assassination, "2016-09-14", "DK", "Odense", "IR", "Sami Farrokh", "Farrokh was shot in Odense on 14 September 2016.", 0},
				{5, 33, vigil.Conviction, "2018-05-02", "DK", "Odense", "DK", "gunman", "A court in Odense convicted the gunman of murdering the poet in his home town.", 200},
				{6, 33, vigil.Assassination, "", "DK", "Odense", "DK", "poet", "A court in Odense convicted the gunman of murdering the poet in his home town.", 200},
			},
			response: 5,
			want:     1,
		},
		{
			name: "no fragment of the same attack in another country",
			specs: []spec{
				{1, 40, vigil.Assassination, "2021-06", "BE", "Liege", "RU", "separatist leader Aslan Burov", "The separatist leader Aslan Burov was killed in Liege.", 0},
				{2, 41, vigil.Assassination, "2021-06", "BE", "Liege", "RU", "Aslan Burov", "Burov was shot in Liege in June.", 0},
				{3, 42, vigil.Assassination, "2021", "PT", "", "RU", "another separatist leader", "Police in Portugal said another separatist leader was targeted.", 0},
				{4, 42, vigil.Arrest, "2021-09", "PT", "", "PT", "two men", "Police in Portugal said another separatist leader was targeted.", 0},
			},
			response: 4,
			want:     3,
		},
		{
			name: "a response the day of an attack answers it rather than an older one",
			specs: []spec{
				{1, 50, vigil.Assassination, "2012-03-02", "NL", "Delft", "IR", "teacher Omid Rad", "The teacher Omid Rad was killed in Delft in 2012.", 0},
				{2, 51, vigil.Assassination, "2012-03", "NL", "Delft", "IR", "Omid Rad", "Rad died in Delft in March 2012.", 0},
				{4, 53, vigil.Assassination, "2014-05-06", "NL", "Breda", "IR", "her brother", "Her brother was shot outside his house in Breda on 6 May 2014.", 0},
				{5, 53, vigil.Arrest, "2014-05-06", "NL", "", "NL", "man", "Police arrested a man near the house that evening.", 100},
				{6, 53, vigil.Assassination, "2012", "NL", "Delft", "IR", "Omid Rad", "Two years earlier Omid Rad had been killed in Delft.", 200},
			},
			response: 5,
			want:     4,
		},
		{
			name: "in an article of several cases, the case told just before the response",
			specs: []spec{
				// A killing that three articles tell, first in the explainer.
				{1, 70, vigil.Assassination, "2019-08-23", "DE", "Berlin", "RU", "Zaur Kadirov", "On 23 August 2019 the exile Zaur Kadirov was shot dead in a Berlin park.", 0},
				{2, 71, vigil.Assassination, "2019-08-23", "DE", "Berlin", "RU", "Kadirov", "Kadirov was shot dead in a Berlin park on Friday.", 0},
				{3, 72, vigil.Assassination, "2019-08", "DE", "Berlin", "RU", "Zaur Kadirov", "The killing of Zaur Kadirov in Berlin in August shocked exiles.", 0},
				// The explainer's next case, told once, and its arrest.
				{4, 70, vigil.Assassination, "2020-07-04", "AT", "Gerasdorf", "RU", "blogger Anzor Vakha", "In July 2020 the blogger Anzor Vakha was killed in Gerasdorf near Vienna.", 1200},
				{5, 70, vigil.Arrest, "2020-07", "", "", "", "Russian citizen", "Police later detained a Russian citizen in his car.", 2600},
			},
			response: 5,
			want:     4,
		},
		{
			name: "a state's arrest of its own national answers its abduction of him, not the bombing it accuses him of",
			specs: []spec{
				{1, 81, vigil.Abduction, "2020-07", "AE", "Dubai", "IR", "Karim Javadi", "Agents seized the exile Karim Javadi in Dubai in July.", 0},
				{4, 80, vigil.Abduction, "2020-07", "AE", "Dubai", "IR", "family", "The family said he was seized in Dubai in July.", 0},
				{2, 80, vigil.Arrest, "2020-08-01", "IR", "", "IR", "Karim Javadi", "Tehran announced it had arrested Karim Javadi, whom it accuses of the 2008 mosque bombing in Shiraz.", 200},
				{3, 80, vigil.Bombing, "2008", "IR", "Shiraz", "IR", "mosque", "Tehran announced it had arrested Karim Javadi, whom it accuses of the 2008 mosque bombing in Shiraz.", 200},
				{5, 82, vigil.Bombing, "2008-04", "IR", "Shiraz", "IR", "mosque", "A bomb killed 14 people in a mosque in Shiraz in April 2008.", 0},
			},
			response: 2,
			want:     1,
			targets:  map[int64]string{2: "IR"},
		},
		{
			name: "the sponsor's expulsion of the host's diplomats answers the attack in the host country",
			specs: []spec{
				{3, 90, vigil.Expulsion, "2018-03", "RU", "", "RU", "diplomats", "Moscow in turn expelled 23 diplomats.", 0},
				{2, 90, vigil.Assassination, "2018-02", "DE", "Berlin", "RU", "Chechen exile", "In February a Chechen exile was shot in Berlin.", 200},
				{1, 90, vigil.Assassination, "2018-03-04", "GB", "Salisbury", "RU", "former double agent", "A former double agent was poisoned in Salisbury on 4 March.", 400},
			},
			response: 3,
			want:     1,
			targets:  map[int64]string{3: "GB"},
		},
		{
			name: "an arrest the month of an attack answers it rather than a better-known one of the year before",
			specs: []spec{
				{1, 100, vigil.Assassination, "2019-08", "DE", "Berlin", "RU", "Zaur Kadirov", "Last August the exile Zaur Kadirov was shot dead in Berlin.", 600},
				{2, 101, vigil.Assassination, "2019-08-23", "DE", "Berlin", "RU", "Zaur Kadirov", "Zaur Kadirov was shot dead in a Berlin park.", 0},
				{3, 100, vigil.Assassination, "2020-07", "AT", "Gerasdorf", "RU", "Chechen blogger", "A Chechen blogger was shot dead in Gerasdorf this month.", 0},
				{4, 100, vigil.Arrest, "2020-07", "AT", "", "AT", "Russian citizen", "A Russian citizen was detained near Linz.", 300},
			},
			response: 4,
			want:     3,
		},
		{
			name: "the attack whose victim the response's sentence names, not the case told just before",
			specs: []spec{
				{1, 110, vigil.ArmedAttack, "", "NO", "Bergen", "IR", "the poet Reza Talebi", "The poet Reza Talebi is stabbed outside his flat in Bergen.", 0},
				{2, 110, vigil.Arrest, "", "CA", "Toronto", "CA", "", "Police arrest two men outside the Toronto office of the cartoonist Mina Farzan, who draws the country's clerics.", 300},
				{3, 110, vigil.Assassination, "", "", "", "IR", "Mina Farzan", "Investigators say the men were hired to murder her.", 900},
			},
			response: 2,
			want:     3,
		},
		{
			name: "a case the headline announces is told where its body sentence stands",
			specs: []spec{
				{1, 120, vigil.Bombing, "2019-05", "", "", "IR", "exiles", "In May the ministry planned to bomb a gathering of exiles in Skopje.", 200},
				{2, 120, vigil.Bombing, "2019-09", "AT", "Linz", "IR", "congress of exiles", "In September two agents drove explosives towards a congress of exiles in Linz.", 400},
				{3, 120, vigil.Arrest, "2019-09", "AT", "", "AT", "two agents", "The agents were stopped on the motorway with the explosives in their boot.", 700},
			},
			headline: map[int64]string{2: "Agents held over Linz bomb plot"},
			response: 3,
			want:     2,
		},
		{
			name: "a detention abroad follows the charge the dissident's state brought: the case begins with it",
			specs: []spec{
				{1, 130, vigil.Charge, "2023-08", "UZ", "", "UZ", "Timur Baev", "Prosecutors in Tashkent charged the blogger Timur Baev in absentia in August.", 100},
				{2, 130, vigil.Arrest, "2024-01-28", "KZ", "Almaty", "KZ", "", "Timur Baev was detained at Almaty airport on a wanted notice.", 400},
			},
			response: 2,
			want:     1,
		},
		{
			name: "the counter-expulsion told with an expulsion answers what that one answers",
			specs: []spec{
				{1, 140, vigil.Assassination, "2023-06", "CA", "Surrey", "IN", "community leader Arjan Gill", "Police said agents shot the community leader Arjan Gill in Surrey in June 2023.", 0},
				{2, 140, vigil.Expulsion, "2024-10", "CA", "", "CA", "six diplomats", "In October 2024 Ottawa expelled six diplomats over the killing of Gill, and New Delhi expelled six others in return.", 1500},
				{3, 140, vigil.Expulsion, "2024-10", "IN", "", "IN", "six others", "In October 2024 Ottawa expelled six diplomats over the killing of Gill, and New Delhi expelled six others in return.", 1500},
				{4, 140, vigil.Surveillance, "", "GB", "", "IN", "exiles in London", "A separate inquiry found that exiles in London were watched.", 2700},
			},
			response: 3,
			want:     1,
			// Read as New Delhi's own diplomats, the counter-expulsion
			// answers no attack of New Delhi's by itself.
			targets: map[int64]string{3: "IN"},
		},
		{
			name: "diplomats expelled for joining a protest answer it",
			specs: []spec{
				{1, 60, vigil.Protest, "2021-01-23", "RU", "Moscow", "", "", "Thousands protested in Moscow on 23 January.", 0},
				{2, 60, vigil.Expulsion, "2021-02-05", "RU", "", "RU", "three diplomats", "Moscow expelled three diplomats who it said had joined the protest of 23 January.", 100},
			},
			response: 2,
			want:     1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := stored(tt.specs...)
			for i := range evs {
				if c, ok := tt.targets[evs[i].ID]; ok {
					evs[i].Event.Target.Country = c
				}
				if h, ok := tt.headline[evs[i].ID]; ok {
					evs[i].Evidence = append(evs[i].Evidence, vigil.EvidenceSpan{Start: 0, End: len(h), Text: h})
				}
			}
			r := Cluster(evs, Options{})
			inc := incidentOf(r)
			resp := byID(r, inc[tt.response])
			if resp == nil {
				t.Fatalf("no incident for response %d", tt.response)
			}
			want := ""
			if tt.want != 0 {
				want = inc[tt.want]
			}
			if resp.ResponseTo != want {
				t.Errorf("response %d answers %q, want %q (the incident of event %d)", tt.response, resp.ResponseTo, want, tt.want)
			}
		})
	}
}
