package actor

import "testing"

// TestMoneySpan checks that a sum written with a currency's letters
// before a dollar sign is no actor, while names beside sums stay.
func TestMoneySpan(t *testing.T) {
	fakeLexicon(t)
	tagged := map[string]string{"A$68m": "MISC", "HK$6.3bn": "ORG", "NZ$ 40m": "ORG", "Velco": "ORG", "ZX$ Labs": "ORG"}
	tests := []struct {
		para string
		want []string
		not  []string
	}{
		{"Velco cut A$68m from its profit target.", []string{"Velco"}, []string{"A 68m", "A"}},
		{"Sales at Velco reached HK$6.3bn last year.", []string{"Velco"}, []string{"HK 6.3bn", "HK"}},
		{"The grant was NZ$ 40m, written with a space.", []string{"NZ 40m"}, nil},
		{"ZX$ Labs makes games.", []string{"ZX Labs"}, nil},
	}
	for _, tt := range tests {
		expectNames(t, tt.para, ExtractWith(paras(tt.para), fakeNER(tagged)), tt.want, tt.not)
	}
}
