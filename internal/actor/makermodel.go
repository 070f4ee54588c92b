package actor

// A maker of cars, aircraft or devices named before a capitalised word
// that is no given name names one of its models: "a stolen Toyota
// Hilux" is a car, "two Subaru Foresters" are cars, "the Casio Calcumate"
// a device, never a person. Bodies of the maker ("Toyota Motors", "Sony
// Pictures") end in a body's head noun and stay bodies; a place after
// the maker ("Nissan Europe") is its branch.

// modelMakers make cars, motorcycles, aircraft, game consoles, computers,
// phones, cameras and instruments under a name that is no given name
// nor, written first, a surname ("Ford", "Sharp", "Gibson" and "Philips"
// are left out).
var modelMakers = setOf(`vauxhall toyota honda nissan bmw audi volkswagen vw peugeot renault
citroen citroën fiat skoda škoda volvo saab porsche ferrari lamborghini maserati mazda mitsubishi
subaru hyundai kia lexus chevrolet chrysler buick cadillac gmc isuzu pontiac oldsmobile daewoo
opel lancia bugatti yamaha kawasaki ducati vespa boeing airbus cessna embraer
sony nintendo sega samsung nokia motorola panasonic toshiba intel amd dell compaq acer lenovo
canon nikon casio fujitsu hitachi kodak polaroid garmin siemens ericsson fender dolby xbox
playstation msn yahoo microsoft`)

// makerBodyWords after a maker's name make its firm or a building named
// after it: "Velco Corp", "the Sony Arena".
var makerBodyWords = setOf(`corp co inc ltd plc llc ag sa nv gmbh spa kk corporation theater arena
stadium hall tower building dome pavilion field centre center`)

// makerModel reports whether a name of two or three words opens with a
// modelMakers word that is no given name, before words that are no given
// name, no body's head noun, no place's word and none the model knows
// as a place's or a body's: a model of the maker.
func makerModel(name []string) bool {
	if len(name) < 2 || len(name) > 3 || !inSetFold(modelMakers, name[0]) || givenName(name[0]) {
		return false
	}
	for _, w := range name[1:] {
		if !nameLike(w) || givenName(w) || isHonorific(w) || headBits(w)&(orgHead|placeHead) != 0 || placeWordsFold.has(w) || inSetFold(makerBodyWords, w) {
			return false
		}
		for _, t := range knownTypes(w) {
			if t == "LOC" || t == "ORG" {
				return false // "Nissan Europe", "Sony BMG"
			}
		}
	}
	return true
}
