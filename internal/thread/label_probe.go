package thread

// Headlines write "probe" for an investigation: "Regulator opens probe
// into Tolwick Bet", "MP expenses probe". A label took the word as the
// story wrote it ("Tolwick Bet investigation"). The probe rule writes a
// label's lower-case "investigation" as a headline does; a capitalised
// one is part of a name ("Serious Fraud Investigation Unit") and stays.

// probeLabel returns label with each lower-case "investigation" written
// "probe" (and the plural "probes").
func probeLabel(label []string) []string {
	for i, s := range label {
		switch s {
		case "investigation":
			label[i] = "probe"
		case "investigations":
			label[i] = "probes"
		}
	}
	return label
}
