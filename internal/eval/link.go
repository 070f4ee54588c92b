package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/article"
)

// LinkResult is the JSON printed by `storyline eval link`.
type LinkResult struct {
	Articles      int     `json:"articles"`
	GoldStories   int     `json:"gold_stories"`
	PredictedArcs int     `json:"predicted_arcs"`
	B3Precision   float64 `json:"b3_precision"`
	B3Recall      float64 `json:"b3_recall"`
	B3F1          float64 `json:"b3_f1"`
}

// LinkArticle is one article of a link evaluation file: an article JSONL
// line with a gold `story` cluster label.
type LinkArticle struct {
	ID       string    `json:"id"`
	Story    string    `json:"story"`
	Category string    `json:"category,omitempty"`
	Title    string    `json:"title"`
	Body     string    `json:"body"`
	URL      string    `json:"url,omitempty"`
	Date     time.Time `json:"date,omitzero"`
}

// linkLine is the raw JSON of one line; body and date have aliases.
type linkLine struct {
	ID        any     `json:"id"`
	Story     any     `json:"story"`
	Category  string  `json:"category"`
	Title     string  `json:"title"`
	Body      string  `json:"body"`
	Text      string  `json:"text"`
	Content   string  `json:"content"`
	URL       *string `json:"url"`
	Link      string  `json:"link"`
	Date      string  `json:"date"`
	Published string  `json:"published"`
}

// scalar renders a JSON string or number id as a string.
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return fmt.Sprint(x)
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

// ReadLinkArticles reads an article JSONL with a gold `story` field (and
// optional `date` or `published`, in any form article.ParseDate reads).
// Body may be given as `body`, `text` or `content`. An article without id
// is named by its line number; one without story is an error. A date that
// cannot be read is an error when warn is nil; otherwise the article is
// scored undated and warn is told which line and field to fix.
func ReadLinkArticles(r io.Reader, warn func(msg string)) ([]LinkArticle, error) {
	seen := map[string]bool{}
	return readGold(r, func(line int, l *linkLine) (LinkArticle, error) {
		a := LinkArticle{ID: scalar(l.ID), Story: scalar(l.Story), Category: l.Category, Title: l.Title, URL: l.Link}
		if a.ID == "" {
			a.ID = fmt.Sprintf("line-%d", line)
		}
		if a.Story == "" {
			return a, fmt.Errorf("line %d: article %s has no gold story", line, a.ID)
		}
		if seen[a.ID] {
			return a, fmt.Errorf("line %d: duplicate id %s", line, a.ID)
		}
		seen[a.ID] = true
		a.Body = l.Body
		if a.Body == "" {
			a.Body = l.Text
		}
		if a.Body == "" {
			a.Body = l.Content
		}
		if l.URL != nil {
			a.URL = *l.URL
		}
		field, d := "date", l.Date
		if strings.TrimSpace(d) == "" {
			field, d = "published", l.Published
		}
		if strings.TrimSpace(d) == "" {
			return a, nil
		}
		t, err := article.ParseDate(d)
		if err != nil {
			msg := fmt.Sprintf("line %d: field %q: unrecognised date %q (write it as 2006-01-02 or RFC 3339, or leave the field out)", line, field, d)
			if warn == nil {
				return a, errors.New(msg)
			}
			warn(msg + "; scored undated")
			return a, nil
		}
		a.Date = t.UTC()
		return a, nil
	})
}

// B3Clusters returns B³ precision, recall and F1 of a predicted clustering
// against a gold one; both map item id → cluster id. Items missing from
// pred count as singletons; items only in pred are ignored.
func B3Clusters(gold, pred map[string]string) (p, r, f float64) {
	if len(gold) == 0 {
		return 0, 0, 0
	}
	goldSize := map[string]int{}
	predSize := map[string]int{}
	both := map[[2]string]int{}
	predOf := func(id string) string {
		if c, ok := pred[id]; ok && c != "" {
			return "p:" + c
		}
		return "singleton:" + id
	}
	for id, g := range gold {
		c := predOf(id)
		goldSize[g]++
		predSize[c]++
		both[[2]string{g, c}]++
	}
	// Summed in id order: floating-point sums in map order differ in the
	// last digits from run to run.
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g, c := gold[id], predOf(id)
		n := float64(both[[2]string{g, c}])
		p += n / float64(predSize[c])
		r += n / float64(goldSize[g])
	}
	p /= float64(len(gold))
	r /= float64(len(gold))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ScoreLink scores predicted arcs (article id → arc id) against the gold
// stories of the articles.
func ScoreLink(articles []LinkArticle, pred map[string]string) LinkResult {
	gold := map[string]string{}
	stories := map[string]bool{}
	arcs := map[string]bool{}
	for _, a := range articles {
		gold[a.ID] = a.Story
		stories[a.Story] = true
		if c := pred[a.ID]; c != "" {
			arcs[c] = true
		} else {
			arcs["singleton:"+a.ID] = true
		}
	}
	p, r, f := B3Clusters(gold, pred)
	return LinkResult{Articles: len(articles), GoldStories: len(stories), PredictedArcs: len(arcs), B3Precision: p, B3Recall: r, B3F1: f}
}

// WriteLinkPredictions writes `{"id","arc"}` JSONL in article order.
func WriteLinkPredictions(w io.Writer, articles []LinkArticle, pred map[string]string) error {
	enc := json.NewEncoder(w)
	for _, a := range articles {
		var arc *string
		if c, ok := pred[a.ID]; ok && c != "" {
			arc = &c
		}
		if err := enc.Encode(struct {
			ID  string  `json:"id"`
			Arc *string `json:"arc"`
		}{a.ID, arc}); err != nil {
			return err
		}
	}
	return nil
}
