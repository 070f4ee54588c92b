package thread

import "math"

// capAt is the idf of a stem seen in df documents, the most idf.of gives
// a topic word under termMinDF.
func (t *idfTable) capAt(df int) float64 {
	return math.Log(1 + t.n/float64(df))
}
