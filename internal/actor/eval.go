package actor

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/internal/article"
)

// PeopleDoc is one article with the people it names: each key is the
// person's full name (without honorifics; royals keep their title), each
// value the surface forms the text uses.
type PeopleDoc struct {
	ID         string              `json:"id"`
	Paragraphs []string            `json:"paragraphs"`
	People     map[string][]string `json:"people"`
}

// ReadPeopleDocs reads PeopleDocs from JSON Lines (other fields are
// ignored; lines without a "people" object are skipped).
func ReadPeopleDocs(r io.Reader) ([]PeopleDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var docs []PeopleDoc
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var d PeopleDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if d.People == nil {
			continue
		}
		for i, p := range d.Paragraphs {
			d.Paragraphs[i] = article.TidyParagraph(p) // as an import would
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// PeopleScore is the result of EvalPeople.
type PeopleScore struct {
	Documents int `json:"documents"`
	Gold      int `json:"gold"`      // gold people
	Found     int `json:"found"`     // gold people found as a person under their full name
	Predicted int `json:"predicted"` // predicted persons
	Correct   int `json:"correct"`   // predicted persons matching a gold person no other predicted person matched
	// Duplicates are predicted persons matching only gold people that
	// another predicted person already matched: one person shown twice
	// ("Tom" beside "Tom Ellery"). They count against precision.
	Duplicates int `json:"duplicates"`
	// Recall is Found/Gold; Precision is Correct/Predicted.
	Recall    float64          `json:"recall"`
	Precision float64          `json:"precision"`
	Docs      []DocPeopleScore `json:"docs"`
}

// DocPeopleScore is the score of one document.
type DocPeopleScore struct {
	ID        string `json:"id"`
	Gold      int    `json:"gold"`
	Found     int    `json:"found"`
	Predicted int    `json:"predicted"`
	Correct   int    `json:"correct"`
	// Duplicates: see PeopleScore.
	Duplicates int      `json:"duplicates"`
	Recall     float64  `json:"recall"`
	Precision  float64  `json:"precision"`
	Missed     []string `json:"missed,omitempty"`   // gold names not found
	Spurious   []string `json:"spurious,omitempty"` // predicted persons matching no gold person
	Doubled    []string `json:"doubled,omitempty"`  // the duplicates' names
}

// EvalPeople extracts the actors of each document (all paragraphs read,
// captions included) with the given entity source (nil: nlp.Entities) and
// scores the persons against the gold people. Recall is the fraction of
// gold people found as a person whose name equals the gold key; precision
// the fraction of predicted persons whose name or an alias equals a gold
// key or surface form. Names are compared ignoring case, spacing
// (non-breaking spaces included), curly apostrophes and a leading "the".
func EvalPeople(docs []PeopleDoc, ents EntityFunc) PeopleScore {
	return EvalPeopleEach(docs, ents, nil)
}

// EvalPeopleEach is EvalPeople that also hands each document's actors to
// each (when not nil), in input order, so a caller can write out what was
// predicted.
func EvalPeopleEach(docs []PeopleDoc, ents EntityFunc, each func(id string, actors []Actor)) PeopleScore {
	var sc PeopleScore
	for _, d := range docs {
		paras := make([]article.Paragraph, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			paras[i] = article.Paragraph{Text: p}
		}
		actors := ExtractOptions(paras, Options{Entities: ents, Boilerplate: true})
		if each != nil {
			each(d.ID, actors)
		}
		ds := scoreDoc(d, actors)
		sc.Docs = append(sc.Docs, ds)
		sc.Documents++
		sc.Gold += ds.Gold
		sc.Found += ds.Found
		sc.Predicted += ds.Predicted
		sc.Correct += ds.Correct
		sc.Duplicates += ds.Duplicates
	}
	sc.Recall = ratio(sc.Found, sc.Gold)
	sc.Precision = ratio(sc.Correct, sc.Predicted)
	return sc
}

func scoreDoc(d PeopleDoc, actors []Actor) DocPeopleScore {
	ds := DocPeopleScore{ID: d.ID, Gold: len(d.People)}
	names := make(map[string]bool)
	forms := make(map[string][]string) // surface form -> the gold people it names
	for _, a := range actors {
		if a.Kind == Person {
			names[evalNorm(a.Name)] = true
		}
	}
	keys := make([]string, 0, len(d.People))
	for k, vs := range d.People {
		keys = append(keys, k)
		for _, f := range append([]string{k}, vs...) {
			f = evalNorm(f)
			if !slices.Contains(forms[f], k) {
				forms[f] = append(forms[f], k)
			}
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if names[evalNorm(k)] {
			ds.Found++
		} else {
			ds.Missed = append(ds.Missed, k)
		}
	}
	// Each gold person is matched by one predicted person at most: first
	// those named exactly like a gold person, then the rest by any of
	// their names.
	used := map[string]bool{}
	var persons []Actor
	for _, a := range actors {
		if a.Kind == Person {
			persons = append(persons, a)
		}
	}
	ds.Predicted = len(persons)
	matched := make([]bool, len(persons))
	for i, a := range persons {
		if _, ok := d.People[a.Name]; ok && !used[a.Name] {
			used[a.Name], matched[i] = true, true
			ds.Correct++
		}
	}
	for i, a := range persons {
		if matched[i] {
			continue
		}
		var cands []string
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			cands = append(cands, forms[evalNorm(n)]...)
		}
		switch free := slices.IndexFunc(cands, func(k string) bool { return !used[k] }); {
		case free >= 0:
			used[cands[free]] = true
			ds.Correct++
		case len(cands) > 0:
			ds.Duplicates++
			ds.Doubled = append(ds.Doubled, a.Name)
		default:
			ds.Spurious = append(ds.Spurious, a.Name)
		}
	}
	ds.Recall = ratio(ds.Found, ds.Gold)
	ds.Precision = ratio(ds.Correct, ds.Predicted)
	return ds
}

// evalNorm normalises a name for comparison.
func evalNorm(s string) string {
	s = strings.ToLower(normSpace(s))
	return strings.TrimPrefix(s, "the ")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
