package actor

import "slices"

// canonKind is the kind under which an organisation's party key (orgCanon)
// is indexed in Registry.byKey, apart from the keys of names.
const canonKind = "org~party"

// firmKind is the kind under which a firm's stem (firmStem) is indexed.
const firmKind = "org~firm"

// clipRef is an organisation's folded name (pool ID) in a clip bucket.
type clipRef struct {
	e    *regEntry
	fold uint32
}

// orgVariantEntry returns the organisation entry that the folded name
// fold (pool ID) of an organisation of story num is another name of:
// the entry with its party key ("Tories" for "Conservative Party"), else
// the one entry of which it is a clipped form or which is a clipped form
// of it ("Lib Dems", "Liberal Democrats"), or the firm of the same stem
// ("Lenovo", "Lenovo Group"); nil for none. An entry story
// num already names stays apart: the story told the two apart. The
// caller holds the write lock.
func (r *Registry) orgVariantEntry(fold, num uint32) *regEntry {
	f := r.pool.strs[fold]
	canon := r.pool.kind(canonKind)
	// "Labour" finds "Labour Party" by its party key.
	if e := r.byKey[regKey{canon, fold}]; e != nil && !inStory(e, num) {
		return e
	}
	if c := orgCanon(f); c != "" {
		// "Conservatives" finds "Tories" by the party key, "Labour Party"
		// finds "Labour" by its name.
		for _, k := range []regKey{{canon, r.pool.str(c)}, {r.pool.kind(Org), r.pool.str(c)}} {
			if e := r.byKey[k]; e != nil && !inStory(e, num) && e.kind == Org {
				return e
			}
		}
	}
	// "Lenovo Group" finds "Lenovo", and "Lenovo" the firm keyed by its
	// stem; two long names ("SK Telecom", "SK Energy") may be two firms.
	if st := firmStem(f); st != "" {
		if e := r.byKey[regKey{r.pool.kind(Org), r.pool.str(st)}]; e != nil && !inStory(e, num) && e.kind == Org {
			return e
		}
	} else if e := r.byKey[regKey{r.pool.kind(firmKind), fold}]; e != nil && !inStory(e, num) {
		return e
	}
	return r.clipEntry(f, num, true)
}

// clippedOrgEntry returns the one organisation entry of which the folded
// name fold (pool ID) of a place or a thing of story num is a clipped
// form ("Man Utd": Manchester United), or nil. The caller holds the
// write lock.
func (r *Registry) clippedOrgEntry(fold, num uint32) *regEntry {
	return r.clipEntry(r.pool.strs[fold], num, false)
}

// clipEntry returns the one organisation entry of which the folded name f
// is a clipped form, or with both also the one entry of any thing kind
// that is a clipped form of f (an organisation's name finds "Man Utd"
// read as a place); nil for none or several. An entry story num names
// stays apart.
func (r *Registry) clipEntry(f string, num uint32, both bool) *regEntry {
	ck := clipKey(f)
	if ck == "" {
		return nil
	}
	id, ok := r.pool.ids[ck]
	if !ok {
		return nil
	}
	var into *regEntry
	for _, ref := range r.clips[id] {
		g := r.pool.strs[ref.fold]
		if ref.e == into || !(clippedOf(f, g) && ref.e.kind == Org || both && clippedOf(g, f)) || inStory(ref.e, num) {
			continue
		}
		if into != nil {
			return nil
		}
		into = ref.e
	}
	return into
}

// indexOrgVariant records the folded name fold (pool ID) of organisation
// entry e under its party key and its firm stem, unless another entry
// holds them, and in its clip bucket.
func (r *Registry) indexOrgVariant(fold uint32, e *regEntry) {
	f := r.pool.strs[fold]
	if c := orgCanon(f); c != "" {
		k := regKey{r.pool.kind(canonKind), r.pool.str(c)}
		if _, taken := r.byKey[k]; !taken {
			r.setKey(k, e)
		}
	}
	if st := firmStem(f); st != "" {
		k := regKey{r.pool.kind(firmKind), r.pool.str(st)}
		if _, taken := r.byKey[k]; !taken {
			r.setKey(k, e)
		}
	}
	r.indexClip(fold, e)
}

// indexClip records the folded name fold (pool ID) of a thing entry e in
// its clip bucket.
func (r *Registry) indexClip(fold uint32, e *regEntry) {
	if ck := clipKey(r.pool.strs[fold]); ck != "" {
		id := r.pool.str(ck)
		ref := clipRef{e, fold}
		if !slices.Contains(r.clips[id], ref) {
			r.clips[id] = append(r.clips[id], ref)
			e.clips = append(e.clips, id)
		}
	}
}

// unindexClips removes e from its clip buckets.
func (r *Registry) unindexClips(e *regEntry) {
	for _, id := range e.clips {
		l := slices.DeleteFunc(r.clips[id], func(ref clipRef) bool { return ref.e == e })
		if len(l) > 0 {
			r.clips[id] = l
		} else {
			delete(r.clips, id)
		}
	}
	e.clips = nil
}
