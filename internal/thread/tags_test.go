package thread

import "testing"

func TestItemTag(t *testing.T) {
	for _, tc := range []struct {
		text string
		tag  string
	}{
		{"Ferry delays: Crossings to the outer isles were halted for a second day.", "ferry delays"},
		{"3. Library reopens: The old reading room has its doors open again.", "library reopens"},
		{"CANADA: A herd of bison wandered on to a runway near a prairie town.", "canada"},
		{"Brightwell Mills +8.1 per cent, 212p: Won a contract for bakery ovens.", "brightwell mills +8.1 per cent, 212p"},
		{"Update: The lost kayak has been found on a beach.", "update"},
		{"Kendal Borough 2 Whitby Rovers 1: Leaders Whitby lost for the first time.", "kendal borough 2 whitby rovers 1"},
		{"Hull 24, Wigan 18: A late try settled a scrappy derby.", "hull 24, wigan 18"},
		// datelines, headlines, table rows, speech and asides are no tags
		{"Updated: Tuesday, 4 June, 10: 12 AM", ""},
		{"Published: The council has voted to close the pool.", ""},
		{"Harbour town flooded: residents moved to a school hall", ""},
		{"North West: 918", ""},
		{"Around 2: 15 a. m., the lorry left the road.", ""},
		{"Chapter 2: The stranger arrives at the inn.", ""},
		{"Let me put it plainly: The plan will cost nothing.", ""},
		{"So, to be clear: No decision has been taken.", ""},
		{"The mayor said: 'We will rebuild the pier.'", ""},
	} {
		got, ok := itemTag(tc.text)
		if ok != (tc.tag != "") || got != tc.tag {
			t.Errorf("itemTag(%q) = %q, %v; want %q", tc.text, got, ok, tc.tag)
		}
	}
}

func TestTaggedItems(t *testing.T) {
	column := []string{
		"Good morning. Here is the news.",
		"Pier reopens: The storm-damaged pier has opened to walkers again.",
		"Repairs took eight months and cost the town £2m.",
		"School prize: A class of ten-year-olds has won a national science award.",
		"Their teacher said they had built a weather station from scrap.",
		"Road works: The bypass will close overnight for resurfacing.",
	}
	got := taggedItems(column)
	want := []bool{false, true, false, true, false, true}
	if len(got) != len(want) {
		t.Fatalf("taggedItems = %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != want[k] {
			t.Fatalf("taggedItems = %v, want %v", got, want)
		}
	}
	// a transcript repeats its speakers: no items
	transcript := []string{
		"Host: Welcome to the programme tonight.",
		"Guest: Thank you for having me on.",
		"Host: Let us talk about the harbour plans.",
		"Caller: I live by the harbour and I am worried.",
	}
	if got := taggedItems(transcript); got != nil {
		t.Errorf("taggedItems(transcript) = %v, want nil", got)
	}
	// two tags are not a column
	if got := taggedItems(column[:4]); got != nil {
		t.Errorf("taggedItems(two tags) = %v, want nil", got)
	}
}

func TestOpensSighting(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Weather presenter Ida Marsh, carrying a canoe across a car park. She waved.", true},
		{"Novelist Bram Okoro, queueing for ice cream on the seafront.", true},
		{"Former rowing champion Lena Holt, signing programmes at a fete.", true},
		// a clause, a speaker, a participle after the verb
		{"Ida Marsh, speaking on Monday, said the forecast had been wrong.", false},
		{"Marsh won the race, beating her sister by a length.", false},
		{"The index fell, dragging miners lower.", false},
		{"Shares in the firm, rising for a third day, are now at a record.", false},
		{"In Leeds, Councillor Amos Pike, opening the fair, cut a ribbon.", false},
	} {
		if got := opensSighting(tc.text); got != tc.want {
			t.Errorf("opensSighting(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	column := []string{
		"Weather presenter Ida Marsh, carrying a canoe across a car park.",
		"She said it was for a charity paddle.",
		"Novelist Bram Okoro, queueing for ice cream on the seafront.",
		"Former rowing champion Lena Holt, signing programmes at a fete.",
	}
	got := taggedItems(column)
	if len(got) != 4 || !got[0] || got[1] || !got[2] || !got[3] {
		t.Errorf("taggedItems(sightings) = %v", got)
	}
}
