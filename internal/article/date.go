package article

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are tried in order by ParseDate after the input has been
// normalised (ordinals and a leading weekday removed, "at" dropped,
// white space collapsed). Layouts without a zone are read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04 MST",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"20060102",
	"20060102T150405Z0700",
	// RFC 1123 / 822 / 850 and C library formats (weekday already removed).
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 MST -0700",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04:05 MST",
	"2 Jan 06 15:04 -0700",
	"2 Jan 06 15:04 MST",
	"02-Jan-06 15:04:05 MST",
	"Jan _2 15:04:05 2006",
	"Jan _2 15:04:05 MST 2006",
	"Jan 02 15:04:05 -0700 2006",
	// Written-out dates.
	"2 January 2006 15:04:05 MST",
	"2 January 2006 15:04:05",
	"2 January 2006 15:04 MST",
	"2 January 2006 15:04",
	"2 January 2006 3:04pm",
	"2 January 2006 3:04 pm",
	"2 January 2006 3:04 pm MST",
	"2 January 2006 3:04pm MST",
	"15:04 MST 2 January 2006",
	"15:04 2 January 2006",
	"2 January 2006 3:04 PM",
	"2 January 2006 3:04PM",
	"2 January 2006",
	"2 Jan 2006",
	"January 2 2006 15:04:05 MST",
	"January 2 2006 15:04:05",
	"January 2 2006 15:04",
	"January 2 2006 3:04pm",
	"January 2 2006 3:04 pm",
	"January 2 2006 3:04 pm MST",
	"January 2 2006 3:04pm MST",
	"January 2 2006 3:04 PM MST",
	"January 2 2006 3:04 PM",
	"January 2 2006 3:04PM",
	"January 2 2006",
	"Jan 2 2006",
	"January 2006",
	"Jan 2006",
	// Numeric day-first dates (see ParseDate on the ambiguity).
	"02/01/2006 15:04:05",
	"02/01/2006 15:04",
	"02/01/2006",
	"02.01.2006 15:04",
	"02.01.2006",
	"02-01-2006",
	"02/01/06",
}

// zoneOffsets gives the UTC offset in seconds of zone abbreviations common
// in news feeds, which time.Parse does not know in the UTC location.
var zoneOffsets = map[string]int{
	"GMT": 0, "UT": 0, "UTC": 0, "Z": 0,
	"BST": 3600, "IST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200, "EEST": 10800,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"AEST": 10 * 3600, "AEDT": 11 * 3600, "ACST": 34200, "AWST": 8 * 3600,
	"NZST": 12 * 3600, "NZDT": 13 * 3600, "JST": 9 * 3600, "HKT": 8 * 3600, "SGT": 8 * 3600,
}

var (
	ordinalRe = regexp.MustCompile(`(?i)\b(\d{1,2})(st|nd|rd|th)\b`)
	weekdayRe = regexp.MustCompile(`(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|urday|sday)?\.?,?\s+`)
	prefixRe  = regexp.MustCompile(`(?i)^(?:first |last )?(?:published|updated|posted|modified|created|date)(?: on| at)?\s*:?\s+`)
	commentRe = regexp.MustCompile(`\s*\([A-Za-z ]{1,40}\)$`)
	numericRe = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b`)
)

// ErrNoDate is returned by ParseDate for text that holds no date it knows.
var ErrNoDate = errors.New("unrecognised date")

// ParseDate reads a publication date in any common format: RFC 3339 /
// ISO 8601 (with or without zone, "T" or space, fractions), RFC 1123 and
// RFC 822 with numeric or named zones, "2006-01-02 15:04:05",
// "2 January 2006", "January 2, 2006" (ordinals and weekdays allowed),
// Unix timestamps in seconds or milliseconds, and numeric dates.
//
// A time without a zone is taken as UTC. Numeric dates such as 02/01/2006
// are ambiguous; they are read day first (2 January 2006, the British and
// European order) unless the first number cannot be a month but the
// second can't be a day, i.e. 12/31/2006 is read month first as 31
// December 2006.
func ParseDate(s string) (time.Time, error) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, ErrNoDate
	}
	if t, ok := unixDate(s); ok {
		if t.Year() < 1800 || t.Year() > 2200 {
			return time.Time{}, ErrNoDate
		}
		return t, nil
	}
	n := prefixRe.ReplaceAllString(s, "")
	n = commentRe.ReplaceAllString(n, "")
	n = weekdayRe.ReplaceAllString(n, "")
	n = ordinalRe.ReplaceAllString(n, "$1")
	n = strings.NewReplacer(",", " ", " at ", " ", "Sept ", "Sep ", "a.m.", "am", "p.m.", "pm").Replace(n)
	n = strings.Join(strings.Fields(n), " ")
	n = monthFirstIfNeeded(n)
	for _, layout := range dateLayouts {
		t, err := time.ParseInLocation(layout, n, time.UTC)
		if err != nil {
			continue
		}
		if name, off := t.Zone(); off == 0 && name != "UTC" {
			if o, ok := zoneOffsets[strings.ToUpper(name)]; ok && o != 0 {
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, o))
			}
		}
		if t.Year() < 1800 || t.Year() > 2200 {
			return time.Time{}, ErrNoDate
		}
		return t, nil
	}
	return time.Time{}, ErrNoDate
}

// unixDate reads a Unix timestamp: 9–10 digits of seconds or 12–13 of
// milliseconds, optionally with a fraction.
func unixDate(s string) (time.Time, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) < 9 || len(whole) > 13 || len(whole) == 11 {
		return time.Time{}, false
	}
	for _, c := range whole + frac {
		if c < '0' || c > '9' {
			return time.Time{}, false
		}
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(whole) >= 12 {
		return time.UnixMilli(n).UTC(), true
	}
	var ns int64
	if frac != "" {
		f, _ := strconv.ParseFloat("0."+frac, 64)
		ns = int64(f * 1e9)
	}
	return time.Unix(n, ns).UTC(), true
}

// monthFirstIfNeeded swaps day and month of a numeric date when only the
// month-first reading is valid (second number over 12, first at most 12).
func monthFirstIfNeeded(s string) string {
	m := numericRe.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	a, _ := strconv.Atoi(s[m[2]:m[3]])
	b, _ := strconv.Atoi(s[m[4]:m[5]])
	if b > 12 && a <= 12 {
		return s[m[4]:m[5]] + s[m[3]:m[4]] + s[m[2]:m[3]] + s[m[5]:]
	}
	return s
}
