package actor

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// registryJSON is the serialised form: every entry with what each story
// contributed, and the redirects left by merges.
type registryJSON struct {
	Version  int               `json:"version"`
	Entries  []entryJSON       `json:"entries"`
	Keys     map[string]string `json:"keys"`
	Redirect map[string]string `json:"redirect,omitempty"`
}

type entryJSON struct {
	ID      string             `json:"id"`
	Kind    string             `json:"kind"`
	Stories map[string][]Actor `json:"stories"`
}

// MarshalJSON encodes the registry.
func (r *Registry) MarshalJSON() ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := registryJSON{Version: 1, Keys: make(map[string]string, len(r.byKey)), Redirect: r.redirect}
	for k, e := range r.byKey {
		out.Keys[r.pool.strs[k.kind]+":"+r.pool.strs[k.name]] = e.id
	}
	ids := make([]string, 0, len(r.entries))
	for id := range r.entries {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		e := r.entries[id]
		ej := entryJSON{ID: id, Kind: e.kind, Stories: map[string][]Actor{}}
		for _, c := range e.contrib {
			sid := r.stories[c.story].id
			ej.Stories[sid] = append(ej.Stories[sid], r.pool.actor(e.kind, c))
		}
		out.Entries = append(out.Entries, ej)
	}
	return json.Marshal(out)
}

// UnmarshalJSON decodes a registry written by MarshalJSON, keeping its IDs.
func (r *Registry) UnmarshalJSON(b []byte) error {
	var in registryJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	if in.Version != 1 {
		return fmt.Errorf("actor registry: unknown version %d", in.Version)
	}
	fresh := NewRegistry()
	for old, to := range in.Redirect {
		fresh.redirect[old] = to
	}
	// Stories are numbered in ID order, so that every entry's
	// contributions can be put in story order.
	var sids []string
	for _, ej := range in.Entries {
		for sid := range ej.Stories {
			if _, ok := fresh.storyNum[sid]; !ok {
				fresh.storyNum[sid] = 0
				sids = append(sids, sid)
			}
		}
	}
	sort.Strings(sids)
	for i, sid := range sids {
		fresh.storyNum[sid] = uint32(i)
		fresh.stories = append(fresh.stories, storyRec{id: sid})
	}
	for _, ej := range in.Entries {
		e := fresh.newEntry(ej.ID, ej.Kind)
		for sid, as := range ej.Stories {
			num := fresh.storyNum[sid]
			rec := &fresh.stories[num]
			rec.entries = append(rec.entries, e.num)
			for i := range as {
				a := &as[i]
				name := fresh.pool.str(a.Name)
				e.contrib = append(e.contrib, fresh.pool.contrib(num, a, name, e.kind))
				if a.Kind == Person && e.kind == Person {
					sk := fresh.surnameKey(a.Kind, name)
					if fresh.fullName(name) {
						fresh.addSurname(sk, e)
					}
					e.addTitled(fresh.titledForms(a, sk))
				}
			}
		}
		slices.SortStableFunc(e.contrib, func(a, b regContrib) int { return cmp.Compare(a.story, b.story) })
		fresh.markStale(e)
	}
	for k, id := range in.Keys {
		kind, name, _ := strings.Cut(k, ":")
		if e := fresh.entries[id]; e != nil {
			fresh.setKey(regKey{fresh.pool.str(kind), fresh.pool.str(name)}, e)
		}
	}
	orgKind := fresh.pool.kind(Org)
	for k, e := range fresh.byKey {
		if k.kind == orgKind {
			fresh.indexOrgVariant(k.name, e)
		} else if isThingKind(fresh.pool.strs[k.kind]) {
			fresh.indexClip(k.name, e)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clips = fresh.clips
	r.entries, r.byKey, r.bySurname = fresh.entries, fresh.byKey, fresh.bySurname
	r.storyNum, r.stories, r.redirect = fresh.storyNum, fresh.stories, fresh.redirect
	r.aliasKeys, r.pending, r.pool, r.byNum = fresh.aliasKeys, fresh.pending, fresh.pool, fresh.byNum
	return nil
}
