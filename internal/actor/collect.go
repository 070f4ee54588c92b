package actor

import (
	"cmp"
	"slices"
	"strings"
)

// collect builds the mentions of every paragraph: tagger spans merged with
// rule spans, titles and roles split off, roles read from context.
func (st *story) collect() {
	st.racing = racingStory(st.lower)
	ntok := 0
	for _, d := range st.docs {
		ntok += len(d.toks)
	}
	w := st.work
	w.marks = resize(w.marks, 2*ntok) // persons, then coverage
	if sportsStory(st.cues) {
		st.teams = findTeams(st.docs)
	}
	at := 0
	heads := st.headlines()
	st.orgAlone = orgSingles(st.docs)
	st.counted = countedSingles(st.docs)
	w.titled = titledSurnames(st.docs, w.titled[:0])
	w.titleFull = titleGivenNames(st.docs, w.titleFull[:0])
	for _, d := range st.docs {
		refs := findRoleRefs(d)
		spans := candidateSpans(d, st.docs, w)
		if len(w.titled) > 0 {
			spans = st.extendTitledSurname(d, spans) // "Sue Tallis" read as "Tallis", then "Mrs Tallis" (titledsurname.go)
		}
		spans = st.extendMonthGiven(d, spans) // "June de Wit" read as "de Wit" (monthgiven.go)
		if heads[d] {
			spans = st.confirmHeadline(d, spans, heads) // "Board Approves Kestrel Land" (headline.go)
		}
		var ms []*mention
		for _, sp := range spans {
			if insideRef(d, sp, refs) || moneySpan(d.toks, sp) {
				continue
			}
			if len(w.titleFull) > 0 {
				sp.titleFirst = titleFirst(d.toks, sp, w.titleFull)
			}
			m, ok := buildMention(d, st.cutGlue(d, sp)) // "2-1 Champions League", "In the Champions League"

			if !ok {
				continue
			}
			if m.kind == Person {
				st.trimLeadingJunk(d, &m)
			} else {
				st.cutDescriptor(d, &m)
				withFacility(d, &m)
			}
			if len(m.name) == 0 || (m.hon == "" && !m.the && !m.ofTitle && isDescription(m.name) && !(m.typ == "PER" && len(m.name) == 1 && givenName(m.name[0]) && listedGiven(d.toks, m.s, m.e))) {
				continue // not "Kirsty, Dean and Nathan": a given name listed with others (apposition.go)
			}
			if m.kind == Person && officeBesideHolder(d.toks, &m) {
				continue // "sworn in as Mayor of Tarrow": the holder's office (officeheld.go)
			}
			if m.kind == Person && m.hon == "" && len(m.name) == 1 && inSignerInitials(d.toks, m.s, m.e) {
				continue // "W." of "A. W., Corran" (signer.go)
			}
			if m.kind == Person && st.pronounStop(d, &m) {
				continue // "so do I. But" (pronouni.go)
			}
			if m.kind == Person && m.hon == "" && onlyInitials(m.name) {
				if !placeInitials(m.name) {
					continue // "R. M., Leicester" signing a reader's letter (signoff.go)
				}
				m.kind = Place // "N. Y."
			}
			ms = append(ms, st.work.mention(m))
		}
		n := len(d.toks)
		d.persons = w.marks[at : at+n : at+n]
		cov := w.marks[ntok+at : ntok+at+n : ntok+at+n]
		at += n
		for _, m := range ms {
			for k := m.s; k < m.e; k++ {
				cov[k] = true
				if m.kind == Person {
					d.persons[k] = true
				}
			}
		}
		for _, sp := range spans {
			for k := sp.s; k < sp.e; k++ {
				cov[k] = true
			}
		}
		d.covered = cov
		st.untaggedCreatures(d) // "Although Wilbur the hedgehog escaped" (animal.go)
		for _, m := range ms {
			if m.kind == Person && !m.ofTitle && !m.the {
				st.contextRoles(d, m)
				if m.nick == "" && len(m.name) > 1 {
					m.nick = knownAs(d.toks, m.s, m.e) // "William Tate, known as Bill,"
				}
			}
			// "is superb as Tilly", "will play Maud, a widow who" (performer.go),
			// "Dear Mrs Ambler by Ada Kell (Tarrow Press" (workby.go), "his wife,
			// Dolores" after a part, "whom Ada Kell plays" (partkin.go); the
			// tagger reads a lone given name as often a thing's (MISC), or after an
			// actor's name and "as" a place's or a firm's (castas.go).
			performed := (m.kind == Person || len(m.name) == 1 && (m.typ == "MISC" || m.typ == "LOC" && givenName(m.name[0]) || actorAs(d, m))) && (st.performedPart(d, m) || morePart(d.toks, m) || st.fictionAbout(d.toks, m) || workBy(d, m) || st.kinOfPart(d, m) || playedByNext(d, m))
			if performed && m.kind != Person {
				st.notePart(strings.ToLower(strings.Join(m.name, " ")))
			}
			if m.kind == Person && ((m.hon != "" || m.ofTitle || m.rule) && st.creature(d, m) || namedThing(d.toks, m) || performed) {
				part := playedCharacter(d.toks, m) || castPart(d.toks, m) || performed
				if !part && st.creature(d, m) {
					st.noteCreature(m) // "My beagle, Mr Darcy," then "Mr Darcy was not sorry" (creaturemark.go)
				}
				animalTitled(d, m) // "a horse called Duke of Cadogan" (animal.go), "the Lord Ravensworth pub" (thingcue.go)
				if k := strings.ToLower(strings.Join(m.name, " ")); part || rankTitled(m.name) {
					st.notePart(k) // "is to play Lady Macbeth", "the Lord Ravensworth pub" (titledthing.go)
				}
			} else if m.kind == Person && (theTitled(d.toks, m) || theCourtesy(d.toks, m)) {
				st.noteTheTitled(d, m) // "on the Lady Gwendolyn" (titledthing.go)
			}
			m.orgTag = m.typ == "ORG" && !(m.e < len(d.toks) && isPossessive(&d.toks[m.e]))
			m.hint = st.firmHint(d, m)
			if !m.rule && m.hon == "" && !m.split {
				var listOrg int
				m.pev, m.oev, m.lev, listOrg, m.weakPev = kindEvidence(d, m)
				if len(m.name) > 1 {
					switch hb := headBits(m.name[len(m.name)-1]); {
					case hb&documentHead != 0:
						m.xev = 2 // "the Licensing Act", "the Maastricht Treaty"
					case hb&eventHead != 0:
						m.xev = 3 // "the General Election", "the New Year"
					}
					if headBits(m.name[0])&eventOpener != 0 {
						// "Storm Ingrid": a given name does not make a
						// person, nor does doing what people do ("When
						// Hurricane Della destroyed the clinic").
						m.xev, m.pev, m.weakPev = 3, 0, 0
					}
				} else if loneEventHead(d.toks, m) {
					m.xev = 3 // "in the Championship", "the Championship club"
				}
				if wonThing(d.toks, m) {
					m.xev = max(m.xev, 3) // "won an Emmy", "picked up her first ever Grammy" (award.go)
				}
				if eponymDisease(d.toks, m) {
					m.xev = max(m.xev, 4) // "victims of Alzheimer's, Parkinson's and" (awardname.go)
				}
				m.xev = max(m.xev, awardName(d.toks, m)) // "three Grammys", "his second Oscar for best director" (awardname.go)
				m.xev = max(m.xev, workEvidence(d, m), programmeEvidence(d.toks, m), st.titleEvidence(d, m), st.authorsWork(d, m))
				if len(m.name) == 1 && m.hon == "" && m.typ == "PER" && st.counted[strings.ToLower(m.name[0])] {
					m.xev = max(m.xev, 3) // "sells the family Gainsborough" beside "a Gainsborough —" (indefinite.go)
				}
				if thingApposition(d.toks, m.e) {
					m.xev = max(m.xev, 4) // "Body Glow, a brand of skincare products" (thingappos.go)
				}
				if titleLeadIn(d.toks, m.s) {
					m.xev = max(m.xev, 4) // "the chart with Are You Lonely Again" (titlelead.go)
				}
				if indefiniteThing(d.toks, m) || sailedBy(d.toks, m) {
					m.xev = max(m.xev, 4) // "in a Starter Saver", "Kittiwake, sailed by the Humes," (indefinite.go)
				}
				if st.creature(d, m) {
					m.xev = max(m.xev, 4) // "her spaniel, Biscuit,", "the gelding, named Gale Force" (animal.go)
					if m.kind == Person || len(m.name) == 2 && creatureEpithets[strings.ToLower(m.name[0])] {
						st.noteCreature(m) // then "Biscuit, who is nine," (creaturemark.go); "Big Nora" read as a thing, then "Nora"
					}
				}
				if namedThing(d.toks, m) || performed {
					m.xev = max(m.xev, 4) // "she plays Edwina Scarth, a widowed …", "Grandad", "the Ada Crowther footbridge" (thingcue.go)
				} // "the documentary Tiger King", "the Question Time host", "the 'Harbour Lights' star"
				// "services such as Netflix", "the Tories say", "the Covid pandemic"
				o, l, x := usageEvidence(d, m)
				no, nl, nx := nearEvidence(d, m) // "restaurant Nam Long", "analysts at Berwick Stanley"
				o, l, x = o+no, l+nl, max(x, nx)
				if c := chamberEvidence(d.toks, m); c > 0 {
					o += c // "told the Commons", "the Commons trade committee" (chamber.go)
					m.chamber = true
				}
				if sportsStory(st.cues) && (sideContext(d.toks, m) || st.teamEvidence(d, m) > 0) {
					o += 3 // "a trip to Leicester" in a match report, "the Herons" (team.go): the club
				}
				if streetFirst(m.name) || featureOf(m.name) {
					l += 4 // "the chic Avenue Corran", "the Gulf of Tarrow" (streetfirst.go)
				}
				if placeOpened(m.name) || nearbyPlace(d.toks, m.s) {
					l += 4 // "Nether Wendham", "at nearby Wendham Hall" (placeprefix.go)
				}
				if m.typ == "PER" && titlePossessed(d.toks, m.s) {
					m.roles = nil // "Bishop's" is no role of Stortford
					if m.s > 2 && (d.toks[m.s-3].is(clsPlacePreposition) || placeWayWords[d.toks[m.s-3].lower]) {
						l += 3 // "from King's Lynn to Spalding" (titleplace.go)
					} else {
						x = max(x, 3) // "the Queen's Velmoshire Regiment"
					}
				}
				if m.typ == "PER" && royalOpened(m.name) {
					o += 3 // "Royal Tarrow", a club or a school read as a person (placeprefix.go)
				}
				if bodyOpened(m.name) {
					o += 4 // "Ysgol Bryn Eithin", "Atlético Sadino", "Bodegas Hermanos Ruiz" (placeprefix.go)
				}
				if m.typ == "PER" && bodyOwnsPerson(d, m) {
					o += 3 // "Love Villa's Bella Nkemelu" (ownerofperson.go)
				}
				if m.oev+o == 0 && placeOnlyName(m) {
					l += 3 // "from South Africa, Australia, Jamaica, who" (placeonly.go)
				}
				if broadcasterOpened(m.name) {
					o += 4 // "a six-part BBC One thriller", "BBC Sport" (broadcaster.go)
				}
				if brandMade(d.toks, m) {
					x = max(x, 4) // "which makes Sunny Wheats and the Crunchy range" (brandmade.go)
				}
				if shareMoveRight(d.toks, m.e) && !articleBefore(d.toks, m.s) || scoreLineSide(d.toks, m) || stockMover(d.toks, m) {
					o += 3 // "Tarrow Mills up 3.1 per cent" (not "the Nikkei down 1%", an index), "Corran Vale 24 Tarrow Harriers 19" (placing.go), "among the fallers" (stockmover.go)
				}
				if m.typ == "PER" && sportsStory(st.cues) && (clubSquad(d.toks, m) || clubPlayer(d, m)) {
					o += 3 // "Drogba, Chelsea's £24m striker", "Chelsea's Damien Duff" (clubsquad.go)
				}
				if nativePlace(d.toks, m.s) && m.typ != "MISC" {
					l += 3 // "coached in his native Holland" (nativeplace.go)
				}
				if residentFrom(d.toks, m.s) && m.typ != "ORG" {
					l += 3 // "a chemistry teacher from Tarrow Vale" (origin.go)
				}
				if publisherBracket(d.toks, m) || tradeOpened(d, m) {
					o += 3 // "(Tarrow Hale, £7.99)", "Developer Corran Renewables says" (origin.go)
				}
				if ownAcronym(d.toks, m) {
					o += 4 // "the Northern Grid Partnership (NGP)" read as a person (ownacronym.go)
				}
				if bandVerb(d.toks, m) {
					o += 4 // "Tobin Reef play Leeds in March" (bandverb.go)
				}
				if m.typ == "PER" && pluralSubject(d.toks, m) && !teamVerb(d.toks, m) {
					o += 3 // "Now Defra have invented", "named by Korn, who are" (pluralsubject.go)
				}
				if bodyOfPerson(d.toks, m) {
					o += 3 // "Xbox's Peter Moore" (ownerbody.go)
				}
				if studioWork(d.toks, m) {
					o += 3 // "MGM musicals" (studio.go)
				}
				if st.countryFirm(m) {
					o += 3 // "owned by Telecom Velmora" (countryfirm.go)
				}
				if m.hon == "" && (thingShaped(m.name) || makerModel(m.name) || verbTitle(m.name)) {
					x = max(x, 4) // "Casio QV-10", "Doom III", "Hey Jude" (productname.go), "a Vauxhall Corsa" (makermodel.go), "Kevin Can Wait" (verbtitle.go)
				}
				if m.typ == "PER" && m.hon == "" && townNamed(m.name) {
					if sidePosition(d.toks, m.s, m.e) || qualifiesRole(d.toks, m.e) {
						o += 3 // "Castlemoor United host Tarrow Town", "Tarrow Town manager" (side.go)
					} else {
						l += 3 // "the streets of Tarrow Town"
					}
				}
				if rankedTitle(d.toks, m) {
					x = max(x, 3) // "their first Triple Velmo", "two Velmo Slam titles" (awardname.go)
				}
				if m.hon == "" && ordinalOpened(d.toks, m) {
					o += 3 // "20th Velmo Pictures" cut to "Velmo Pictures"; "the 2nd Battalion Tarrow Rifles" (numbered.go)
				}
				if m.hon == "" && gerundTitle(d, m) {
					x = max(x, 4) // "the success of Finding Harbour", "the Boxing Day fixtures" (gerundtitle.go)
				}
				if st.numberedStem(m) {
					x = max(x, 2) // "Covid" beside "Covid-19"
				}
				m.oev, m.lev, m.xev = m.oev+o, m.lev+l, max(m.xev, x)
				if placeNamed(d.toks, m.s) {
					m.lev += 3 // "the ground has been called Hillfoot Park" (placenamed.go)
				}
				if firmRoleOf(d.toks, m) {
					m.oev += 3 // "the chief executive of Tarrow Water, Ada Kell," (firmrole.go)
				}
				if statLinePlace(d, m) {
					m.lev += 4 // "* Tarrow Heath, Velmoshire: 211mm" (statline.go)
				}
				if capsSignerName(d, m) {
					m.pev += 4 // "MARGARET HOLLINS, Ravenscar" signing a letter (signoff.go)
				}
				if signOffPlace(d, m) {
					m.lev += 4 // "Ada Kell, Corran, Velmoshire" signing a letter (signoff.go)
				} else if fromPlace(d, m) {
					m.lev += 3 // "Ada Kell, from Tarrow Heath, was jailed" (signoff.go)
				}
				if m.xev == 0 && surnamePlace(d.toks, m) {
					m.lev += 2 // "a flat in Notting Hill", "an office in Hanover Yard" (placehead.go)
				}
				if m.xev == 0 && st.landformName(m) {
					m.lev += 2 // "walkers on Corran Ridge", "the Wensdale Vale" (placehead.go)
				}
				m.body = m.oev-listOrg >= 2 && !beforeWhich(d, m.e)
				m.trade = tradeDescribed(d.toks, m)
				m.det = m.typ == "PER" && afterThe(d, m)
				if len(m.roles) > 0 && !orgAmbiguousRole(m.roles[0]) {
					m.pev += 2 // "Tesco boss Ken Murphy"
				}
				if st.probe != nil && m.typ != "PER" && !m.pair && m.oev == 0 && m.xev == 0 && !placeReadHere(d, m) && st.probeable(d, m) {
					v := st.probeName(m.name)
					m.pev += v
					m.weakPev += v
				}
				if givenNameAsPlace(d, m) {
					m.pev += 2 // "By the time Alec stood up" read as a place (givenplace.go)
				}
				if headOfGovernment(d.toks, m) {
					m.pev += 3 // "the Marsh administration" (presidency.go)
				}
				if suffixedName(m.name) {
					m.pev += 4 // "Ada Joseph Kell Jr" (suffix.go)
				}
				if gaelicSurname(m.name) {
					m.pev += 4 // "Tomás Ó Briain", "Ó Briain said" (gaelic.go)
				}
				if groupName(m.name) {
					m.pev, m.oev = 0, m.oev+3 // "Scissor Sisters, who": its members (kingroup.go)
				}
			}
			if m.kind != Org && (possessedInstitution(d.toks, m) || m.kind == Person && possessedInside(m.name) || saintPossessed(d.toks, m) || theRanked(d.toks, m) || m.kind == Person && gerundBefore(d.toks, m)) {
				// "King Edmund's Academy", "at St Michael's", "the Admiral
				// Penrose in Corbridge": a school, a church, a pub, whose
				// title or rank makes no person (institution.go); "to see
				// Driving Miss Velmo": a work's character (gerundtitle.go)
				if m.kind == Place {
					m.pev, m.weakPev, m.lev = 0, 0, m.lev+4
				} else {
					m.kind, m.split, m.roles = Other, false, nil
					m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
					st.notePart(spanKey(d, m))
				}
			}
		}
		// Reading order: mentions and references by token position.
		for _, r := range refs {
			if r.s >= 2 && d.toks[r.s-1].text == "," && d.persons[r.s-2] {
				continue // an apposition, already read as a role
			}
			ms = append(ms, st.work.mention(mention{para: d.idx, s: r.s, e: r.e, surface: r.surface, roleRef: r.role, kind: Person}))
		}
		slices.SortStableFunc(ms, func(a, b *mention) int { return cmp.Compare(a.s, b.s) })
		for _, m := range ms {
			m.order = st.order
			st.order++
			if m.roleRef != "" {
				st.refs = append(st.refs, m)
			} else {
				st.mentions = append(st.mentions, m)
			}
		}
	}
	st.possessiveNames() // "McDonald's said" (possessname.go)
	st.markBodyNamed()   // "the folk trio Corran Hill" (bodynoun.go)
	st.markSeriesNames() // "her Inspector Drake books" (series.go)
	st.markParts()
	st.markCreatures()
	st.markGivenNameThings()
	st.markEstates()
	st.voteKinds()
	st.cohereLists()
	st.coherLineups()   // "M Cueto, J Noon, D Humphreys (Ireland)"
	st.markTitleWorks() // "Gangs Of Velmora" (titlecase.go)
	st.markFirmNames()  // "Corran Vale has until Friday", "Ozzlewick Silks" (founder.go)
	st.surnamePersons() // "Eleanor Quist's chief of staff", then "Ms Quist said" (surnameperson.go)
	st.dropOpeners()
	st.dropQualifiers()
	st.foldPlurals()
}

// candidateSpans merges the tagger's spans of a paragraph with the names
// rules find (titles, kinship nouns, office titles) and repairs them. The
// spans are in w's scratch, valid until the next call.
func candidateSpans(d *paraDoc, docs []*paraDoc, w *storyWork) []span {
	// Each of the first rules finds nothing in a paragraph without its cue
	// words (most paragraphs), which the paragraph's classes tell at once.
	var rules []span
	if d.has(wordClass(inHonorifics)) {
		rules = ruleSpans(d.toks)
	}
	if d.has(clsKinship | clsKinExPrefix | clsKinPlural) {
		rules = append(rules, kinSpans(d.toks)...)
	}
	if d.has(clsTitleHead) {
		rules = append(rules, roleSpans(d.toks)...)
	}
	rules = append(rules, monthSurnameSpans(d.toks)...)
	if d.has(clsOpenQuote) {
		rules = append(rules, nickSpans(d.toks, d.spans)...)
	}
	rules = append(rules, benchSpans(d.toks)...)
	rules = append(rules, speakerSpans(d.toks)...)
	rules = append(rules, captionSpans(d.toks)...)
	w.merged, w.drop = appendMerged(w.merged[:0], w.drop, d.spans, rules)
	spans := joinInverted(d, w.merged)
	extendLeft(d, spans)
	extendRight(d, spans)
	spans = joinStackedInitials(d, spans) // "J. M. Harwell" tagged as "M. Harwell" (initialleft.go)
	trimKinOpener(d, spans)               // "Siblings Aoife and Ciaran Breen" (kinopener.go)
	return sharedSurname(d, docs, splitOfFirm(d, splitTitledAnd(d, splitAnd(d, docs, initialsSpans(d, joinO(d, joinParticle(d, joinPatronym(d, spans), w.titled)))))))
}

// probeName asks the entity source how it reads a name on its own, out
// of the sentence that may have misled it ("the intensity of Mia Farrow
// in …"): a person reading counts as evidence for a person.
func (st *story) probeName(name []string) int {
	text := strings.Join(name, " ")
	if v, ok := st.probed[text]; ok {
		return v
	}
	v := 0
	es := st.probe(text)
	if len(es) == 1 && es[0].Type == "PER" && es[0].Start == 0 && es[0].End == len(text) {
		v = 2
	}
	if st.probed == nil {
		st.probed = make(map[string]int)
	}
	st.probed[text] = v
	return v
}

// probeable reports whether a non-person mention looks enough like a
// personal name to ask the entity source about it alone: two or three
// capitalised words, none an organisation, role, nationality or common
// word of the story, not led by "the", not ending in a landform's noun
// or a common noun's plural after no given name.
func (st *story) probeable(d *paraDoc, m *mention) bool {
	if len(m.name) < 2 || len(m.name) > 3 || !allNameLike(m.name) || anyOrgWord(m.name) || m.the || weakHead(m.name, landformHeads) {
		return false // nor "Tarrow Vale", a place's shape (placehead.go)
	}
	if m.s > 0 && strings.EqualFold(d.toks[m.s-1].text, "the") {
		return false
	}
	if last := strings.ToLower(m.name[len(m.name)-1]); strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !givenName(m.name[0]) && (lowerNoun(last) || pluralShaped(last)) {
		return false // "Ossory Lines", "Velby Otters": a common noun's plural ends a band's or a team's name, read so in context (so does a plural the lexicon has too seldom: "Corran Falcons")
	}
	for _, w := range m.name {
		l := strings.ToLower(w)
		if st.lower[l] || commonCapitalised[l] || isNationality(w) || isRoleHead(w) || roleModifiers[l] || isNoiseWord(w) {
			return false
		}
	}
	return true
}

// pluralShaped reports whether l, a lower-case word, ends like an
// English plural in "s" ("falcons", "harlequins"), not like a surname of
// another language or a Latin word ("-ss", "-us", "-is", "-ys", "-os",
// "-as": "Fabregas", "Santos").
func pluralShaped(l string) bool {
	if len(l) < 4 || !strings.HasSuffix(l, "s") {
		return false
	}
	switch l[len(l)-2] {
	case 's', 'u', 'i', 'y', 'o', 'a':
		return false
	}
	return true
}

// anyOrgWord reports whether a word of a name is an organisation word.
func anyOrgWord(words []string) bool {
	for _, w := range words {
		if orgWordsFold.has(w) {
			return true
		}
	}
	return false
}

// allNameLike reports whether every word may be part of a person's name.
func allNameLike(words []string) bool {
	for _, w := range words {
		if !nameLike(w) {
			return false
		}
	}
	return len(words) > 0
}

// joinInverted joins "Kell" and "Ada" in a short line "Kell, Ada" into
// one span (read as Ada Kell) instead of two people.
func joinInverted(d *paraDoc, spans []span) []span {
	if len(spans) != 2 {
		return spans
	}
	words := 0
	for i := range d.toks {
		if d.toks[i].word {
			if words++; words > 4 {
				return spans
			}
		}
	}
	a, b := spans[0], spans[1]
	if a.typ == "PER" && b.typ == "PER" && a.e-a.s == 1 && b.e-b.s == 1 && b.s == a.e+1 && d.toks[a.e].text == "," {
		return []span{{s: a.s, e: b.e, typ: "PER"}}
	}
	return spans
}

// extendLeft widens a one-word person span over a capitalised first name
// the tagger left out ("feminist icon Germaine Greer" tagged as "Greer").
func extendLeft(d *paraDoc, spans []span) {
	for i := range spans {
		sp := &spans[i]
		if sp.typ != "PER" || sp.e-sp.s != 1 || sp.s == 0 {
			continue
		}
		k := sp.s - 1
		for k > 0 && !d.toks[k].word && d.toks[k].text == "\u00ad" {
			k--
		}
		t := &d.toks[k]
		if !t.word || !t.cap || noiseName(t.text) || isNationalityL(t.lower) || !allNameLike([]string{t.text}) {
			continue
		}
		if t.sentStart {
			continue
		}
		if i > 0 && spans[i-1].e > k {
			continue
		}
		if k > 0 && d.toks[k-1].word && d.toks[k-1].cap && !d.toks[k-1].sentStart {
			continue
		}
		sp.s = k
	}
}

// extendRight widens a person's span over a double-barrelled surname
// right after it that the tagger left out, a word of two capitalised
// parts joined by a hyphen in no other span ("Justice Ada Marsh-Kell"
// tagged as "Justice Ada").
func extendRight(d *paraDoc, spans []span) {
	for i := range spans {
		sp := &spans[i]
		if sp.typ != "PER" || sp.e >= len(d.toks) || i+1 < len(spans) && spans[i+1].s <= sp.e {
			continue
		}
		t := &d.toks[sp.e]
		if !t.word || !t.cap || t.sentStart || !doubleBarrelled(t.text) {
			continue
		}
		sp.e++
	}
}

// doubleBarrelled reports whether w is two capitalised name parts joined
// by one hyphen: "Marsh-Kell", "Echeverría-Lunt"; not "Anglo-French",
// "Coca-Cola" (a part the lexicon writes in lower case or a nationality).
func doubleBarrelled(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") || len(a) < 2 || len(b) < 2 || isNationality(a) || isNationality(b) {
		return false
	}
	return nameLike(a) && nameLike(b) && !commonWord(a) && !commonWord(b) && !isAllCaps(a) && !isAllCaps(b)
}

// insideRef reports whether a span lies inside a role reference and holds
// only role words (the reference replaces it).
func insideRef(d *paraDoc, sp span, refs []roleRef) bool {
	for _, r := range refs {
		if sp.s >= r.s && sp.e <= r.e {
			for k := sp.s; k < sp.e; k++ {
				t := &d.toks[k]
				if t.word && !isRoleHeadL(t.lower) && !(t.lists()&inRoleModifiers != 0) {
					if _, ok := parties[t.lower]; !ok {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

// trimLeadingJunk drops sentence-initial common words a tagger glued to
// the front of a name ("Yesterday Ken Murphy").
func (st *story) trimLeadingJunk(d *paraDoc, m *mention) {
	lower := st.lower
	for len(m.name) > 1 && m.hon == "" && len(m.roles) == 0 {
		k := m.s
		t := &d.toks[k]
		l := keyOf(t)
		junk := listsOf(l)&(noiseLists|inCommonCapitalised) != 0 || isNationalityL(l)
		// "Asked Boris Johnson …": a word the story also writes in lower
		// case opens the sentence and the tagger took it in; not a
		// surname's particle ("Van der Berg said" beside "Ada van der
		// Berg").
		opener := t.sentStart && len(m.name) >= 3 && lower[l] && !particles[l]
		opener = opener || st.gerundOpener(d, m) // "Sentencing Kell, the judge said" (gerundopener.go)
		if !opener && k == m.s && st.monthAsGiven(d, k, m.e) {
			return // "May van Dijk": a month that is the given name (monthgiven.go)
		}
		if !opener && (!junk || (!t.sentStart && !calendar[l] && !furniture[l])) {
			return
		}
		if !opener && t.sentStart && !calendar[l] && !furniture[l] && st.writtenInside(m.name[0], m.name[1]) {
			return // "Northern Meridian said" beside "drivers at Northern Meridian"
		}
		m.name = m.name[1:]
		k++
		for k < m.e && !d.toks[k].word {
			k++
		}
		m.s = k
		m.surface = normSpace(d.text[d.toks[k].start:d.toks[m.e-1].end])
	}
}

// contextRoles adds roles written around a person's name: pre-modifiers
// ("Tesco boss Ken Murphy"), appositions after the name ("…, the European
// Commission president,") and before it ("the Chancellor, Rachel Reeves").
func (st *story) contextRoles(d *paraDoc, m *mention) {
	start := min(m.s, m.from)
	if role, affil, first := premodRole(d, start, len(m.roles) == 0); role != "" && !awardCategory(d, first, role) && !unheldRole(d, first) {
		if len(m.roles) > 0 {
			m.roles[0] = role + " " + m.roles[0]
			if m.affil == "" {
				m.affil = affil
			}
		} else {
			m.roles = append(m.roles, role)
			m.affil = affil
		}
	}
	if m.e < len(d.toks) && !isPossessive(&d.toks[m.e]) {
		if role, affil := appositionRole(d, m.e); role != "" {
			m.roles = append(m.roles, role)
			if m.affil == "" {
				m.affil = affil
			}
		}
	}
	if start >= 2 && d.toks[start-1].text == "," {
		if role, affil, first := premodRole(d, start-1, true); role != "" {
			before := first - 1
			the := before >= 0 && strings.EqualFold(d.toks[before].text, "the")
			if the && clauseAfterRole(d, before, m.e) || unheldRole(d, first) || kinOf(d.toks, before) || listed(d, before) {
				return // "did not trust the prime minister, Mr Brown replied", "the wife of the ambassador, Jane Hart"
			}
			if before < 0 || d.toks[first].sentStart || the || isPossessive(&d.toks[before]) || isPossessive(&d.toks[first+1]) {
				// "the Chancellor, Rachel Reeves", "… and Domino's
				// former boss, David Wild"
				m.roles = append(m.roles, role)
				if m.affil == "" {
					m.affil = affil
				}
			}
		}
	}
}

// voteKinds gives every mention of the same name the kind most of them
// have; a title or a split role makes a person outright.
func (st *story) voteKinds() {
	const person, org, place, other = 0, 1, 2, 3
	w := st.work
	if w.of == nil {
		w.of = make(map[string]int, len(st.mentions))
	}
	w.at = resize(w.at, len(st.mentions))
	tallies := w.tallies[:0]
	of := w.of // name key -> tally
	at := w.at // mention -> tally
	for i, m := range st.mentions {
		if !m.det && !m.rule && !m.split && st.plainWordsName(m) {
			m.det = true // "called to Orchard Rise", "her first West End role"
		}
		if m.det && m.kind == Person {
			// "the Safety Executive": the tagger's person reading counts
			// for no kind in particular, the context's for the others.
			m.kind = Other
		}
		k := m.nameKey()
		ti, ok := of[k]
		if !ok {
			ti = len(tallies)
			of[k] = ti
			tallies = append(tallies, kindTally{first: kindIndex(m.kind)})
		}
		at[i] = ti
		v := &tallies[ti]
		v.n[kindIndex(m.kind)]++
		if allNameLike(m.name) && !m.det {
			v.n[person] += m.pev
		}
		v.n[org] += m.oev
		v.n[place] += m.lev
		v.n[other] += m.xev
		v.personEv = v.personEv || m.pev > 0 || len(m.roles) > 0 && !(m.trade && allOrgAmbiguous(m.roles)) || m.hon != ""
		if m.body {
			v.bodyEv++
			if m.trade {
				v.tradeEv++
			}
		}
		v.bodyCue += m.bodyCue()
		v.placeCue += m.lev
		v.firmHint += m.hint
		v.otherCue += m.xev
		if m.chamber {
			v.chamber++
		}
		if m.orgTag {
			v.orgTags++
		}
		if m.typ == "PER" {
			v.perTags++
		}
		v.count++
		if m.kind == Person && (m.hon != "" || m.split || m.rule) {
			v.rule = true
		}
	}
	w.tallies = tallies
	for i, m := range st.mentions {
		v := &tallies[at[i]]
		if v.rule {
			m.kind = Person
			continue
		}
		// A tie among organisation, place and other goes to the kind of
		// the name's first mention (the tagger's reading, as ties mostly
		// come from evidence matching a tagger vote), the same for every
		// mention: "Sibneft" tagged once as a company, once as a place,
		// is one actor. A tie with a person is left undecided: each
		// mention keeps its own reading (on the development sets this
		// keeps people the tagger once misread and costs no kind
		// accuracy).
		best := v.first
		bn := v.n[best]
		for k := range kinds {
			if v.n[k] > bn {
				best, bn = k, v.n[k]
			}
		}
		if own := kindIndex(m.kind); v.n[own] == bn && (own == person || best == person) {
			best = own
		}
		if best == person && v.n[place] == bn && v.n[org] < bn && v.n[other] < bn && v.placeCue > 0 && !v.rule && !v.personEv && len(m.name) == 1 && !sportsStory(st.cues) && proseParagraph(st.doc(m.para)) && st.loneWord(m.name[0]) {
			best = place // "warnings for Galway, Mayo and Clare": a tie the context breaks (placetie.go)
		}
		if best == person && v.n[org]+v.n[place]+v.n[other] > bn {
			// Outvoted by the other kinds together: take the strongest.
			best, bn = org, -1
			for _, k := range [...]int{org, place, other} {
				if v.n[k] > bn {
					best, bn = k, v.n[k]
				}
			}
		}
		if best == person && !v.rule && !v.personEv && v.bodyEv > 0 && v.n[org] >= max(v.n[place], v.n[other]) &&
			(v.bodyEv > 1 || len(m.name) < 2 || !givenName(m.name[0])) {
			// The tagger's person readings, however many, against a
			// firm's context ("car maker Aston Martin", "Fannie Mae's
			// shares") and nothing said of a person: a body. A name
			// shaped like a person's ("Mauro Bergamasco") needs two
			// such mentions.
			best = org
		}
		if best == org && lonePersonShaped(m.name, v) && !st.surnameBody(m.name, of, tallies) {
			// "Mortgage broker Tom Aldred says", "Desmond Ure, the
			// developer, gave": a trade noun as often a person's as a
			// firm's, in one mention, does not outweigh a given name
			// and a surname the tagger read as a person.
			best = person
		}
		if best == other && (bodyOverMisc(v) || firmOverMisc(v)) {
			best = org // "the Commons chamber", then "in the Commons" (chamber.go)
		}
		if best == place && placeless(m.name, v) {
			best = org // "Sony's own disc format", "Sony has promised": no place (lonebody.go)
		}
		if best == person && st.loneBody(m.nameKey(), v) {
			// "between Arsenal and Chelsea", "the Chelsea area": the
			// person readings go to the body (lonebody.go).
			best, bn = org, v.n[org]+v.n[person]
			for _, k := range [...]int{place, other} {
				if v.n[k] > bn {
					best, bn = k, v.n[k]
				}
			}
		}
		m.kind = kinds[best]
	}
}

// markParts makes every person mention written, title and all, as a
// name the story elsewhere gives as a part in a work (castPart,
// playedCharacter) that part too: "is to play Lady Macbeth at the
// Bristol Old Vic", then "was turned down for Lady Macbeth at drama
// school". A name one of whose mentions has its own evidence of a
// person stays a person's: the real person a biopic's actor plays.
func (st *story) markParts() {
	st.markTheTitled()
	if len(st.parts) == 0 {
		return
	}
	keys := make([]string, len(st.mentions))
	real := map[string]bool{}
	for i, m := range st.mentions {
		if m.kind != Person || m.e-m.s < 2 {
			continue
		}
		keys[i] = spanKey(st.doc(m.para), m)
		if m.pev > 0 || len(m.roles) > 0 || st.ownerMention(m) {
			real[keys[i]] = true // "soul legend Ray Charles, who died last year": the person played
		}
	}
	for i, m := range st.mentions {
		if k := keys[i]; k != "" && st.parts[k] && !real[k] {
			animalTitled(st.doc(m.para), m)
			m.pev, m.weakPev, m.xev = 0, 0, max(m.xev, 4)
		}
	}
	st.markPartWords(keys, real)
	st.markLoneParts()
}

// markLoneParts makes every mention of a one-word name the story gives
// as a part ("Ada Kell as Marthe in The Salt Widow", a caption) that
// part too ("when Marthe refuses to bury an empty coffin"), unless the
// word is also in a person's longer name in the story or a mention of
// it carries a role (more than a character's title: "Captain") or owns
// an animal.
func (st *story) markLoneParts() {
	lone := map[string]bool{}
	for k := range st.parts {
		if !strings.Contains(k, " ") {
			lone[k] = true
		}
	}
	if len(lone) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind != Person {
			continue
		}
		if len(m.name) > 1 {
			for _, w := range m.name {
				delete(lone, strings.ToLower(w))
			}
		} else if len(m.roles) > 0 && !(len(m.roles) == 1 && characterTitle(m.roles[0])) || st.ownerMention(m) {
			delete(lone, strings.ToLower(m.name[0]))
		}
	}
	for _, m := range st.mentions {
		if m.kind == Person && len(m.name) == 1 && (m.hon == "" || plainHonorifics[strings.ToLower(m.hon)]) && lone[strings.ToLower(m.name[0])] {
			m.kind, m.pev, m.weakPev, m.xev = Other, 0, 0, max(m.xev, 4)
		}
	}
}

// kinCollectives after a surname name a real family: "the Vance family".
var kinCollectives = setOf(`family families household clan dynasty`)

// markPartWords makes a name of one word, written alone or after a
// courtesy title, a part too when it is the first or the last word of a
// part's name and of no other person's name in the story: "will play
// Maud Gilchrist, a retired detective", then "Gilchrist, I'm told,
// spends most of the picture soaked"; "cast as DCI Rowena Blaine", then
// "Rowena doesn't smile" (the given name after the titles opening the
// part counts as its first word). A title and a part's surname read as
// one name ("Sister Marsh" after "as the fearsome Sister Ada
// Marsh") is the part too, unless a role or its own evidence of a
// person shows a real one.
func (st *story) markPartWords(keys []string, real map[string]bool) {
	words := map[string]bool{}
	givens := map[string]bool{} // parts' given names after their titles
	others := map[string]bool{}
	var titledPairs []int // mentions of a title and one name, "Auntie Val", "Sister Marsh"
	for i, m := range st.mentions {
		if len(m.name) < 2 {
			continue
		}
		first, last := strings.ToLower(m.name[0]), strings.ToLower(m.name[len(m.name)-1])
		k := keys[i]
		if k == "" {
			k = spanKey(st.doc(m.para), m)
		}
		switch {
		case st.parts[k] && !real[k]:
			words[first], words[last] = true, true
			if g := partGiven(m.name); g != "" {
				words[g], givens[g] = true, true // "cast as DCI Rowena Blaine", then "Rowena doesn't smile"
			}
		case m.kind == Person && len(m.name) == 2 && partTitle(m.name[0]):
			titledPairs = append(titledPairs, i) // "Auntie Val": markTitledPartGiven reads it
		case m.kind == Person:
			others[first], others[last] = true, true
		}
	}
	for _, i := range titledPairs {
		m := st.mentions[i]
		first, last := strings.ToLower(m.name[0]), strings.ToLower(m.name[1])
		switch {
		case givens[last]:
		case words[last] && !others[last] && !real[keys[i]] && m.pev == 0 && len(m.roles) == 0 && !st.ownerMention(m):
			// "as the fearsome Sister Ada Marsh", then "Sister Marsh's
			// catchphrase": the part called by a title and its surname.
			m.kind, m.pev, m.weakPev, m.xev = Other, 0, 0, max(m.xev, 4)
		default:
			others[first], others[last] = true, true // a person called by a title and a name no part bears
		}
	}
	if len(words) == 0 {
		return
	}
	for _, m := range st.mentions {
		if m.kind != Person && !(m.typ == "LOC" && m.pev > 0) || len(m.name) != 1 || m.hon != "" && !plainHonorifics[strings.ToLower(m.hon)] {
			continue // a given name read as a place stands for a person (givenplace.go)
		}
		if e := m.e; e < len(st.doc(m.para).toks) && kinCollectives[st.doc(m.para).toks[e].lower] {
			continue // "the von Trapp family": the real family a part is drawn from
		}
		if l := strings.ToLower(m.name[0]); words[l] && !others[l] {
			m.kind, m.pev, m.weakPev, m.xev = Other, 0, 0, max(m.xev, 4) // a courtesy title no longer makes it a person's: "performing Mrs Vance"
		}
	}
	st.markTitledPartGiven(givens, others)
}

// markTitledPartGiven makes a person's mention of two words, a title
// that opens characters' names (partTitle) and a part's given name, that
// part too: "Her character, the landlady Auntie Val Drummond", then
// "Auntie Val's final scenes". The words must belong to no other
// person's name in the story.
func (st *story) markTitledPartGiven(givens, others map[string]bool) {
	for _, m := range st.mentions {
		if m.kind != Person {
			continue
		}
		given := ""
		switch {
		case len(m.name) == 2 && partTitle(m.name[0]):
			given = m.name[1]
		case len(m.name) == 1 && m.hon != "" && partTitle(m.hon):
			given = m.name[0] // the title split off: "Auntie" before "Val"
		}
		if l := strings.ToLower(given); l != "" && givens[l] && !others[l] {
			m.kind, m.pev, m.weakPev, m.xev = Other, 0, 0, max(m.xev, 4)
		}
	}
}

// characterTitle reports whether role, split off a name, is only a
// title a character is called by ("Captain", "Inspector", "Sister"),
// not a job that makes a real person of the name.
func characterTitle(role string) bool {
	return !strings.Contains(role, " ") && (partTitle(role) || rankTitles[strings.ToLower(role)] || characterRanks[strings.ToLower(role)])
}

// characterRanks are ranks the heroes of series are called by: "Captain
// Tarrow", "Inspector Drake".
var characterRanks = setOf(`captain major colonel general admiral commander lieutenant sergeant
inspector detective constable superintendent professor doctor`)

// partTitle reports whether w, opening a name, calls a character by a
// title rather than being a word of the name: a courtesy or rank title
// ("DCI", "Captain"), a relative's place ("Auntie") or a religious
// order's ("Sister").
func partTitle(w string) bool {
	l := strings.ToLower(w)
	return isHonorific(w) || kinTitle(l) || orderTitles[l]
}

// partGiven returns, lower-cased, the word right after the titles that
// open a part's name of three words or more, the part's given name
// ("rowena" in "DCI Rowena Blaine", "val" in "Auntie Val Drummond"), or
// "" when no title opens it.
func partGiven(name []string) string {
	i := 0
	for i < len(name)-2 && partTitle(name[i]) {
		i++
	}
	if i == 0 {
		return ""
	}
	return strings.ToLower(name[i])
}

// lonePersonShaped reports whether a name the tagger read as a person
// at every mention, and never as a body, is shaped like a person's (a
// given name and one surname that is no ordinary word nor a body's or a
// place's head noun) and only one of its mentions speaks of a body, with
// nothing of a place or another thing, and that one a trade noun
// describing the name (tradeDescribed): the one firm's cue then does not
// outvote the name's shape (as the strong-context rule above asks for
// two such mentions).
func lonePersonShaped(name []string, v *kindTally) bool {
	const person, place, other = 0, 2, 3
	if v.bodyEv != 1 || v.tradeEv != 1 || v.orgTags > 0 || v.perTags < v.count || v.n[place] > 0 || v.n[other] > 0 || v.n[person] == 0 {
		return false
	}
	if len(name) != 2 || !givenName(name[0]) || !tailIsName(name[1:]) || commonWord(name[1]) || headBits(name[1]) != 0 || weakFirmHead(name) {
		return false
	}
	return true
}

// surnameBody reports whether the last word of name, written alone in
// the story, is spoken of as a body or a place in its own context
// ("parts maker Robert Bosch", then "Bosch has stopped production").
func (st *story) surnameBody(name []string, of map[string]int, tallies []kindTally) bool {
	ti, ok := of[strings.ToLower(name[len(name)-1])]
	return ok && (tallies[ti].bodyEv > 0 || tallies[ti].placeCue > 0)
}

// tradeDescribed reports whether a trade noun that names a person's job
// as well as a firm's describes the name m itself: right before it
// ("mortgage broker Tom Aldred") or in apposition after it ("Desmond
// Ure, the developer,"; "The developer, Kestrel Land, has promised"). A
// name qualifying a noun ("the Glen Corran ski centre") or where people
// work ("administrators from Grant Pennington") is not described so.
func tradeDescribed(toks []tok, m *mention) bool {
	if n := appositionTrade(toks, m.e); n != "" {
		return agentTrade(n)
	}
	k := m.s - 1
	if k < 0 {
		return false
	}
	if toks[k].text == "," {
		return k > 0 && tradeApposed(toks, k-1, m.e) && agentTrade(toks[k-1].lower)
	}
	t := &toks[k]
	return t.word && (!t.cap || t.sentStart) && agentTrade(t.lower)
}

// agentTrade reports whether l is a business noun that names a trade a
// person practises as often as a firm ("maker", "broker", "developer",
// "brewer"), not a body as such ("firm", "group", "bank") nor a trade
// mostly of firms ("retailer", "lender", "carmaker").
func agentTrade(l string) bool {
	return businessNouns[l] && (orgAmbiguousHeads[l] || personTrades[l])
}

// personTrades are business nouns, beside orgAmbiguousHeads, that a
// person's job is called by: "documentary maker Joel Adeyinka", "head
// brewer Jo Brannigan".
var personTrades = setOf(`maker brewer builder distiller caterer specialist grocer`)

// kinds are the actor kinds; voteKinds prefers the earlier one when it
// takes the strongest kind after outvoting a person.
var kinds = [...]string{Person, Org, Place, Other}

// kindIndex returns the index of kind in kinds (mentions only ever have
// one of them; anything else counts as Other).
func kindIndex(kind string) int {
	for i, k := range kinds {
		if k == kind {
			return i
		}
	}
	return len(kinds) - 1
}

// orgAmbiguousRole reports whether a role's head noun describes firms as
// often as people ("Tavolino owner").
func orgAmbiguousRole(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	return len(f) > 0 && orgAmbiguousHeads[f[len(f)-1]]
}

// writtenInside reports whether the story writes the words a and b one
// after the other inside a sentence, not opening it: a name's first word
// the story so writes is part of the name, not a common word the
// sentence's capital glued to it.
func (st *story) writtenInside(a, b string) bool {
	for _, d := range st.docs {
		toks := d.toks
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].text == a && !toks[k].sentStart && toks[k+1].text == b {
				return true
			}
		}
	}
	return false
}

// allOrgAmbiguous reports whether every role is one a firm holds as
// often as a person (orgAmbiguousRole): "the insurance broker X".
func allOrgAmbiguous(roles []string) bool {
	for _, r := range roles {
		if !orgAmbiguousRole(r) {
			return false
		}
	}
	return true
}
