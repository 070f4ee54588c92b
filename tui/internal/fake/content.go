package fake

import (
	"fmt"
	"time"

	"github.com/storyline/storyline/internal/archive"
)

func day(d int) *time.Time {
	t := time.Date(2025, 3, d, 9, 0, 0, 0, time.UTC)
	return &t
}

func ptr[T any](v T) *T { return &v }

// para is a paragraph in authoring form: thread number (0 for none),
// boilerplate flag, text.
type para struct {
	thread int
	furn   bool
	text   string
}

type threadDef struct {
	label  string
	arc    string
	actors []string
}

type storyDef struct {
	id, title, source, byline, url string
	day                            int
	threads                        []threadDef
	paras                          []para
	actors                         []archive.Actor
}

// Hostile is the text of the hostile story: an OSC title set, a screen
// clear, a C1 CSI, bidi overrides and other controls.
const Hostile = "Harmless start \x1b]0;pwned\x07 then \x1b[2J clear, C1 \u009b31m red, " +
	"bidi \u202eevil\u202c and \u2066isolate\u2069, bell\x07, backspace\b, tab\tend \x1b[31mred\x1b[0m " +
	"and a hyperlink \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ *not markdown* # nor heading"

var people = map[string]archive.Actor{
	"Ines Duarte":         {Name: "Ines Duarte", Kind: "person", Roles: []string{"mayor"}, Aliases: []string{"Duarte", "Mayor Duarte"}},
	"Tomas Brandt":        {Name: "Tomas Brandt", Kind: "person", Roles: []string{"union spokesman"}, Aliases: []string{"Brandt"}},
	"Lena Okafor":         {Name: "Lena Okafor", Kind: "person", Roles: []string{"councillor", "finance chair"}, Aliases: []string{"Okafor"}},
	"Pieter Vos":          {Name: "Pieter Vos", Kind: "person", Roles: []string{"festival director"}, Aliases: []string{"Vos"}},
	"Harbourview Council": {Name: "Harbourview Council", Kind: "org", Roles: []string{"local authority"}},
	"St Alder Hospital":   {Name: "St Alder Hospital", Kind: "org"},
	"Nurses' Guild":       {Name: "Nurses' Guild", Kind: "org", Roles: []string{"union"}},
	"Kell River":          {Name: "Kell River", Kind: "place"},
	"Harbourview":         {Name: "Harbourview", Kind: "place"},
	"Old Quay":            {Name: "Old Quay", Kind: "place"},
}

var stories = []storyDef{
	{
		id: "b7e1c2d3a4f5", title: "Council opens debate on Kell bridge levy", source: "Harbourview Herald",
		byline: "By Mara Quint", url: "https://herald.example/bridge-levy-debate", day: 3,
		threads: []threadDef{{"Kell bridge repair levy", "arc-bridge", []string{"Ines Duarte", "Lena Okafor", "Harbourview Council", "Kell River"}}},
		paras: []para{
			{1, false, "Harbourview Council began its debate on Monday on a levy to repair the Kell bridge, the town's only crossing of the river for heavy traffic."},
			{1, false, "Mayor Ines Duarte said the bridge had been patched for a decade and that engineers now gave it five years at most without a full repair."},
			{0, true, "Advertisement"},
			{1, false, "Councillor Lena Okafor, who chairs the finance committee, asked for a cheaper option to be costed before any vote."},
		},
	},
	{
		id: "c0ffee123456", title: "Nurses at St Alder vote on strike", source: "Harbourview Herald",
		byline: "By Ade Lund", url: "https://herald.example/st-alder-strike-vote", day: 5,
		threads: []threadDef{{"St Alder nurses' strike", "arc-strike", []string{"Tomas Brandt", "Nurses' Guild", "St Alder Hospital"}}},
		paras: []para{
			{1, false, "Nurses at St Alder Hospital began voting on Wednesday on a strike over night-shift staffing."},
			{1, false, "Tomas Brandt, a spokesman for the Nurses' Guild, said wards had run below safe numbers on most nights since January."},
			{0, true, "Share this article"},
			{1, false, "The hospital said it was recruiting and that patient care had not been affected."},
		},
	},
	{
		id: "a1b2c3d4e5f6", title: "Weekend briefing: bridge levy, river festival, hospital talks", source: "Harbourview Herald",
		byline: "By the newsdesk", url: "https://herald.example/tuesday-briefing", day: 22,
		threads: []threadDef{
			{"Kell bridge repair levy", "arc-bridge", []string{"Ines Duarte", "Lena Okafor", "Harbourview Council", "Kell River"}},
			{"Kell river festival", "arc-festival", []string{"Pieter Vos", "Old Quay", "Kell River"}},
			{"St Alder nurses' strike", "arc-strike", []string{"Tomas Brandt", "Nurses' Guild", "St Alder Hospital"}},
		},
		paras: []para{
			{0, true, "View gallery"},
			{1, false, "The council approved the Kell bridge levy by nine votes to six on Monday night, after a debate that ran past midnight."},
			{1, false, "Mayor Ines Duarte called the vote \"the least bad choice\" and promised that the levy would end once the repair was paid for."},
			{2, false, "Organisers of the Kell river festival confirmed the event will return to the Old Quay in June, after two years on the eastern bank."},
			{1, false, "Councillor Lena Okafor, who voted against, said households on fixed incomes would feel the levy first and asked for a hardship fund."},
			{2, false, "Festival director Pieter Vos said the quay's new lighting made evening concerts possible for the first time."},
			{3, false, "At St Alder Hospital, talks between management and the Nurses' Guild resumed on Tuesday morning after the strike vote."},
			{3, false, "Tomas Brandt of the guild said the union wanted a written staffing floor for night shifts, not another review."},
			{0, true, "Subscribe to the morning briefing"},
			{1, false, "Work on the bridge is expected to begin in September, with one lane kept open throughout."},
		},
	},
	{
		id: "d4e5f6a7b8c9", title: "Bridge levy: what households will pay", source: "Harbourview Herald",
		byline: "By Mara Quint", url: "https://herald.example/levy-explained", day: 14,
		threads: []threadDef{
			{"Kell bridge repair levy", "arc-bridge", []string{"Lena Okafor", "Harbourview Council", "Harbourview"}},
			{"Levy hardship fund", "arc-bridge", []string{"Lena Okafor", "Harbourview Council"}},
		},
		paras: []para{
			{1, false, "The Kell bridge levy will add about four pounds a month to a typical council tax bill in Harbourview from April."},
			{1, false, "The council expects the levy to raise enough over six years to cover the repair and the temporary crossing."},
			{2, false, "A hardship fund proposed by Councillor Lena Okafor will waive the levy for households receiving pension credit."},
			{2, false, "Okafor said the fund was a start but that the council should publish how many households apply."},
		},
	},
	{
		id: "e5f6a7b8c9d0", title: "Hospital and nurses reach staffing deal", source: "Kell Valley Times",
		byline: "", url: "https://times.example/st-alder-deal", day: 20,
		threads: []threadDef{{"St Alder nurses' strike", "arc-strike", []string{"Tomas Brandt", "Nurses' Guild", "St Alder Hospital"}}},
		paras: []para{
			{1, false, "St Alder Hospital and the Nurses' Guild agreed a staffing floor for night shifts on Thursday, ending the threat of a strike."},
			{1, false, "Tomas Brandt said members would vote on the deal next week but that the guild would recommend it."},
		},
	},
	{
		id: "f00dbabe0001", title: "Hostile \x1b]0;pwned\x07title \x1b[2J\u202eevil", source: "Unknown \x9b2J wire",
		byline: "By \x1b[5mBlink\x1b[0m", url: "https://evil.example/\x1b]0;x\x07", day: 1,
		threads: []threadDef{{"Hostile \x1b[31mthread\x1b[0m \u202elabel", "", []string{"Evil \x1b]0;actor\x07 Name"}}},
		paras: []para{
			{1, false, Hostile},
			{1, false, "Second line \u009b2J with C1 and \x1b[?1049h alt screen and \x1bc reset."},
		},
		actors: []archive.Actor{{Name: "Evil \x1b]0;actor\x07 Name", Kind: "person", Roles: []string{"\x1b[31mrole"}, Mentions: 1}},
	},
}

// build turns the authoring form into archive stories.
func build() []*archive.Story {
	var out []*archive.Story
	for _, d := range stories {
		s := &archive.Story{ID: d.id, Title: d.title, Source: d.source, Byline: d.byline, URL: d.url, Published: day(d.day)}
		for i, p := range d.paras {
			ap := archive.Paragraph{Index: i, Text: p.text, Boilerplate: p.furn}
			if p.thread > 0 {
				ap.Thread = ptr(p.thread)
			}
			s.Paragraphs = append(s.Paragraphs, ap)
		}
		mentions := map[string]int{}
		actorThreads := map[string][]string{}
		var order []string
		for n, td := range d.threads {
			t := archive.Thread{ID: fmt.Sprintf("%s#%d", d.id, n+1), Label: td.label, Actors: td.actors}
			if td.arc != "" {
				t.Arc = ptr(td.arc)
			}
			for _, p := range s.Paragraphs {
				if p.Thread != nil && *p.Thread == n+1 {
					t.Paragraphs = append(t.Paragraphs, p.Index)
				}
			}
			for _, a := range td.actors {
				if _, ok := mentions[a]; !ok {
					order = append(order, a)
				}
				mentions[a] += len(t.Paragraphs)
				actorThreads[a] = append(actorThreads[a], t.ID)
			}
			s.Threads = append(s.Threads, t)
		}
		if d.actors != nil {
			s.Actors = d.actors
			s.Actors[0].Threads = []string{d.id + "#1"}
		} else {
			for _, name := range order {
				a := people[name]
				a.Mentions = mentions[name]
				a.Threads = actorThreads[name]
				s.Actors = append(s.Actors, a)
			}
		}
		out = append(out, s)
	}
	return out
}
