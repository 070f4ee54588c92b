package actor

import "testing"

// TestStockMover: names a market report ranks among the risers or
// fallers are companies; early risers and a list's winners stay people.
func TestStockMover(t *testing.T) {
	tagged := map[string]string{"Rio Velmo": "PER", "Ada Kell": "PER", "Tom Marsh": "PER", "Halden Grant": "PER"}
	runKindRows(t, tagged, [][4]string{
		{"among the fallers", "The FTSE 100 closed down 0.4 per cent, with Ashby and Rio Velmo among the fallers.", "Rio Velmo", Org},
		{"the biggest faller", "In the FTSE 250, Halden Grant was the biggest faller after a profit warning.", "Halden Grant", Org},
		{"early risers", "Walkers including Ada Kell were among the early risers on the hill.", "Ada Kell", Person},
		{"winners", "Tom Marsh was among the winners at the village show.", "Tom Marsh", Person},
	})
}
