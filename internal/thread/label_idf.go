package thread

import "math"

// capAt is the idf of a stem seen in df documents, the most idf.of gives
// a topic word under termMinDF. The table keeps the last value.
func (t *idfTable) capAt(df int) float64 {
	if t.capDF != df+1 {
		t.capDF, t.capV = df+1, math.Log(1+t.n/float64(df))
	}
	return t.capV
}
