package actor

import (
	"encoding/binary"
	"math"
	"strings"
)

// regPool interns the strings of a registry and the shapes of its actors:
// the same names, roles and aliases come back in story after story, so
// each is kept once and referred to by a number.
type regPool struct {
	ids  map[string]uint32
	strs []string
	// derived[f][id] is 1 + the ID of form f of string id, 0 until asked.
	derived [formCount][]uint32
	known   []nameFacts // facts of string id, once known

	kinds []uint32 // IDs of the actor kinds seen, looked up before ids

	shapeIDs map[string]uint32 // encoded shape → index in shapes
	shapes   []regShape
	key      []byte // scratch for shape keys
}

// The derived forms of a string the summaries compare by.
const (
	formNorm    = iota // normSpace: how names are told apart
	formLower          // strings.ToLower: how roles are told apart
	formFold           // foldKey: how aliases are told apart
	formSurname        // the last word of the foldKey, "" for none
	formCount
)

// regShape is what a story said about an actor, but for its mentions
// (unless they do not fit a regContrib).
type regShape struct {
	mentions       int    // when the regContrib says bigMentions
	name, affil    uint32 // affil 0 is ""
	kind           uint32 // 0: the entry's kind, else 1 + its ID (else a surname-less name of another kind joined it)
	roles, aliases []uint32
}

// plainShape marks a shape that is only a name: the low bits are the
// name's string ID. Most actors are only a name, and need no shape entry.
const plainShape = 1 << 31

func newPool() regPool {
	p := regPool{ids: make(map[string]uint32), shapeIDs: make(map[string]uint32)}
	p.str("") // ID 0
	return p
}

// str returns the ID of s, interning it.
func (p *regPool) str(s string) uint32 {
	if id, ok := p.ids[s]; ok {
		return id
	}
	id := uint32(len(p.strs))
	s = strings.Clone(s)
	p.ids[s] = id
	p.strs = append(p.strs, s)
	for f := range p.derived {
		p.derived[f] = append(p.derived[f], 0)
	}
	p.known = append(p.known, nameFacts{})
	return id
}

// kind returns the ID of an actor kind: there are only a few, so a short
// list finds them faster than the map.
func (p *regPool) kind(s string) uint32 {
	for _, id := range p.kinds {
		if p.strs[id] == s {
			return id
		}
	}
	id := p.str(s)
	if len(p.kinds) < 8 {
		p.kinds = append(p.kinds, id)
	}
	return id
}

// intern returns the pool's copy of s.
func (p *regPool) intern(s string) string { return p.strs[p.str(s)] }

// form returns the ID of form f of string id.
func (p *regPool) form(f int, id uint32) uint32 {
	if d := p.derived[f][id]; d != 0 {
		return d - 1
	}
	s := p.strs[id]
	switch f {
	case formNorm:
		s = normSpace(s)
	case formLower:
		s = strings.ToLower(s)
	case formFold:
		s = foldKey(s)
	default:
		s = p.strs[p.form(formFold, id)]
		f := strings.Fields(s)
		s = ""
		if len(f) > 0 {
			s = f[len(f)-1]
		}
	}
	d := p.str(s)
	p.derived[f][id] = d + 1
	return d
}

// surname returns the ID of the folded last word of string id; ok is
// false when it has no words.
func (p *regPool) surname(id uint32) (last uint32, ok bool) {
	last = p.form(formSurname, id)
	return last, last != 0
}

// nameFacts are what attaching and naming need to know of a name.
type nameFacts struct {
	known  bool
	words  int  // len(strings.Fields(name))
	titled bool // more than one word, the first a courtesy or rank title
	peer   bool // a peer's title and one word ("Lord Mandelson")
}

// facts returns the facts of name id.
func (p *regPool) facts(id uint32) nameFacts {
	if f := p.known[id]; f.known {
		return f
	}
	w := strings.Fields(p.strs[id])
	f := nameFacts{known: true, words: len(w)}
	f.titled = len(w) > 1 && isHonorific(w[0])
	f.peer = len(w) == 2 && honorificClass(w[0]) == "peer" && w[0] != "Lady"
	p.known[id] = f
	return f
}

// nameWords counts the words of name id, a leading title not included.
func (p *regPool) nameWords(id uint32) int {
	f := p.facts(id)
	if f.titled {
		return f.words - 1
	}
	return f.words
}

// bigMentions in a regContrib says its shape holds the mentions.
const bigMentions = math.MinInt32

// contrib returns the contribution of an actor (with name, its pool ID)
// of story num joining an entry of kind.
func (p *regPool) contrib(num uint32, a *Actor, name uint32, kind string) regContrib {
	c := regContrib{story: num, mentions: int32(a.Mentions)}
	big := int(c.mentions) != a.Mentions || c.mentions == bigMentions
	if big {
		c.mentions = bigMentions
	}
	if !big && len(a.Roles) == 0 && len(a.Aliases) == 0 && a.Affiliation == "" && a.Kind == kind && name < plainShape {
		c.shape = plainShape | name
		return c
	}
	sh := regShape{name: name, affil: p.str(a.Affiliation)}
	if big {
		sh.mentions = a.Mentions
	}
	if a.Kind != kind {
		sh.kind = p.str(a.Kind) + 1
	}
	for _, ro := range a.Roles {
		sh.roles = append(sh.roles, p.str(ro))
	}
	for _, al := range a.Aliases {
		sh.aliases = append(sh.aliases, p.str(al))
	}
	k := binary.AppendUvarint(p.key[:0], uint64(sh.name))
	k = binary.AppendUvarint(k, uint64(sh.affil))
	k = binary.AppendUvarint(k, uint64(sh.kind))
	k = binary.AppendVarint(k, int64(sh.mentions))
	k = binary.AppendUvarint(k, uint64(len(sh.roles)))
	for _, id := range sh.roles {
		k = binary.AppendUvarint(k, uint64(id))
	}
	for _, id := range sh.aliases {
		k = binary.AppendUvarint(k, uint64(id))
	}
	p.key = k
	id, ok := p.shapeIDs[string(k)]
	if !ok {
		id = uint32(len(p.shapes))
		p.shapeIDs[string(k)] = id
		p.shapes = append(p.shapes, sh)
	}
	c.shape = id
	return c
}

// mentions returns the mentions of a contribution.
func (p *regPool) mentions(c regContrib) int {
	if c.mentions == bigMentions {
		return p.shapes[c.shape].mentions
	}
	return int(c.mentions)
}

// shape returns shape number id.
func (p *regPool) shape(id uint32) regShape {
	if id&plainShape != 0 {
		return regShape{name: id &^ plainShape}
	}
	return p.shapes[id]
}

// actor rebuilds the actor a contribution records (without paragraphs).
func (p *regPool) actor(kind string, c regContrib) Actor {
	sh := p.shape(c.shape)
	if sh.kind != 0 {
		kind = p.strs[sh.kind-1]
	}
	a := Actor{Name: p.strs[sh.name], Kind: kind, Affiliation: p.strs[sh.affil], Mentions: p.mentions(c)}
	for _, id := range sh.roles {
		a.Roles = append(a.Roles, p.strs[id])
	}
	for _, id := range sh.aliases {
		a.Aliases = append(a.Aliases, p.strs[id])
	}
	return a
}
