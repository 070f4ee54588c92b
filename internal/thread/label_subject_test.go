package thread

import "testing"

// TestLabelLeadSubject checks, on invented items, that a name opening
// the lead sentence names the thread rather than a person quoted more
// often further on, and that a capitalised descriptor or a plural
// nationality in front of it stays out of the label.
func TestLabelLeadSubject(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"firm opening the lead, chief executive quoted", []string{
			"Pellingworth Bank was the worst performer after it set aside more money for bad loans.",
			"Chief executive Orlando Quennell said: 'We are being careful.'",
			"Quennell said the lender would still pay a dividend.",
		}, []string{"Pellingworth Bank dragged other lenders lower."}, "Pellingworth", "Quennell"},
		{"descriptor before the opening name", []string{
			"Property group Tansley Arcades rose after rents on new leases climbed.",
			"Finance director Imogen Varga-Holt said demand was strong.",
			"Varga-Holt said the group would build more parks.",
		}, []string{"Tansley Arcades was also mentioned by brokers."}, "Tansley Arcades", "Varga-Holt"},
		{"sentence opener in front of the opening name", []string{
			"Rival Dunsford Stores held up better after a trading update showed sales rising.",
			"Finance director Marta Quillinan said shoppers liked its convenience shops.",
			"Quillinan said the chain had not needed to cut prices.",
		}, []string{"Dunsford Stores was mentioned in the market wrap."}, "Dunsford Stores", "Rival"},
		{"plural nationality in front of the opening name", []string{
			"Top-seeded Americans Bram Kettleworth and Dario Vensk survived early scares to reach the last eight.",
			"Vensk dropped a set to a qualifier before winning in three.",
			"Kettleworth meets a Dutch left-hander next.",
		}, nil, "Kettleworth", "Americans"},
	})
}

// TestLabelFrontedSubject checks, on invented items, that the lead's
// subject takes the name slot after a fronted phrase ("Over on AIM, …",
// "Meanwhile, …") as it does when it opens the lead.
func TestLabelFrontedSubject(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"after a place phrase", []string{
			"Over on AIM, recruiter Quillmoor rose 8 per cent after appointing director Petra Voskuijlen as chief executive from October.",
			"Petra Voskuijlen joined the board in 2019. Petra Voskuijlen said the job was a privilege.",
		}, nil, "Quillmoor", "Petra Voskuijlen"}, // the appointee may follow as a third word (label_fill.go), not lead
		{"after an adverb", []string{
			"Meanwhile, water group Tarrow Rivers climbed 22 per cent after agreeing a takeover by Integran Systems.",
			"Integran Systems will pay 4p a share. Integran Systems said the deal made sense.",
		}, nil, "Tarrow Rivers", "Integran"},
	})
}
