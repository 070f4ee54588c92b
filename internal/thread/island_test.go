package thread

import "testing"

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
