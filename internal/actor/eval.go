package actor

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
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
	Correct   int `json:"correct"`   // predicted persons matching a gold person
	// Recall is Found/Gold; Precision is Correct/Predicted.
	Recall    float64          `json:"recall"`
	Precision float64          `json:"precision"`
	Docs      []DocPeopleScore `json:"docs"`
}

// DocPeopleScore is the score of one document.
type DocPeopleScore struct {
	ID        string   `json:"id"`
	Gold      int      `json:"gold"`
	Found     int      `json:"found"`
	Predicted int      `json:"predicted"`
	Correct   int      `json:"correct"`
	Recall    float64  `json:"recall"`
	Precision float64  `json:"precision"`
	Missed    []string `json:"missed,omitempty"`   // gold names not found
	Spurious  []string `json:"spurious,omitempty"` // predicted persons matching no gold person
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
	}
	sc.Recall = ratio(sc.Found, sc.Gold)
	sc.Precision = ratio(sc.Correct, sc.Predicted)
	return sc
}

func scoreDoc(d PeopleDoc, actors []Actor) DocPeopleScore {
	ds := DocPeopleScore{ID: d.ID, Gold: len(d.People)}
	names := make(map[string]bool)
	forms := make(map[string]bool)
	for _, a := range actors {
		if a.Kind == Person {
			names[evalNorm(a.Name)] = true
		}
	}
	keys := make([]string, 0, len(d.People))
	for k, vs := range d.People {
		keys = append(keys, k)
		forms[evalNorm(k)] = true
		for _, v := range vs {
			forms[evalNorm(v)] = true
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
	for _, a := range actors {
		if a.Kind != Person {
			continue
		}
		ds.Predicted++
		ok := forms[evalNorm(a.Name)]
		for _, al := range a.Aliases {
			ok = ok || forms[evalNorm(al)]
		}
		if ok {
			ds.Correct++
		} else {
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
