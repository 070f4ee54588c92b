package actor

// British police ranks are written short in compounds before an
// officer's name: "Det Ch Insp", "Det Ch Supt", "Det Con", "Dep Ch Con",
// "Asst Ch Con". "Ch" (chief) is never a name word and stands in
// isHonorific's list; "Con" (constable) is a rank only after another
// rank word ("Det Con Ada Kell"), for alone it is a given name ("Con
// Houlihan") or a party's short form ("(Con, Riverside)"). The short
// ranks "DS", "DC" and "PC" open firms' and products' names as often
// ("DS Smith", "PC World"), so they make a rank only before a given name
// the model knows ("DS Ada Kell"; policeShort).

// positionShort are a player's position written short before the name
// in American sports reports: "WR Cal Hensley (knee) and DT Bo Marsh
// left with injuries", maybe after the team ("Chiefs WR Cal Hensley").
// They are a rank only before a name of two words or more: "DB Kell"
// may be initials.
var positionShort = setOf(`QB RB HB FB WR TE OT OG OL DT DE DL LB ILB OLB CB DB FS SS PK LS KR PR RHP LHP`)

// constableAfter are the rank words after which "Con" is a constable.
var constableAfter = setOf(`Det Ch Chief Detective Dep Asst Pc`)

// seamanGrades are the words before "Seaman" in a naval rating's rank.
var seamanGrades = setOf(`Able Leading Ordinary`)

// rankPart reports whether words[i] is a rank word by its place in the
// title: "Con" after another rank word, or one of the short police ranks
// opening the words before a given name.
func rankPart(words []string, i int) bool {
	switch {
	case words[i] == "Con":
		return i > 0 && constableAfter[words[i-1]]
	case words[i] == "Seri" || words[i] == "Sri":
		// "Datuk Seri", "Tan Sri": the second word of a Malaysian honour.
		return i > 0 && (words[i-1] == "Datuk" || words[i-1] == "Dato" || words[i-1] == "Datin" || words[i-1] == "Tan" || words[i-1] == "Puan")
	case words[i] == "Tan" || words[i] == "Puan":
		return i+1 < len(words) && words[i+1] == "Sri"
	case policeShort[words[i]]:
		return i == 0 && i+2 < len(words) && givenName(words[i+1])
	case positionShort[words[i]]:
		// "DT Bo Marsh", "Chiefs WR Cal Hensley": before a name of two
		// words or more, its first no initials.
		return i+2 < len(words) && !isAllCaps(words[i+1]) && initialLetters(words[i+1]) == ""
	case words[i] == "Seaman":
		// "Able Seaman", "Leading Seaman": a naval rank, not the
		// surname of "David Seaman".
		return i > 0 && seamanGrades[words[i-1]]
	}
	return false
}
