package thread

import "testing"

func TestAttributesSpeech(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Keir Haldane, of the Western Grid network, said engineers were working 'around the clock'.", true},
		{"Chief executive Martin Okafor said: 'We will not be undersold.'", true},
		{"A spokesperson for the Met Police told the Mirror: 'As a matter of course…'", true},
		{"Sentencing him, Judge Margaret Ferrier said: 'You preyed on people.'", true},
		{"The shop's owner, Naveen Patara, 58, said his staff were 'still shaking'.", true},
		{"Police said the road would reopen tonight.", true},
		// a role in capitals before a name is a person's
		{"Boss Callum Drysdale said: 'Safety always comes first.'", true},
		{"Chairman Geoffrey Almond-Pryce said the board remained 'confident'.", true},
		{"Founder Gwen Aldridge said the listing would fund an expansion.", true},
		// verbs of what a speaker holds or asks
		{"Boss Gareth Penhallow blamed 'a stubborn autumn' for the fall.", true},
		{"Opposition leader Cllr Nasreen Akhtar accused the ruling group of complacency.", true},
		{"Chief executive Rachel Imrie apologised to fans and investors.", true},
		// a company opens a market report's item as often as not
		{"Greyfield Brewing said sales rose.", false},
		// the present tense is how a lead attributes
		{"Former Blackburn boss Roy Hodgson says the Premiership should have a winter break.", false},
		// the verb belongs to another clause
		{"Corvane Mining slid 5.6 per cent after chief executive Ruth Amadi said output would fall.", false},
		{"The number of homes connected to broadband jumped by 38% in a year, said the regulator.", false},
		// cues and pronouns are read by other rules
		{"Meanwhile, the Transport Secretary, Graham Oduya, said the line would close.", false},
		{"He said: 'Let me just say what I have said to everybody.'", false},
		{"'We are delighted,' she said.", false},
		// a sentence ends before any reporting verb
		{"Analysts were not convinced. Gillian Rusk at broker Hale Penrose said the warning was stark.", false},
	} {
		if got := attributesSpeech(c.s); got != c.want {
			t.Errorf("attributesSpeech(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
