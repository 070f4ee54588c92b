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
	if n := reflect.TypeOf(link.Features{}).NumField(); n != 11 {
		t.Fatalf("link.Features has %d fields; encodeFeatures writes 11: add the new one", n)
	}
	tests := []struct {
		name string
		f    link.Features
	}{
		{"empty", link.Features{}},
		{"undated, story from the id", link.Features{ID: "ab12#2", Story: "ab12", Title: "Ferry fares frozen", Label: "Ferry fares",
			Terms:  []link.TermWeight{{Term: "ferri", Weight: 3.25, Surface: "ferry"}, {Term: "n:ada kell", Weight: 7.61916}},
			Actors: []string{"person:ada kell"}, Year: 2026, DateYear: 2025, Dateline: time.Date(2025, 4, 27, 0, 0, 0, 0, time.UTC), Words: 133}},
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
	// Values in the older binary forms still read: they end before the
	// dateline (form 2) or its year (form 1).
	old1 := link.Features{ID: "s#1", Story: "s", Year: 2024, DateYear: 2023, Words: 12}
	b := encodeFeatures(&old1) // ends with DateYear 2023 (2 bytes) and a zero Dateline (1 byte)
	for _, tc := range []struct {
		form     byte
		cut      int
		dateYear int
	}{{featuresFormatV2, 1, 2023}, {featuresFormatV1, 3, 0}} {
		v := append([]byte{tc.form}, b[1:len(b)-tc.cut]...)
		var got link.Features
		if err := decodeFeatures(v, &got); err != nil || got.Year != 2024 || got.Words != 12 || got.DateYear != tc.dateYear {
			t.Errorf("binary form %d: %+v, %v", tc.form, got, err)
		}
	}
	// Values older versions wrote as JSON still read.
	old := link.Features{ID: "s#1", Story: "s", Terms: []link.TermWeight{{Term: "flood", Weight: 1}}}
	j, _ := json.Marshal(old)
	var got link.Features
	if err := unpackFeatures(zenc.EncodeAll(j, nil), &got); err != nil || got.ID != "s#1" || len(got.Terms) != 1 {
		t.Errorf("JSON features: %+v, %v", got, err)
	}
}
