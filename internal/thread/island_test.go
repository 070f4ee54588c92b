package thread

import (
	"testing"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
)

func TestSpanWithin(t *testing.T) {
	for _, c := range []struct {
		in, out span
		want    bool
	}{
		{span{2, 3}, span{0, 5}, true},
		{span{2, 3}, span{2, 5}, false}, // they open together
		{span{2, 5}, span{0, 5}, false}, // they end together
		{span{0, 1}, span{2, 5}, false}, // before it
		{span{0, 6}, span{2, 5}, false}, // around it
	} {
		if got := c.in.within(c.out); got != c.want {
			t.Errorf("%v within %v = %v, want %v", c.in, c.out, got, c.want)
		}
	}
}

func TestIslandStory(t *testing.T) {
	for _, c := range []struct {
		name  string
		units []string
		want  bool
	}{
		{"a sentence per line", []string{"Reid has checked into rehab.", "Her rep said so.", "She is 33.", "She hosted a show."}, false},
		{"paragraphs of sentences", []string{"Reid has checked into rehab. Her rep said so.", "She is 33.", "She hosted a show.", "It ran for a year."}, true},
	} {
		if got := islandStory(c.units); got != c.want {
			t.Errorf("%s: islandStory = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestMostlyNames(t *testing.T) {
	for u, want := range map[string]bool{
		"Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der Walt.": true,
		"Water treatment specialist Aquila Clean added 8 per cent after it won a contract.":   false,
	} {
		ws := tokenizeAll([]string{u})[0]
		if got := mostlyNames(ws); got != want {
			t.Errorf("mostlyNames(%q) = %v, want %v", u, got, want)
		}
	}
}

// A round-up tells the housing plan in two parts with the bus strike
// between them. The two parts rejoin by their words; the strike, which
// opens bare and shares no word with the plan, stays a matter of its
// own instead of being carried into the plan by the sequence.
func TestInterruptionStaysApart(t *testing.T) {
	units := []string{
		"Councillors in Wardley have approved plans for 400 new homes on the old quarry site. The scheme includes a primary school and a surgery.",
		"The housing plan was opposed by residents, who said the roads near the quarry could not take more traffic. The council said new junctions would be built.",
		"Bus drivers at Northern Meridian will walk out for three days next week in a row over pay. The union said talks had broken down.",
		"Drivers rejected an offer of four per cent on Monday. Services across the region will be cut to a skeleton timetable during the strike.",
		"Work on the quarry homes is due to start in the spring, and the first residents could move in by next winter. The council said the school would open later.",
	}
	ids := SegmentUnits(units, Options{})
	if ids[0] != ids[4] {
		t.Fatalf("the housing plan's two parts came apart: %v", ids)
	}
	if ids[2] == ids[0] || ids[3] == ids[0] {
		t.Errorf("the strike was carried into the housing plan: %v", ids)
	}
}

func TestOpensAsking(t *testing.T) {
	for u, want := range map[string]bool{
		"Veritas? The name will doom it.":                         true,
		"Interesting that a party should have a Latin name!":      true,
		"'Why now?' she asked. Nobody knew.":                      true,
		"Shares rose 2.5 per cent. Was it enough?":                false,
		"The council met on Monday":                               false,
		"Mr Smith asked whether it would work. He got no answer.": false,
	} {
		if got := opensAsking(u); got != want {
			t.Errorf("opensAsking(%q) = %v, want %v", u, got, want)
		}
	}
}

func TestApart(t *testing.T) {
	// units 0-1 and 2-3 touch at the gap before unit 2
	owner := []int{0, 0, 1, 1}
	a, b := []int{0, 1}, []int{2, 3}
	set := func(bare, roll, asks, loose bool) *islandSet {
		s := &islandSet{gaps: &bareGapSet{gap: make([]bool, 4)}, roll: make([]bool, 4), asks: make([]bool, 4), loose: loose}
		s.gaps.gap[2], s.roll[2], s.asks[2] = bare, roll, asks
		return s
	}
	o := Options{}.withDefaults()
	for _, c := range []struct {
		name  string
		s     *islandSet
		a, b  []int
		words float64
		sim   float64
		want  bool
	}{
		{name: "bare junction", s: set(true, false, false, true), a: a, b: b, words: 40, sim: 0.02, want: true},
		{name: "junction not bare", s: set(false, false, false, true), a: a, b: b, words: 40, sim: 0.02},
		{name: "set out as items", s: set(true, false, false, false), a: a, b: b, words: 40, sim: 0.02},
		{name: "a roll of names", s: set(true, true, false, true), a: a, b: b, words: 40, sim: 0.02},
		{name: "a question", s: set(true, false, true, true), a: a, b: b, words: 40, sim: 0.02},
		{name: "words in common", s: set(true, false, false, true), a: a, b: b, words: 40, sim: 0.2},
		{name: "too short", s: set(true, false, false, true), a: a, b: b, words: 12, sim: 0.02},
		{name: "a single unit", s: set(true, false, false, true), a: []int{1}, b: b, words: 40, sim: 0.02},
		{name: "no rule", a: a, b: b, words: 40, sim: 0.02},
	} {
		if got := c.s.apart(c.a, c.b, owner, 1, c.words, c.words, c.sim, o); got != c.want {
			t.Errorf("%s: apart = %v, want %v", c.name, got, c.want)
		}
	}
}

// A round-up not set out as items tells the bypass and then the
// library, each in three paragraphs that share no word with the other
// matter. The sequence alone must not carry one into the other.
func TestBareJunctionStaysApart(t *testing.T) {
	units := []string{
		"Work on the Hallam bypass will begin in March after ministers approved the final route. The road is expected to cost £90million and take three years to build.",
		"Engineers say the route avoids the wetlands north of the town. Residents along the old road have long complained about lorries rattling their windows at night.",
		"The bypass was first proposed in 1998. Campaigners who fought it for two decades said they were disappointed but would not go to court again.",
		"Volunteers in Ashcombe have reopened the village library, eighteen months after the county closed it to save money. Some 3,000 books were donated by families.",
		"Opening hours are limited to weekends for now. Organisers hope to add a children's reading morning in the autumn, and a café if grants allow.",
		"Parish councillor Nora Pell, who led the volunteers, said the shelves were full within a week. Borrowing is free, although donations are welcome.",
	}
	ids := SegmentUnits(units, Options{})
	if ids[0] != ids[2] || ids[3] != ids[5] {
		t.Fatalf("a matter came apart: %v", ids)
	}
	if ids[2] == ids[3] {
		t.Errorf("the library was carried into the bypass: %v", ids)
	}
	t.Logf("without the rule: %v", SegmentUnits(units, Options{JunctionOff: true}))
}

func TestCueAside(t *testing.T) {
	cued := []bool{false, false, true, false, false, false}
	o := Options{}.withDefaults()
	for _, c := range []struct {
		name    string
		in, out span
		units   int
		words   float64
		sim     float64
		cued    []bool
		want    bool
	}{
		{name: "aside opened by a cue", in: span{2, 3}, out: span{0, 5}, units: 2, words: 40, sim: 0.05, cued: cued, want: true},
		{name: "no cue", in: span{2, 3}, out: span{0, 5}, units: 2, words: 40, sim: 0.05, cued: make([]bool, 6)},
		{name: "not within", in: span{2, 5}, out: span{0, 1}, units: 4, words: 40, sim: 0.05, cued: cued},
		{name: "words in common", in: span{2, 3}, out: span{0, 5}, units: 2, words: 40, sim: 0.2, cued: cued},
		{name: "a single unit", in: span{2, 2}, out: span{0, 5}, units: 1, words: 40, sim: 0.05, cued: cued},
		{name: "too short", in: span{2, 3}, out: span{0, 5}, units: 2, words: 12, sim: 0.05, cued: cued},
		{name: "rule off", in: span{2, 3}, out: span{0, 5}, units: 2, words: 40, sim: 0.05},
	} {
		if got := cueAside(c.in, c.out, c.units, c.words, c.sim, c.cued, o); got != c.want {
			t.Errorf("%s: cueAside = %v, want %v", c.name, got, c.want)
		}
	}
}

// A report written a sentence to a paragraph tells a second matter after
// "It comes as…" and then goes back to its own. The aside shares few
// words with the report and must not be carried into it by the sequence
// where the report resumes.
func TestCueAsideStaysApart(t *testing.T) {
	units := []string{
		"Thousands of ferry passengers face disruption over Easter after deckhands voted to strike in a row over rotas and overtime.",
		"Members of the Maritime Crew Union backed walkouts by 78 per cent on a turnout of 61 per cent, clearing the legal threshold for action.",
		"The union said the first 48-hour strike could come as early as the Thursday before Easter, hitting the busiest sailings of the spring.",
		"General secretary Morwenna Price said: 'Our members keep these ships running in every weather, and they have had enough of being taken for granted.'",
		"Ferry managers said they were 'disappointed' and urged the union to return to talks. Contingency plans would keep some crossings running.",
		"It comes as passengers were told that ferry fares on the Solent will rise by 9 per cent after Easter, the biggest increase in a decade.",
		"Maritime minister Ivor Penhale said the rise was below inflation and that the money would be 'ploughed back into better boats'.",
		"But Gethin Morgan, of the campaign group Fair Fares Now, said: 'Islanders are being asked to pay more for a service that is cancelled every other weekend.'",
		"Transport Secretary Alys Brennan called the strike vote 'deeply irresponsible' and said it would 'ruin Easter for thousands of families'.",
		"Ms Price hit back, saying the Transport Secretary had 'never set foot on a car deck in her life'.",
	}
	var ps []article.Paragraph
	df := NewDocFreq()
	for _, u := range units {
		ps = append(ps, article.Paragraph{Text: u})
		df.Add(u)
	}
	threadOf := map[int]int{}
	for _, th := range first(splitWith(ps, actor.Extract(ps), Options{Stats: df}, false)) {
		for _, p := range th.Paragraphs {
			threadOf[p] = th.N
		}
	}
	if threadOf[5] == threadOf[0] || threadOf[6] == threadOf[0] || threadOf[7] == threadOf[0] {
		t.Errorf("the fares aside was carried into the strike report: %v", threadOf)
	}
	if threadOf[8] != threadOf[0] {
		t.Errorf("the strike report did not resume after the aside: %v", threadOf)
	}
}
