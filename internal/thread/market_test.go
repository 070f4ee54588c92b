package thread

import "testing"

func TestHasPriceMove(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Budget airline Skylark climbed 6.1 per cent, or 4.4p, to 76.5p after a strong summer.", true},
		{"Shares in Fenwick Mining fell 9% after flooding at its mine.", true},
		{"Quillon (up 11 per cent, or 2.5p, to 25p) won a contract with the NHS.", true},
		{"The FTSE 100 rose 0.6 per cent, or 35.2 points, to 6012.4.", true},
		{"Passenger numbers rose 8.1% in January.", false},            // a figure, not a share price
		{"Unemployment fell from 4.1 per cent to 4 per cent.", false}, // likewise
		{"Shares in Hobson Ovens were little changed.", false},        // no move figure
		{"Miner Kalgarra Copper jumped 8.5 per cent to $2.17 on a richer ore grade.", true},
		{"Toolmaker Brenner lost 3 per cent to €41.15 after a profit warning.", true},
		{"Petrol rose 4 per cent to $1.90 a litre, the motoring group said.", true}, // read as a price; the name test in companyItems decides
		{"Its revenue rose 12 per cent to $40 million.", false},                     // a sum, not a price
		{"Its revenue rose 12 per cent to $40m.", false},
		{"Sales rose 12 per cent to 40 million dollars.", false},
		// a move told with a participle after the name
		{"Fibre group Lanthorn led the index, soaring 14.2 per cent to 88p on bid talk.", true},
		{"Merrow Homes was the worst performer, sliding 3.5 per cent to 212p after a sales warning.", true},
		{"Profits are rising 12 per cent a year, the chairman said.", false}, // no share price
	}
	for _, c := range cases {
		if got := hasPriceMove(c.s); got != c.want {
			t.Errorf("hasPriceMove(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestContinuesQuote(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"'We have never had a stronger order book,' she said.", true},
		{"“It is an outrage,” the vicar tells me.", true},
		{"He added: 'The council has not listened.'", true},
		{"It said bookings were ahead of forecasts.", true},
		{"The company said it would keep paying a dividend.", true},
		{"The council voted to approve the scheme.", false},
		{"He is worth £50 million and has fans all over the globe.", false},
		{"Meanwhile, the Chancellor denied the report.", false},
		{"But he said: 'All I can tell you is that the chairman has worked hard.'", true},
		{"And she added that the talks would go on.", true},
		{"However, the firm said it had no plans to sell.", true},
		{"But the council voted to approve the scheme.", false},
		{"And he is worth £50 million.", false},
		{"But", false},
	}
	for _, c := range cases {
		if got := continuesQuote(c.s); got != c.want {
			t.Errorf("continuesQuote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
