package nlp

// Features are hashed to 32-bit keys with FNV-1a so that extracting them
// allocates nothing; a template byte keeps different feature kinds apart.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hTpl starts the hash of a feature of template t.
func hTpl(t byte) uint64 { return (fnvOffset ^ uint64(t)) * fnvPrime }

// hStr mixes s into h, followed by a separator.
func hStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	return h * fnvPrime
}

// hInt mixes a small integer into h.
func hInt(h uint64, v int) uint64 {
	h ^= uint64(v) + 0x100
	return h * fnvPrime
}

// fold reduces a 64-bit hash to a 32-bit feature key.
func fold(h uint64) uint32 { return uint32(h ^ h>>32) }
