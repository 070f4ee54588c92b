package thread

import (
	"math"
	"strings"
	"testing"
)

func TestPlainStory(t *testing.T) {
	tests := []struct {
		name  string
		units []string
		want  bool
	}{
		{"one sentence a line", []string{
			"Flood waters closed the Amber Bridge on Sunday.",
			"Engineers said the road would reopen on Tuesday.",
			"Drivers were told to use the ring road instead.",
			"The river peaked at noon.",
		}, true},
		{"a headline on the first line is no sub-head of an item", []string{
			"Amber Bridge closed by floods",
			"Flood waters closed the Amber Bridge on Sunday.",
			"Engineers said the road would reopen on Tuesday.",
			"Drivers were told to use the ring road instead.",
		}, true},
		{"a cue turns to another matter", []string{
			"Flood waters closed the Amber Bridge on Sunday.",
			"Engineers said the road would reopen on Tuesday.",
			"Meanwhile, the council approved a new cycle lane.",
			"It will run along the harbour front.",
		}, false},
		{"a sub-head inside the story", []string{
			"Flood waters closed the Amber Bridge on Sunday.",
			"Engineers said the road would reopen on Tuesday.",
			"Harbour works",
			"The council approved a new cycle lane.",
		}, false},
		{"paragraphs of several sentences", []string{
			"Flood waters closed the Amber Bridge on Sunday. Engineers said it would reopen on Tuesday.",
			"Drivers were told to use the ring road. Queues built up by mid-morning.",
			"The river peaked at noon.",
			"Shops on the quay stayed shut. Their owners began clearing up.",
		}, false},
		{"one long paragraph in four is still a sentence a line", []string{
			"Flood waters closed the Amber Bridge on Sunday.",
			"Engineers said the road would reopen on Tuesday. Inspections start at dawn.",
			"Drivers were told to use the ring road instead.",
			"The river peaked at noon.",
			"Shops on the quay stayed shut.",
		}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			heads := headings(tc.units)
			shifts := make([]bool, len(tc.units))
			for u, x := range tc.units {
				shifts[u] = opensShift(x)
			}
			if got := plainStory(tc.units, heads, shifts); got != tc.want {
				t.Errorf("plainStory = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStoryPrior(t *testing.T) {
	o := Options{}.withDefaults()
	tests := []struct {
		total, short, want float64
	}{
		{0, 600, o.StoryPrior},
		{300, 600, o.StoryPrior / 2},
		{600, 600, 0},
		{900, 600, 0},
		{750, o.PlainStory, o.StoryPrior * (1 - 750/o.PlainStory)},
	}
	for _, tc := range tests {
		if got := storyPrior(tc.total, tc.short, o); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("storyPrior(%v, %v) = %v, want %v", tc.total, tc.short, got, tc.want)
		}
	}
	if got := storyPrior(10, 600, Options{StoryPrior: -1}); got != 0 {
		t.Errorf("negative StoryPrior should switch the prior off, got %v", got)
	}
}

// TestSplitPlainStory splits invented stories written a sentence per
// line. A single article of over 600 words whose background lines (the
// company, the council) share few words with the fire they follow stays
// one thread but for an aside that shares none (the founders' museum);
// without the plain-story prior (PlainStory off) those lines split off.
// Two reports run together share no words and stay apart.
func TestSplitPlainStory(t *testing.T) {
	tests := []struct {
		name string
		body string
		opts Options
		// together lists units that must share a thread, apart units
		// that must not share it with the first of together
		together, apart []int
		threads         int // wanted thread count (0: not checked)
	}{
		{"single article", plainMill, Options{}, []int{1, 12, 19, 23, 35}, []int{15}, 2},
		{"single article, prior off", plainMill, Options{PlainStory: -1}, []int{1, 35}, []int{12, 19}, 0},
		{"two reports", plainTwo, Options{}, []int{0, 6}, []int{7, 13}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(tc.body, "\n")
			threads, _ := splitWith(paragraphs(lines), nil, tc.opts, false)
			of := map[int]int{}
			for _, th := range threads {
				for _, p := range th.Paragraphs {
					of[p] = th.N
				}
			}
			if tc.threads > 0 && len(threads) != tc.threads {
				t.Errorf("%d threads, want %d", len(threads), tc.threads)
			}
			first := of[tc.together[0]]
			for _, u := range tc.together[1:] {
				if of[u] != first {
					t.Errorf("unit %d in thread %d, want %d (with unit %d)", u, of[u], first, tc.together[0])
				}
			}
			for _, u := range tc.apart {
				if of[u] == first {
					t.Errorf("unit %d joined unit %d's thread", u, tc.together[0])
				}
			}
			if t.Failed() {
				for _, th := range threads {
					t.Logf("thread %d: %v", th.N, th.Paragraphs)
				}
			}
		})
	}
}

// plainMill is one invented report, a sentence per line, with an aside.
const plainMill = `Fire guts Halden paper mill, hundreds of jobs in doubt
A fire tore through the Halden paper mill on the banks of the Orrin river late on Wednesday night, destroying its main production hall.
More than sixty firefighters from four stations fought the blaze for nine hours before bringing it under control at dawn on Thursday.
Nobody was hurt, the regional fire service said, because the night shift had left the hall for a break when the alarm sounded.
Flames were seen from the motorway six miles away, and thick smoke drifted over the town for most of the morning.
Residents of streets near the mill were told to keep windows and doors shut until the air had been tested.
The fire service said the cause was not yet known and that investigators would begin work once the building was safe to enter.
Station commander Ellen Marsh said the roof of the hall had collapsed within an hour of the first call.
"Our crews did everything they could to stop it spreading to the warehouse and the chemical store," she said.
"That they managed it is the one piece of good news today."
The mill employs about 420 people and is the largest private employer in Halden.
Its owner, Norvik Paper, said production would stop for at least several weeks while the damage was assessed.
Chief executive Piet Lund told staff at a meeting on Thursday afternoon that nobody would lose pay this month.
He said the company was insured and intended to rebuild, but could not yet say how long that would take.
Union officials said workers were shocked and wanted clear answers about their future.
The Carrow brothers, who founded the business in 1888, made their fortune shipping timber to the coast.
Their grand villa on Lantern Hill later became a school, then a museum of river trade.
Its collection of barge models and old ledgers draws thousands of visitors every summer.
The museum's curator, Tom Hesk, said its archive held letters written by both brothers.
Local shops said they feared a long closure would hit trade across the town centre.
The town's mayor, Ruth Anvik, called an emergency council meeting for Friday to discuss support for the mill's workers.
She said the council would ask the regional government for help with retraining and short-term grants.
Norvik Paper bought the mill eight years ago and has spent heavily on new machines since then.
Last year it announced plans to double the output of recycled packaging board at the site.
Those plans are now on hold, Mr Lund said.
Environmental officers were testing water in the Orrin downstream of the mill on Thursday.
They said early results showed no sign of pollution from the water used to fight the fire.
Police have closed the road along the river between the mill and the old bridge.
It is expected to stay closed until the weekend while crews make the walls safe.
Investigators from the fire service and Norvik Paper's insurers are expected at the site on Friday.
A spokesman for the insurers said it was too early to put a figure on the cost of the damage.
Workers gathered outside the gates on Thursday evening to watch crews damp down the last of the smouldering paper stock.
Many said they had worked at the mill for decades, as their parents had before them.
"This place is the reason Halden exists," said one machine operator who had worked the night shift.
Norvik Paper said it would hold a second meeting with staff and union officials next week.
The company said it would also look at whether some work could be moved temporarily to its sister plant at Brenna.`

// plainTwo is two invented reports, a sentence per line, run together.
const plainTwo = `Drought forces water limits across the Vell valley
Farmers in the Vell valley have been told to cut their use of river water by a third from Monday.
The regional water board said the river had fallen to its lowest summer level in forty years.
Irrigation will be allowed only at night, when less water is lost to the heat.
Growers of soft fruit said the limits could ruin much of this year's harvest.
The board said it would review the order every fortnight until the autumn rains arrive.
Householders have also been asked not to water gardens or wash cars.
Orbital launch of Kestra satellite postponed after engine fault
A rocket carrying the Kestra weather satellite was stood down minutes before lift-off on Tuesday.
Engineers found a fault in a valve on one of its five first-stage engines.
The launch company said the payload was safe and a new date would be set within days.
Kestra is meant to replace an ageing probe that has watched Atlantic storms since 2009.
Its cameras can photograph a hurricane's eye every thirty seconds.
Scientists said a short delay would not harm their forecasts this season.`
