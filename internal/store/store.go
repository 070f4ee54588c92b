package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	json "github.com/goccy/go-json"
	"github.com/golang/snappy"
	"github.com/klauspost/compress/zstd"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/storyline/storyline/internal/actor"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/diskuse"
	"github.com/storyline/storyline/internal/thread"
	"github.com/storyline/storyline/internal/versions"
)

// FormatVersion names the store's layout; it changes when a new layout
// needs an archive opened for writing once to upgrade it.
const FormatVersion = "5"

// FileName is the store's file inside an archive directory.
const FileName = "store.db"

// Buckets besides the slot-keyed ones of slots.go.
var (
	bByDate  = []byte("bydate")  // list order (dateKey) -> nil
	bPending = []byte("pending") // id -> nil: stored, not yet confirmed in the index
	// bArcs held each thread's arc under the thread's id; an upgrade
	// moves them to bThreadArcs.
	bArcs = []byte("arcs")
	// thread key (story slot + "#n", as in bThreadFs) -> arc id. Keyed by
	// slot, a batch's new threads go to the bucket's end instead of
	// rewriting a page per thread all over it.
	bThreadArcs = []byte("threadarcs")
	// bActors held each story's actors apart from its record; the
	// registry now reads the records, and an upgrade drops the bucket.
	bActors  = []byte("actors")
	bMeta    = []byte("meta")    // key -> value
	bDF      = []byte("df")      // term -> uvarint document frequency
	bArcSize = []byte("arcsize") // arc id -> number of threads
	// arc id + "\x00" + thread id -> nil: the threads of each arc, so a
	// storyline is read without loading the linker.
	bArcThreads = []byte("arcthreads")
	// actor key ("person:ada kell") -> the name it was first stored under,
	// so storylines and related threads name actors without reading
	// whole stories.
	bActorNames = []byte("actornames")
	// actor key -> uvarint number of stories naming it, for the archive's
	// ranking of actors without reading every story (ActorStoryCounts).
	bActorStories = []byte("actorstories")
	buckets       = [][]byte{bRecords, bSlots, bThreadFs, bByDate, bPending, bThreadArcs, bMeta, bDF, bArcSize, bArcThreads, bActorNames, bActorStories, bSketches, bVersionOf, bVersionSet}
)

// Record is one story with its analysis.
type Record struct {
	Article    article.Article `json:"article"`
	Hash       string          `json:"hash"`
	Threads    []thread.Thread `json:"threads"`
	Actors     []actor.Actor   `json:"actors"`
	NLPVersion string          `json:"nlp_version"`
	Imported   time.Time       `json:"imported"`
	// Sketch stands for the text when telling versions of one report
	// apart. It is kept beside the record (Sketches reads it without
	// the record); Write computes it when nil. Stories stored before
	// sketches existed read back without one until rewritten.
	Sketch versions.Sketch `json:"-"`
}

// Store is an open archive store.
type Store struct {
	db       *bolt.DB
	dir      string
	readOnly bool
	pace     func() // see SetPace
	// swap is held for reading by Pin and for writing while Compact
	// replaces the file (and with it the mapping).
	swap sync.RWMutex
	// reserved: the mapping spans mmapReserve bytes, so it never moves
	// (see Pin).
	reserved bool
}

// Pin calls fn with the store file's path while its mapping cannot move:
// bbolt maps mmapReserve bytes at open, so it never remaps a file under
// that size, and Compact's swap of the file waits for fn. Callers use it
// to trim the mapping's pages (residency.Trim). fn gets "" for a closed
// store, or one whose mapping may move (the reserve was refused).
func (s *Store) Pin(fn func(path string) error) error {
	s.swap.RLock()
	defer s.swap.RUnlock()
	if s.db == nil || !s.reserved {
		return fn("")
	}
	return fn(filepath.Join(s.dir, FileName))
}

// paceBytes is how much a whole-store walk reads between calls of the
// SetPace function.
const paceBytes = 8 << 20

// SetPace sets fn to be called every few MiB that a walk over the whole
// store (Each, Features, Slack, Compact) reads. The store is read
// through mmap, so such a walk maps every page of the file into the
// process; the archive uses fn to drop them again as it goes
// (residency.Keeper.Check). Set it before the store is shared between
// goroutines.
func (s *Store) SetPace(fn func()) { s.pace = fn }

// pacer calls a store's pace function every paceBytes.
type pacer struct {
	fn func()
	n  int
}

func (s *Store) pacer() *pacer { return &pacer{fn: s.pace} }

// read counts n bytes read.
func (p *pacer) read(n int) {
	if p.fn == nil {
		return
	}
	if p.n += n; p.n >= paceBytes {
		p.n = 0
		p.fn()
	}
}

// LockedError says who holds the archive.
type LockedError struct {
	Dir    string
	Holder string // the writer holding it, when one does
	// Write: the open that failed was for writing, which readers (an open
	// browser) block too.
	Write bool
}

func (e *LockedError) Error() string {
	if e.Holder == "" && e.Write {
		return fmt.Sprintf("archive %s is open in another storyline process (a browser, or a command still reading it); close it and try again", e.Dir)
	}
	if e.Holder == "" {
		return fmt.Sprintf("archive %s is in use by another storyline process; wait for it to finish or stop it", e.Dir)
	}
	return fmt.Sprintf("archive %s is in use by %s; wait for it to finish or stop it", e.Dir, e.Holder)
}

type lockInfo struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
}

func lockPath(dir string) string { return filepath.Join(dir, "writer.json") }

// Open opens the store of the archive in dir, creating it when missing and
// not readOnly. It gives up after a short timeout when another process
// holds the file, returning a *LockedError naming that process.
func Open(dir string, readOnly bool) (*Store, error) {
	p := filepath.Join(dir, FileName)
	if readOnly {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if fi.Size() == 0 {
			return nil, &DamagedError{Dir: dir, Cause: FileName + " is empty, perhaps from a first import that was stopped at once"}
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if !readOnly {
		_ = os.Remove(p + compactSuffix) // a compaction a crash cut short
	}
	db, reserved, err := openBolt(p, readOnly)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &LockedError{Dir: dir, Holder: holder(dir), Write: !readOnly}
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	s := &Store{db: db, dir: dir, readOnly: readOnly, reserved: reserved}
	if !readOnly {
		noNames, noCounts := false, false
		err = s.update(func(tx *bolt.Tx) error {
			upgrade := tx.Bucket(bArcThreads) == nil && tx.Bucket(bArcs) != nil
			noNames = tx.Bucket(bActorNames) == nil
			noCounts = tx.Bucket(bActorStories) == nil
			for _, b := range buckets {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			if tx.Bucket(bActors) != nil {
				if err := tx.DeleteBucket(bActors); err != nil {
					return err
				}
			}
			if upgrade {
				return fillArcThreads(tx)
			}
			return nil
		})
		if err == nil {
			err = s.migrateToSlots()
		}
		if err == nil {
			err = s.update(moveArcs)
		}
		if err == nil {
			err = s.update(upgradeByDate)
		}
		if err == nil && noNames {
			err = s.fillActorNames()
		}
		if err == nil && noCounts {
			err = s.fillActorStories()
		}
		if err != nil {
			db.Close()
			return nil, err
		}
		info := lockInfo{PID: os.Getpid(), Command: "storyline " + strings.Join(os.Args[1:], " "), Since: time.Now()}
		if b, err := json.Marshal(info); err == nil {
			_ = os.WriteFile(lockPath(dir), b, 0o644)
		}
	}
	return s, nil
}

// openBolt opens the bbolt file, turning a panic on a damaged file into
// an error. It maps mmapReserve bytes of address space when it can
// (reserved), and the file's own size when the system refuses that much
// (a limit on address space, ulimit -v).
func openBolt(p string, readOnly bool) (db *bolt.DB, reserved bool, err error) {
	if mmapReserve > 0 {
		db, err = openBoltMapping(p, readOnly, mmapReserve)
		if !errors.Is(err, syscall.ENOMEM) {
			return db, err == nil, err
		}
	}
	db, err = openBoltMapping(p, readOnly, 0)
	return db, false, err
}

// openBoltMapping opens the bbolt file with an initial mapping of mmapSize
// bytes (0: the file's size).
func openBoltMapping(p string, readOnly bool, mmapSize int) (db *bolt.DB, err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			db, err = nil, &DamagedError{Dir: filepath.Dir(p), Cause: fmt.Sprint(r)}
		}
	}()
	// 16 KiB pages (for a new file; an existing one keeps its own): a
	// record is a few KiB, and on 4 KiB pages a quarter of the file was
	// the unused ends of pages.
	db, err = bolt.Open(p, 0o644, &bolt.Options{Timeout: 300 * time.Millisecond, ReadOnly: readOnly, FreelistType: bolt.FreelistMapType, PageSize: 16 << 10, InitialMmapSize: mmapSize})
	if err == nil {
		// Grow the file 4 MiB at a time (bbolt's default is 16 MiB, half
		// wasted space on a young archive).
		db.AllocSize = 4 << 20
	}
	return db, err
}

func holder(dir string) string {
	b, err := os.ReadFile(lockPath(dir))
	if err != nil {
		return ""
	}
	var li lockInfo
	if json.Unmarshal(b, &li) != nil || li.PID == 0 {
		return ""
	}
	cmd := li.Command
	if len(cmd) > 80 {
		cmd = cmd[:80] + "…"
	}
	return fmt.Sprintf("%q (pid %d, since %s)", cmd, li.PID, li.Since.Local().Format("15:04:05"))
}

// DamagedError says the store file is damaged.
type DamagedError struct {
	Dir   string
	Cause string
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("the archive store in %s is damaged (%s): restore it from a backup, or move the folder away and import your articles again", e.Dir, e.Cause)
}

// view runs fn in a read transaction. A damaged file can make bbolt fault
// or panic while reading its pages; that becomes a *DamagedError instead
// of a crash.
func (s *Store) view(fn func(*bolt.Tx) error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			err = &DamagedError{Dir: s.dir, Cause: fmt.Sprint(r)}
		}
	}()
	return s.db.View(fn)
}

// update runs fn in a write transaction, as view does for reads.
func (s *Store) update(fn func(*bolt.Tx) error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			err = &DamagedError{Dir: s.dir, Cause: fmt.Sprint(r)}
		}
	}()
	return s.db.Update(fn)
}

// Close closes the store.
func (s *Store) Close() error {
	if !s.readOnly {
		_ = os.Remove(lockPath(s.dir))
	}
	return s.db.Close()
}

// Dir returns the archive directory.
func (s *Store) Dir() string { return s.dir }

// Bytes returns the size of the store file.
func (s *Store) Bytes() int64 { return diskuse.Of(filepath.Join(s.dir, FileName)) }

// Values are zstd-compressed JSON: decoding one story takes tens of
// microseconds. Records are compressed with a dictionary (see dict.go);
// the decoder reads frames with and without it.
var (
	zenc, _ = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	zdec    = newDecoder()
)

// zstdMagic starts every zstd frame; values without it are snappy, as the
// first archives wrote them.
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// unpackJSON decodes a compressed JSON value.
func unpackJSON(v []byte, out any) error {
	b, err := unpackRaw(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

// unpackRaw decompresses a stored value.
func unpackRaw(v []byte) ([]byte, error) {
	var b []byte
	var err error
	if bytes.HasPrefix(v, zstdMagic) {
		b, err = zdec.DecodeAll(v, nil)
	} else {
		b, err = snappy.Decode(nil, v)
	}
	if err != nil {
		return nil, fmt.Errorf("corrupt value in the store: %w", err)
	}
	return b, nil
}

func encode(r *Record) ([]byte, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	return recordEncoder.EncodeAll(b, make([]byte, 0, len(b)/2)), nil
}

func decode(v []byte) (*Record, error) {
	var r Record
	if err := unpackJSON(v, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Get returns the record of id, or nil when absent.
func (s *Store) Get(id string) (*Record, error) {
	var r Record
	found, err := s.getAs(id, &r, &r.Sketch)
	if err != nil || !found {
		return nil, err
	}
	return &r, nil
}

// recordAt returns the slot and the stored value of story id (nil, nil
// when absent).
func recordAt(tx *bolt.Tx, id string) (slot, value []byte) {
	if tx.Bucket(bSlots) == nil {
		return nil, nil
	}
	if slot = slotOf(tx, id); slot == nil {
		return nil, nil
	}
	return slot, tx.Bucket(bRecords).Get(slot)
}

// GetText returns the record of id without its actors (nil when absent):
// what search results need, at about two thirds of the decoding work.
func (s *Store) GetText(id string) (*Record, error) {
	var part struct {
		Article article.Article `json:"article"`
		Threads []thread.Thread `json:"threads"`
	}
	var sk versions.Sketch
	found, err := s.getAs(id, &part, &sk)
	if err != nil || !found {
		return nil, err
	}
	return &Record{Article: part.Article, Threads: part.Threads, Sketch: sk}, nil
}

// Hash returns the content hash of a stored story, "" when absent.
func (s *Store) Hash(id string) string {
	var part struct {
		Hash string `json:"hash"`
	}
	if found, err := s.getAs(id, &part, nil); err != nil || !found {
		return ""
	}
	return part.Hash
}

// getAs decodes the record of id into out, a struct with some of
// Record's fields, and reports whether the story exists. A non-nil
// sketch gets the story's sketch.
func (s *Store) getAs(id string, out any, sketch *versions.Sketch) (found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		slot, v := recordAt(tx, id)
		if v == nil {
			return nil
		}
		found = true
		if sketch != nil {
			*sketch = sketchAt(tx, slot)
		}
		return unpackJSON(v, out)
	})
	return found, err
}

// sketchAt returns a copy of the sketch stored under slot (nil when none
// is, as for stories stored before sketches existed).
func sketchAt(tx *bolt.Tx, slot []byte) versions.Sketch {
	b := tx.Bucket(bSketches)
	if b == nil { // a store opened read-only before its upgrade
		return nil
	}
	if v := b.Get(slot); len(v) > 0 {
		return append(versions.Sketch(nil), v...)
	}
	return nil
}
