package thread

import (
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
