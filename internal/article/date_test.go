package article

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	tests := []struct {
		in   string
		want time.Time // compared as an instant; zero means an error is expected
	}{
		{"2020-09-28T10:12:00Z", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28T11:12:00+01:00", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28T10:12:00.123Z", utc(2020, 9, 28, 10, 12, 0).Add(123 * time.Millisecond)},
		{"2020-09-28T10:12:00+0000", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28T10:12:00", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28T10:12", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28 10:12:00", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28 10:12", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28 11:12:00 +0100", utc(2020, 9, 28, 10, 12, 0)},
		{"2020-09-28", utc(2020, 9, 28, 0, 0, 0)},
		{"2020/09/28", utc(2020, 9, 28, 0, 0, 0)},
		{"20200928", utc(2020, 9, 28, 0, 0, 0)},
		{"Mon, 28 Sep 2020 10:12:00 +0000", utc(2020, 9, 28, 10, 12, 0)},
		{"Mon, 28 Sep 2020 10:12:00 GMT", utc(2020, 9, 28, 10, 12, 0)},
		{"Mon, 28 Sep 2020 11:12:00 BST", utc(2020, 9, 28, 10, 12, 0)},
		{"Mon, 28 Sep 2020 06:12:00 EDT", utc(2020, 9, 28, 10, 12, 0)},
		{"Mon, 7 Sep 2020 10:12:00 +0000", utc(2020, 9, 7, 10, 12, 0)},
		{"Monday, 28-Sep-20 10:12:00 UTC", utc(2020, 9, 28, 10, 12, 0)},
		{"28 Sep 20 10:12 +0000", utc(2020, 9, 28, 10, 12, 0)},
		{"Mon Sep 28 10:12:00 2020", utc(2020, 9, 28, 10, 12, 0)},
		{"28 September 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"28th September 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"Monday 28 September 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"28 Sept 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"28 September 2020 at 10:12", utc(2020, 9, 28, 10, 12, 0)},
		{"September 28, 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"Sep 28, 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"september 1st, 2020", utc(2020, 9, 1, 0, 0, 0)},
		{"September 28, 2020 3:04 PM", utc(2020, 9, 28, 15, 4, 0)},
		{"September 2020", utc(2020, 9, 1, 0, 0, 0)},
		{"02/01/2006", utc(2006, 1, 2, 0, 0, 0)}, // day first
		{"12/31/2006", utc(2006, 12, 31, 0, 0, 0)},
		{"31/12/2006", utc(2006, 12, 31, 0, 0, 0)},
		{"28.09.2020", utc(2020, 9, 28, 0, 0, 0)},
		{"1601287920", utc(2020, 9, 28, 10, 12, 0)},
		{"1601287920.5", utc(2020, 9, 28, 10, 12, 0).Add(500 * time.Millisecond)},
		{"1601287920000", utc(2020, 9, 28, 10, 12, 0)},
		{"  2020-09-28  ", utc(2020, 9, 28, 0, 0, 0)},
		{"Tue, 29 Sep 2020 12:12:00 +0200 (CEST)", utc(2020, 9, 29, 10, 12, 0)},
		{"Published: 28 September 2020", utc(2020, 9, 28, 0, 0, 0)},
		{"Last updated on September 28, 2020 10:12 am EDT", utc(2020, 9, 28, 14, 12, 0)},
		{"10:12 BST 28 September 2020", utc(2020, 9, 28, 9, 12, 0)},
		{"", time.Time{}},
		{"yesterday", time.Time{}},
		{"not a date 2020", time.Time{}},
		{"0001-01-01", time.Time{}},
		{"12345", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.want.IsZero() {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
