package actor

import "strings"

// A weather or statistics round-up lists places in bullet lines, each a
// place, maybe its county, a colon and a measure: "* Tarrow Heath, Velmoshire:
// 211mm", "• Tarrow Heath: 94mph". The names labelling the figure are
// places, not people.

// measureUnits are the units a measure written after such a label ends
// in: rain, snow, wind, temperature, height.
var measureUnits = setOf(`mm cm in inches m ft km mph kmh kph c f °c °f`)

// statLinePlace reports whether m is one of the names labelling a
// measure in a bullet line: the paragraph opens with a bullet, then
// capitalised words and commas only up to a colon, then a number and a
// unit ("211mm", "94 mph").
func statLinePlace(d *paraDoc, m *mention) bool {
	toks := d.toks
	if len(toks) < 4 || m.s < 1 {
		return false
	}
	switch toks[0].text {
	case "*", "•", "-", "–":
	default:
		return false
	}
	k := 1
	for k < len(toks) && (toks[k].text == "," || toks[k].word && toks[k].cap) {
		k++
	}
	if k < 2 || m.e > k || k+1 >= len(toks) || toks[k].text != ":" {
		return false
	}
	return measure(toks[k+1:])
}

// measure reports whether toks open with a number and a unit, written
// together or apart: "211mm", "94 mph".
func measure(toks []tok) bool {
	w := toks[0].text
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	unit := strings.ToLower(strings.TrimLeft(w, "0123456789.,"))
	if unit == "" && len(toks) > 1 {
		unit = toks[1].lower
	}
	return measureUnits[unit]
}
