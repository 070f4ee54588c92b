package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/link"
)

func TestFeaturesRoundTrip(t *testing.T) {
	// A new field in link.Features must be added to the binary form.
	if n := reflect.TypeOf(link.Features{}).NumField(); n != 10 {
		t.Fatalf("link.Features has %d fields; encodeFeatures writes 10: add the new one", n)
	}
	tests := []struct {
		name string
		f    link.Features
	}{
		{"empty", link.Features{}},
		{"undated, story from the id", link.Features{ID: "ab12#2", Story: "ab12", Title: "Ferry fares frozen", Label: "Ferry fares",
			Terms:  []link.TermWeight{{Term: "ferri", Weight: 3.25, Surface: "ferry"}, {Term: "n:ada kell", Weight: 7.61916}},
			Actors: []string{"person:ada kell"}, Year: 2026, DateYear: 2025, Words: 133}},
		{"dated UTC, other story", link.Features{ID: "x#1", Story: "y", Published: time.Date(2026, 3, 1, 9, 30, 0, 123, time.UTC)}},
		{"dated with an offset", link.Features{ID: "x#1", Story: "x", Published: time.Date(2026, 3, 1, 9, 30, 0, 0, time.FixedZone("", 3600)), Year: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got link.Features
			if err := unpackFeatures(packFeatures(&tc.f), &got); err != nil {
				t.Fatal(err)
			}
			// Compare as JSON, as the archive reads them (a time's
			// location pointer may differ).
			want, _ := json.Marshal(tc.f)
			have, _ := json.Marshal(got)
			if string(want) != string(have) || !got.Published.Equal(tc.f.Published) {
				t.Errorf("round trip\n got %s\nwant %s", have, want)
			}
			// Every cut of the value fails cleanly.
			b := encodeFeatures(&tc.f)
			for i := 0; i < len(b); i++ {
				var f link.Features
				if err := decodeFeatures(b[:i], &f); err == nil {
					t.Errorf("a value cut to %d of %d bytes decoded", i, len(b))
				}
			}
		})
	}
	// Values in the first binary form (no dateline year) still read.
	v1 := link.Features{ID: "s#1", Story: "s", Year: 2024, Words: 12}
	b := encodeFeatures(&v1)
	b = append([]byte{featuresFormatV1}, b[1:len(b)-1]...) // without the trailing DateYear 0
	var gotV1 link.Features
	if err := decodeFeatures(b, &gotV1); err != nil || gotV1.Year != 2024 || gotV1.Words != 12 {
		t.Errorf("first binary form: %+v, %v", gotV1, err)
	}
	// Values older versions wrote as JSON still read.
	old := link.Features{ID: "s#1", Story: "s", Terms: []link.TermWeight{{Term: "flood", Weight: 1}}}
	j, _ := json.Marshal(old)
	var got link.Features
	if err := unpackFeatures(zenc.EncodeAll(j, nil), &got); err != nil || got.ID != "s#1" || len(got.Terms) != 1 {
		t.Errorf("JSON features: %+v, %v", got, err)
	}
}
