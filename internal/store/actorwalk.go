package store

import (
	"bytes"
	"runtime"
	"sync"

	json "github.com/goccy/go-json"

	"github.com/storyline/storyline/internal/actor"
)

// EachActors calls fn with the ID and the actors (without their paragraph
// lists) of every story, in the order the stories first arrived — what
// StoryActors gives, faster. A stored record is its story's JSON, text
// first and actors near the end; EachActors parses only the story ID at
// the start and the actor list, not the text, and decodes the next stories
// while fn takes the last ones. A record of another layout is decoded
// whole.
func (s *Store) EachActors(fn func(id string, actors []actor.Actor) error) error {
	type result struct {
		id     string
		actors []actor.Actor
		err    error
	}
	var (
		ready   []result // decoded, waiting for fn
		decoded = make(chan []result, 1)
		busy    bool // a chunk is decoding
	)
	// decode decodes a chunk on all CPUs and sends the results.
	decode := func(raw [][]byte) {
		out := make([]result, len(raw))
		spread(len(raw), func(i int, buf []byte) []byte {
			r := &out[i]
			r.id, r.actors, buf, r.err = recordActors(raw[i], buf)
			return buf
		})
		decoded <- out
	}
	// deliver passes the previous chunk to fn while this one decodes.
	deliver := func() error {
		for i, r := range ready {
			if r.err != nil {
				return r.err
			}
			if err := fn(r.id, r.actors); err != nil {
				return err
			}
			ready[i] = result{}
		}
		ready = nil
		return nil
	}
	// next starts decoding raw (none at the end) and delivers the chunk
	// before it.
	next := func(raw [][]byte) error {
		if busy {
			ready = <-decoded
		}
		busy = len(raw) > 0
		if busy {
			go decode(raw)
		}
		if err := deliver(); err != nil {
			if busy {
				<-decoded
				busy = false
			}
			return err
		}
		return nil
	}
	return s.eachRaw(next, func(err error) error {
		for err == nil && busy {
			err = next(nil)
		}
		if err != nil && busy {
			<-decoded // the values must not be read after the transaction
		}
		return err
	})
}

// spread calls fn for 0 ≤ i < n on all CPUs; each goroutine passes fn
// its own scratch buffer.
func spread(n int, fn func(i int, buf []byte) []byte) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var buf []byte
			for i := w; i < n; i += workers {
				buf = fn(i, buf)
			}
		}(w)
	}
	wg.Wait()
}

// The keys around a record's actors, as json.Marshal writes a Record.
var (
	recordStart = []byte(`{"article":{"id":`)
	actorsKey   = []byte(`,"actors":`)
	afterActors = []byte(`,"nlp_version":`)
)

// storedActor is an actor as stored, without the paragraph list.
type storedActor struct {
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Roles       []string `json:"roles"`
	Aliases     []string `json:"aliases"`
	Affiliation string   `json:"affiliation"`
	Mentions    int      `json:"mentions"`
	Paragraphs  skipped  `json:"paragraphs"`
}

// skipped is a JSON value not wanted.
type skipped struct{}

// UnmarshalJSON ignores the value.
func (skipped) UnmarshalJSON([]byte) error { return nil }

// recordActors returns the story ID and actors of a stored value,
// decompressing into buf (returned for reuse).
func recordActors(v, buf []byte) (id string, actors []actor.Actor, _ []byte, err error) {
	if bytes.HasPrefix(v, zstdMagic) {
		buf, err = zdec.DecodeAll(v, buf[:0])
	} else {
		buf, err = unpackRaw(v)
	}
	if err != nil {
		return "", nil, buf, err
	}
	id, actors, ok := quickActors(buf)
	if !ok {
		var r Record
		if err := json.Unmarshal(buf, &r); err != nil {
			return "", nil, buf, err
		}
		id, actors = r.Article.ID, r.Actors
		for i := range actors {
			actors[i].Paragraphs = nil
		}
	}
	return id, actors, buf, nil
}

// quickActors parses the story ID and the actors of a record's JSON
// without its text. A quote inside a JSON string is always escaped, so the
// last `,"actors":` is the record's own key (no key after it holds
// objects); ok is false when the record is not laid out as expected.
func quickActors(b []byte) (id string, actors []actor.Actor, ok bool) {
	if !bytes.HasPrefix(b, recordStart) {
		return "", nil, false
	}
	rest := b[len(recordStart):]
	end := bytes.IndexByte(rest, ',')
	if end < 0 || json.Unmarshal(rest[:end], &id) != nil {
		// Not a plain string before the next comma (an ID with a comma,
		// say): take the slow way.
		return "", nil, false
	}
	from := bytes.LastIndex(b, actorsKey)
	to := bytes.LastIndex(b, afterActors)
	if from < 0 || to < from {
		return "", nil, false
	}
	if actors, ok := parseActors(b[from+len(actorsKey) : to]); ok {
		return id, actors, true
	}
	var as []storedActor
	if json.Unmarshal(b[from+len(actorsKey):to], &as) != nil {
		return "", nil, false
	}
	if as != nil {
		actors = make([]actor.Actor, len(as))
	}
	for i, a := range as {
		actors[i] = actor.Actor{Name: a.Name, Kind: a.Kind, Roles: a.Roles, Aliases: a.Aliases, Affiliation: a.Affiliation, Mentions: a.Mentions}
	}
	return id, actors, true
}
