package actor

import "strings"

// A few British places are written bare, with nothing around them to say
// so, and bear names shaped like people's: the counties of England
// ("hit bookings in Cornwall and Devon") and the districts and parks of
// central London ("the ballrooms of Mayfair", "headlined Hyde Park",
// "the Notting Hill townhouse"). The lists come from general knowledge
// of the map, not from any story: the English counties as commonly
// named, and the best-known districts of central London. Names as often
// a person's as a place's stay out ("Chelsea", "Durham", "Kent"), and a
// story's person who bears one of these words as a surname still takes
// the bare word back (resolve.go's tagger slips).

// britishCountyNames are counties of England.
var britishCountyNames = setOf(`bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall
cumbria derbyshire devon dorset essex gloucestershire hampshire herefordshire hertfordshire
lancashire leicestershire lincolnshire northamptonshire northumberland nottinghamshire oxfordshire
rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire
worcestershire yorkshire`)

// londonDistrictNames are districts and parks of central London, one or
// two words, in lower case, with the two that stand for Parliament and the
// civil service ("allow Westminster to legislate", "Whitehall officials").
var londonDistrictNames = setOf(`mayfair belgravia knightsbridge kensington marylebone bloomsbury fitzrovia
pimlico clerkenwell shoreditch soho islington hampstead westminster whitehall`)

// londonDistrictPairs are the two-word ones.
var londonDistrictPairs = map[string]bool{
	"notting hill": true, "hyde park": true, "holland park": true, "primrose hill": true,
	"covent garden": true, "st james's": true, "hampstead heath": true, "regent's park": true,
}

// britishPlaceName reports whether a name without a title is an English
// county's or a central London district's, or a longer name opening with
// a central London district's word, none of them a given name: a
// building's, programme's or body's ("Westminster Hall", "the Westminster
// Hour", "Soho House"), never a person's.
func britishPlaceName(m *mention) bool {
	if m.hon != "" {
		return false
	}
	switch len(m.name) {
	case 1:
		l := strings.ToLower(m.name[0])
		return britishCountyNames[l] || londonDistrictNames[l]
	case 2:
		if londonDistrictPairs[strings.ToLower(m.name[0]+" "+m.name[1])] {
			return true
		}
	}
	return londonDistrictNames[strings.ToLower(m.name[0])]
}
