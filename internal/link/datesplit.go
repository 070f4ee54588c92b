package link

import (
	"math"
	"slices"
)

// dateProfile is what the dates of one cluster of a reclustering say (see
// dateOf): its size, how many of its threads are undated, and its most
// common year with the number of threads of that year.
type dateProfile struct {
	size, bare, top int
	year            int16
	day             int32 // median dateline day of the threads of year (noDay: none known)
}

// maxProfileYears bounds the distinct dateline years a profile counts; a
// cluster with more is far from dated in one year anyway.
const maxProfileYears = 8

// maxProfileDays bounds the dateline days a profile takes its median of.
const maxProfileDays = 64

// profileOf returns the date profile of the cluster headed by i in an
// average-link run (members and next as in averageLink). Ties between
// years go to the earlier.
func (l *Linker) profileOf(members []int32, next []int, i int) dateProfile {
	var p dateProfile
	var years [maxProfileYears]int16
	var counts [maxProfileYears]int
	var days [maxProfileDays]int32
	nd := 0
	k := 0
	for x := i; x >= 0; x = next[x] {
		p.size++
		y, _ := dateOf(l.node(members[x]))
		if y == 0 {
			p.bare++
			continue
		}
		j := 0
		for j < k && years[j] != y {
			j++
		}
		if j == k {
			if k == maxProfileYears {
				continue
			}
			years[k] = y
			k++
		}
		counts[j]++
		if counts[j] > p.top || counts[j] == p.top && y < p.year {
			p.top, p.year = counts[j], y
		}
	}
	if p.top == 0 {
		return p
	}
	for x := i; x >= 0 && nd < maxProfileDays; x = next[x] {
		if y, d := dateOf(l.node(members[x])); y == p.year && d != noDay {
			days[nd] = d
			nd++
		}
	}
	p.day = noDay
	if nd > 0 {
		slices.Sort(days[:nd])
		p.day = days[nd/2]
	}
	return p
}

// datedCore reports whether a cluster is dated in one year (Params.DateCore).
func (l *Linker) datedCore(p dateProfile) bool {
	return p.top >= l.p.DateCore && float64(p.top) >= l.p.DateShare*float64(p.size)
}

// undated reports whether a cluster is mostly of undated threads
// (Params.DateBare).
func (l *Linker) undated(p dateProfile) bool {
	return p.bare >= l.p.DateBare && float64(p.bare) >= l.p.DateShare*float64(p.size)
}

// dateApart reports whether the clusters headed by i and j in an
// average-link run are kept apart by their dates (see Params.DateCore):
// one dated in one year, the other undated. A story
// reported both by dated pages and by undated copies mixes the two
// within its clusters and is not kept apart; two look-alike events years
// apart, one found on dated pages and the other in undated reports, each
// gather apart.
func (l *Linker) dateApart(members []int32, next []int, i, j int) bool {
	if l.p.DateCore <= 0 {
		return false
	}
	a, b := l.profileOf(members, next, i), l.profileOf(members, next, j)
	return l.datedCore(a) && l.undated(b) || l.datedCore(b) && l.undated(a)
}

// datedTogether reports whether the clusters headed by i and j in an
// average-link run are both dated in one year, the same, with median
// dates at most Params.DateSpan days apart: Cohesion does not keep
// them apart.
func (l *Linker) datedTogether(members []int32, next []int, i, j int) bool {
	if l.p.DateSpan <= 0 || l.p.DateCore <= 0 {
		return false
	}
	a, b := l.profileOf(members, next, i), l.profileOf(members, next, j)
	if !l.datedCore(a) || !l.datedCore(b) || a.year != b.year || a.day == noDay || b.day == noDay {
		return false
	}
	return math.Abs(float64(a.day)-float64(b.day)) <= l.p.DateSpan
}

// dateOf returns the year and day (days since the Unix epoch, or noDay)
// a thread is dated by: its story's dateline, else its publication date;
// year 0 when it has neither.
func dateOf(n *node) (int16, int32) {
	switch {
	case n.dateYear != 0:
		return n.dateYear, n.dateDay
	case n.dated:
		return n.pubYear, n.day
	}
	return 0, noDay
}
