package thread

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

// TestReturnCueReattaches: a paragraph that opens "Back to …" goes back to
// the earlier matter even when it shares few words with it.
func TestReturnCueReattaches(t *testing.T) {
	paras := []string{
		"Harriet Vole, the opposition leader, has demanded that the government scrap its plan to sell the state forestry estate, calling it the biggest giveaway of public land in a century.",
		"Ms Vole told a rally in Ashcombe that the forests belonged to the public and that her party would force a vote on the sale before the summer recess.",
		"Meanwhile, the teachers' union has called three days of strikes in primary schools next month after talks over pay broke down on Tuesday evening.",
		"The union's general secretary, Pat Odell, said members had been left with no choice, while the education department said the offer on the table was fair.",
		"Back to the forests row: a junior environment minister, Colin Sharpe, resigned last night, saying he could not defend a policy he had argued against in private.",
	}
	var ps []article.Paragraph
	for _, p := range paras {
		ps = append(ps, article.Paragraph{Text: p})
	}
	threads := Split(ps, nil, nil)
	threadOf := map[int]int{}
	for _, th := range threads {
		for _, p := range th.Paragraphs {
			threadOf[p] = th.N
		}
	}
	if threadOf[4] != threadOf[0] {
		t.Errorf("the 'Back to' paragraph went to thread %d, the forests matter is thread %d (threads %+v)", threadOf[4], threadOf[0], threads)
	}
	if threadOf[2] == threadOf[0] {
		t.Errorf("the strike matter joined the forests thread: %+v", threads)
	}
}

// TestReturnPullGoesToLikest: a stretch that opens "Back to …" is pulled
// to the earlier matter it is most like, and only to that one: a short
// item that shares no word with it, and that the fragment pull would make
// room for, must not take the return.
func TestReturnPullGoesToLikest(t *testing.T) {
	// dimensions 0: matter A, 1: the short item F, 2: the aside C, 3: the
	// return's own words, 4: matter E
	tests := []struct {
		name string
		e    vec // the paragraph between A and F
		want []int
	}{
		{"back to A", unitVec(1, 0, 0, 0.1, 0), []int{0, 0, 1, 2, 2, 0, 0}},
		{"back to E", unitVec(0, 0, 0, 0.3, 1), []int{0, 1, 2, 3, 3, 1, 1}},
	}
	for _, tc := range tests {
		vs := []vec{
			unitVec(1, 0, 0, 0, 0), tc.e, // A, then A again or E
			unitVec(0, 1, 0, 0, 0),                         // F
			unitVec(0, 0, 1, 0, 0), unitVec(0, 0, 1, 0, 0), // C
			unitVec(0.15, 0, 0, 1, 0), unitVec(0.1, 0, 0, 1, 0), // back to A
		}
		link := []float64{0, 0, 0, 0, 0.2, 0.05, 0.2}
		sz := sizing{
			words:   []float64{60, 60, 30, 60, 60, 40, 40},
			total:   350,
			marked:  make([]bool, 7),
			returns: []bool{false, false, false, false, false, true, false},
		}
		o := Options{StoryPrior: -1}.withDefaults()
		got := reattach(vs, []int{0, 1, 2, 3, 5}, link, nil, nil, sz, o, new(summer))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOpensReturn(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"Back to the forests row: a minister resigned.", true},
		{"Back at Harrowgate, the warning prompted a string of downgrades.", true},
		{"Back at the brewery, the board promised to restart the dividend.", true},
		{"Back on the strike, business leaders warned of the cost.", true},
		{"Returning to the vote, the whips were confident.", true},
		{"Back in Kelso, the flood defences held overnight.", true},
		{"Back in the Commons, the minister faced questions.", true},
		// a look back in time, a turn or a plain opening
		{"Back in January the firm said it would grow.", false},
		{"Back in 2019, the firm said it would grow.", false},
		{"Back in hospital he was given a new hip.", false},
		{"Backed at the last minute by the council, the plan went ahead.", false},
		{"Backers of the scheme met on Monday.", false},
	} {
		if got := opensReturn(c.u); got != c.want {
			t.Errorf("opensReturn(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

func TestOpensReturnScene(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"Back at Hallam & Voss, the board promised a dividend.", true},
		{"Back on housing, the department said a shortlist was due.", true},
		{"Back at the Bull & Sparrow, the new landlords will host a quiz.", true},
		// a scene set, not a matter gone back to
		{"Back at pre-Olympic ranch in Greece, it must have seemed worse.", false},
		{"Back at home he found the door open.", false},
	} {
		if got := opensReturn(c.u); got != c.want {
			t.Errorf("opensReturn(%q) = %v, want %v", c.u, got, c.want)
		}
		if got := opensShift(c.u); got != c.want {
			t.Errorf("opensShift(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

func TestOpensReturnPostscript(t *testing.T) {
	for _, c := range []struct {
		u    string
		want bool
	}{
		{"PS: the parish council now tells me the bench will be repainted.", true},
		{"Postscript: the mayor has agreed to judge the marrow show after all.", true},
		{"A postscript on the allotment row: the committee meets on Monday.", true},
		{"A final word to Gwen: keep every receipt.", true},
		{"One final word on pensions: check the charges.", true},
		{"A last word on Bramble the donkey, who has a new home.", true},
		// not postscripts
		{"PS5 sales rose by a fifth over Christmas.", false},
		{"A final decision is expected next week.", false},
		{"A lasting power of attorney costs £82 to register.", false},
	} {
		if got := opensReturn(c.u); got != c.want {
			t.Errorf("opensReturn(%q) = %v, want %v", c.u, got, c.want)
		}
		if got := opensShift(c.u); got != c.want {
			t.Errorf("opensShift(%q) = %v, want %v", c.u, got, c.want)
		}
	}
}

// TestPostscriptReattaches checks that a diary's postscript goes back to
// the item it names, past the item just before it.
func TestPostscriptReattaches(t *testing.T) {
	paras := []string{
		"The village of Lower Tansey has been told its only post office will close in March, leaving pensioners a bus ride from the nearest counter.",
		"Postmistress Edna Crole, who has run the counter for 31 years, says the loss will be felt most by those who still draw their pensions in cash.",
		"Meanwhile, at the cricket club, the tea ladies of Tansey have won a national award for their lemon drizzle, beating 140 entries from across the country.",
		"The club's chairman says the cake has done more for membership than any new bowler, and the prize money will go on a new urn.",
		"A postscript on the post office: Mrs Crole tells me the tea ladies of the cricket club have signed the petition to keep her counter open.",
	}
	var ps []article.Paragraph
	for _, p := range paras {
		ps = append(ps, article.Paragraph{Text: p})
	}
	threads := Split(ps, nil, nil)
	threadOf := map[int]int{}
	for _, th := range threads {
		for _, p := range th.Paragraphs {
			threadOf[p] = th.N
		}
	}
	if threadOf[4] != threadOf[0] || threadOf[2] == threadOf[0] {
		t.Errorf("the postscript should join the post office item, apart from the cricket club: %+v", threads)
	}
}
