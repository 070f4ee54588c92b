// Package actor turns named-entity mentions into actors: people,
// organisations and places merged across name variants, with roles and
// affiliations, within one story and across the archive.
//
// Within a story (Extract, ExtractWith, ExtractOptions) mentions come from
// an entity source (the embedded tagger by default) and are corrected by
// rules: an honorific before capitalised words makes a person ("Sir Ed
// Davey", "Mr Davey", "Dame Diana Johnson"); office titles glued to a name
// are split off as roles ("German Chancellor Friedrich Merz"); context
// weighs person against organisation ("Fifi, 37," or "his wife Ann" against
// "Cineworld fell 6 per cent"); weekday, month, caption and pronoun words
// and lone nationality adjectives are dropped. Variants then merge: full
// names, surnames (to the most recently named bearer), first names,
// possessives, "Sir Tomas" for Sir Tomas Reyne, and role nouns such as
// "the Chancellor" when the story names the holder. Roles come from
// pre-modifiers ("Labour MP Jo Bloggs") and appositions ("…, the European
// Commission president,"). The canonical name is the fullest form without
// honorifics, except for people known only by a royal or peerage title
// ("Prince Andrew", "Lord O'Neill", "the Queen"). No list of real names is
// used: the word lists are titles, office words and other closed classes.
//
// Across the archive a Registry merges the actors of each story under a
// stable short ID (a slug of the name) and counts the stories naming them.
//
// EvalPeople scores the persons found against gold people lists.
package actor
