package actor

import (
	"encoding/binary"
	"strings"
)

// pool interns the strings of a registry and the shapes of its actors:
// the same names, roles and aliases come back in story after story, so
// each is kept once and referred to by a number.
type pool struct {
	ids  map[string]uint32
	strs []string
	// derived[f][id] is 1 + the ID of form f of string id, 0 until asked.
	derived [formCount][]uint32

	shapeIDs map[string]uint32 // encoded shape → index in shapes
	shapes   []shape
	key      []byte // scratch for shape keys
}

// The derived forms of a string the summaries compare by.
const (
	formNorm  = iota // normSpace: how names are told apart
	formLower        // strings.ToLower: how roles are told apart
	formFold         // foldKey: how aliases are told apart
	formCount
)

// shape is what a story said about an actor, but for its mentions.
type shape struct {
	name, affil    uint32 // affil 0 is ""
	roles, aliases []uint32
}

// plainShape marks a shape that is only a name: the low bits are the
// name's string ID. Most actors are only a name, and need no shape entry.
const plainShape = 1 << 31

func newPool() pool {
	p := pool{ids: make(map[string]uint32), shapeIDs: make(map[string]uint32)}
	p.str("") // ID 0
	return p
}

// str returns the ID of s, interning it.
func (p *pool) str(s string) uint32 {
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
	return id
}

// intern returns the pool's copy of s.
func (p *pool) intern(s string) string { return p.strs[p.str(s)] }

// form returns the ID of form f of string id.
func (p *pool) form(f int, id uint32) uint32 {
	if d := p.derived[f][id]; d != 0 {
		return d - 1
	}
	s := p.strs[id]
	switch f {
	case formNorm:
		s = normSpace(s)
	case formLower:
		s = strings.ToLower(s)
	default:
		s = foldKey(s)
	}
	d := p.str(s)
	p.derived[f][id] = d + 1
	return d
}

// shapeOf returns the shape number of an actor.
func (p *pool) shapeOf(a *Actor) uint32 {
	name := p.str(a.Name)
	if len(a.Roles) == 0 && len(a.Aliases) == 0 && a.Affiliation == "" && name < plainShape {
		return plainShape | name
	}
	sh := shape{name: name, affil: p.str(a.Affiliation)}
	for _, ro := range a.Roles {
		sh.roles = append(sh.roles, p.str(ro))
	}
	for _, al := range a.Aliases {
		sh.aliases = append(sh.aliases, p.str(al))
	}
	k := binary.AppendUvarint(p.key[:0], uint64(sh.name))
	k = binary.AppendUvarint(k, uint64(sh.affil))
	k = binary.AppendUvarint(k, uint64(len(sh.roles)))
	for _, id := range sh.roles {
		k = binary.AppendUvarint(k, uint64(id))
	}
	for _, id := range sh.aliases {
		k = binary.AppendUvarint(k, uint64(id))
	}
	p.key = k
	if id, ok := p.shapeIDs[string(k)]; ok {
		return id
	}
	id := uint32(len(p.shapes))
	p.shapeIDs[string(k)] = id
	p.shapes = append(p.shapes, sh)
	return id
}

// shape returns shape number id.
func (p *pool) shape(id uint32) shape {
	if id&plainShape != 0 {
		return shape{name: id &^ plainShape}
	}
	return p.shapes[id]
}

// actor rebuilds the actor a contribution records (without paragraphs).
func (p *pool) actor(kind string, c contrib) Actor {
	sh := p.shape(c.shape)
	a := Actor{Name: p.strs[sh.name], Kind: kind, Affiliation: p.strs[sh.affil], Mentions: c.mentions}
	for _, id := range sh.roles {
		a.Roles = append(a.Roles, p.strs[id])
	}
	for _, id := range sh.aliases {
		a.Aliases = append(a.Aliases, p.strs[id])
	}
	return a
}
