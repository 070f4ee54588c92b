package store

import (
	"encoding/binary"
	"errors"
	"math"
	"time"

	json "github.com/goccy/go-json"

	"github.com/storyline/storyline/internal/link"
)

// Link features are stored in a compact binary form (then compressed):
// about a tenth smaller than JSON once both are compressed, and quicker
// to decode when the linker is restored. Values written as JSON by older
// versions are still read.

// featuresFormat starts every binary features value this version writes;
// values of the older forms are still read: featuresFormatV1 (no
// dateline) and featuresFormatV2 (the dateline's year only).
const (
	featuresFormat   = 0x03
	featuresFormatV1 = 0x01
	featuresFormatV2 = 0x02
)

// encodeFeatures writes f in the binary form.
func encodeFeatures(f *link.Features) []byte {
	b := make([]byte, 0, 64+len(f.Terms)*24)
	b = append(b, featuresFormat)
	b = putString(b, f.ID)
	story := f.Story
	if s, _, ok := splitThread(f.ID); ok && s == f.Story {
		story = "" // the common case: the thread id names its story
	}
	b = putString(b, story)
	b = putString(b, f.Title)
	b = putString(b, f.Label)
	b = putTime(b, f.Published)
	b = binary.AppendUvarint(b, uint64(len(f.Terms)))
	for _, t := range f.Terms {
		b = putString(b, t.Term)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(t.Weight))
		b = putString(b, t.Surface)
	}
	b = binary.AppendUvarint(b, uint64(len(f.Actors)))
	for _, a := range f.Actors {
		b = putString(b, a)
	}
	b = binary.AppendVarint(b, int64(f.Year))
	b = binary.AppendVarint(b, int64(f.Words))
	b = binary.AppendVarint(b, int64(f.DateYear))
	return putTime(b, f.Dateline)
}

// putTime appends t: a 0 byte for the zero time, else 1, the Unix
// seconds, the nanoseconds and the zone offset.
func putTime(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return append(b, 0)
	}
	_, off := t.Zone()
	b = append(b, 1)
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	return binary.AppendVarint(b, int64(off))
}

// errShortFeatures is a binary features value cut short.
var errShortFeatures = errors.New("link features value cut short")

// featureReader reads the fields of a binary features value in turn; the
// first failure sticks.
type featureReader struct {
	b   []byte
	err error
}

func (r *featureReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShortFeatures
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *featureReader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShortFeatures
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *featureReader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errShortFeatures
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// time reads what putTime wrote.
func (r *featureReader) time() time.Time {
	if dated := r.bytes(1); len(dated) != 1 || dated[0] != 1 {
		return time.Time{}
	}
	sec, nsec, off := r.varint(), r.uvarint(), r.varint()
	if r.err != nil {
		return time.Time{}
	}
	loc := time.UTC
	if off != 0 {
		loc = time.FixedZone("", int(off))
	}
	return time.Unix(sec, int64(nsec)).In(loc)
}

func (r *featureReader) string() string { return string(r.bytes(r.uvarint())) }

// count reads a list length, refusing one the rest of the value cannot
// hold (a damaged value must not make us allocate gigabytes).
func (r *featureReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = errShortFeatures
		return 0
	}
	return int(n)
}

// decodeFeatures reads what encodeFeatures wrote.
func decodeFeatures(b []byte, f *link.Features) error {
	if len(b) == 0 || b[0] != featuresFormat && b[0] != featuresFormatV1 && b[0] != featuresFormatV2 {
		return errors.New("not a binary link features value")
	}
	r := &featureReader{b: b[1:]}
	f.ID = r.string()
	f.Story = r.string()
	if f.Story == "" {
		f.Story, _, _ = splitThread(f.ID)
	}
	f.Title = r.string()
	f.Label = r.string()
	f.Published = r.time()
	if n := r.count(); n > 0 {
		f.Terms = make([]link.TermWeight, n)
		for i := range f.Terms {
			f.Terms[i].Term = r.string()
			if w := r.bytes(4); len(w) == 4 {
				f.Terms[i].Weight = math.Float32frombits(binary.LittleEndian.Uint32(w))
			}
			f.Terms[i].Surface = r.string()
		}
	}
	if n := r.count(); n > 0 {
		f.Actors = make([]string, n)
		for i := range f.Actors {
			f.Actors[i] = r.string()
		}
	}
	f.Year = int(r.varint())
	f.Words = int(r.varint())
	if b[0] != featuresFormatV1 {
		f.DateYear = int(r.varint())
	}
	if b[0] == featuresFormat {
		f.Dateline = r.time()
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errors.New("link features value has trailing bytes")
	}
	return r.err
}

func putString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// packFeatures compresses the binary form of f.
func packFeatures(f *link.Features) []byte {
	b := encodeFeatures(f)
	return zenc.EncodeAll(b, make([]byte, 0, len(b)/2))
}

// unpackFeatures reads a stored features value: binary, or JSON as older
// versions wrote it.
func unpackFeatures(v []byte, f *link.Features) error {
	b, err := unpackRaw(v)
	if err != nil {
		return err
	}
	if len(b) > 0 && b[0] == featuresFormat {
		return decodeFeatures(b, f)
	}
	return json.Unmarshal(b, f)
}
