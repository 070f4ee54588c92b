// Package actor turns named-entity mentions into actors: people,
// organisations and places merged across name variants, with roles and
// affiliations, within one story and across the archive.
//
// Within a story (Extract, ExtractWith, ExtractOptions) mentions come from
// an entity source (the embedded tagger by default) and are corrected by
// rules where the evidence is strong:
//
//   - a headline in Title Case (a short line, every word but the small
//     function words capitalised, two or more of them ordinary words, no
//     list of names) gives a name only as far as another paragraph
//     writes it ("Board Approves Kestrel Land" is "Kestrel Land"), unless
//     it is one by its shape (a given name opening a person's, or no
//     ordinary word but a body's or a place's head noun) or, failing
//     that, its longest run of words the story never writes in lower
//     case, one of which the lexicon knows as a name ("Bush" in
//     "Overturn Bush Rules"); a line that is one name (one span, no other
//     word) stays whole
//     (headline.go);
//   - a capitalised word right before a surname the story writes after
//     a title of address elsewhere is the person's given name, whatever
//     the tagger read of the pair ("Sue Quarrell, who uses a
//     wheelchair," beside "Mrs Quarrell said"), unless the story writes
//     the word in lower case or, a word of the language opening the
//     sentence, no apposition of a person (an age, "who", a role)
//     follows ("Whatever Quarrell says"; titledsurname.go);
//   - a double-barrelled surname right after a person's name, two
//     capitalised parts joined by a hyphen, neither an ordinary word nor
//     a nationality, joins the name when the tagger left it out
//     ("Justice Ada Marsh-Kell" tagged as "Justice Ada"; collect.go
//     extendRight);
//   - a generational suffix after a name with a given name or an
//     initial before its surname ("Ivo Joseph Marsh Jr", "L. Tomas
//     Reyne III") makes a person, whose surname is the word before the
//     suffix (suffix.go);
//   - a name ending in a word the model knows only as a place is a
//     firm when a body's head noun or trade word opens it ("Telecom
//     Velmora") or its first word is read alone as an organisation in
//     the story ("Brightwater Velmora" beside "Brightwater"), none of
//     the words before the place being one the model knows
//     (countryfirm.go);
//   - a name of one or two words before "administration",
//     "presidency" or "White House" ("the Marsh administration"), or
//     before a possessive
//     and a person's own affairs ("Marsh's widow", "Marsh's reelection
//     campaign"), is a person's, unless a party, a nationality, a body's
//     head noun or a place the model knows is in it (presidency.go);
//   - a title of a film or a book shows in quotes beside a film's trade
//     or a maker's verb ("the 'Harbour Lights' star", "who directed
//     'Harbour Lights,'"), in apposition after a lower-case work noun
//     ("the sequel, Harbour Lights.") or a kind of work after a
//     possessive or a determiner ("whose last feature, Winter Harbour,";
//     with a given name first only when the title runs on past the name,
//     "his new picture book, Grandpa Ivo's Flying Teapot"), after
//     "with" and a record's success, a hit or a chart, a few words
//     before in its clause ("had her first hit in 1967 with Goodbye
//     Johnny", "straight to No 1 in the album chart with Glass
//     Lanterns"; no given name first, its opening words taken in where
//     the tagger left them out), after a maker's verb ("directed
//     The Glass Orchard"; not before a possessive) and, for a name of
//     ordinary words, before a film's trade ("the Glass Orchard
//     actress"; not "the Tarrow star"): kind other (worktitle.go);
//   - a name read as a place after "a" or "an" before a role or a
//     business ("a Velmora judge", "a Velmora supermarket") says where
//     they are, not what body, unless a product follows ("a Velmo
//     model") (placequal.go);
//   - initials of three letters or more before a kind of film or show
//     ("KTV musicals", "KTV movie hits"; not "UK films") name the studio or
//     broadcaster (studio.go);
//   - a street noun opening a name ("Avenue Corran", "Rue de Velmo";
//     not "Boulevard of Broken Glass") makes a place, and so does a sea,
//     gulf, strait or island "of" a place ("Gulf of Tarrow", "Isle of
//     Corran"; not "Isle of Corran Council") (streetfirst.go);
//   - a peer's territorial designation follows the name the peer is
//     called by ("Lord Pelham of Stowe" is Lord Pelham), and "Lady" or
//     "Lord" with the place of a peer's title of place below a duke's is
//     its holder, of the same sex ("Lady Dunleith", the Countess of
//     Dunleith; peerage.go);
//   - a title before capitalised words makes a person ("Sir Ed Davey",
//     "Mr Davey", "Dame Diana Johnson", "the Duke of York", "the Queen";
//     not "the King" opening a proper name with its possessive, "the
//     King's Cup", "the Queen's Velmoshire Regiment"; span.go
//     titleOpensName), as do a kinship noun ("his wife, Ann") and an office title ("Health
//     Secretary Wes Tarrant") when the tagger missed the name;
//   - a title opening a name that ends in a body's, a place's or an
//     event's head noun makes no person ("Prince Edward Theatre");
//   - a person's name holds no function words: a name read as a person's
//     with a capitalised one after its first word ("Carry On Tarrow",
//     "Ride To Velmora", "Ada And Her Magic Kite") or a lower-case "of
//     the" with no title first ("Son of the Marsh") is a work's title,
//     kind other, whatever the tagger, a title or a list said, as is a
//     title "of the" or "of" a plural the lexicon writes in lower case
//     and the gazetteer knows as no place ("Lord of the Rings", "King of
//     Spoons"); a title of place ("Duke of Corran") and an epithet after
//     "the" ("Ivo Marsh the Younger") stay people (titlecase.go);
//   - what a verb of winning takes after an article or a possessive is an
//     award or a contest, kind other, not the academy or the club behind
//     it ("won an Emmy", "earned him a prestigious Golden Globe",
//     "picked up her first ever Grammy"; not "win the tie in Tel Aviv")
//     (award.go);
//   - titles glued to a name are split off as roles ("German Chancellor
//     Friedrich Merz" is the person Friedrich Merz, not a place), as
//     are nouns only a person is called by ("Ringleader Ivo Marsh",
//     "Landlady Ada Kell", "choreographer", "backbencher", "composer";
//     not "landlord", a property firm's trade too), but a
//     role noun the model knows as a given name opens the name the tagger
//     read whole before one surname ("Dean Harker"; givenrole.go); a
//     party or a nationality word glued before a person's full name is
//     cut off, the party kept as the affiliation ("Tory Ivo Marsh", "Lib
//     Dem Ada Kell", "Labour's Ivo Marsh", "Welshman Ivo Marsh"), when a
//     given name the model knows follows, or any name words after a noun
//     for one member of a nation ("Briton", "Welshman"), and the word is
//     no given name itself ("Christian Marsh", and "Ada Green" keeps its
//     surname), a party or a nationality word before a royal's or a
//     peer's title "of" a place is the holder's role and affiliation
//     ("Tory Lord Pelham of Stowe" is Lord Pelham, a Tory), and a
//     party's own name of more than one word ("Plaid
//     Cymru", "Liberal Democrats") is the party, whatever the tagger read
//     (partylead.go);
//   - a bare name after "the", "a" or "an", or a one-word name after a
//     possessive, used as a noun phrase of its own ("won an Oscar", "her
//     Bafta"), is no person; nor is a lone given name that qualifies a
//     common noun or follows an award category ("Oscar nominations", "the
//     best actress Oscar"), or any one-word name that qualifies a noun
//     after "a", "an", "one", "another", "every" or "each" ("a Mayfair
//     estate agent", "one Soho restaurant"), when no person of the story
//     bears it, and
//     "best actress" is no role (givenname.go);
//   - context weighs person against organisation and place: an age (in
//     figures or spelt out: "Tibby, nine, of Corranby") or
//     "who" after the name (not after a lower-case compass word: "in
//     north London who say"; compass.go), "his"/"her" later in the
//     sentence, a share price
//     move (to or by a figure: "fell to 120p", not "falling to the
//     ground" nor a player's "added 101 yards"), "its" (in the name's
//     own clause, not after a comma and "then", "and", "but" …, nor
//     opening an apposition of a role held in a body: "Hannah Cowdrey,
//     its duty manager for floods,"; itsrole.go; nor after a kinship or
//     person noun, "Hal Brennan, grandson of its founder", nor after "to"
//     when the name is the object of a verb in the past with a name
//     before it, "Pitchside TV has poached Marcus Idowu from radio to
//     front its coverage": "it" is another's; nor, for a name shaped
//     like a person's that the tagger read as one, when the name is no
//     subject, after a preposition or a verb, or another noun phrase
//     stands between: "Quenby Town has appointed Marisol Tregear as its
//     manager", "Ada Kell said the boat was the finest of its kind";
//     itssubject.go), a noun only people are
//     called by right before the name, "star" among them after the field
//     a star shines in ("pop star Roxy Tremaine", "soap star"; not "star
//     striker"), or a rank written as a title right before a name of two
//     words or more the tagger read as no person's ("Rescue leader
//     Sergeant Tiago Mendes de Arruda"),
//     "which" after the name (not after a person's name that is no
//     subject of its clause: "a new play by Oren Quillet, which is two
//     hours long"; itssubject.go), "shares in" (but "groups in" and "a
//     supermarket in" say where bodies are), a profession's plural
//     right before one name ("consultants Trevose Geoscience", "auditors
//     Grant Thornton") or "of" after a person's full name ("analyst
//     Bethany Quarrie of Holt Garnett"; not a place the tagger read nor
//     a name before a possessive; firmplural.go), a place noun before "of"
//     ("the province of Velmora", also for two or three words with no given
//     name first after a lower-case place noun: "the port city of Bandar
//     Abbas"; any name after "the" and a noun of the land's extent, "on
//     the slopes of Ben Corran", "the edge of Knaresborough";
//     placeextent.go), list neighbours, organisation and
//     place words in the name; a name tagged as something else is also
//     read on its own by the tagger (Options.NoProbe turns that off),
//     except a place reading where places stand, after a preposition of
//     place or a place noun and "of", no given name first ("shoot on
//     Eilean Sgarbh", "the village of Little Amwell"; placeprobe.go),
//     and a name ending in a common noun's plural after no given name, a
//     band's or a team's ("Ossory Lines took the stage");
//   - a part an actor plays is no person: after the actor's name and
//     "as" in a caption or a cast list ("Ada Kell as Marthe in The Salt
//     Widow"), after joining a cast or being cast "as", after praise
//     and "as", in a drama after "as", after a possessive and a title
//     ("his King Lear") (castas.go, performer.go); after a verb of
//     playing and the part's kind ("plays widow Tamsin Gale"), before an
//     apposition that describes it ("will play Tamsin Gale, a retired
//     pilot,"), or
//     after "the part of" ("the part of the butler, Ivo Marsh,"), in
//     apposition after a character noun and a possessive determiner, or
//     "the" in a paragraph of books or the stage, maybe with a
//     description ("His character, the crooked vicar Uncle Osric
//     Pellowe,", "and the heroine, Ysolde Brisket, runs the lock"; not
//     "the hero"), or voiced by an actor ("Baroness Ysolde is voiced
//     crisply by", also after a relative clause in commas), or played
//     or portrayed by one when a relative's title opens the name
//     ("Granny Ebba, who knits, is played by"), named before
//     an actor "who plays him" or "her" in the sentence ("Zeb Quillet
//     vanishes on his wedding night, and Ivo Marsh, who plays him, says")
//     or played "since" or "for" a time ("has played Hesper Dunnock for
//     eleven years"; not in sport), or whom a novel follows, maybe after
//     a description in commas ("The novel follows Wenna, a retired
//     diver", "follows a night porter, Ivo Marsh,", and after ", and" another
//     so described, "and a dying patient, Mr Vell,"; in a story of novels
//     or fiction, not beside a documentary); nor is
//     a grandparent or parent called by their place in the family
//     ("Grandad", "Nana"), a name between "the" and a building's or a
//     vessel's noun ("the Ivo Marsh footbridge", "the Lord Tarrant
//     pub"), a titled name that "which" follows ("The Countess Velma,
//     which left Corran"), or what is ridden "aboard" ("aboard Captain
//     Tarrant"); "Viaduct", "Parkway" end places, "Award", "Prize",
//     "Trophy" events, "Team", "Playhouse" bodies, "Mailbag" a column
//     (thingcue.go);
//   - an office "of" a place read as a person's name ("Mayor of
//     Tarrow", "Chief Constable of Velmoshire") is no person when its
//     holder is named beside it: after "as" following a name ("sworn in
//     as Mayor of Tarrow"), or in apposition with a name ("The new Mayor
//     of Tarrow, Councillor Ada Kell,"; officeheld.go);
//   - weekday, month, caption and pronoun words, role descriptions ("Tory
//     MEP"), sentence-opening common words and lone nationality adjectives
//     are never people, and nationality words and nouns for a people's
//     members ("the Spaniard", "Britons", "the Dutchman") are no actors;
//   - how a name is used sets its kind (common.go): a bare name after
//     "the" is no person unless it qualifies a noun ("the Safety
//     Executive's inquiry" but "the Clinton administration"); a name
//     before a place noun is a place ("the Millfield industrial estate";
//     not an adjective made from a name the tagger read as neither a
//     person, a body nor a place: "a Victorian harbour wall"), and a
//     town's word in a name of three words or more ending in a body's
//     head noun is no place evidence ("Quenby Town Football Club");
//     head nouns end organisations ("Executive", "Office", "Rovers",
//     "Air", "Outfitters", "Highways", "Parcels", "Management"),
//     places ("Row", "Bay", "Parade", "Farm"), documents ("Act", "Treaty") and events or
//     times ("General Election", "European Championships", "Academy
//     Awards", "New Year"; the head noun alone after an article too: "in
//     the Championship", but not "of the Year"); "Storm", "Operation"
//     and "Comet" open names of events and things ("Comet Brannock",
//     named after its finder), whose last word alone read as a person's,
//     by no person of the story, is the event too ("Wilma is the fourth
//     named storm"; eventshort.go); a company's short name is no
//     person ("Halvard said" after "Halvard Chemicals", also when the
//     tagger missed the longer name: "Rival Brightwater Homes fell", and
//     whatever the tagger read it as: "the comments from Halvard" read
//     as a place); a common word opening a sentence is no part of a
//     name only if the story never writes the two words together inside
//     a sentence ("Northern Tarrowline said" beside "drivers at Northern
//     Tarrowline"), and a surname's particle opening a sentence stays in
//     the name, whatever case the story writes it in elsewhere ("Van der
//     Velde said" beside "Ada van der Velde"); a gas or oil field is a place ("the Tarrow Deep
//     field", not "a Josh Scobee field goal"); "o'" joins a place's or
//     a thing's name, no person's ("John o' Groats"; oname.go);
//   - a one-word name that only ever opens sentences and is an ordinary
//     word (written in lower case elsewhere in the story, lower case in
//     the model's lexicon, or an agent plural such as "Savers") is no
//     actor, also when the story capitalises it inside a longer name
//     ("Open source software" beside "the Australian Open");
//   - a surname with a particle glued on by a hyphen is a word of a
//     person's name ("Karim al-Qassimi", mention.go nameLike);
//   - hyphenated modifiers made from names ("Singapore-based", "non-Opec",
//     "Oscar-winning") are no actors and are cut off the name they open
//     ("Santa Monica-based Activision"); names written with hyphens
//     ("Coca-Cola", "Kim Jong-il") stay (compound.go); time zones ("GMT")
//     and figures of speech ("Mother Nature") are no actors either;
//   - a score before a competition ("a 2-1 Champions League win") and a
//     preposition or "A"/"An" opening the sentence ("In the Champions
//     League all three …", "A Home Office spokesman") are cut off the
//     name when the rest is a name the story writes without them or the
//     gazetteer knows, and an article only before a noun the name
//     qualifies; titles keep them ("In Good Company", "Like Toy Soldiers"
//     written mid-sentence too) (glue.go);
//   - a sum written with a currency's letters before "$" ("A$68m",
//     "HK$327m") is no actor (money.go);
//   - a paragraph writing three names or more as an initial and a
//     surname ("J Robinson (capt); M Cueto, D Humphreys (Ireland)"),
//     some read as people's, is a line-up: all of them are people
//     (lineup.go);
//   - a body's or a thing's name keeps the number written after it
//     ("Radio 4 host", "Channel 4 News", "Windows 10 users"), but not a
//     score, a quantity or a line of a results table ("Arsenal 2 Chelsea
//     1", "BT 2%") (numbered.go);
//   - a capitalised generic noun referring back to a body ("the
//     Corporation said", "the Bank held rates") joins the one body of
//     the story it opens or ends ("Bank of England"), and is no actor
//     when there is none (backref.go);
//   - a presenting role after or before a name of ordinary words ("the
//     Question Time host", "presenter of Desert Island Discs") or "on"
//     after a broadcast verb ("appeared on Question Time") makes it a
//     programme, kind other; channels and broadcasters ("Radio 4 host")
//     stay organisations (programme.go);
//   - in a match report (several different words of sport in the story)
//     a town the tagger read as a place is the club when it plays,
//     beats, hosts or signs ("drew with Leicester", "away to
//     Portsmouth", "Leicester coach", "Fletcher (West Ham)"), but not
//     as the venue ("travel to Paris", "in Cardiff") nor a name the
//     model knows only as a place, a country's side (side.go); a name
//     ending in a team's plural nickname, after "the" or after a town
//     the story names alone ("the Corran City Herons", "the Herons"), is
//     the team, and in a story about American games ("quarterback",
//     "playoffs", "rebounds", a league's initials: "NBA") so is a town
//     or school standing where a
//     side does ("beat Corran City", "Corran City (25-7)",
//     "top-ranked Velmora"), even one the model knows only as a place,
//     and joins the team's full name when the story writes one
//     (team.go);
//   - the items of one list share a kind: a name read as a person's in a
//     list with two sure places ("Byron Shire, Richmond Valley … Evans
//     Head") or closed by a plural place noun ("Glen Innes and 41 other
//     postcodes") is a place, unless the story gives a title, a role,
//     person evidence or the surname used alone; outside a sports story
//     a one-word name with no given name is a place too in a list with a
//     sure place and three place readings or more, as many as its people
//     ("Tooting, Streatham, Balham, Islington and Victoria"), or after a
//     preposition of place or "parts of" in a list closed by "and" or
//     "or", of places but for the people read, as many ("stores planned
//     in Tarrow, Halvey and Brannock", "parts of Velmoshire and
//     Brannock"); the other
//     way, a one-word name read as a place among two people's full names
//     or more is a person ("Madonna, Uma Thurman and Demi Moore") when no
//     sure place is in the list, the story never gives the name a place's
//     context and it qualifies no noun, and a body likewise among two
//     bodies or more the gazetteer knows as no places, with no person
//     listed, outside a sports story ("Nokia, LG Electronics, Lenovo,
//     Panasonic, Samsung") (listkind.go);
//   - a work noun before a name makes it a title ("the documentary Tiger
//     King", "quirky comedy Sideways", and "show", "title", "ballet" or
//     "poem" heading a noun phrase, "the dating show Sunset Villa", not
//     a verb, "the results show"), as do a part played in it ("her
//     role in Vera Drake", "starring in Sideways"), an award or its
//     category before "for" ("won best actress for Million Dollar Baby",
//     not a person's name nor "managing director for") and its makers
//     credited after a comma ("The Aviator, starring …"), and "…, played
//     by" a character, as does a part after a performance word and "as"
//     ("her performance as Emmie Thibodeaux") or a person's name played
//     in a title ("play Dawn Ellison in Roadkill"; not in a place the
//     gazetteer knows nor on a day) (parts.go), or a work noun heading
//     an apposition after it ("Roller Queen, the musical about a roller
//     disco,"; not "Directed by Ivo Marsh, the film was …") or a show
//     noun before it between commas ("its quiz show, Brainbox, in
//     which") (workappos.go), or a name between a possessive
//     determiner and a series noun, whatever title it has ("her
//     Inspector Drake books"; series.go), or an animal's name ("her
//     spaniel, Biscuit,", "his Border terrier, Biscuit,", "the gelding,
//     named Gale Force", "the gelding in question, Mister Tarrant,", "a
//     horse called Earl of Brannock", a title opening it or not, and
//     what a jockey rides: "the ride on Silver Tarrant"; not "fat cat
//     Fred Goodwin"; an animal noun with no determiner after "as", "and"
//     or "with", "as cockerel Ambrosius"; an animal plural before a
//     list's first name, "her two whippets, Ottie and Wystan", or a
//     list of animals closing before "including", "60 horses, ponies
//     and donkeys, including Captain Tarrow"; an animal
//     (or a made-up figure's noun: "Tuppence the Tractor") ending the name
//     after "the", "Horatio the Heron"; "the" and an animal noun after a
//     name the tagger missed, "Although Wilbur the hedgehog escaped",
//     whose other mentions are the animal's then; not a clause listed
//     after a comma, "ride a pony, Ivo Marsh will walk beside her"; a
//     pet's identity chip said of the name, "Mr Biscuit is
//     microchipped", "was identified by his microchip" in a passive
//     clause with no other person's name or verb of saying between;
//     animal.go; a product's name: a product's head noun in apposition,
//     "the Velby Pru, a five-door hatchback that costs", "made by" in
//     apposition, a product noun before "called", "a robot called Pru",
//     "It is called Pru", or a product noun after the name following an
//     article, "a Velby Pru electric hatchback"; product.go; in a
//     paragraph of racing, a horse-shaped
//     name, titled or with no given name first, after a rider's verb,
//     "rode Sir Brannock to victory", or before odds in its clause, "Lord
//     Skelwith won the Velby National at odds of 33-1"; in a story of
//     racing, two racing words or more, a name opening with a title
//     horses often bear with nothing said of a person at the mention, no
//     role, speech, age or possessive, "Mister Tarrow finished fourth", "held
//     off Uncle Brannock", and a name after a race's time in a line of
//     selections, "3.05 Captain Pumice,"; a name before a possessive and
//     "rider" or "jockey", "Lady Wenna's rider"; racehorse.go; a name
//     between a finishing place and bracketed odds, "1 Copper Kettle
//     (9-2), 2 Blue Mist (11-4 fav)"; placing.go), the
//     name's other mentions too, "who" and courtesy titles
//     notwithstanding ("Biscuit, who is nine", "Mr Biscuit was not
//     sorry"), and a longer name a titled creature's opens after the same
//     title ("Sir Tobin Grey" beside "Sir Tobin" ridden), or the name
//     with its title split off or left out by the tagger ("Corran" after
//     "Father" beside "Father Corran"), or without an epithet opening it
//     ("Edna", also read as a place, beside "Big Edna, the dinosaur whose
//     bones"), but not a name one of whose
//     mentions speaks or owns an animal or a yard ("said Sir Ivo Marsh",
//     "Sir Ivo Marsh's horse"; creaturemark.go),
//     or a ship after a
//     vessel's prefix or measure ("the MV Lady Maud", "HMS Prince Ivo",
//     "the 28-metre Ada Kell") or, titled, before a possessive and a
//     vessel's crew or part ("Lady Wenna's skipper, Ada Kell,"; vessel.go), or a ship, a pub or a horse named
//     with a title of rank, written after "the" at every mention ("the
//     Lady Gwendolyn will stay in port") or so named once ("the Lord
//     Ravensworth pub", or after a pub's noun and "at", "of" or "in the":
//     "regulars at the Earl of Brannock") (titledthing.go), all kind
//     other; a name
//     before a role noun is the body the role is held in ("AJ Bell
//     investment director", "the Blue Peter and GMTV presenter")
//     (works.go); a name a theatre stages ("staged an acclaimed
//     Macbeth", "a revival of …"), a part played at a theatre ("will
//     play Hedda Gabler at the Carraway Theatre") and a title before its
//     cast ("Bridget Jones stars Colin Firth"), a creation or an actor's
//     character ("his most famous creation was James Bond", "his
//     character Ali G") are works or parts too (staged.go), as
//     are a name of two words or more after a person's full name and
//     possessive, no given name first, outside sport ("Ivo Marsh's Nine
//     Chimneys", also where the tagger read it as a body's, unless it
//     qualifies the noun after it: "Ivo Marsh's BBC Radio 4 show"), and a title heading its line before "by" and its maker
//     ("ALBUM: Lantern Rounds by the Velby Quartet"; authorwork.go);
//   - a name of two or three words whose first is no given name and
//     whose last a word the lexicon writes in lower case ("Orchard
//     Rise", "West End"; or, unknown to the lexicon, a plural whose
//     singular it writes so: "Corran Voyages") is no person's, unless a title, a role, person
//     evidence beyond a later pronoun, a saying verb beside it or its
//     last word used alone says otherwise (not after another capitalised
//     word, "Football Manager" beside "Championship Manager", nor opening
//     a sentence when the story writes it in lower case) (plainwords.go),
//     and a name in
//     apposition after "the" and a business noun opening the clause
//     ("The developer, Kestrel Land, has …") or after an owned one
//     ("Ravi Kapoor's firm, Meridian Insight, found", "our supplier,
//     Corran Power, in June"; ownerbefore.go) is the business, as is
//     one after a firm's office and "of" whose holder is named after a
//     comma ("the chief executive of Tarrow Water, Ada Kell,";
//     firmrole.go);
//   - an ampersand belongs to the name it joins ("Marks & Spencer",
//     "AT&T", never a person's), while "and" between two whole names of
//     bodies of the same length joins two actors ("the Mirror and Express
//     titles"), as it does closing a list ("Green Day, the Foo Fighters
//     and Keane are among the acts") or between names the story also
//     writes alone, unless the words before "and" only qualify the head
//     noun after it ("Transport and General Workers Union"), a lower-case
//     word such as "of" holds the name together, it is a place, or, in a
//     list, both sides are single words ("Marks and Spencer") (andlist.go);
//   - a given name the model knows, alone before "and" and a person's
//     name the tagger read of a given name and a surname, shares that
//     surname ("Len and Pauline Sowerby" names Len Sowerby, "sisters Jo
//     and Beth Garside" Jo Garside), as does a word too rare for the
//     model to know before a given name it knows, after a kinship noun
//     or "couple" or opening the sentence ("sisters Anoushka and Tamsin
//     Fairweather", "To Aisling and Ben Coutts"), unless the surname is an ordinary
//     word or a body's ("Tate and Lyle Sugars"), the given name ends a
//     longer name or follows a work's noun ("the biopic Ray and Mike
//     Leigh's drama"), or another person of the story bears the surname
//     in full ("Tilly Haverford" beside "her parents, Charles and
//     Philippa Haverford"); a title other than Mr, Mrs, Ms or Miss may
//     stand before the first given name ("Dr Anil and Meera Pattullo"),
//     the first may be a role noun the model knows as a given name
//     ("Dean and Sophie Threlkeld"), the surname a given name when the
//     pair is introduced so or opens the sentence ("Ivo and Tamsin
//     Ambrose said"), and the tagger may read the second name as a
//     body's when both given names are ones the model knows
//     (sharedsurname.go);
//     initials joined by "&" that name things ("Q&A", "R&D") and
//     other abbreviations of common nouns ("WFH") are no actors (amp.go);
//   - a paper after "the" or before "newspaper" is an organisation ("the
//     Courier"), a body's head noun outweighs "at" ("staff at Northline
//     Rail"), and a business noun in apposition (heading it, maybe
//     after another and before what qualifies it: "Griselda Varnley, the
//     bakery chain with a kiosk at every station,", "…, a Corran firm best known for";
//     not its possessive before what the name is in it: "Ada Kell, the
//     operator's longest-serving stewardess,")
//     or "retailers such as" makes a firm, as does a shop noun after it ("a Waitrose store"; not
//     after a place the gazetteer knows: "the Paris branch"), or "service" right before a name ("streaming
//     service Tesk") or a new name given ("is to rebrand as Orde
//     Vantry");
//   - a trade noun opening a sentence is cut off the firm it describes
//     ("Oiler Egdon Resources"); a one-word name, ordinary or unknown to
//     the lexicon, that only qualifies the next noun is no actor ("a Ponzi
//     scheme", "the Communist regime"; read as a place, only after "a" or
//     "an", unknown to the lexicon and the gazetteer, before no noun of a
//     place, venue, building, court or body: "a Breathalyzer test"), or joins the one longer name it
//     opens ("Northline trains"); "-able" adjectives ("Zoomable") and
//     capital-letter compounds at the end of a name ("T-shirt") are no
//     names (modifier.go);
//   - the class a list follows sets its kind ("streaming services such as
//     Netflix", "countries including Peru"), as does what a body makes
//     ("the Amazon documentary", "Netflix's The Crown"), or a class right
//     before a list of names ("private equity groups Platinum Equity,
//     Warburg Pincus and Towerbrook"); a plural taking
//     a plural verb, or read as a place after "the", whose singular the
//     lexicon knows as no place or person, is a body of people ("the
//     Tories say"), as is a name the tagger read as a person's that
//     opens its clause before "have", "are" or "were" ("Chelsea have yet
//     to reply"; also one word read as a place the gazetteer does not
//     know: "U2 have smashed …"); a name before "pandemic" or after "dying from" is a
//     disease; a name the tagger reads only as a miscellaneous thing is a
//     body when two of its mentions or more have a firm's context of their
//     own ("aircraft firm Boeing", "Boeing's shares"; chamber.go); and a
//     name the story also writes with a number after it
//     ("Covid" beside "Covid-19", "PG" beside "PG-13") is such a thing;
//     a compass point or a river before a place is a place ("Western
//     Australia", "River Thames"), as is a name the tagger read as a
//     person's after a compass word in lower case, which picks out a
//     part of a place ("Cornwall and south Devon"; compass.go), and
//     initials in running text a body
//     ("enrolled at RADA"; read as a thing, after "the" heading their
//     phrase: "doctors in the NHS"), unless an offence noun follows: "the
//     DUI charge" is an offence (kindcue.go);
//   - the words right around a name weigh against a person (nearcue.go): a
//     venue noun before it ("the Thai restaurant Bao Lun", "his Soho
//     restaurant, Tallow,"), a price before a
//     name that qualifies a noun ("a £240 Livia Marchetti swimsuit"), a
//     firm's professionals "at" or "from" it ("analysts at Carver Bligh"),
//     a broker "of", "at" or "from" it ("Ada Kell, of stockbroker Tarrow
//     Hale", not "veteran stockbroker Ivo Marsh"), the name a speaker is
//     "of" ("Ada Kell, of Tarrow Hale, said"; after a person's name, not
//     a place's: "at Holy Cross, Tarrowby, of Priya Dunstall, elder
//     daughter of"), a club's kind before
//     it with no article ("rugby club Brannock Saints", not "the club Ivo
//     Marsh founded"; evidence.go), a year between "a" or a possessive and
//     the name ("a 1963 Aston Martin", a make or a model), a
//     share move later in its clause ("…, surging 12 per cent"; also
//     after an apposition in commas, "Greyling, the maker of garden
//     sheds, fell 8 per cent", and in a headline's present tense,
//     "slumps 9 per cent"; right after the name, "up" or "down" or a
//     sign and a percentage or pence, "Tarrow Mills up 3.1 per cent",
//     "Tarrow Mills -4.2 per cent, 712p:", not after "the"; placing.go),
//     scores on both sides of a name in a line of results, "Corran Vale
//     24 Tarrow Harriers 19", for a name opening with no given name
//     (placing.go), "his",
//     "her", "its" or "their" right before it ("his Golden Globe success";
//     against a place too for one word heading its phrase: "driving his
//     Bentley at 1am", "his 2008 Bentley", not "her London home"),
//     a posting verb and "on" before a one-word name ("announced on
//     Twitter") or an account noun after it ("her Twitter feed", not
//     "account for") for a service (medium.go),
//     a body at the other end of "from A to B" ("from Brentford to Aston
//     Villa"), a village prefix after "in", "at", "near" or "from" ("in Little
//     Fenby"), a house noun after the place of a title of the story
//     ("Wickenden Hall" beside "the Duchess of Wickenden", the seat), and a
//     capitalised "The" inside a sentence before a name not read as a body's
//     or a place's ("the script for The Ferryman's Last Daughter", a work);
//     a "his" or "her" later in the sentence is no person evidence for a
//     name an article makes a modifier ("won the Grand Young Writers award
//     for her poem"), nor "who" for one word after an article ("the Pole,
//     who"); "Cllr" is a title like "Mr", as are ranks written short ("DI
//     Ruddock", "Supt Pike", "Pc Hartle") and in compounds ("Det Ch Insp",
//     "Det Con", "Dep Ch Con"; "Con" only after another rank word), and
//     "DS", "DC" or "PC" before a given name the model knows ("DS Ada
//     Kell"; rank.go); a title written short after a capitalised word
//     opens a new name, never stands inside one ("Mayor of Corranby Cllr
//     Ada Kell"; span.go shortTitle); a peer's territorial designation
//     the tagger read apart joins the peer's name, so its place is no
//     person when an apposition follows ("Lord Pelham of Stowe, the
//     former minister,"; peerage.go designationEnd); the seat a member
//     holds is a place ("the member for Corran Vale", "(Con, Low Tarrow
//     with Pell Cross)"; seat.go), and a name between "the" and a noun of
//     a rule or a measure named after someone ("the Tarrant convention",
//     "the Quell formula") is no person when no person of the story bears
//     it (givenname.go);
//   - a span read whole as a body, "<person> of <firm>", is split into
//     the person and the firm when the person's part is a given name and
//     more name words, or any name words beside "said", and the firm's
//     ends in a body's head noun ("said Morgan Hales of Bridgewater
//     Securities") (ofaffil.go);
//   - a nickname in quotes, of one to three words, between a given name
//     and a surname ("Gareth 'Gaz' Pumfrey", "Tommy 'The Tornado'
//     Cartwright"; the word before the quotes a given name the model
//     knows or after a nation's noun: "Welshman Ivo 'The Hammer'
//     Marsh") or given right after a full name ("William Tate,
//     known as Bill,") is no part of the name, and joins the person when
//     used alone ("Gaz said") or with the surname ("Bill Tate"); a word
//     in quotes after "known … as" nicknames the person named last
//     before it ("The 29-year-old, known to friends as 'Tills',")
//     (quotednick.go);
//   - the one or two names after a person's full name in a sentence of
//     names and commas closing a paragraph sign a reader's letter with
//     the writer's town and county ("Ada Kell, Corran, Velmoshire"), also
//     after the writer's initials ("E. T., Corran"; initials alone, "R.
//     M.", "G. and P. S.", name no person, unless the gazetteer knows
//     them as a place's: "N. Y."), and after a signer in capitals
//     opening a paragraph that is only the sign-off, a given name first
//     or words the lexicon does not know, maybe after a title ("MARGARET
//     HOLLINS, Ravenscar", "Cllr DEREK ASPINALL-WOODS, Fylingdales", "ROY
//     BEAUMONT, Robin Hood's Bay", "The Rev ADA KELL, Corran"), who is a
//     person whatever the tagger made of the capitals; a couple may sign
//     ("Ada and Ivo Kell, Corran"), a county may open with a point of the
//     compass, spelt out or abbreviated ("North Velmoshire", "N.
//     Velmo."), initials may be one word ("J.K., Corran"), and an
//     initial of them the tagger read alone is no person (signer.go);
//     a name after a person's and ", from" in apposition says where the
//     person comes from ("Ada Kell, from Tarrow Heath, was jailed"; after
//     an age "of" too: "Ada Kell, 64, of Tarrow Heath, won"):
//     places (signoff.go), as are the names labelling a measure in a
//     bullet line ("* Tarrow Heath, Velmoshire: 211mm"; statline.go);
//   - a name opening a paragraph before a colon and a quotation labels
//     the speaker, a person ("Platell: 'The star shone …'"; speaker.go),
//     as does a caption's place in the picture a name of two or three
//     name words ("Kit Quennell, left, and Serena Abbot", "Ada Kell
//     (centre) with her crew"; not a place's or a body's head noun;
//     caption.go);
//   - a given name the model knows that is a role noun too, read as a
//     person's and listed among names, is a person, not a role of the
//     name before it ("his grandchildren, Kirsty, Dean and Nathan";
//     apposition.go listedGiven);
//   - a given name the tagger read otherwise, joined by "and" alone to a
//     person's full name, is a person ("Anthony Knight and Bella"), as
//     is a lone given name the tagger read as a place, which the
//     gazetteer knows as no place, with nothing of a place, a body or a
//     thing in its context ("By the time Alec stood up"; not after a
//     preposition of place, maybe with a word or two or a list
//     between, "in rural Kezia", an article, "as" and a part's description, "entitled", a
//     capitalised word and "of", "Summer of Sam", nor qualifying a noun
//     after "of", "a flock of Jacob sheep"; givenplace.go), and a speaker
//     "as she is known" after a quote is what the person named last
//     before, in that paragraph or the one before, is called
//     ("'…,' says Tibby, as she is known to friends"; quotednick.go);
//   - a person's span across a lower-case "and" before a title is two
//     names ("the Queen and Duke of Corran"; the words before "and" left
//     out when no title, role noun or given name opens them), never one
//     person whose role ends in "and", and a plural judge's title titles
//     every surname listed after it ("Lord Justices Harrow and Pell" are
//     Lord Justice Harrow and Lord Justice Pell; andtitle.go, judge.go);
//   - a surname with a title of the other sex is another person ("Mrs
//     Ellery" beside "Mr Tom Ellery"), and so is a peer's titled surname
//     named in a kinship phrase with a full name of that surname, at
//     every mention ("Lord Quennell's son and heir, Arthur Quennell",
//     "Araminta Stallard, the daughter of Lord Stallard"; peerkin.go);
//   - a name's singular joins its plural ("the Tory plan" with "the
//     Tories"), or, for other things, the plural its singular ("the
//     Budgets" with "the Budget", after "the" or a number), and a
//     singular that only qualifies the noun after it,
//     whose plural the lexicon knows as a name, is an adjective and no
//     actor ("a Tory MP", "an Olympic champion", "Lib Dem leader")
//     (plural.go);
//   - a given name before a month that is also a surname is a person
//     ("Theresa May", "Brian May said"), whom a tagger reads as a date;
//   - a name that the tagger reads as a person's only, with nothing
//     said of a person (no title, role, age, pronoun) but a firm's
//     context of its own ("car maker Aston Martin", "shares in …", "…
//     plc"), not a list neighbour's, is an organisation; a name shaped
//     like a person's needs two such mentions;
//   - the plural noun of a trade ends a firm's name, never a person's
//     ("Bluewake Ferries will raise fares"); a one-word name before a
//     building noun in lower case names the building ("the Riverside
//     library", not the organisation "Riverside"; facility.go); and the
//     opponent after a match result is a team ("the 1-0 loss to West
//     Ham", opponent.go);
//   - a one-word name read as a person's that no full name, title or
//     role of the story explains is no person when it is a body's head
//     noun alone ("16 Premier League matches" tagged as "League"), the
//     end of a longer name opening with a capitalised ordinary word
//     ("Sports Agenda understands"), a possessive standing for a place
//     ("dined at Scott's in Mayfair"), the first of the credits in
//     brackets after a person's full name ("Connie Nielsen (Gladiator,
//     Wonder Woman)"), a place between commas in an address ("St James'
//     Church, Sevenhampton, in Wiltshire") or a name after "the" and a
//     nationality ("the Scottish Sun"); a name ending in a rarer surname
//     that ends grounds, places, houses and lakes ("Lane", "Creek",
//     "Mill", "Tower", "Lodge", "Tarn") is a place unless a given name
//     or an initial opens it ("Bramall Lane", "Beechwood Lodge" but
//     "Nathan Lane"), and so is one the tagger read as a person's ending
//     in a landform's noun ("Vale", "Ridge", "Edge", "Gill", "Meads")
//     with no given name first, nothing said of a person and neither
//     word written apart from the other ("Tallis Vale", not beside
//     "Vale's manager" or "Tallis said"), whose person reading alone the
//     tagger is not asked for (placehead.go), as is one ending in a commoner surname that
//     ends places ("Hill", "Park", "Yard") right after a
//     preposition of place ("a flat in Notting Hill"), and one ending in
//     "Parade", a street's or an event's, after such a preposition, "on"
//     or "along", a given name first or not ("on Velma Parade";
//     placehead.go), or
//     what a place noun is called ("the ground has been called Hillfoot
//     Park"; placenamed.go), and one ending in a metal a miner, a body, on the
//     same terms ("Corran Lithium" but "Adam Silver"); "Casino", "Equity", "Newsroom", "Jewellers" and
//     "Biotech" end bodies' names, "Prix" and "Marathon" events', "Basin"
//     a place's, and
//     "designer" before a name describes firms too ("fashion designer
//     Boohoo rose 13 per cent") (lonething.go); a place described in
//     apposition, its head noun closing the phrase, outweighs a person
//     reading ("Diddly Squat, his 1,000-acre Cotswolds farm,", "Ray Mill,
//     her small private estate in North Wiltshire"; two place nouns may
//     head it together: "a Georgian farm house near the river"), and the "his" or
//     "her" opening it is then no person evidence (appositionplace.go);
//   - a name of two words or more read only as a person's, with nothing
//     said of a person (a later pronoun aside) and no given name the
//     model knows first, is a firm named after people when the story has
//     named the firm in full before it, the name and a body's head noun
//     ("talks with Garrow Pell Partners", then "Garrow Pell has until
//     Friday"), or when its first word is the surname of a person the
//     story names in full ("Tamsin Lakhari, who has died", then "Lakhari
//     Silks closed"; founder.go); the other way round, a name of two or
//     three words shaped like a person's that was read as no person,
//     whose surname the story writes alone as a person's with a title of
//     address, an age or a role, and which no other full name of the
//     story ends in, is that person ("Eleanor Quist's deputy chief of
//     staff", then "Ms Quist told reporters"; surnameperson.go);
//   - a one-word name the tagger reads as a person's is a body when the
//     story says nothing of a person of that name (no title, role,
//     pronoun or age, no full name with the word) and its own mentions
//     speak of a body ("between Harwick and Tamsin", "the Tamsin
//     area") or the tagger itself reads one of them, not before a
//     possessive, as an organisation's ("analysts Corvane" beside
//     "Corvane said"; twice in a match report, whose lone surnames it
//     reads as clubs now and then), or the gazetteer knows it as an
//     organisation's too and it stands where a side does ("against
//     Tamsin", "3-2 to Tamsin"), before a player ("Tamsin's Damien
//     Vale") or before "their" ("Tamsin will renew their bid"), the
//     person readings counting for the body (lonebody.go); a one-word name the tagger reads as a
//     place's that the gazetteer knows as no place, never used as a
//     place in the story (no "in", "at", "to", place noun or place
//     neighbour) and spoken of as a body ("Velmora's sales", "Velmora,
//     which", "Velmora's own disc format", "Velmora said it would",
//     "Chief Executive of Velmora"), is the body;
//   - a name ending in a plural kinship noun names a group ("the
//     Pointer Sisters", "Warner Brothers"): "who" after it and people
//     listed beside it speak of its members, not of a person
//     (kingroup.go);
//   - a word coined as British regulators' names are, "Of", a consonant
//     other than "f" and lower-case letters ("Ofwat", "Ofcom"), names a
//     body, never a person, whose surnames opening "Of" go on with a
//     vowel ("Ofili") (regulator.go);
//   - a name right after a noun that only a band or a business is
//     ("band", "trio", "five-piece", "firm", "company", "agency"), in a
//     noun phrase opened by an article, a possessive or the sentence
//     ("the indie band Ada Kell", "the Velby five-piece Tam Orr", "Pop
//     duo Ada Kell", "the City law firm Tarrow Marsh"; after "a" also in
//     apposition: "a lobbying firm, Tarrow Marsh, which"), is the body's
//     at every mention, not a person's; not a name followed by a verb of
//     founding or running ("the band Ada Kell formed"), one opening a
//     list of members ("the trio Ada Kell, Bo Marsh and Cy Pike"), a
//     spokesman's after "the firm," or one the story gives a title or a
//     role elsewhere (bodynoun.go);
//   - a name written only with its possessive ending and, at least
//     once, as a noun of its own is a business's, the ending part of its
//     name ("McDonald's said", "outside Sainsbury's.", "at Christie's
//     next month", a time after "next", "last" or "this"; possessname.go):
//     so too a possessive followed by a comma and a description of the
//     place ("Tilly's, the Corran dining room,", "Winnie's, on the edge
//     of the moor,") or standing between commas before a verb ("pubs,
//     Tam Orrell's, has been sold"), even for a person-shaped name of
//     two or three words, and a given name the tagger read as a place
//     ("sales of Tilly's had held up"; venuename.go);
//   - a participle in "-ing" opening a sentence before a surname and a
//     comma is the verb of the clause, not a given name ("Sentencing
//     Quarle, Judge Ada Kell said"): an ordinary word or one made from a
//     verb the lexicon writes in lower case, no given name the model
//     knows, and the surname no head noun; the rest of the name is the
//     person (gerundopener.go);
//   - "from" after an indefinite noun phrase headed by a noun for a
//     resident ("a chemistry teacher from Tarrow Vale", "a 71-year-old
//     man from Corran Heath") names a place; a book's publisher and
//     price in brackets ("(Tarrow Hale, £7.99)") and a firm's trade noun
//     read into a name at a sentence's start with no given name after it
//     ("Developer Corran Renewables says") make a firm (origin.go); a
//     name opening with "Nether", "Lower", "Upper", "Castle", "Fort",
//     "Mount", "Loch" or "Chez" is a place's (placeprefix.go);
//   - a name right before a lower-case noun for the people or the
//     services of a place is the place ("a 35-year-old Corran man",
//     "Tarrow police", "a Velby Cross couple"; not a body the tagger
//     read, a nationality, "the Kell boys" or "the Marsh police
//     inquiry": localpeople.go); a person's pronoun later in the sentence
//     after a name that follows "in", "near", "around" and the like is
//     someone else's ("the plant in Northeast Tarrow, she returned":
//     placepronoun.go); "the city of", "the port of" make a place even of
//     a name with a given name first (settledof.go); "major", "general"
//     or "private" in lower case before a noun that is no role is an
//     adjective, no rank ("Tarrow Bay, a major port,": rankadjective.go);
//   - initials the tagger left before a name's last initial join it ("J.
//     M. Harwell" tagged "M. Harwell"), unless they spell a country's
//     ("U. S. Marshal"; initialleft.go);
//   - a capitalised participle in "-ing" inside a sentence right before a
//     name, maybe with a title between ("to see Driving Miss Velmo"),
//     and a verb or a modal between two words of a name ("Kevin Can
//     Wait", "Ada Takes Flight") make a work's title, no person
//     (gerundtitle.go, verbtitle.go);
//   - a plural noun of kin opening a sentence is no part of the name
//     the tagger read with it ("Siblings Emma and Jack Kell":
//     kinopener.go); a name a market report's clause ranks "among the
//     fallers" or as "the biggest riser" is a company's (stockmover.go);
//     "the" and a royal title before one name that is no ordinary word
//     and no royal style is a ship's, a pub's or a race's ("the Queen
//     Velmora docked"; not "the Prince Regent": titledthing.go);
//   - every mention of a name gets one kind by vote ("the Glass
//     Menagerie" and "Glass Menagerie" are one name), and a story's
//     organisations, places and other things of one name are one actor,
//     of the kind most of its mentions have; a tie among
//     organisation, place and other goes to the first mention's, a tie
//     with a person leaves each mention its own reading.
//
// Variants then merge: full names, the name a person was born with after
// ", born" or after "Born" opening a sentence ("Born Ada Kell in Velby,
// she …"), the name a peer bore before the title (", who as Ivo Marsh
// ran …") and a nickname of two words or more after ", known … as"
// ("known to everyone at the club as Little Ivo", never the canonical
// name), or after "Known … as" opening a sentence a pronoun goes on
// ("Known to parishioners as the Biker Vicar, he …") (with the person
// named last before it, in that paragraph or
// the one before; the name the person goes by stays the canonical one
// unless it is only a title of place: bornname.go), another name given
// in passing ("Harriet Slade, as she was", "Sophie Kettering, as she now
// is", "Edith, then Edith Marlow,", "She was born Cecily Pruett") with
// the one person named in full with its given name and another surname,
// never as her canonical name (othername.go), initials and a surname
// with the one full name whose given names they open ("H Luscombe" for
// Hal Luscombe; not run-together capitals such as "AB", a rank as often:
// initialjoin.go), a short or pet form of a given name ("Santi" for
// Santiago, "Clemmie", "Decky", a small table of English pet names spelt
// otherwise: "Gus", "Tash"; before the surname, "Hen Doyle" for Henrietta
// Doyle, only as a plain truncation when the form is a given name of its
// own, which names relatives as often; alone, a table form that is a
// given name of its own, "Perry", only within two paragraphs after the
// person; "Dame Margaret" for Maggie Fennimore in the honour's style:
// petname.go, shortjoin.go), a clergy title before a given name
// ("Canon Margaret" for Canon Margaret Ibbotson), a given name before ",
// as she is known" (or he) when the sentence before speaks of someone
// else, with the one person of that gender by her titles named by no
// given name in the three paragraphs before ("Arabella" for the Duchess
// of Aldershaw: knownastitled.go),
// surnames (to the most recently named
// bearer whose titles agree in gender), first names (also when the tagger
// called them places, if the person has a title or role), nicknames made
// from the start of a name ("Tats" for Tatiana, nickname.go), possessives, "Sir
// Tomas" for Sir Tomas Reyne, "Kell, Ada" for Ada Kell, stray one-word
// mentions of known people, and role nouns such as "the Chancellor" when
// the story names the holder (not a shadow, former or deputy one).
// An organisation's names merge too (orgvariant.go): "X Party", "X" and
// the members' plural "Xs" ("Labour Party", "Conservatives",
// "Democratic Party" and "Democrats"), a short documented table of party
// nicknames ("Tories", "GOP"), clipped forms ("Lib Dems", "Man Utd",
// "Met Police"), and a one-word firm with the one longer name it opens
// when the rest only says its trade or form ("Bluewake", "Bluewake
// Ferries"; not "Nintendo DS" or "Treasury Select Committee"); a paper
// written "The Times" is its own title, not short for Financial Times.
// Initials join the one longer name of the story they spell, of a body,
// a place or another thing (output.go acronymOf: "UKIP", "E&Y" for
// Ernst & Young, "LA" for Los Angeles, "CES" for the Consumer
// Electronics Show), unless the gazetteer knows them as a place and the
// longer name is no place's ("NZ" is not Northern Zinc).
// Roles come from pre-modifiers ("Labour MP
// Jo Bloggs", "Tesco boss Ken Murphy"; a noun of one who does something
// that the role lists lack, told by its ending, right before the name:
// "the archaeologist Bethan Quarrow", "Harbourmaster Ned Loveridge",
// "-er" and "-or" only opening the sentence, "Keeper Josie Trembath";
// agentnoun.go) and appositions (headed by such a noun too: "…, the
// hotel receptionist,") ("…, the European
// Commission president,", "…, who is chief executive of Acme,"); the
// affiliation is a party or an organisation the role names. A country's
// initials open a role like a nationality ("the US defence secretary";
// "us" in lower case stays a pronoun), an office may be named after
// what it is held in ("US Secretary of State Jo Bloggs", "…, Governor of
// the Bank of Tarn,", "an analyst with Numark"), an apposition may hold
// nouns of a field or a body ("deputy labs editor at PC Pro", "leader of
// the Plaid group in the assembly") and "and" or "&" between role or
// capitalised words ("president and chief operating officer"), but no
// clause ("…, head of distribution at Universal which released …") nor
// another person's name after it (apposition.go), and a name the
// lexicon knows opening a sentence opens the role ("Corvane chief
// executive Ken Alder said"), as does a possessive before a comma and
// the name ("… and Domino's former boss, David Wild"); the office after
// "adviser to" is the
// named person's, and an office held by someone the person is related
// to ("…, the son of the former president,", "…, a friend of the
// chairman,") is none of theirs (roleoffice.go). Up to two lower-case nouns next to a lower-case role
// noun name its field ("Labour election chief", "airport authority
// chief"), unless they read as a verb ("plays millionaire"); "new" is
// dropped ("new BBC director-general"), as is a sum of money ("the £3.9m
// ex-United striker"); an office to come is no role ("would-be prime
// minister", "the next leader", "how good a prime minister Gordon Brown
// will make"), nor "the prime minister, Mr Brown replied", where one
// clause ends and the next begins (roleheld.go); a show's title opens a role ("Match of the Day
// host"); "asset manager" or "fund manager" before a name that opens
// with no given name describes a firm, not a person's role; letters after a name ("Frank
// Field MP", a barrister's "Ada Kell KC" or "QC") are a role, and after a party's name ("Plaid Cymru MP",
// "Union MPs") leave the party.
// A compound broken at its hyphen is one role word
// ("director- general"), and a style before a title ("the Rt Hon", "the
// Most Reverend") belongs to the title, not the roles. A title word
// inside a name is part of it ("Sacha Baron Cohen"), and a role noun is
// split off a name the tagger did not call a person only before a name
// ("Star Wars" is no star called Wars). The ways one role is written in a story ("Kestrel's
// chief executive", "chief executive of Kestrel Mobile", "Kestrel's
// boss") merge into the most informative (MergeRoles, rolemerge.go). The canonical name is the fullest form without
// honorifics, except for people known only by a royal or peerage title
// ("Prince Andrew", "Lord O'Neill", "the Queen"). No list of real people's
// names is used: the word lists are titles, office and kinship words,
// calendar and caption words and other closed classes.
//
// Across the archive a Registry merges the actors of each story under a
// stable short ID (a slug of the name) and counts the stories naming
// them; a surname alone, or a peer known by title, joins the one archive
// person with that surname. One name of an organisation, place or other
// thing is one archive actor, of the kind most stories read it as ("UK"
// read once as a body is still the place). Across the person/thing line
// the name's shape decides: a person reading of a name not shaped like a
// person's (no given name first: "Australia", "BBC Sport") joins the
// thing, a thing reading of a person-shaped name ("Andy Roddick") the
// person, unless one story names both (registry_kind.go). Stories that read a
// thing's name as a person with a role or a title ("R&B singer Usher",
// "Mr Brown") make it a person when they outnumber the stories of the
// leading thing kind, as do stories reading a one-word name only as a
// person's, with no role or title, three or more and over twice as many
// ("God" read as a place in one story of eleven); bare one-word person readings with no role or
// title ("Chelsea said") join the thing of that name whatever order the
// stories come in; a thing keeps no roles; and a lone surname read as
// a thing never takes the full-name person it reaches through the
// surname ("Wilkinson" as a place, Jonny Wilkinson). An organisation
// joins the archive's organisation of its party key, of which it is a
// clipped form or the other way round, or whose name is its firm's stem
// ("Lenovo Group", "Lenovo"), whatever order the stories come in
// (registry_variant.go).
//
// Extraction works in storage recycled from story to story (work.go): the
// mentions, spans, per-token marks and the tagger's entities, none of
// which outlives the call, so that it allocates little beyond the actors.
//
// EvalPeople scores the persons found against gold people lists,
// EvalKinds the kinds given against CoNLL entity types, and cmd/actordump
// prints the actors of a text file, or of every story of an input, for
// inspection.
package actor
