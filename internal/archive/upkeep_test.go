package archive

import "testing"

func TestBulkImport(t *testing.T) {
	tests := []struct {
		added, total int
		want         bool
	}{
		{0, 0, false},
		{999, 999, false},   // small imports never merge
		{1000, 1000, true},  // a first big import
		{1000, 4000, true},  // a quarter of the archive
		{1000, 4001, false}, // less than a quarter
		{20000, 100000, false},
		{50000, 100000, true},
	}
	for _, tc := range tests {
		if got := bulkImport(tc.added, tc.total); got != tc.want {
			t.Errorf("bulkImport(%d, %d) = %v, want %v", tc.added, tc.total, got, tc.want)
		}
	}
}
