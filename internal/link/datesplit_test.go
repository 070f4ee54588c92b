package link

import (
	"fmt"
	"testing"
)

// The fixtures below are invented: the island, towns and people do not
// exist.

// quakeReport writes one report of a quake on Velmar island: the same
// words for both quakes, with the town, toll and magnitude of each.
func quakeReport(i int, town, toll, magnitude, agency string) string {
	openers := []string{
		"A strong earthquake of magnitude %[3]s struck Velmar island on Sunday, killing %[2]s people in the fishing town of %[1]s, the %[4]s said.",
		"Rescuers searched collapsed houses in %[1]s on Velmar island after a magnitude %[3]s earthquake killed %[2]s people, the %[4]s said.",
		"The %[4]s said %[2]s people died when a magnitude %[3]s quake shook Velmar island and flattened homes in %[1]s.",
		"An earthquake measuring %[3]s hit Velmar island, killing %[2]s people and leaving hundreds homeless in %[1]s, according to the %[4]s.",
		"Villagers in %[1]s slept in tents on Velmar island after Sunday's magnitude %[3]s earthquake, which killed %[2]s, the %[4]s reported.",
		"The death toll from the Velmar island earthquake rose to %[2]s, the %[4]s said, as aftershocks of the magnitude %[3]s quake rattled %[1]s.",
		"Aid trucks reached %[1]s on Velmar island two days after the magnitude %[3]s earthquake killed %[2]s people, the %[4]s said.",
	}
	rest := " The quake damaged the harbour and cut power across the island. Ferries to the mainland were halted while engineers checked the piers, and the island governor asked for tents, blankets and water."
	return fmt.Sprintf(openers[i%len(openers)], town, toll, magnitude, agency) + rest
}

// quakeStories returns n single-thread stories about one quake; dated
// stories carry a dateline in their opening line, as web pages do.
func quakeStories(prefix string, n int, dateline, town, toll, magnitude, agency string) []story {
	var out []story
	for i := range n {
		text := quakeReport(i, town, toll, magnitude, agency)
		if dateline != "" {
			text = dateline + "\n" + text
		}
		out = append(out, story{fmt.Sprintf("%s%d", prefix, i+1), "Quake on Velmar island", -1, []string{text}})
	}
	return out
}

// paramsWith returns DefaultParams changed by f.
func paramsWith(f func(*Params)) Params {
	p := DefaultParams()
	f(&p)
	return p
}

func TestDateApart(t *testing.T) {
	older := quakeStories("old", 6, "", "Corran", "seven", "5.8", "island civil defence office")
	newer := quakeStories("new", 6, "Posted June 5, 2022 9: 40 AM", "Meskel", "eleven", "6.1", "island disaster agency")
	// One quake told by dated pages and by undated copies of them.
	mixed := append(quakeStories("mxd", 7, "June 5, 2022", "Meskel", "eleven", "6.1", "island disaster agency"),
		quakeStories("mxu", 3, "", "Meskel", "eleven", "6.1", "island disaster agency")...)
	// One quake told by dated pages and by feed items, whose publication
	// date dates them though their text has no dateline.
	fed := quakeStories("fdu", 6, "", "Meskel", "eleven", "6.1", "island disaster agency")
	for i := range fed {
		fed[i].day = 1 + i%2
		fed[i].threads[0] += " Feed readers were told that army engineers, water tanks and field kitchens left the mainland port for Meskel overnight, and that the governor's office would publish casualty lists every morning."
	}
	fed = append(quakeStories("fdd", 6, "June 5, 2022", "Meskel", "eleven", "6.1", "island disaster agency"), fed...)
	arcOf := func(p Params, stories []story) func(string) string {
		l := NewWith(p)
		for _, s := range byDate(stories) {
			l.Add(s.features())
		}
		return func(id string) string { return l.ArcOf(id + "#1") }
	}
	off := paramsWith(func(p *Params) { p.DateCore = 0 })
	tests := []struct {
		name     string
		p        Params
		stories  []story
		together [][]string
		apart    [][2]string
	}{
		{"look-alike quakes, dated and undated, stay apart", DefaultParams(), append(older, newer...),
			[][]string{{"old1", "old2", "old3", "old4", "old5", "old6"}, {"new1", "new2", "new3", "new4", "new5", "new6"}},
			[][2]string{{"old1", "new1"}}},
		{"without the rule they merge", off, append(older, newer...),
			[][]string{{"old1", "old6", "new1", "new6"}}, nil},
		{"one quake from dated and undated sources stays one", DefaultParams(), mixed,
			[][]string{{"mxd1", "mxd2", "mxd3", "mxd4", "mxd5", "mxd6", "mxd7", "mxu1", "mxu2", "mxu3"}}, nil},
		{"one quake from dated pages and dated feed items stays one", DefaultParams(), fed,
			[][]string{{"fdd1", "fdd2", "fdd3", "fdd4", "fdd5", "fdd6", "fdu1", "fdu2", "fdu3", "fdu4", "fdu5", "fdu6"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arc := arcOf(tc.p, tc.stories)
			for _, g := range tc.together {
				for _, id := range g[1:] {
					if arc(id) == "" || arc(id) != arc(g[0]) {
						t.Errorf("%s and %s in arcs %q and %q, want one", g[0], id, arc(g[0]), arc(id))
					}
				}
			}
			for _, p := range tc.apart {
				if arc(p[0]) == arc(p[1]) {
					t.Errorf("%s and %s share arc %q", p[0], p[1], arc(p[0]))
				}
			}
		})
	}
}

func TestDateProfileTests(t *testing.T) {
	l := New() // DateCore 6, DateBare 5, DateShare 0.6
	tests := []struct {
		name        string
		p           dateProfile
		dated, bare bool
	}{
		{"six of seven dated", dateProfile{size: 7, bare: 1, top: 6, year: 2022}, true, false},
		{"five dated are too few", dateProfile{size: 5, top: 5, year: 2022}, false, false},
		{"dated in one year but not mostly", dateProfile{size: 12, bare: 2, top: 6, year: 2022}, false, false},
		{"five undated", dateProfile{size: 5, bare: 5}, false, true},
		{"undated but a minority", dateProfile{size: 10, bare: 5, top: 5, year: 2022}, false, false},
		{"four undated are too few", dateProfile{size: 4, bare: 4}, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.datedCore(tc.p); got != tc.dated {
				t.Errorf("datedCore = %v, want %v", got, tc.dated)
			}
			if got := l.undated(tc.p); got != tc.bare {
				t.Errorf("undated = %v, want %v", got, tc.bare)
			}
		})
	}
}

// clinicStories returns n single-thread stories about one turn of a
// singer's treatment, each opening with a dateline on the given days.
func clinicStories(prefix string, n int, days []string, sentences []string) []story {
	var out []story
	for i := range n {
		text := days[i%len(days)] + "\n"
		for k := range sentences {
			text += sentences[(i+k)%len(sentences)] + " "
		}
		out = append(out, story{fmt.Sprintf("%s%d", prefix, i+1), "Nela Vorn", -1, []string{text}})
	}
	return out
}

// checkIn and moveOn are two turns of one matter, days apart: the singer
// Nela Vorn checks into one clinic, then leaves it for another.
var (
	checkIn = []string{
		"Singer Nela Vorn checked into the Alder Hill clinic in Posen on Monday under a court order, her lawyer Imre Stahl said.",
		"Judge Carla Wend ordered Vorn to spend ninety days in a locked treatment programme after the crash on the Posen ring road.",
		"Stahl told the court the Alder Hill programme met every condition the judge had set.",
		"Prosecutors said they would check that Alder Hill held a state licence for court-ordered treatment.",
		"Vorn arrived at the Posen clinic in a grey van shortly after the hearing ended.",
	}
	moveOn = []string{
		"Nela Vorn left the Alder Hill clinic after two days and checked into the Brookfield centre on the coast at Mervik, her spokeswoman Ada Kell said.",
		"Brookfield, a seaside centre with a pool and horse stables, confirmed that the singer had arrived on Wednesday night.",
		"Kell said the Mervik centre offered the singer a quieter place to recover away from photographers.",
		"Staff at Brookfield turned away reporters who gathered at the gates of the Mervik estate.",
		"The singer's fans sent flowers to the Brookfield gates, Kell said.",
	}
)

func TestDatedTogether(t *testing.T) {
	week := append(clinicStories("in", 6, []string{"May 3, 2021", "May 4, 2021"}, checkIn),
		clinicStories("on", 6, []string{"May 5, 2021", "May 6, 2021"}, moveOn)...)
	months := append(clinicStories("in", 6, []string{"March 3, 2021"}, checkIn),
		clinicStories("on", 6, []string{"May 5, 2021"}, moveOn)...)
	off := paramsWith(func(p *Params) { p.DateSpan = 0 })
	tests := []struct {
		name    string
		p       Params
		stories []story
		one     bool
	}{
		{"two turns in one week are one matter", DefaultParams(), week, true},
		{"without the rule Cohesion splits them", off, week, false},
		{"two months apart they stay apart", DefaultParams(), months, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := NewWith(tc.p)
			for _, s := range tc.stories {
				l.Add(s.features())
			}
			for _, g := range [][]string{{"in1", "in6"}, {"on1", "on6"}} {
				if a, b := l.ArcOf(g[0]+"#1"), l.ArcOf(g[1]+"#1"); a == "" || a != b {
					t.Errorf("%s and %s in arcs %q and %q, want one", g[0], g[1], a, b)
				}
			}
			if one := l.ArcOf("in1#1") == l.ArcOf("on1#1"); one != tc.one {
				t.Errorf("the two turns share an arc: %v, want %v", one, tc.one)
			}
		})
	}
}
