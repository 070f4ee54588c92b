package actor

import "strings"

// Names of works and of the characters in them read like people's
// names ("the documentary Tiger King", "Kit Mallory, played by"), and so
// does a body named before a role ("the former Blue Peter and GMTV
// presenter"). The context says which they are.

// workNouns, just before a name, make it the title of a work: "the
// documentary Tiger King", "his novel Saturday". Plurals ("the shows
// Alan Titchmarsh left"), "game" ("the end of the game Andre Nzame
// scored") and "play" (a verb as often) open relative clauses or
// sentences too, and are left out.
var workNouns = setOf(`film movie documentary series miniseries sitcom drama soap programme
musical opera novel book memoir album song franchise blockbuster biopic thriller cartoon
podcast comedy sequel remake novella screenplay serial symphony concerto oratorio pantomime panto
farce audiobook mixtape anthology`)

// titleNouns, beside workNouns, name a kind of work right before its
// title only: "the dating show Sunset Villa", "its fantasy title Ashen
// Crown", "the ballet Swan Lake" (elsewhere "show" and "title" are as
// often a display or a championship).
var titleNouns = setOf(`show ballet poem title`)

// titlePhrase reports whether the titleNouns word at token k heads a
// noun phrase opened by an article, a possessive or a capitalised word,
// maybe with up to three lower-case modifiers between ("the dating
// show", "its long-awaited fantasy title", "BBC One Saturday morning
// show"), not after a plural noun: "show" is as often a verb ("the
// results show", "results from … rioting show Alexandros Grigoropoulos
// died").
func titlePhrase(toks []tok, k int) bool {
	if p := toks[k-1]; p.word && !p.cap && strings.HasSuffix(p.lower, "s") && !strings.HasSuffix(p.lower, "ss") && p.lower != "news" {
		return false // a plural subject: "the results show"
	}
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		t := &toks[i]
		switch {
		case isPossessive(t), t.word && (t.lower == "the" || t.lower == "a" || t.lower == "an" || t.is(clsPossessiveDet)):
			return true
		case t.word && t.cap:
			return !t.sentStart || i < k-1
		case !t.word && t.text != "-":
			return false
		case t.is(clsClauseWord) || t.lower == "of" || t.lower == "and":
			return false
		}
	}
	return false
}

// awardWords before "for" make the name after it the work honoured:
// "Best Actress for Million Dollar Baby", "an Oscar nomination for …"
// (awards go to people, for works).
var awardWords = setOf(`award awards prize prizes nomination nominations nominated oscar oscars bafta
baftas globe globes emmy emmys grammy grammys`)

// categoryWords name an award's category after "best" or capitalised:
// "won best actor for Kinsey", "Best Director for …" (not the role in
// "group managing director for BT Consumer").
var categoryWords = setOf(`actress actor director picture film screenplay`)

// awardBefore reports whether token k is an award's word or its category.
func awardBefore(toks []tok, k int) bool {
	l := toks[k].lower
	return awardWords[l] || categoryWords[l] && (toks[k].cap || k > 0 && toks[k-1].lower == "best")
}

// performanceNouns before "in" make what follows a work a person
// performs in: "her role in Vera Drake", "starring in Sideways".
var performanceNouns = setOf(`role roles part performance performances starring starred stars
appearance appearances cameo appeared appears appearing`)

// creditVerbs after a name and a comma credit a work's makers: "The
// Aviator, starring Leonardo DiCaprio", "Ray, directed by".
var creditVerbs = setOf(`starring directed written produced co-starring narrated`)

// workEvidence weighs the context of mention m for the title of a work or
// a character in one (kind other): a work noun just before it, a part
// played in it ("her role in Vera Drake"), its makers credited after a
// comma ("The Aviator, starring …"), or "played by" after it ("Kit
// Mallory, her rival, played by Ana Solis").
// "Her role as Kit Mallory" is no such sign: biopics give real people's
// names to parts.
func workEvidence(d *paraDoc, m *mention) int {
	toks := d.toks
	s := m.s
	if s > 0 && toks[s-1].word && !toks[s-1].cap && (toks[s-1].is(clsWorkNoun) || toks[s-1].is(clsTitleNoun) && titlePhrase(toks, s-1)) {
		return 3 // "the documentary Tiger King", "the dating show Sunset Villa"
	}
	if insideWorkTitle(toks, s) {
		return 3 // "the album Letters To Mary" read as "Mary" (worktitle.go)
	}
	if workIsName(toks, s, m.e) {
		return 3 // "The village panto this Christmas is Jack and the Beanstalk" (animalis.go)
	}
	if staged(toks, s, m.e) || playedAtTheatre(toks, s, m.e) || characterBefore(toks, s) {
		return 3 // "staged an acclaimed Macbeth", "will play Hedda Gabler at the Carraway Theatre", "his creation was James Bond"
	}
	if workApposition(toks, m.e) || showApposed(toks, s, m.e) && !(m.typ == "PER" && givenName(m.name[0])) {
		return 3 // "Roller Queen, the musical about a roller disco,", "its quiz show, Brainbox, in which" (workappos.go)
	}
	if partAs(toks, s, m.e) || partPlayedIn(d, m) {
		return 3 // "her performance as Emmie Thibodeaux", "play Dawn Ellison in Roadkill" (parts.go)
	}
	if len(m.name) > 1 && m.typ == "PER" && castAfter(toks, m.e) {
		return 3 // "Harbour Lights stars Ana Solis"
	}
	if s > 1 && toks[s-1].lower == "in" && performanceNouns[toks[s-2].lower] && !(m.e < len(toks) && isPossessive(&toks[m.e])) {
		return 3 // "her role in Vera Drake", not "his role in Bertolucci's Last Tango"
	}
	if s > 1 && toks[s-1].lower == "for" && awardBefore(toks, s-2) && !(m.typ == "PER" && (len(m.name) == 1 || givenName(m.name[0]))) {
		return 3 // "won Best Actress for Million Dollar Baby", "the best director prize for …"
	}
	if e := m.e; e+1 < len(toks) && toks[e].text == "," && creditVerbs[toks[e+1].lower] {
		return 3 // "The Aviator, starring Leonardo DiCaprio,"
	}
	// "…, played by" after the name or its apposition, in the sentence.
	for k := m.e; k+2 < len(toks) && k < m.e+10; k++ {
		if toks[k].sentStart {
			break
		}
		if (toks[k].text == "," || toks[k].text == "(") && toks[k+1].lower == "played" && toks[k+2].lower == "by" {
			return 5 // outweighs "her" and an apposition that make a person
		}
	}
	return 0
}

// qualifiesRole reports whether the words from token e on make the name
// before them the body a role is held in: a lower-case role noun, maybe
// after rank words ("AJ Bell investment director said"), and maybe after
// another name joined by "and" ("the former Blue Peter and GMTV
// presenter"), with no name after the role noun ("Tesco and Asda boss Jo
// Bell" leaves Tesco to the role phrase).
func qualifiesRole(toks []tok, e int) bool {
	k := e
	if k+1 < len(toks) && (toks[k].lower == "and" || toks[k].lower == "&") && toks[k+1].word && toks[k+1].cap {
		k++
		for n := 0; k < len(toks) && n < 3 && toks[k].word && toks[k].cap; n++ {
			k++
		}
	}
	for n := 0; k < len(toks) && n < 2 && toks[k].word && !toks[k].cap && (toks[k].lists()&inRoleModifiers != 0) && !isRoleHeadL(toks[k].lower) && !joiners[toks[k].lower]; n++ {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !isRoleHeadL(toks[k].lower) || toks[k].is(clsKinship) {
		return false
	}
	if k == e {
		return true // "a Coldstream Guards officer", as before
	}
	return k+1 >= len(toks) || !(toks[k+1].word && toks[k+1].cap)
}

// joiners stand among role modifiers but join phrases rather than rank a
// role.
var joiners = setOf(`of for and the`)
