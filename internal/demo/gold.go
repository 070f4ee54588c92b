package demo

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

//go:embed storylines.json
var goldJSON []byte

// Gold is the answer key written alongside the demo articles: which
// articles follow each storyline, how each round-up divides into matters,
// and which paragraphs are page furniture. Paragraph indices count the
// body paragraphs returned by Paragraphs, furniture lines included.
type Gold struct {
	// Storylines lists every matter covered by two or more articles.
	Storylines []Storyline `json:"storylines"`
	// Roundups maps the file name of each article that covers two or
	// more matters to those matters, in reading order of their first
	// paragraph.
	Roundups map[string][]Matter `json:"roundups"`
	// Furniture maps a file name to the indices of its page furniture
	// paragraphs (gallery counters, captions, share and sign-up lines).
	Furniture map[string][]int `json:"furniture"`
}

// Storyline is one matter followed across several articles.
type Storyline struct {
	// Name describes the matter for people, e.g. "Northline rail strike".
	Name string `json:"name"`
	// Key is a short stable identifier, e.g. "rail".
	Key string `json:"key"`
	// Articles are the file names of the articles that cover it, sorted.
	Articles []string `json:"articles"`
}

// Matter is one thread of a round-up: a label and the paragraphs that
// belong to it, which need not be contiguous.
type Matter struct {
	// Label names the matter; it equals the Name of its Storyline when
	// the matter recurs in other articles.
	Label string
	// Paragraphs are 0-based indices into the article's body paragraphs.
	Paragraphs []int
}

// UnmarshalJSON reads a matter written as ["label", [indices...]].
func (m *Matter) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) != 2 {
		return fmt.Errorf("demo: matter has %d elements, want 2", len(raw))
	}
	if err := json.Unmarshal(raw[0], &m.Label); err != nil {
		return err
	}
	return json.Unmarshal(raw[1], &m.Paragraphs)
}

// MarshalJSON writes a matter as ["label", [indices...]].
func (m Matter) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{m.Label, m.Paragraphs})
}

// LoadGold returns the gold storylines, round-up matters and furniture
// of the demo articles.
func LoadGold() (Gold, error) {
	var g Gold
	if err := json.Unmarshal(goldJSON, &g); err != nil {
		return Gold{}, fmt.Errorf("demo: storylines.json: %w", err)
	}
	return g, nil
}

// Paragraphs returns the body of the named demo article (everything after
// its front matter) split at blank lines, with furniture lines kept: the
// paragraphs that the indices in Gold refer to.
func Paragraphs(name string) ([]string, error) {
	b, err := Read(name)
	if err != nil {
		return nil, err
	}
	_, body, err := splitFrontMatter(string(b))
	if err != nil {
		return nil, fmt.Errorf("demo: %s: %w", name, err)
	}
	var paras []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return paras, nil
}

// splitFrontMatter separates a "---" delimited YAML header from the body.
func splitFrontMatter(s string) (header, body string, err error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return "", "", fmt.Errorf("no front matter")
	}
	header, body, ok = strings.Cut(rest, "\n---\n")
	if !ok {
		return "", "", fmt.Errorf("front matter not closed")
	}
	return header, body, nil
}
