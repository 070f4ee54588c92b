package nlp

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// newsText is realistic English news copy written for these tests.
const newsText = `Chancellor Rachel Reeves has defended her plans to raise taxes on employers, telling MPs on Wednesday that the Treasury had "no choice" after the Office for Budget Responsibility cut its growth forecast for next year.

Speaking in the House of Commons, Ms Reeves said the government would not return to austerity. "We are fixing the foundations," she said. The shadow chancellor, Mel Stride, accused her of breaking Labour's promises to working people and said the Conservatives would vote against the measures.

The Liberal Democrat leader, Sir Ed Davey, called for an emergency package for care homes. Davey's party, which won 72 seats at the general election, wants the NHS to receive an extra £8bn over the next three years.

In Brussels, the European Commission said talks with the UK on a new veterinary agreement would begin in March. A spokesman for Downing Street said Prime Minister Keir Starmer hoped a deal could be signed before the summer, but warned that "difficult questions" about fishing rights remained.

Shares in Barclays rose 3.2% in London after the bank reported higher-than-expected profits, while BP fell after oil prices slipped. The FTSE 100 closed up 41 points at 8,312. Analysts at Goldman Sachs said the Bank of England was likely to cut interest rates again in February, with Governor Andrew Bailey expected to signal caution.

In Washington, President Donald Trump said he would meet Chinese President Xi Jinping in Beijing next month. The White House declined to comment on reports that tariffs on steel imports from Canada and Mexico could be lifted.

Manchester United manager Ruben Amorim said his side had been "unlucky" after a 2-1 defeat by Tottenham Hotspur at Old Trafford on Sunday. Son Heung-min scored the winner in the 88th minute.

Police in Leeds said a 34-year-old man had been arrested on suspicion of fraud after an investigation by West Yorkshire Police and the National Crime Agency. He was released on bail and is due to appear before magistrates in Bradford on 14 January.

Scotland's First Minister John Swinney told the Scottish Parliament in Edinburgh that the SNP government would publish its budget on Thursday. Scottish Labour leader Anas Sarwar said ministers had "lost control" of NHS waiting lists, while the Scottish Conservatives called for a freeze in council tax.

In Paris, French President Emmanuel Macron met German Chancellor Friedrich Merz to discuss defence spending ahead of a Nato summit in The Hague. Both leaders said Europe had to do more to support Ukraine, and Mr Macron urged the European Union to agree a new borrowing plan before the end of the year.

Tesco said like-for-like sales rose 4.1% in the 12 weeks to January, helped by strong demand for its Finest range, and chief executive Ken Murphy said the supermarket had gained market share from Sainsbury's and Asda. Shares in Marks & Spencer fell 2% after the retailer warned that higher costs would weigh on margins.
`

func TestEntitiesEmbedded(t *testing.T) {
	tests := []struct {
		text string
		want []string // TYPE:text that must be found
		not  []string // texts that must not be tagged as any entity
	}{
		{
			text: "Chancellor Rachel Reeves met Sir Ed Davey, the Liberal Democrat leader, in London on Monday.",
			want: []string{"PER:Rachel Reeves", "PER:Ed Davey", "LOC:London"},
			not:  []string{"Monday", "Chancellor"},
		},
		{
			text: "British exports fell in March, the Office for National Statistics said on Thursday.",
			want: []string{"ORG:Office for National Statistics"},
			not:  []string{"March", "Thursday", "British exports"},
		},
		{
			text: "Mr Blair told the BBC that Gordon Brown would stay at the Treasury.",
			want: []string{"PER:Blair", "ORG:BBC", "PER:Gordon Brown", "ORG:Treasury"},
		},
		{
			text: "Downing Street said the Chancellor retained the confidence of the Prime Minister. Dame Andrea Jenkyns and Lord Mandelson disagreed.",
			want: []string{"ORG:Downing Street", "PER:Andrea Jenkyns", "PER:Mandelson"},
			not:  []string{"Chancellor", "Dame", "Prime Minister", "Lord Mandelson", "Dame Andrea Jenkyns"},
		},
		{
			text: "Vodafone said on Tuesday that its chief executive, Margherita Della Valle, would leave in June.",
			want: []string{"ORG:Vodafone", "PER:Margherita Della Valle"},
			not:  []string{"June", "Tuesday"},
		},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		texts := map[string]bool{}
		for _, e := range Entities(tt.text) {
			if tt.text[e.Start:e.End] != e.Text {
				t.Errorf("entity %q has offsets [%d,%d) = %q", e.Text, e.Start, e.End, tt.text[e.Start:e.End])
			}
			got[e.Type+":"+e.Text] = true
			texts[e.Text] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: missing %s; got %v", tt.text, w, got)
			}
		}
		for _, n := range tt.not {
			if texts[n] {
				t.Errorf("%q: %q should not be an entity; got %v", tt.text, n, got)
			}
		}
	}
}

func TestEntitiesNewsText(t *testing.T) {
	var persons []string
	for _, e := range Entities(newsText) {
		if e.Type == "PER" {
			persons = append(persons, e.Text)
		}
		switch e.Text {
		case "Wednesday", "Sunday", "March", "February", "Thursday", "January", "Speaking", "Shares", "Analysts", "Police", "Both", "Finest":
			t.Errorf("%q tagged %s", e.Text, e.Type)
		case "British", "French", "German", "Scottish":
			if e.Type == "PER" {
				t.Errorf("%q tagged PER", e.Text)
			}
		}
	}
	for _, want := range []string{"Rachel Reeves", "Mel Stride", "Ed Davey", "Keir Starmer", "Andrew Bailey", "Donald Trump", "Xi Jinping", "Ruben Amorim", "John Swinney", "Anas Sarwar", "Emmanuel Macron", "Ken Murphy"} {
		found := false
		for _, p := range persons {
			found = found || p == want
		}
		if !found {
			t.Errorf("person %q not found; persons: %q", want, persons)
		}
	}
}

func TestTagShapes(t *testing.T) {
	m := DefaultModel()
	if m.Version != ModelVersion {
		t.Errorf("embedded model version %q, want %q", m.Version, ModelVersion)
	}
	words := []string{"Angela", "Merkel", "visited", "Paris", "."}
	tags := m.Tag(words)
	if strings.Join(tags, " ") != "B-PER I-PER O B-LOC O" {
		t.Errorf("Tag(%v) = %v", words, tags)
	}
	doc := m.TagDocument([][]string{words, {}, {"He", "left", "."}})
	if len(doc) != 3 || len(doc[0]) != 5 || len(doc[1]) != 0 || len(doc[2]) != 3 {
		t.Errorf("TagDocument shapes wrong: %v", doc)
	}
	if Entities("") != nil {
		t.Error("Entities of empty text should be nil")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := DefaultModel()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	a, b := m.Entities(newsText), m2.Entities(newsText)
	if len(a) != len(b) {
		t.Fatalf("reloaded model finds %d entities, original %d", len(b), len(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("entity %d: %v after reload, %v before", i, b[i], a[i])
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load of garbage should fail")
	}
}

func TestEntitiesConcurrent(t *testing.T) {
	want := Entities(newsText)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := Entities(newsText)
			if len(got) != len(want) {
				errs <- "concurrent Entities gave a different result"
				return
			}
			for i := range got {
				if got[i] != want[i] {
					errs <- "concurrent Entities gave a different result"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func BenchmarkEntities(b *testing.B) {
	DefaultModel()
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		Entities(newsText)
	}
}

// TestKeyFilter checks that the filter admits every key of the embedded
// model's table and rules out most others.
func TestKeyFilter(t *testing.T) {
	c := DefaultModel().comp
	keys := 0
	for _, s := range c.table.slots {
		if s.row >= 0 {
			keys++
			if !c.filter.mayHave(s.key) {
				t.Fatalf("filter rules out key %#x of the table", s.key)
			}
		}
	}
	admitted := 0
	const probes = 100000
	for i := uint32(0); i < probes; i++ {
		k := fold(hInt(hTpl(0xfe), int(i)))
		if c.table.get(k) < 0 && c.filter.mayHave(k) {
			admitted++
		}
	}
	if admitted > probes/10 {
		t.Errorf("filter admits %d of %d keys not in the table (%d keys)", admitted, probes, keys)
	}
}
