package store

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/storyline/storyline/internal/versions"
)

// Versions of one report (versions.Same) form a group, filed under one
// of its stories, the group's root. Only stories in a group have entries,
// so the buckets stay small.
var (
	// story id -> its group's root, for every member but the root.
	bVersionOf = []byte("versionof")
	// root + "\x00" + story id -> the story's bydate key, for every
	// member of the group and its root: a prefix scan gives the group
	// in list order without reading a story.
	bVersionSet = []byte("versionset")
)

func versionSetKey(root, id string) []byte {
	k := make([]byte, 0, len(root)+1+len(id))
	k = append(k, root...)
	k = append(k, 0)
	return append(k, id...)
}

// groupRoot returns the root of id's group: the story it is filed under,
// or id itself.
func groupRoot(tx *bolt.Tx, id string) string {
	if b := tx.Bucket(bVersionOf); b != nil {
		if r := b.Get([]byte(id)); r != nil {
			return string(r)
		}
	}
	return id
}

// storedDateKey returns the bydate key of a stored story (nil when it is
// not stored): from written, the keys of the stories this transaction
// wrote, or from its record.
func storedDateKey(tx *bolt.Tx, id string, written map[string][]byte) ([]byte, error) {
	if k, ok := written[id]; ok {
		return k, nil
	}
	slot := slotOf(tx, id)
	if slot == nil {
		return nil, nil
	}
	r, err := decode(tx.Bucket(bRecords).Get(slot))
	if err != nil {
		return nil, err
	}
	return dateKey(&r.Article, slot), nil
}

// applyVersions files each story of of under the group of the story it is
// a version of, or takes it out of its group (""). written holds the
// bydate keys of the stories the transaction wrote.
func applyVersions(tx *bolt.Tx, of map[string]string, written map[string][]byte) error {
	vof, set := tx.Bucket(bVersionOf), tx.Bucket(bVersionSet)
	for id, to := range of {
		if old := vof.Get([]byte(id)); old != nil {
			root := string(old)
			if err := set.Delete(versionSetKey(root, id)); err != nil {
				return err
			}
			if err := vof.Delete([]byte(id)); err != nil {
				return err
			}
			if err := dropLoneRoot(set, root); err != nil {
				return err
			}
		}
		if to == "" || to == id || slotOf(tx, to) == nil {
			continue
		}
		root := groupRoot(tx, to)
		if root == id {
			continue // id is already the root of to's group
		}
		if err := joinGroup(tx, root, id, written); err != nil {
			return err
		}
	}
	return nil
}

// joinGroup files stored story id in root's group, creating the group
// (with root's own entry) when it is new.
func joinGroup(tx *bolt.Tx, root, id string, written map[string][]byte) error {
	set := tx.Bucket(bVersionSet)
	rk, ik := versionSetKey(root, root), versionSetKey(root, id)
	if set.Get(rk) == nil {
		dk, err := storedDateKey(tx, root, written)
		if err != nil || dk == nil {
			return err
		}
		if err := set.Put(rk, dk); err != nil {
			return err
		}
	}
	dk, err := storedDateKey(tx, id, written)
	if err != nil || dk == nil {
		return err
	}
	if err := set.Put(ik, dk); err != nil {
		return err
	}
	return tx.Bucket(bVersionOf).Put([]byte(id), []byte(root))
}

// members calls fn with each story of root's group (the root included)
// and its bydate key, in the order of their ids, until fn returns false.
// The key is bbolt's memory, valid within the transaction.
func members(set *bolt.Bucket, root string, fn func(id string, key []byte) bool) {
	prefix := versionSetKey(root, "")
	c := set.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if !fn(string(k[len(prefix):]), v) {
			return
		}
	}
}

// dropLoneRoot removes a group that is left with its root alone.
func dropLoneRoot(set *bolt.Bucket, root string) error {
	n := 0
	members(set, root, func(string, []byte) bool { n++; return n < 2 })
	if n > 1 {
		return nil
	}
	return set.Delete(versionSetKey(root, root))
}

// refreshVersionKey keeps a grouped story's entry in list order after its
// bydate key changed (an updated story with another date).
func refreshVersionKey(tx *bolt.Tx, id string, key []byte) error {
	set := tx.Bucket(bVersionSet)
	k := versionSetKey(groupRoot(tx, id), id)
	if set.Get(k) == nil {
		return nil
	}
	return set.Put(k, key)
}

// VersionGroups returns, for each of ids that belongs to a group of
// versions, the group's stories in list order (newest first); the first
// is the one a list shows.
func (s *Store) VersionGroups(ids []string) (map[string][]string, error) {
	out := map[string][]string{}
	err := s.view(func(tx *bolt.Tx) error {
		set := tx.Bucket(bVersionSet)
		if set == nil {
			return nil // an archive from before versions were grouped
		}
		for _, id := range ids {
			if _, ok := out[id]; ok {
				continue
			}
			type member struct {
				id  string
				key []byte
			}
			var ms []member
			members(set, groupRoot(tx, id), func(m string, key []byte) bool {
				ms = append(ms, member{m, key})
				return true
			})
			if len(ms) < 2 {
				continue
			}
			slices.SortFunc(ms, func(a, b member) int { return bytes.Compare(a.key, b.key) }) // list order
			group := make([]string, len(ms))
			for i, m := range ms {
				group[i] = m.id
			}
			for _, m := range group {
				out[m] = group
			}
		}
		return nil
	})
	return out, err
}

// VersionCount returns how many stories are filed under another version
// of their report: what a list that shows each report once leaves out.
func (s *Store) VersionCount() (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bVersionOf); b != nil {
			n = b.Stats().KeyN
		}
		return nil
	})
	return n, err
}

// VersionRoot returns the root of a story's group of versions, and
// whether the story is in a group at all.
func (s *Store) VersionRoot(id string) (root string, grouped bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		root = groupRoot(tx, id)
		if set := tx.Bucket(bVersionSet); set != nil {
			grouped = set.Get(versionSetKey(root, id)) != nil
		}
		return nil
	})
	return root, grouped, err
}

// EachSketch calls fn with every stored story's id and sketch (stories
// stored before sketches existed are left out), in the order of their
// ids.
func (s *Store) EachSketch(fn func(id string, sk versions.Sketch)) error {
	return s.view(func(tx *bolt.Tx) error {
		slots := tx.Bucket(bSlots)
		if slots == nil {
			return nil
		}
		return slots.ForEach(func(id, slot []byte) error {
			if sk := sketchAt(tx, slot); sk != nil {
				fn(string(id), sk)
			}
			return nil
		})
	})
}
