package thread

import "testing"

// TestLabelLeadName checks, on invented items, that the first name of a
// thread's lead names it rather than a broker, analyst or customer met
// later, unless that later name is far more distinctive.
func TestLabelLeadName(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"broker cutting a target", []string{
			"Shares in Harbourline slid 6 per cent to 41p near the foot of the index after broker Fenwick Hale cut its target price.",
		}, []string{"Oil major Drayfield rose after crude climbed again."}, "Harbourline", "Fenwick"},
		{"customer in a later paragraph", []string{
			"Demand for video meetings lifted sales at Quillcall by 40 per cent in the half year.",
			"Clients such as Tamsin Ortolan Hotels can now dial in from their phones.",
		}, nil, "Quillcall", "Ortolan"},
		{"analyst quoted", []string{
			"Shares in Brindlemoor fell after the baker swung to a loss as flour costs soared.",
			"Petra Voskuijlen, who covers food makers at Gantry, said Voskuijlen had expected the loss.",
		}, nil, "Brindlemoor", "Voskuijlen"},
		{"a later name much stronger", []string{
			"In Ostrava shares in Kolbenfeld rose after Kolbenfeld won a rail order.",
			"Kolbenfeld will build forty trams. Kolbenfeld said margins would improve.",
		}, nil, "Kolbenfeld", "Ostrava"},
	})
}

// TestLabelLeadEvent checks, on invented items, that an event noun of
// the lead sentence names what happened rather than a word met later.
func TestLabelLeadEvent(t *testing.T) {
	runLabelCases(t, []labelCase{
		{"event of the lead over a later event", []string{
			"Regulators handed Corlowe Water a record penalty on Tuesday over sewage spills into the river.",
			"Corlowe Water staff began a strike last year over pay, and union leaders said the strike ballot stood.",
		}, nil, "penalty", "strike"},
		{"event of the lead over a later detail", []string{
			"Garrowby Foods agreed a takeover by a Dutch rival after months of talks about the price.",
			"Garrowby Foods makes biscuits and crackers at two plants, and its crackers sell in forty countries, though crackers earn less than biscuits.",
		}, nil, "takeover", "crackers"},
	})
}
