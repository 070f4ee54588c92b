package actor

// inPlacePreposition are prepositions before a name that put something
// in or about a place: a person's pronoun later in the sentence, not
// right after the name, is then someone else's ("the Kraft plant in
// Northeast Tarrow, she returned"; but "in Ada Kell he has the player"
// speaks of the name). "on", "at", "to", "from" and "with" are left
// out: people stand after them ("sent on Ada Kell", "laughed at Ada
// Kell", "a letter from Ada Kell").
var inPlacePreposition = setOf(`in near across around outside inside throughout`)
