package thread

import (
	"slices"
	"testing"
)

func TestOpensBullet(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"* The ferry service resumes on Monday.", true},
		{"• Two schools stay shut.", true},
		{"- Rail fares rise by 3 per cent.", true},
		{"– 14 March: the inquiry opens.", true},
		{"*Footnote without a space", false},
		{"- 42", false}, // no words: a figure, not an item
		{"-3 degrees overnight", false},
		{"The council said * was a typo.", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := opensBullet(tc.text); got != tc.want {
			t.Errorf("opensBullet(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestOpensEntry(t *testing.T) {
	tests := []struct {
		text       string
		stamp, ltr bool
	}{
		{"9.12am: Transport minister Tobias Renwick has resigned.", true, false},
		{"12:03 pm - Prime Minister's Questions is under way.", true, false},
		{"14.05: The FTSE 100 has opened lower.", true, false},
		{"4.35PM – Markets close.", true, false},
		{"9.12am Transport minister Tobias Renwick has resigned.", false, false}, // no colon or dash
		{"3.5 per cent: the rise in prices.", false, false},
		{"2020: a year to forget.", false, false},
		{"Q: My aunt gave me £9,000 towards a deposit on a flat and a week later my bank froze my account. What can I do?", false, true},
		{"Q. Our flight to Malaga was cancelled two days before we were due to fly, and the airline offered a voucher.", false, true},
		{"Q: When will it arrive?", false, false}, // an explainer's question
		{"Qatar Airways cancelled flights to the city after the storm brought down power lines across the region.", false, false},
		{"", false, false},
	}
	for _, tc := range tests {
		if got := opensTimeStamp(tc.text); got != tc.stamp {
			t.Errorf("opensTimeStamp(%q) = %v, want %v", tc.text, got, tc.stamp)
		}
		if got := opensLetter(tc.text); got != tc.ltr {
			t.Errorf("opensLetter(%q) = %v, want %v", tc.text, got, tc.ltr)
		}
	}
}

func TestIsTableRow(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Northshire 412", true},
		{"Upper Vale District Council 9", true},
		{"Turnout 64%", true},
		{"Cases: at least 1,200", true},
		{"42", false}, // one word
		{"Harbour repairs cost more than expected: 2", true},
		{"The harbour reopened on 3 May after the long repairs finished in 2021", false}, // too long for a row
		{"Harbour reopens", false},
		{"* Deaths: 12", true},
		{"* Deaths rose again", false},
		// a figure and its unit
		{"* Tregaron, Ceredigion: 211mm", true},
		{"Lerwick 9C", true},
		{"Top gust 94mph", true},
		{"Brackley goes back to the 1690s", false}, // a decade, not a unit
		{"Gusts reached 80 miles an hour", false},
	}
	for _, tc := range tests {
		if got := isTableRow(tc.text); got != tc.want {
			t.Errorf("isTableRow(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestListBounds(t *testing.T) {
	const (
		bullet = "* The ferry service resumes on Monday."
		text   = "The county recorded its quietest week since spring."
		intro  = "Cases by district:"
		row    = "Northshire 412"
		post   = "12.03pm: Prime Minister's Questions is under way."
		letter = "Q: My energy supplier has sent me a bill for £1,870, saying it undercharged me for three years. Must I pay?"
		// an explainer's question
		question = "Q: When will it arrive?"
	)
	tests := []struct {
		name        string
		units       []string
		bounds      []int
		off         int
		wantBounds  []int
		wantBullets []bool // units that open a bullet or a table
	}{
		{"each bullet of a digest opens a segment",
			[]string{text, bullet, bullet, bullet, text}, []int{0}, 0,
			[]int{0, 1, 2, 3}, []bool{false, true, true, true, false}},
		{"a list that opens the story sums it up",
			[]string{bullet, bullet, bullet, text, text}, []int{0, 3}, 0,
			[]int{0, 3}, nil},
		{"a story told in bullets is a digest from its first",
			[]string{bullet, bullet, bullet, bullet, text}, []int{0}, 0,
			[]int{0, 1, 2, 3}, []bool{true, true, true, true, false}},
		{"a story of bullets and more than a line of text opens with a summary",
			[]string{bullet, bullet, bullet, text, text, bullet}, []int{0, 3}, 0,
			[]int{0, 3}, nil},
		{"a list after a colon sets out one matter",
			[]string{text, intro, bullet, bullet, bullet}, []int{0}, 0,
			[]int{0}, nil},
		{"phrases are no digest items",
			[]string{text, "- A freeze on fuel duty", "- Free school meals", "- A new bridge", text}, []int{0}, 0,
			[]int{0}, nil},
		{"two bullets are no digest",
			[]string{text, bullet, bullet, text}, []int{0, 3}, 0,
			[]int{0, 3}, nil},
		{"bullets off",
			[]string{text, bullet, bullet, bullet}, []int{0}, ListBullets,
			[]int{0}, nil},
		{"no start inside a table",
			[]string{text, text, row, row, row, text}, []int{0, 2, 3, 4, 5}, 0,
			[]int{0, 2, 5}, []bool{false, false, true, false, false, false}},
		{"a table joins the line that introduces it",
			[]string{text, intro, row, row, row}, []int{0, 1, 2, 3, 4}, 0,
			[]int{0, 1}, []bool{false, true, false, false, false}},
		{"two rows are no table",
			[]string{text, intro, row, row, text}, []int{0, 2, 3}, 0,
			[]int{0, 2, 3}, nil},
		{"tables off",
			[]string{text, intro, row, row, row}, []int{0, 2, 3}, ListTables,
			[]int{0, 2, 3}, nil},
		{"each post of a live page opens a segment",
			[]string{post, text, post, post, text}, []int{0}, 0,
			[]int{0, 2, 3}, []bool{true, false, true, true, false}},
		{"each letter of a mailbag opens a segment",
			[]string{text, letter, text, letter, text, letter}, []int{0}, 0,
			[]int{0, 1, 3, 5}, []bool{false, true, false, true, false, true}},
		{"two posts are no live page",
			[]string{post, text, post, text}, []int{0}, 0,
			[]int{0}, nil},
		{"an explainer's questions are no letters",
			[]string{text, question, text, question, text, question, text}, []int{0}, 0,
			[]int{0}, nil},
		{"a bullet that carries on from the bullet before it opens no item",
			[]string{text, bullet, "* Its owners said the repairs had cost £40,000.", bullet, bullet}, []int{0}, 0,
			[]int{0, 1, 3, 4}, []bool{false, true, false, true, true}},
		{"a bullet that turns to another matter opens one",
			[]string{text, bullet, "* It comes as the county council confirmed bus fares will rise in April.", bullet}, []int{0}, 0,
			[]int{0, 1, 2, 3}, []bool{false, true, true, true}},
		{"entries off",
			[]string{post, text, post, post, text}, []int{0}, ListEntries,
			[]int{0}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			link := make([]float64, len(tc.units))
			for k := range link {
				link[k] = 0.1
			}
			bullets, bounds := listBounds(tc.units, slices.Clone(tc.bounds), link, tc.off)
			if !slices.Equal(bounds, tc.wantBounds) || !slices.Equal(bullets, tc.wantBullets) {
				t.Errorf("listBounds = %v, %v; want %v, %v", bullets, bounds, tc.wantBullets, tc.wantBounds)
			}
			for k, b := range bullets {
				if b && k > 0 && (opensBullet(tc.units[k]) || opensTimeStamp(tc.units[k]) || opensLetter(tc.units[k])) && link[k] != 0 {
					t.Errorf("bullet %d keeps link %v, want 0", k, link[k])
				}
			}
		})
	}
}

// coastBriefing is a briefing of our own writing: two paragraphs of lead,
// then bullets of which neighbours are about other matters (the ferry,
// the schools, the bridge, the ferry again), then a table of figures
// introduced by a line ending in a colon.
var coastBriefing = []para{
	{"The Saltmere ferry will run again from Monday after engineers finished repairs to its damaged loading ramp, the harbour board said on Sunday evening.", 0},
	{"Ferry crossings to the island had been suspended for nine days after the ramp buckled in a storm, leaving islanders to make a two-hour journey by road and causeway to reach the mainland hospital, shops and schools.", 0},
	{"* Harbour master Joan Pellow said ferry crossings would run every half hour at first, with the full summer timetable back by the weekend once the ramp had been tested with loaded lorries.", 0},
	{"* Two primary schools in Wrexford will stay closed until Thursday while flooded classrooms are pumped out, dried and rewired by contractors working through the night.", 1},
	{"* Parents of pupils at the two Wrexford schools were told that lessons would move online for the rest of the week and that school meals would be delivered to families who rely on them.", 1},
	{"* The old Tanbridge bridge over the river Lune will be closed to lorries for a month after inspectors found deep cracks in two of its stone arches during a routine survey.", 2},
	{"* Hauliers said the diversion around Tanbridge would add forty miles to every lorry journey between the quarry and the motorway, and asked the county to pay for a temporary crossing.", 2},
	{"* Islanders who missed hospital appointments while the ferry was suspended will be offered new dates within a fortnight, the health board said, and may claim back the cost of their travel.", 0},
	{"Rainfall over the weekend, by station:", 3},
	{"Wrexford 88", 3},
	{"Saltmere 61", 3},
	{"Tanbridge 54", 3},
	{"Lune Head 47", 3},
}

// TestSplitBulletBriefing checks that bullets of other matters end up
// in other threads, wherever they stand, and that a table's rows stay
// together with the line that introduces them; and that without the list
// rules that does not happen (the test would be idle if the rules changed
// nothing here). Bullets of one matter join only when their words are
// clearly alike, so the test does not ask for that; nor where the table
// goes, since its rows name the places of every other matter.
func TestSplitBulletBriefing(t *testing.T) {
	texts, want := unzip(coastBriefing)
	df := fixtureStats(texts)
	table := 8 // the table's first unit: its introduction
	right := func(o Options) ([]int, bool) {
		o.Stats = df
		got := threadOf(first(splitWith(paragraphs(texts), nil, o, false)), len(texts))
		for i := range texts {
			for j := range texts {
				same := got[i] == got[j]
				if (i < table && j < table && same && want[i] != want[j]) || (i >= table && j >= table && !same) {
					return got, false
				}
			}
		}
		return got, true
	}
	if got, ok := right(Options{}); !ok {
		t.Errorf("threads %v, want no thread across the matters of %v and the table, from %d on, in one", got, want, table)
	}
	if got, ok := right(Options{ListsOff: ListBullets | ListTables | ListSingle}); ok {
		t.Errorf("without the list rules the threads are already right (%v): the fixture tests nothing", got)
	}
}

// cityLivePage is a live page of our own writing: time-stamped posts on
// three matters (a council budget vote, a water main burst, a bus
// strike) that come and go, some with a paragraph after the post.
var cityLivePage = []para{
	{"8.05am: Good morning. Councillors in Harwick vote today on a budget that would close four libraries and raise parking charges across the city.", 0},
	{"The council says it must find £14million of savings by April after its grant was cut again.", 0},
	{"8.20am: A burst water main has flooded Station Road in Harwick, and engineers from Vale Water are on their way.", 1},
	{"9.02am: Bus drivers at Harwick Coaches have walked out for the day in a row over rotas, leaving most routes in the city without a service.", 2},
	{"The union said drivers had been working twelve-hour shifts without proper breaks since the summer.", 2},
	{"9.40am: Library users have gathered outside the town hall with placards before the budget vote, chanting that books are not a luxury.", 0},
	{"10.15am: Vale Water says the burst pipe has been isolated, but homes in three streets will have low pressure until this evening.", 1},
	{"11.30am: The coach company says talks with drivers will resume on Friday and apologised to passengers stranded at the depot.", 2},
	{"12.45pm: The budget has passed by 31 votes to 24, so the four libraries will close in the spring.", 0},
	{"Opposition councillors called the closures a false economy that would hurt children and older readers most.", 0},
	{"1.10pm: Station Road has reopened to traffic after the flood water drained away.", 1},
}

// TestSplitLivePage checks that the posts of a live page about other
// matters end up in other threads, and that without the entry rule that
// does not happen.
func TestSplitLivePage(t *testing.T) {
	texts, want := unzip(cityLivePage)
	df := fixtureStats(texts)
	apart := func(o Options) ([]int, bool) {
		o.Stats = df
		got := threadOf(first(splitWith(paragraphs(texts), nil, o, false)), len(texts))
		for i := range texts {
			for j := range texts {
				if got[i] == got[j] && want[i] != want[j] {
					return got, false
				}
			}
		}
		return got, true
	}
	if got, ok := apart(Options{}); !ok {
		t.Errorf("threads %v, want no thread across the matters of %v", got, want)
	}
	if got, ok := apart(Options{ListsOff: ListEntries}); ok {
		t.Errorf("without the entry rule the matters are already apart (%v): the fixture tests nothing", got)
	}
}

// fixtureStats returns archive statistics for a list fixture's texts:
// every fixture paragraph of the package a document.
func fixtureStats(texts []string) *DocFreq {
	df := NewDocFreq()
	for _, p := range texts {
		df.Add(p)
	}
	for _, p := range roundup {
		df.Add(p.text)
	}
	for _, p := range councilRoundup {
		df.Add(p.text)
	}
	for _, p := range single {
		df.Add(p)
	}
	return df
}

func TestBulletCarriesOn(t *testing.T) {
	tests := []struct {
		u    string
		want bool
	}{
		{"* His sister said the family had been 'beyond relieved'.", true},
		{"* Her appointment makes her the first woman to lead the orchestra.", true},
		{"* Chief executive Ann Lowe said orders were ahead of forecasts.", true},
		{"* Mr Pellow said the ramp would be tested again on Friday.", true},
		{"* Analysts had expected a smaller fall.", true},
		{"* 'We are over the moon,' said the winner.", true},
		{"* But the ferry will not run on Sundays until the spring.", true},
		// fresh items
		{"* The ferry service resumes on Monday.", false},
		{"* Two primary schools in Wrexford will stay closed until Thursday.", false},
		{"* It comes as bus fares in the county rise by 8 per cent.", false},
		{"* 4,200: the number of trees planted along the river this year.", false},
		{"* Councillors in Harwick welcomed the decision to keep the library open.", false},
	}
	for _, tc := range tests {
		if got := bulletCarriesOn(tc.u); got != tc.want {
			t.Errorf("bulletCarriesOn(%q) = %v, want %v", tc.u, got, tc.want)
		}
	}
}

func TestAnsweredLetters(t *testing.T) {
	const (
		head    = "Can my landlord keep the whole of my deposit?"
		letter  = "I rented a flat in Bideford for three years and left it spotless, but my landlord says he will keep the deposit."
		letter2 = "My late uncle left me his caravan, but the site owner says I must sell it to him at a price he names."
		sign    = "Name and address supplied"
		reply   = "Ruth Mabry replies: He cannot simply keep it. Your deposit must be held in a protection scheme."
		reply2  = "Ruth Mabry replies: Read the site agreement first, since it sets out who may buy the caravan."
		more    = "Write to the scheme and ask for its free dispute service, which costs you nothing."
	)
	tests := []struct {
		name       string
		units      []string
		wantOpens  []bool
		wantJoined []bool
	}{
		{"each answered letter opens an item, with its headline",
			[]string{head, letter, reply, more, letter2, reply2, more},
			[]bool{true, false, false, false, true, false, false},
			[]bool{false, true, true, false, false, true, false}},
		{"a letter signed on a line of its own",
			[]string{letter, sign, reply, more, letter2, sign, reply2},
			[]bool{true, false, false, false, true, false, false},
			[]bool{false, true, true, false, false, true, true}},
		{"one reply is no column of letters",
			[]string{letter, reply, more, letter2, more},
			nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opens, joined := answeredLetters(tc.units)
			if !slices.Equal(opens, tc.wantOpens) || !slices.Equal(joined, tc.wantJoined) {
				t.Errorf("answeredLetters = %v, %v; want %v, %v", opens, joined, tc.wantOpens, tc.wantJoined)
			}
		})
	}
}

func TestOpensReply(t *testing.T) {
	tests := []struct {
		u    string
		want bool
	}{
		{"Ruth Mabry replies: You can, but only after you have asked him.", true},
		{"Jo answers: Yes, and sooner than you think.", true},
		{"Dr Anna Lee Fox replies: five capitalised words are too many for a name.", false},
		{"The council replies: a name in lower case is no columnist.", false},
		{"Ruth Mabry writes: a letters page's writer.", false},
		{"He replies that he has no money.", false},
	}
	for _, tc := range tests {
		if got := opensReply(tc.u); got != tc.want {
			t.Errorf("opensReply(%q) = %v, want %v", tc.u, got, tc.want)
		}
	}
}
