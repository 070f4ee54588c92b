package thread

import (
	"slices"
	"strings"
)

// A column of items (a diary, a sports or showbiz column, a round-up of
// news) tells each item about its own people: one item follows a
// footballer who stopped to help a woman who fell, the next a striker's
// farewell to a young fan, the next a club executive selling his house.
// Within an item the protagonist, named in full as it opens, comes back
// by surname ("Beckford, despite his pressing appointment…"); across
// items no person recurs. The words of two such items may still meet
// (a club name, "City", "United"; the theme of the column) and the pull
// between neighbours joins them. So two clusters of two paragraphs or
// more, of castWords or more words each, that each have a main person
// (one named in two of its paragraphs or more, its first paragraph
// among them) and name no person in common, are two items: Options.
// CastApart is taken off their merge score.
//
// A single article brings in new people too, in a reaction or a
// defence ("Opposition parties… said Mr Davis", "Defending, X said his
// client…"), and such a section can name its speaker twice. Two kinds
// of story are left alone: a short one (under castUnits paragraphs, as
// most BBC articles are) and one written a sentence to a line (under
// castMean words a unit on average, as ECB+ articles are), where a
// stretch of lines about a second player or official is common. On BBC
// articles and ECB+ lines kept whole the rule then changes nothing.

const (
	castWords = 45 // words of each cluster, at least
	castUnits = 10 // paragraphs of the story, at least
	castMean  = 22 // mean words of the story's paragraphs, at least
)

// castSet holds the people each unit names, for castApart.
type castSet struct {
	people [][]string // each unit's person keys, each once
}

// newCastSet returns the people of each unit from its entity keys
// (actor keys; people's begin "person:"), or nil when the story is too
// short or written a sentence to a line (see above), or names nobody.
func newCastSet(ents [][]string, n int, total float64) *castSet {
	if n < castUnits || total < castMean*float64(n) {
		return nil
	}
	c := &castSet{people: make([][]string, n)}
	found := false
	for u := 0; u < n && u < len(ents); u++ {
		for _, e := range ents[u] {
			if strings.HasPrefix(e, "person:") && !slices.Contains(c.people[u], e) {
				c.people[u] = append(c.people[u], e)
				found = true
			}
		}
	}
	if !found {
		return nil
	}
	return c
}

// apart reports whether clusters a and b (their units, ascending or
// not) are two items with their own people: each has a main person and
// no person is named in both.
func (c *castSet) apart(a, b []int) bool {
	if c == nil || len(a) < 2 || len(b) < 2 {
		return false
	}
	if !c.hasMain(a) || !c.hasMain(b) {
		return false
	}
	for _, u := range a {
		for _, p := range c.people[u] {
			for _, v := range b {
				if slices.Contains(c.people[v], p) {
					return false
				}
			}
		}
	}
	return true
}

// hasMain reports whether one of the people the first unit of members
// names is named in another unit of members too.
func (c *castSet) hasMain(members []int) bool {
	first := members[0]
	for _, u := range members {
		first = min(first, u)
	}
	for _, p := range c.people[first] {
		for _, u := range members {
			if u != first && slices.Contains(c.people[u], p) {
				return true
			}
		}
	}
	return false
}
