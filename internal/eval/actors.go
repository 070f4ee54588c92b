package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ActorArticle is one article of an actor evaluation file: an article
// JSONL line (ECB+ shape) with gold actor mention spans and, optionally,
// the sentences whose actors were annotated in full.
type ActorArticle struct {
	ID    string
	Title string
	Body  string
	URL   string
	// Mentions are the gold actor mentions, in body order.
	Mentions []GoldMention
	// Annotated are the [start, end) byte ranges of body whose actors the
	// annotators marked; nil means the whole body.
	Annotated [][2]int
}

// GoldMention is one gold actor mention.
type GoldMention struct {
	// Type is the annotation type: HUMAN_PART_PER and HUMAN_PART_ORG are
	// scored as people and organisations; other types only keep a
	// predicted actor from counting as spurious.
	Type string `json:"type"`
	// Start and End are offsets into the body: in characters (code
	// points) in the file, in bytes once read; Text is body[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Instance is the cross-document entity id ("" for none: the mention
	// is then an entity of its own).
	Instance string `json:"instance"`
}

type actorLine struct {
	ID        any           `json:"id"`
	Title     string        `json:"title"`
	Body      string        `json:"body"`
	Text      string        `json:"text"`
	URL       *string       `json:"url"`
	Actors    []GoldMention `json:"actors"`
	Sentences []struct {
		Start     int  `json:"start"`
		End       int  `json:"end"`
		Annotated bool `json:"annotated"`
	} `json:"sentences"`
}

// ReadActorArticles reads an article JSONL with gold `actors` spans
// (`type`, `start`, `end`, `text`, `instance`) and optional `sentences`
// (`start`, `end`, `annotated`). A span that does not hold its text in
// the body is an error naming the line and the span.
func ReadActorArticles(r io.Reader) ([]ActorArticle, error) {
	seen := map[string]bool{}
	return readGold(r, func(line int, l *actorLine) (ActorArticle, error) {
		a := ActorArticle{ID: scalar(l.ID), Title: l.Title, Body: l.Body, Mentions: l.Actors}
		if a.Body == "" {
			a.Body = l.Text
		}
		if l.URL != nil {
			a.URL = *l.URL
		}
		if a.ID == "" {
			a.ID = fmt.Sprintf("line-%d", line)
		}
		if seen[a.ID] {
			return a, fmt.Errorf("line %d: duplicate id %s", line, a.ID)
		}
		seen[a.ID] = true
		if l.Actors == nil {
			return a, fmt.Errorf("line %d: article %s has no \"actors\" list (give [] for none)", line, a.ID)
		}
		at := runeOffsets(a.Body)
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if m.Start < 0 || m.End >= len(at) || m.Start >= m.End {
				return a, fmt.Errorf("line %d: article %s: actors[%d] %q: start/end (%d, %d) are outside the body", line, a.ID, i, m.Text, m.Start, m.End)
			}
			m.Start, m.End = at[m.Start], at[m.End]
			if m.Start < 0 || m.End > len(a.Body) || m.Start >= m.End || a.Body[m.Start:m.End] != m.Text {
				return a, fmt.Errorf("line %d: article %s: actors[%d] %q: start/end (%d, %d) do not hold its text in the body", line, a.ID, i, m.Text, m.Start, m.End)
			}
		}
		if len(l.Sentences) > 0 {
			a.Annotated = [][2]int{}
			for _, s := range l.Sentences {
				if s.Annotated && s.Start >= 0 && s.End < len(at) && s.Start < s.End {
					a.Annotated = append(a.Annotated, [2]int{at[s.Start], at[s.End]})
				}
			}
		}
		return a, nil
	})
}

// runeOffsets maps each character offset of s (and its end) to a byte
// offset.
func runeOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// PredictedActor is one actor predicted for an article.
type PredictedActor struct {
	// ID is the archive-wide actor id when there is one: two articles'
	// actors with the same ID are one actor across the archive.
	ID      string   `json:"id,omitempty"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
}

// ActorResult is the JSON printed by `storyline eval actors`.
type ActorResult struct {
	Articles int `json:"articles"`
	// Gold is the number of (article, gold person or organisation) pairs
	// the article names: at least one of the entity's mentions is a name.
	Gold int `json:"gold_actors"`
	// Found: gold actors some predicted actor of the article names (any
	// kind); KindRight: found with the gold kind; FullName: found under
	// the entity's longest name in the article or a name at least as long
	// that the gold gives it elsewhere (honorifics aside).
	Found     int     `json:"found"`
	KindRight int     `json:"kind_right"`
	FullName  int     `json:"full_name"`
	Recall    float64 `json:"recall"`
	// TypedRecall is KindRight/Gold; KindAccuracy is KindRight/Found.
	TypedRecall    float64 `json:"typed_recall"`
	KindAccuracy   float64 `json:"kind_accuracy"`
	FullNameRecall float64 `json:"full_name_recall"`
	// Predicted counts predicted people and organisations named in an
	// annotated sentence; Correct those matching a gold actor of the
	// article. The gold marks only the participants of annotated events,
	// so Precision is a lower bound.
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision_lower_bound"`
	// CrossDoc* is B³ over the found (article, cross-document entity)
	// pairs: gold clusters by entity, predicted by archive actor.
	CrossDocItems     int                     `json:"crossdoc_items"`
	CrossDocPrecision float64                 `json:"crossdoc_b3_precision"`
	CrossDocRecall    float64                 `json:"crossdoc_b3_recall"`
	CrossDocF1        float64                 `json:"crossdoc_b3_f1"`
	Types             map[string]*ActorCounts `json:"types"`
	Docs              []ActorDocScore         `json:"docs,omitempty"`
}

// ActorCounts are the recall counts of one gold type.
type ActorCounts struct {
	Gold      int     `json:"gold"`
	Found     int     `json:"found"`
	KindRight int     `json:"kind_right"`
	Recall    float64 `json:"recall"`
}

// ActorDocScore lists one article's misses.
type ActorDocScore struct {
	ID string `json:"id"`
	// Missed are gold names no predicted actor names; WrongKind are
	// "name: gold kind → predicted kind"; Spurious are predicted people and
	// organisations of annotated sentences matching no gold actor.
	Missed    []string `json:"missed,omitempty"`
	WrongKind []string `json:"wrong_kind,omitempty"`
	Spurious  []string `json:"spurious,omitempty"`
	// Partial are "gold name: predicted name" of actors found under a
	// name that is not their full name.
	Partial []string `json:"partial,omitempty"`
}

// goldKinds maps the scored gold types to predicted kinds.
var goldKinds = map[string]string{"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "org"}

// goldEntity is one entity of one article.
type goldEntity struct {
	key      string     // instance id, or a per-mention key
	instance string     // cross-document id ("" for none)
	kind     string     // person or org
	names    [][]string // its name mentions, normalised, longest first
	display  string     // its longest name as written
}

// ScoreActors scores the predicted actors of each article (article id →
// actors) against the gold mentions.
func ScoreActors(arts []ActorArticle, pred map[string][]PredictedActor, docs bool) ActorResult {
	lower := lowerWords(arts)
	res := ActorResult{Articles: len(arts), Types: map[string]*ActorCounts{}}
	for _, k := range []string{"person", "org"} {
		res.Types[k] = &ActorCounts{}
	}
	// Each article's gold entities, and the names each cross-document
	// entity goes by anywhere in the file.
	ents := make([][]*goldEntity, len(arts))
	names := make([][][]string, len(arts))
	known := map[string]map[string]bool{}
	for ai, a := range arts {
		ents[ai], names[ai] = goldEntities(a, lower)
		for _, e := range ents[ai] {
			if e.instance == "" {
				continue
			}
			if known[e.instance] == nil {
				known[e.instance] = map[string]bool{}
			}
			for _, n := range e.names {
				known[e.instance][strings.Join(stripHonorific(n), " ")] = true
			}
		}
	}
	goldCross := map[string]string{}
	predCross := map[string]string{}
	for ai, a := range arts {
		actors := pred[a.ID]
		forms := make([][][]string, len(actors))
		for i, p := range actors {
			forms[i] = predForms(p)
		}
		var ds ActorDocScore
		for _, e := range ents[ai] {
			res.Gold++
			tc := res.Types[e.kind]
			tc.Gold++
			best := matchEntity(e, forms)
			if best < 0 {
				ds.Missed = append(ds.Missed, e.display)
				continue
			}
			p := actors[best]
			res.Found++
			tc.Found++
			if p.Kind == e.kind {
				res.KindRight++
				tc.KindRight++
			} else {
				ds.WrongKind = append(ds.WrongKind, fmt.Sprintf("%s: %s → %s", e.display, e.kind, p.Kind))
			}
			if fullName(e, p, known[e.instance]) {
				res.FullName++
			} else {
				ds.Partial = append(ds.Partial, fmt.Sprintf("%s: %s", e.display, p.Name))
			}
			if e.instance != "" {
				item := a.ID + "\x00" + e.instance
				goldCross[item] = e.instance
				id := p.ID
				if id == "" {
					id = strings.Join(normName(p.Name), " ")
				}
				predCross[item] = id
			}
		}
		for i, p := range actors {
			if p.Kind != "person" && p.Kind != "org" || !inAnnotated(a, p) {
				continue
			}
			res.Predicted++
			if predMatchesGold(forms[i], names[ai]) {
				res.Correct++
			} else {
				ds.Spurious = append(ds.Spurious, p.Name)
			}
		}
		if docs && (len(ds.Missed)+len(ds.WrongKind)+len(ds.Spurious)+len(ds.Partial) > 0) {
			ds.ID = a.ID
			res.Docs = append(res.Docs, ds)
		}
	}
	res.Recall = ratio(res.Found, res.Gold)
	res.TypedRecall = ratio(res.KindRight, res.Gold)
	res.KindAccuracy = ratio(res.KindRight, res.Found)
	res.FullNameRecall = ratio(res.FullName, res.Gold)
	res.Precision = ratio(res.Correct, res.Predicted)
	for _, tc := range res.Types {
		tc.Recall = ratio(tc.Found, tc.Gold)
	}
	res.CrossDocItems = len(goldCross)
	res.CrossDocPrecision, res.CrossDocRecall, res.CrossDocF1 = B3Clusters(goldCross, predCross)
	return res
}

// fullName reports whether a predicted actor that names e goes by e's
// longest name in the article, or by a name at least as long that the
// gold gives e in another article (honorifics aside): "Lindsay Lohan" for
// an article that says only "Lohan".
func fullName(e *goldEntity, p PredictedActor, elsewhere map[string]bool) bool {
	name := stripHonorific(normName(p.Name))
	longest := stripHonorific(e.names[0])
	if slices.Equal(name, longest) {
		return true
	}
	return len(name) >= len(longest) && elsewhere[strings.Join(name, " ")]
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// goldEntities groups an article's scored mentions into entities that
// have at least one name mention, and returns with them the normalised
// names of every gold mention of any type (what a predicted actor may
// match without being spurious).
func goldEntities(a ActorArticle, lower map[string]bool) ([]*goldEntity, [][]string) {
	by := map[string]*goldEntity{}
	var order []*goldEntity
	var all [][]string
	kindVotes := map[string]map[string]int{}
	for i, m := range a.Mentions {
		name, ok := nameMention(m.Text, lower)
		if ok {
			all = append(all, name)
		}
		kind, scored := goldKinds[m.Type]
		if !scored {
			continue
		}
		key := m.Instance
		if key == "" {
			key = fmt.Sprintf("mention-%d", i)
		}
		e := by[key]
		if e == nil {
			e = &goldEntity{key: key, instance: m.Instance}
			by[key] = e
			order = append(order, e)
			kindVotes[key] = map[string]int{}
		}
		kindVotes[key][kind]++
		if ok {
			e.names = append(e.names, name)
			if len(m.Text) > len(e.display) {
				e.display = m.Text
			}
		}
	}
	var out []*goldEntity
	for _, e := range order {
		if len(e.names) == 0 {
			continue
		}
		v := kindVotes[e.key]
		e.kind = "person"
		if v["org"] > v["person"] {
			e.kind = "org"
		}
		sort.SliceStable(e.names, func(i, j int) bool { return len(e.names[i]) > len(e.names[j]) })
		out = append(out, e)
	}
	return out, all
}

// pronouns never name an actor, however they are capitalised.
var pronouns = map[string]bool{
	"i": true, "me": true, "we": true, "us": true, "you": true, "he": true, "him": true, "she": true,
	"her": true, "it": true, "they": true, "them": true, "his": true, "hers": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "who": true, "whom": true, "this": true,
	"that": true, "these": true, "those": true, "one": true, "someone": true, "everyone": true,
}

// connectors may be lower case inside a name ("Bank of England").
var connectors = map[string]bool{"of": true, "and": true, "for": true, "de": true, "la": true, "le": true, "du": true, "da": true, "del": true, "van": true, "von": true, "on": true, "the": true, "&": true, "-": true}

// nameMention reports whether a gold mention's text is a name and returns
// its normalised words: every word capitalised (or a connector), not a
// pronoun, and at least one capitalised word that the file never writes
// in lower case (so "Police" opening a sentence is no name).
func nameMention(text string, lower map[string]bool) ([]string, bool) {
	words := strings.Fields(text)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return nil, false
	}
	first, _, _ := strings.Cut(strings.ToLower(words[0]), "'")
	first, _, _ = strings.Cut(first, "’")
	if pronouns[first] {
		return nil, false
	}
	proper := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			core := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
			if core != "" && !lower[core] {
				proper = true
			}
		case connectors[w] || !unicode.IsLetter(r):
		default:
			return nil, false
		}
	}
	if !proper {
		return nil, false
	}
	n := normName(strings.Join(words, " "))
	return n, len(n) > 0
}

// lowerWords are the words the articles write in lower case.
func lowerWords(arts []ActorArticle) map[string]bool {
	out := map[string]bool{}
	for _, a := range arts {
		for _, w := range strings.Fields(a.Body) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			r, _ := utf8.DecodeRuneInString(w)
			if w != "" && unicode.IsLower(r) {
				out[w] = true
			}
		}
	}
	return out
}

// normName lower-cases a name and splits it into words, dropping
// punctuation, a leading "the" and a possessive ending.
func normName(s string) []string {
	s = strings.ToLower(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimRight(s, "'’")
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '&'
	}) {
		w = strings.Trim(w, "'’")
		if w != "" {
			out = append(out, w)
		}
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return out
}

// honorifics are dropped before comparing full names.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true, "lord": true, "lady": true, "prof": true, "rev": true}

func stripHonorific(w []string) []string {
	for len(w) > 1 && honorifics[w[0]] {
		w = w[1:]
	}
	return w
}

// predForms are the normalised names and aliases of a predicted actor.
func predForms(p PredictedActor) [][]string {
	out := [][]string{normName(p.Name)}
	for _, al := range p.Aliases {
		if n := normName(al); len(n) > 0 {
			out = append(out, n)
		}
	}
	return out
}

// contains reports whether sub occurs as a run of words in w.
func contains(w, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(w) {
		return false
	}
	for i := 0; i+len(sub) <= len(w); i++ {
		ok := true
		for j := range sub {
			if w[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// formsMatch: equal, or one runs inside the other ("Reid" in "Tara Reid").
func formsMatch(a, b []string) bool {
	return contains(a, b) || contains(b, a)
}

// matchEntity returns the predicted actor naming e, or -1: one with a form
// equal to one of e's names first, else one whose form contains or is
// contained in one of them.
func matchEntity(e *goldEntity, forms [][][]string) int {
	for _, exact := range []bool{true, false} {
		for _, n := range e.names {
			for i, fs := range forms {
				for _, f := range fs {
					if exact && slices.Equal(f, n) || !exact && formsMatch(f, n) {
						return i
					}
				}
			}
		}
	}
	return -1
}

func predMatchesGold(forms [][]string, gold [][]string) bool {
	for _, f := range forms {
		for _, g := range gold {
			if formsMatch(f, g) {
				return true
			}
		}
	}
	return false
}

// inAnnotated reports whether the actor's name or an alias occurs, as
// whole words, in an annotated sentence of the article.
func inAnnotated(a ActorArticle, p PredictedActor) bool {
	spans := a.Annotated
	if spans == nil {
		spans = [][2]int{{0, len(a.Body)}}
	}
	names := append([]string{p.Name}, p.Aliases...)
	for _, s := range spans {
		text := a.Body[s[0]:s[1]]
		for _, n := range names {
			if n != "" && wordIndex(text, n) {
				return true
			}
		}
	}
	return false
}

// wordIndex reports whether needle occurs in text between word boundaries.
func wordIndex(text, needle string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], needle)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(needle):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// WriteActorPredictions writes `{"id","actors":[{name,kind,aliases}]}`
// JSONL in article order.
func WriteActorPredictions(w io.Writer, arts []ActorArticle, pred map[string][]PredictedActor) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		ps := pred[a.ID]
		if ps == nil {
			ps = []PredictedActor{}
		}
		if err := enc.Encode(struct {
			ID     string           `json:"id"`
			Actors []PredictedActor `json:"actors"`
		}{a.ID, ps}); err != nil {
			return err
		}
	}
	return nil
}
