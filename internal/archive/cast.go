package archive

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/store"
)

// castThreads caps how many threads of one storyline are read to find the
// full names behind a story's short ones, so a story of a storyline of
// thousands of threads still opens at once.
const castThreads = 300

// castName is what a story's short name stands for in its storylines.
type castName struct {
	key   string // the full name's actor key
	name  string // as the archive shows it
	votes int    // threads of other stories naming it
}

// kind is the kind of the full name (its key's prefix).
func (c castName) kind() string {
	k, _, _ := strings.Cut(c.key, ":")
	return k
}

// fullNames finds, for the actors a story names only by a short form — a
// person by one word ("Lohan"), any other actor by the one or two words
// that end a longer organisation's name ("Colts") — the full name the
// other stories of its storylines give them ("Lindsay Lohan", "Indianapolis
// Colts"). A short name is resolved only when every candidate is one
// person or organisation: the full names that fit it (all ending in the
// short name) agree on their first word ("George Bush", "George W. Bush"),
// the most named taken; "Gray" in a storyline of Kimani Gray and Carol
// Gray stays as it is. A person named in full takes the form of the name
// with or without middle names that the storylines use more often
// (middleNameVariant). The result maps an actor's index in r.Actors to
// the full name taken.
func (a *Archive) fullNames(r *store.Record) map[int]castName {
	var short, full []int
	for i, ac := range r.Actors {
		if shortName(ac) {
			short = append(short, i)
		} else if ac.Kind == actor.Person {
			full = append(full, i)
		}
	}
	if len(short)+len(full) == 0 {
		return nil
	}
	votes := a.castVotes(r)
	if len(votes) == 0 {
		return nil
	}
	cands := map[int][]castName{}
	var keys []string
	for _, i := range short {
		if cs := candidates(r.Actors[i], votes); len(cs) > 0 {
			cands[i] = cs
			for _, c := range cs {
				keys = append(keys, c.key)
			}
		}
	}
	for _, i := range full {
		if c, ok := middleNameVariant(r.Actors[i], votes); ok {
			cands[i] = []castName{c}
			keys = append(keys, c.key)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	names, err := a.st.ActorNames(keys)
	if err != nil {
		return nil
	}
	// A full name the story gives another of its actors (read as another
	// kind: "Indianapolis Colts" as a place beside "Colts" as a club) is
	// not given again: the panel would list one name twice.
	own := map[string]bool{}
	for _, ac := range r.Actors {
		own[actor.FoldName(ac.Name)] = true
	}
	out := map[int]castName{}
	for i, cs := range cands {
		short := len(strings.Fields(r.Actors[i].Name))
		var kept []castName
		for _, c := range cs {
			name, ok := names[c.key]
			if !ok {
				_, name, _ = strings.Cut(c.key, ":")
			}
			c.name = name
			if c.kind() == actor.Org && !nameHead(name, short) {
				continue
			}
			// A person's full name is capitalised words with no function
			// word among them ("Ryan Giggs", not "Man To Man" for "Man");
			// for a short name read as a body's, it must open with a given
			// name ("Lindsay Lohan", not "Westminster Hour" for "Hour").
			if c.kind() == actor.Person && (!personWords(name) || r.Actors[i].Kind != actor.Person && !actor.PersonShaped(name)) {
				continue
			}
			kept = append(kept, c)
		}
		if c, ok := pick(kept); ok && !own[actor.FoldName(c.name)] {
			out[i] = c
		}
	}
	return out
}

// middleNameVariant returns the one other form of a person's full name,
// give or take middle names (actor.GivenVariant: "Regina M. Benjamin",
// "Regina Benjamin"), that the storyline names in more threads than the
// story's own form.
func middleNameVariant(ac actor.Actor, votes map[string]int) (castName, bool) {
	own := actor.Key(ac)
	_, name, _ := strings.Cut(own, ":")
	var found castName
	for k, v := range votes {
		kind, other, _ := strings.Cut(k, ":")
		if kind != actor.Person || k == own || !actor.GivenVariant(name, other) {
			continue
		}
		if found.key != "" {
			return castName{}, false // two people may share the short form
		}
		found = castName{key: k, votes: v}
	}
	return found, found.key != "" && found.votes > votes[own]
}

// shortName reports whether an actor is named so briefly that another
// story may give the full name: a person by one word, any other actor by
// one or two words (a club read as a place or an unknown may be named so).
func shortName(ac actor.Actor) bool {
	n := len(strings.Fields(ac.Name))
	switch ac.Kind {
	case actor.Person:
		return n == 1
	case actor.Org, actor.Other, actor.Place:
		return n >= 1 && n <= 2
	}
	return false
}

// castVotes counts, per actor key, the threads of other stories in the
// story's storylines that name it.
func (a *Archive) castVotes(r *store.Record) map[string]int {
	arcs := map[string]bool{}
	for _, t := range r.Threads {
		if arc := a.storyline(ThreadID(r.Article.ID, t.N)); arc != "" {
			arcs[arc] = true
		}
	}
	votes := map[string]int{}
	for arc := range arcs {
		ids, err := a.st.ArcThreads(arc, castThreads)
		if err != nil {
			continue
		}
		fs, _, err := a.st.ThreadFeatures(ids)
		if err != nil {
			continue
		}
		for _, f := range fs {
			if f.Story == r.Article.ID {
				continue
			}
			for _, k := range f.Actors {
				votes[k]++
			}
		}
	}
	return votes
}

// candidates returns the storyline's actors whose full name a short name
// may stand for.
func candidates(ac actor.Actor, votes map[string]int) []castName {
	short := strings.Fields(actor.FoldName(ac.Name))
	if len(short) == 0 {
		return nil
	}
	var cands []castName
	for k, v := range votes {
		kind, name, ok := strings.Cut(k, ":")
		if !ok {
			continue
		}
		words := strings.Fields(name)
		if len(words) <= len(short) {
			continue
		}
		switch {
		case kind == actor.Person && (ac.Kind == actor.Person || ac.Kind == actor.Org && len(short) == 1 && v >= 2):
			// "Lohan" is the surname of "Lindsay Lohan"; a surname read
			// as a body's ("Lohan said") is hers too when the storyline
			// names her in two threads or more.
			if words[len(words)-1] != short[0] {
				continue
			}
		case ac.Kind != actor.Person && kind == actor.Org:
			// "Colts" ends "Indianapolis Colts", named in two threads or
			// more, with at most two words more (a longer name is a
			// description: "Rights" is no "Continental Convention on Human
			// Rights"); not when the storyline reads the short name as a
			// place at least as often ("India" is no "… Association of
			// India", but a few stories reading "Saints" as a place do not
			// stop "New Orleans Saints").
			if !slices.Equal(words[len(words)-len(short):], short) || len(words) > len(short)+2 || v < 2 || votes[actor.Place+":"+strings.Join(short, " ")] >= v {
				continue
			}
			// A name read as a place is taken for a body's only when the
			// body is not named after it: "Gulls" for "Harbourside Gulls",
			// not "Kestrel" for "Port of Kestrel".
			if ac.Kind == actor.Place && connectors[words[len(words)-len(short)-1]] {
				continue
			}
		default:
			continue
		}
		cands = append(cands, castName{key: k, votes: v})
	}
	return cands
}

// pick returns the one full name the candidates stand for: they must
// agree on their first word (one person or body under variants of its
// name), and the most named is taken.
func pick(cands []castName) (castName, bool) {
	if len(cands) == 0 {
		return castName{}, false
	}
	best := cands[0]
	_, first, _ := strings.Cut(best.key, ":")
	head := strings.Fields(first)[0]
	for _, c := range cands[1:] {
		_, name, _ := strings.Cut(c.key, ":")
		if strings.Fields(name)[0] != head {
			return castName{}, false // two people or bodies share the short name
		}
		if c.votes > best.votes || c.votes == best.votes && c.key < best.key {
			best = c
		}
	}
	return best, true
}

// determiners open phrases, not names: "All Seacom" and "Both Toshiba"
// are no fuller names of Seacom and Toshiba.
var determiners = map[string]bool{"all": true, "both": true, "each": true, "either": true, "neither": true, "every": true, "some": true, "any": true, "no": true, "our": true, "their": true, "this": true, "that": true}

// nameHead reports whether the words an organisation's full name has
// before its last short words can be the rest of its name: capitalised
// words ("Indianapolis", "New Orleans") or lower-case links ("Department
// of Interior"), no determiner first, and no abbreviation, which before a
// name is a title or another body ("RB Peyton Hillis", "NBC
// Philadelphia").
func nameHead(name string, short int) bool {
	words := strings.Fields(name)
	if len(words) <= short {
		return false
	}
	head := words[:len(words)-short]
	if determiners[strings.ToLower(head[0])] {
		return false
	}
	for _, w := range head {
		letters, upper := 0, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 2 && upper == letters {
			return false
		}
	}
	return true
}

// functionWords are no part of a person's name, capitalised or not.
var functionWords = map[string]bool{"to": true, "the": true, "of": true, "and": true, "in": true, "on": true, "at": true, "for": true, "with": true, "a": true, "an": true, "by": true, "from": true}

// personWords reports whether every word of a name starts with a capital
// letter and none is a function word.
func personWords(name string) bool {
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || functionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// connectors join a body's name to the place it is named after.
var connectors = map[string]bool{"of": true, "for": true, "in": true, "and": true, "de": true}
