package thread

// Headlines write "TV", never "television": "TV chef feud", "US TV host
// Clark suffers stroke". A label took the word as the story wrote it
// ("television chef Quint restaurant"). The TV rule writes a label's
// lower-case "television" as a headline does; a capitalised one is part
// of a name ("Granada Television") and stays.

// tvLabel returns label with each lower-case "television" written "TV".
func tvLabel(label []string) []string {
	for i, s := range label {
		if s == "television" {
			label[i] = "TV"
		}
	}
	return label
}
