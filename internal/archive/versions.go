package archive

import (
	"cmp"
	"encoding/binary"
	"fmt"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/versions"
)

// recordSketch returns a stored story's sketch, computing it for a story
// stored before sketches were.
func recordSketch(r *store.Record) versions.Sketch {
	if r.Sketch != nil {
		return r.Sketch
	}
	return versions.OfArticle(&r.Article)
}

// versionOf returns, for each of a ranked list of stories (titles[i],
// sketches[i]), the index of the story above it that it is a version of
// (versions.Same), or -1 for a story listed in its own right. Only
// stories that share a shingle hash with a listed one are compared, so
// long lists fold in about linear time.
func versionOf(titles []string, sketches []versions.Sketch) []int {
	out := make([]int, len(titles))
	holders := map[uint32][]int{} // shingle hash -> listed stories whose sketch has it
	for i, sk := range sketches {
		out[i] = -1
		seen := map[int]bool{}
		for off := 0; off+4 <= len(sk) && out[i] < 0; off += 4 {
			for _, k := range holders[binary.LittleEndian.Uint32(sk[off:])] {
				if seen[k] {
					continue
				}
				seen[k] = true
				if versions.Same(titles[k], sketches[k], titles[i], sk) {
					out[i] = k
					break
				}
			}
		}
		if out[i] >= 0 {
			continue
		}
		for off := 0; off+4 <= len(sk); off += 4 {
			h := binary.LittleEndian.Uint32(sk[off:])
			holders[h] = append(holders[h], i)
		}
	}
	return out
}

// foldVersions marks each hit that is a version of a hit ranked above it:
// the later hit gets VersionOf, the listed one lists it in Versions.
// sketches[i] is hits[i]'s.
func foldVersions(hits []SearchHit, sketches []versions.Sketch) {
	titles := make([]string, len(hits))
	for i, h := range hits {
		titles[i] = h.Title
	}
	for i, k := range versionOf(titles, sketches) {
		if k >= 0 {
			hits[i].VersionOf = hits[k].ID
			hits[k].Versions = append(hits[k].Versions, hits[i].ID)
		}
	}
}

// storyVersions returns, by story id, the story each story is a version
// of (versionOf), for stories listed in order with their titles: a story
// listed more than once counts at its first place, and stories listed in
// their own right are absent. Stories without a sketch are never folded.
func storyVersions(stories, titles []string, sketches map[string]versions.Sketch) map[string]string {
	var ids, ts []string
	var sks []versions.Sketch
	seen := map[string]bool{}
	for i, s := range stories {
		if !seen[s] {
			seen[s] = true
			ids, ts, sks = append(ids, s), append(ts, titles[i]), append(sks, sketches[s])
		}
	}
	of := map[string]string{}
	for i, k := range versionOf(ts, sks) {
		if k >= 0 {
			of[ids[i]] = ids[k]
		}
	}
	return of
}

// foldEntryVersions marks the entries of a storyline (in its order) whose
// story is a version of an earlier entry's story: they get VersionOf, and
// the earlier story's first entry lists them in Versions.
func foldEntryVersions(entries []ArcEntry, sketches map[string]versions.Sketch) {
	stories, titles := make([]string, len(entries)), make([]string, len(entries))
	first := map[string]int{} // story -> its first entry
	for i, e := range entries {
		stories[i], titles[i] = e.Story, e.Title
		if _, ok := first[e.Story]; !ok {
			first[e.Story] = i
		}
	}
	of := storyVersions(stories, titles, sketches)
	for i := range entries {
		e := &entries[i]
		e.VersionOf = of[e.Story]
		if e.VersionOf != "" && first[e.Story] == i {
			lead := &entries[first[e.VersionOf]]
			lead.Versions = append(lead.Versions, e.Story)
		}
	}
}

// AnotherVersion is the reason a related thread gives when its story is a
// version of the story being read.
const AnotherVersion = "another version of this story"

// foldRelatedVersions marks the related threads whose story is a version
// of the story being read (story, title, sketch): their reasons start with
// AnotherVersion. It drops threads whose story is a version of a story
// ranked above them. sketches holds the related stories' sketches (the
// story being read is added to it).
func foldRelatedVersions(rel []Related, story, title string, sketch versions.Sketch, sketches map[string]versions.Sketch) []Related {
	stories, titles := []string{story}, []string{title}
	for _, r := range rel {
		stories, titles = append(stories, r.Story), append(titles, r.Title)
	}
	sketches[story] = sketch
	of := storyVersions(stories, titles, sketches)
	out := rel[:0]
	for _, r := range rel {
		switch of[r.Story] {
		case "":
		case story:
			r.Why = append([]string{AnotherVersion}, r.Why...)
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}

// versionIndex returns the index of the stored stories' sketches (see
// groupVersions), read from the store on first use. Callers hold linkMu.
func (a *Archive) versionIndex() (*versions.Index, error) {
	if a.vx != nil {
		return a.vx, nil
	}
	x := &versions.Index{}
	// Titles are not read: a comparison that needs one reads it then.
	add := func(id string, sk versions.Sketch) { x.Add(id, 0, sk) }
	if err := a.st.EachSketch(add); err != nil {
		return nil, fmt.Errorf("read sketches: %w", err)
	}
	a.vx = x
	return x, nil
}

// storyText is what grouping versions needs of a story.
type storyText struct {
	id, title string
	sketch    versions.Sketch
	// updated marks a story already stored, whose group may change.
	updated bool
}

// groupVersions files each of stories (in arrival order) under the group
// of the first story of x, or of stories before it, that it is a version
// of (versions.Same), and adds it to x. It sets of[id] to the group's
// root, or to "" for an updated story that is no longer a version of
// anything. A stored story that other stories are filed under keeps its
// group. Comparisons read sketches and titles from the store for stored
// stories; at about four candidates per story that is cheap.
func (a *Archive) groupVersions(x *versions.Index, stories []storyText, of map[string]string) error {
	root := map[string]string{} // stories of this batch -> their group's root
	at := map[string]int{}
	for i, s := range stories {
		at[s.id] = i
		if s.updated {
			r, grouped, err := a.st.VersionRoot(s.id)
			if err != nil {
				return err
			}
			if grouped && r == s.id {
				root[s.id] = s.id
				x.Add(s.id, versions.TitleKey(s.title), s.sketch)
				continue
			}
		}
		to := ""
		for _, c := range x.Candidates(s.sketch, s.id) {
			r, err := a.versionRoot(c, s, stories, at, root)
			if err != nil {
				return err
			}
			if r != "" {
				to = r
				break
			}
		}
		if to != "" || s.updated {
			of[s.id] = to
		}
		root[s.id] = cmp.Or(to, s.id)
		x.Add(s.id, versions.TitleKey(s.title), s.sketch)
	}
	// A story filed under a stored story that this batch then filed
	// elsewhere follows it to its new root.
	for id, to := range of {
		for seen := 0; to != "" && seen < len(of); seen++ {
			next, ok := of[to]
			if !ok || next == "" || next == to {
				break
			}
			to = next
		}
		of[id] = to
	}
	return nil
}

// versionRoot returns the root of candidate c's group when s is a version
// of c, and "" when it is not. Candidates of this batch are in stories
// (at, root); others are read from the store.
func (a *Archive) versionRoot(c versions.Candidate, s storyText, stories []storyText, at map[string]int, root map[string]string) (string, error) {
	if i, ok := at[c.ID]; ok {
		o := stories[i]
		if versions.Same(o.title, o.sketch, s.title, s.sketch) {
			return root[c.ID], nil
		}
		return "", nil
	}
	sks, err := a.st.Sketches([]string{c.ID})
	if err != nil {
		return "", err
	}
	same, ifTitles := versions.ByText(sks[c.ID], s.sketch)
	if !same && !ifTitles {
		return "", nil
	}
	if ifTitles {
		// The title decides. Stories stored before this import have no
		// title in the index: read the record's head only.
		title := c.Title
		if title == 0 {
			if h := a.st.Heads([]string{c.ID}); len(h) > 0 {
				title = versions.TitleKey(h[0].Article.Title)
			}
		}
		if !versions.SameTitleKeys(title, versions.TitleKey(s.title)) {
			return "", nil
		}
	}
	r, _, err := a.st.VersionRoot(c.ID)
	return r, err
}

// groupBatch groups the stories of an import batch with their versions
// (groupVersions), in arrival order. Callers hold linkMu.
func (a *Archive) groupBatch(bt *store.Batch, upd map[string]bool) error {
	x, err := a.versionIndex()
	if err != nil {
		return err
	}
	stories := make([]storyText, len(bt.Records))
	for i, r := range bt.Records {
		stories[i] = storyText{id: r.Article.ID, title: r.Article.Title, sketch: recordSketch(r), updated: upd[r.Article.ID]}
	}
	bt.VersionOf = map[string]string{}
	return a.groupVersions(x, stories, bt.VersionOf)
}
