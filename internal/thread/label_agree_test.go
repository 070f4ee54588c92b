package thread

import (
	"hash/fnv"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/devdata"
)

// TestLabelAgreement measures how far thread labels agree with what
// people wrote: the gold labels of the round-up dev threads (each gold
// thread labelled against the story's other threads) and the headlines of
// BBC articles (each article labelled as one thread), the BBC articles in
// two halves by id so a change can be chosen on one half and checked on
// the other. It logs the figures, fails below floors set a little under
// what the labels reach today (round-up F1 0.358, BBC halves 0.276 and
// 0.285), and is
// skipped unless $LABEL_AGREE is set.
func TestLabelAgreement(t *testing.T) {
	if os.Getenv("LABEL_AGREE") == "" {
		t.Skip("set LABEL_AGREE=1 to score labels against the dev sets' labels and headlines")
	}
	type story struct {
		texts []string
		ref   string
	}
	df := NewDocFreq()
	var round []struct {
		texts  []string
		gold   []int
		labels map[string]string
	}
	eachJSONL(t, devdata.Path(t, "roundups-dev/roundups-dev.jsonl"), func(r struct {
		Paragraphs []string
		Threads    []*int
		Labels     map[string]string
	}) bool {
		var x struct {
			texts  []string
			gold   []int
			labels map[string]string
		}
		for i, p := range r.Paragraphs {
			if i < len(r.Threads) && r.Threads[i] != nil {
				x.texts = append(x.texts, p)
				x.gold = append(x.gold, *r.Threads[i])
				df.Add(p)
			}
		}
		x.labels = r.Labels
		round = append(round, x)
		return true
	})
	var halves [2][]story
	eachJSONL(t, devdata.Path(t, "bbc-news/bbc-news.jsonl"), func(a struct{ ID, Title, Body string }) bool {
		s := story{ref: a.Title}
		for _, p := range strings.Split(a.Body, "\n\n") {
			if strings.TrimSpace(p) != "" {
				s.texts = append(s.texts, p)
				df.Add(p)
			}
		}
		h := fnv.New32a()
		h.Write([]byte(a.ID))
		halves[h.Sum32()%2] = append(halves[h.Sum32()%2], s)
		return true
	})
	var ra LabelAgreement
	for _, r := range round {
		for id, gold := range r.labels {
			n, _ := strconv.Atoi(id)
			var mine, others []string
			for i, g := range r.gold {
				if g == n {
					mine = append(mine, r.texts[i])
				} else {
					others = append(others, r.texts[i])
				}
			}
			if len(mine) > 0 {
				ra.Add(Label(mine, others, df), gold)
			}
		}
	}
	t.Logf("round-ups (gold labels): %s", &ra)
	if f := ra.F1(); f < 0.33 {
		t.Errorf("round-up label F1 %.3f, below the floor 0.33", f)
	}
	for i, h := range halves {
		var a LabelAgreement
		for _, s := range h {
			a.Add(Label(s.texts, nil, df), s.ref)
		}
		t.Logf("BBC half %d (headlines): %s", i, &a)
		if f := a.F1(); f < 0.26 {
			t.Errorf("BBC half %d label F1 %.3f, below the floor 0.26", i, f)
		}
	}
}
