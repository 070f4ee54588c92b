package thread

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

// roundup is a made-up politics round-up with three matters: a vote on a
// customs union amendment, reform of the European Convention on Human
// Rights, and a meeting between Nigel Farage and Jordan Bardella. The
// customs union vote comes back in the last paragraph after the aside.
var roundup = []struct {
	text   string
	thread int
}{
	{"MPs will vote on Tuesday on a cross-party amendment that would commit the Government to negotiating a customs union with the European Union, in a showdown that has split the Labour benches.", 0},
	{"The amendment, tabled by the Liberal Democrats and backed by a handful of Labour backbenchers, would require ministers to open customs union talks with Brussels within six months.", 0},
	{"Trade Secretary Peter Kyle told the Commons that a customs union would tie Britain's hands in trade talks with India and the Gulf states, and urged Labour MPs to reject the amendment.", 0},
	{"Whips expect around thirty Labour rebels to back the customs union amendment, not enough to overturn the Government's majority.", 0},
	{"It comes as the Justice Secretary set out plans to reform how the European Convention on Human Rights is applied in British courts, in an attempt to speed up deportations of foreign criminals.", 1},
	{"Under the proposals, judges would be told to give less weight to Article 8 of the Convention, the right to family life, when foreign offenders appeal against deportation orders.", 1},
	{"Human rights lawyers said the Convention reform would breach Britain's treaty obligations and warned that the Strasbourg court could overrule the changes.", 1},
	{"Meanwhile, Reform UK leader Nigel Farage flew to Paris to meet Jordan Bardella, president of the French National Rally, for talks on migration in the Channel.", 2},
	{"Farage and Bardella posed for photographs outside a Paris restaurant, and the National Rally said the pair had discussed small boats and returns agreements.", 2},
	{"A Reform spokesman said Farage would not join any European alliance with Bardella's party but admired its stance on Channel crossings.", 2},
	{"Back in Westminster, Labour rebels said they would press ahead with the customs union vote whatever the whips threatened, arguing that a customs union with the EU is the quickest way to cut costs for exporters.", 0},
}

// single is a made-up single-topic article: a council's flood defence
// scheme, told from several angles, which must stay one thread.
var single = []string{
	"A £40 million flood defence scheme for the centre of Shrewsbury has been approved by Shropshire Council after three winters of flooding along the River Severn.",
	"The scheme will raise the riverside walls by up to a metre and install demountable barriers at the Frankwell car park, which flooded five times last year.",
	"Council leader Lezley Picton said the flood defences would protect more than 600 homes and businesses in the town centre from the river.",
	"Work on the walls is due to start in the spring and take two years, with the Environment Agency paying most of the cost of the barriers.",
	"Traders on the Frankwell side of the river welcomed the decision, saying repeated floods had cost them tens of thousands of pounds in lost stock.",
	"One shop owner said she had moved her stock upstairs four times since 2020 and had almost given up on the town centre before the scheme was approved.",
	"The Environment Agency said climate change meant the Severn would flood more often and that the barriers had been designed for higher river levels.",
	"Opponents had argued the taller walls would spoil views of the river, but the council said the design used local sandstone to match the old town walls.",
}

func paragraphs(texts []string) []article.Paragraph {
	ps := make([]article.Paragraph, len(texts))
	for i, t := range texts {
		ps[i] = article.Paragraph{Text: t}
	}
	return ps
}

func TestSplitRoundup(t *testing.T) {
	var texts []string
	for _, p := range roundup {
		texts = append(texts, p.text)
	}
	threads := Split(paragraphs(texts), nil, nil)
	if len(threads) != 3 {
		t.Fatalf("got %d threads, want 3: %+v", len(threads), threads)
	}
	got := make([]int, len(texts))
	for _, th := range threads {
		for _, p := range th.Paragraphs {
			got[p] = th.N - 1
		}
	}
	for i, p := range roundup {
		if got[i] != p.thread {
			t.Errorf("paragraph %d in thread %d, want %d", i, got[i], p.thread)
		}
	}
	// each label must hold at least one word naming its matter
	wantWords := [][]string{{"customs", "union"}, {"convention", "rights", "deportation"}, {"bardella", "farage"}}
	for i, th := range threads {
		n := len(strings.Fields(th.Label))
		if n < 2 || n > 5 {
			t.Errorf("thread %d label %q has %d words, want 2–5", th.N, th.Label, n)
		}
		ok := false
		for _, w := range wantWords[i] {
			ok = ok || strings.Contains(strings.ToLower(th.Label), w)
		}
		if !ok {
			t.Errorf("thread %d label %q does not name its matter (%v)", th.N, th.Label, wantWords[i])
		}
		t.Logf("thread %d: %q %v", th.N, th.Label, th.Paragraphs)
	}
}

func TestSplitSingleTopic(t *testing.T) {
	threads := Split(paragraphs(single), nil, nil)
	if len(threads) != 1 {
		t.Fatalf("single-topic article split into %d threads: %+v", len(threads), threads)
	}
	if len(threads[0].Paragraphs) != len(single) {
		t.Errorf("thread holds %d paragraphs, want %d", len(threads[0].Paragraphs), len(single))
	}
}

func TestSplitSkipsBoilerplate(t *testing.T) {
	ps := paragraphs(single)
	ps = append(ps[:2:2], append([]article.Paragraph{{Text: "Advertisement", Boilerplate: true}}, ps[2:]...)...)
	threads := Split(ps, nil, nil)
	for _, th := range threads {
		for _, p := range th.Paragraphs {
			if p == 2 {
				t.Fatalf("boilerplate paragraph 2 was threaded: %+v", threads)
			}
		}
	}
	if n := len(threads[0].Paragraphs); n != len(single) {
		t.Errorf("got %d paragraphs, want %d", n, len(single))
	}
	if got := Split([]article.Paragraph{{Text: "+3", Boilerplate: true}}, nil, nil); got != nil {
		t.Errorf("all-boilerplate story gave %+v, want nil", got)
	}
}

func TestSegmentUnitsEdgeCases(t *testing.T) {
	tests := []struct {
		name  string
		units []string
		want  []int
	}{
		{"empty", nil, []int{}},
		{"one", []string{"Only one paragraph here."}, []int{0}},
		{"stopwords only", []string{"It is what it is.", "And so it was."}, []int{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := SegmentUnits(tc.units, Options{})
			if len(got) != len(tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestIsSubhead(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"STRICTLY KNICKERS TO THE VICAR", true},
		{"Lord of the manor goes to market", true},
		{"Bishop's bike gets a puncture...", true},
		{"The council approved the plan on Tuesday.", false},
		{"Yes.", false},
		{strings.Repeat("word ", 20), false},
		// a diary's tease crosshead: a short question or exclamation
		{"Whose face is it anyway?", true},
		{"A tiara for Clemmie?", true},
		{"Speech! Speech!", true},
		{"Why?", false},                                                    // one word: a sentence of the text
		{"'Who does he think he is?'", false},                              // a quotation
		{"Q: When will it arrive?", false},                                 // an explainer's question
		{"So what went wrong with the bid, and who knew it first?", false}, // too long
		{"There was about £2,000 in it. Has the money gone?", false},       // too long
		{"Can my landlord keep the whole of my deposit?", true},            // an agony column's question
		{"Should I pay off the loan or save the money first?", false},      // 11 words: too long
		{"What a night it was for the whole of the village!", false},       // a long exclamation
		{"Bishop's bike gets a puncture!", true},
	}
	for _, tc := range tests {
		if got := isSubhead(tc.in); got != tc.want {
			t.Errorf("isSubhead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestTermsAndDocFreq(t *testing.T) {
	got := Terms("The ministers said the Ministers' convention was reformed.")
	want := map[string]bool{"minist": true, "convent": true, "reform": true}
	if len(got) != len(want) {
		t.Fatalf("Terms = %v, want stems of %v", got, want)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("unexpected term %q in %v", g, got)
		}
	}
	df := NewDocFreq()
	df.Add("customs union vote")
	df.Add("the customs union")
	if df.N() != 2 || df.DF("custom") != 2 || df.DF("vote") != 1 {
		t.Errorf("DocFreq: N=%d DF(custom)=%d DF(vote)=%d", df.N(), df.DF("custom"), df.DF("vote"))
	}
}

func TestLabelAvoidsGenericWords(t *testing.T) {
	mine := []string{
		"The government said people would be told about the pension triple lock review next week.",
		"Ministers said the triple lock on the state pension would be reviewed, the government said.",
	}
	others := []string{"The government said people would get more time to file tax returns."}
	l := strings.ToLower(Label(mine, others, nil))
	for _, bad := range []string{"said", "government", "people"} {
		if strings.Contains(l, bad) {
			t.Errorf("label %q contains generic word %q", l, bad)
		}
	}
	if !strings.Contains(l, "lock") && !strings.Contains(l, "pension") {
		t.Errorf("label %q misses the matter (triple lock / pension)", l)
	}
}

func BenchmarkSplit(b *testing.B) {
	var texts []string
	for _, p := range roundup {
		texts = append(texts, p.text)
	}
	texts = append(texts, single...)
	ps := paragraphs(texts)
	b.ResetTimer()
	for b.Loop() {
		Split(ps, nil, nil)
	}
}
