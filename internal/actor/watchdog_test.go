package actor

import "testing"

// TestBodyApposition: a description in apposition headed by a body's
// noun ("watchdog", "charity"), also after a business or service noun
// ("the premium rate services watchdog"), makes the name a body's; a
// job in such a body ("the watchdog's chief", "a charity worker")
// leaves a person.
func TestBodyApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Icstis": "PER"}, "services watchdog", "Icstis, the UK's premium rate services watchdog, said it had been looking for partners.", "Icstis", Org),
		taggedCase(map[string]string{"Velwick": "PER"}, "a watchdog", "Velwick, the consumer watchdog, said prices were too high.", "Velwick", Org),
		taggedCase(map[string]string{"Corranhelp": "PER"}, "a charity", "Corranhelp, the housing charity, said more families were homeless.", "Corranhelp", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a charity worker", "Ada Kell, a charity worker, said the families were cold.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the watchdog's chief", "Ada Kell, the watchdog's chief executive, said prices were too high.", "Ada Kell", Person),
	})
}

// TestOwnedBusinessApposition: a description of a business in
// apposition may open with its owner or its field ("the UK's",
// "the city's"); a trade a person practises after one ("the county's
// best brewer") leaves a person.
func TestOwnedBusinessApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velmart": "PER"}, "the UK's retailer", "Velmart, the UK's biggest retailer, said sales rose.", "Velmart", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the county's brewer", "Ada Kell, the county's best brewer, said sales rose.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the firm's founder", "Ada Kell, the firm's founder, said sales rose.", "Ada Kell", Person),
	})
}

// TestFirmOfApposition: a description in apposition headed by a noun
// only a firm is, or a firm's part, before "of" ("the US unit of", "the
// biggest retailer of") makes the name a firm's; a trade a person
// practises ("the developer of the estate") or "the giant of" leaves a person.
func TestFirmOfApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velcar": "PER"}, "the unit of", "Velcar, the US unit of Germany's Corran Motors, was the worst hit.", "Velcar", Org),
		taggedCase(map[string]string{"Velmart": "PER"}, "the retailer of", "Velmart, the biggest retailer of garden tools, said sales rose.", "Velmart", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the developer of", "Ada Kell, the developer of the estate, said it took four years.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the giant of", "Ada Kell, the giant of British athletics, said she would retire.", "Ada Kell", Person),
	})
}

// TestPaperApposition: a description in apposition headed by
// "organisation" or a newspaper's noun, also before "that", makes the
// name a body's; a job at a paper ("a magazine columnist", "the paper's
// editor") or what the paper has ("the magazine's favourite face") leaves
// a person.
func TestPaperApposition(t *testing.T) {
	runNameRules(t, []nameRuleCase{
		taggedCase(map[string]string{"Velsat": "LOC"}, "an organisation that", "Velsat, the UN satellite mapping organisation that is part of the relief effort, released maps.", "Velsat", Org),
		taggedCase(map[string]string{"De Corrant": "PER"}, "a newspaper", "De Corrant, a daily Amsterdam newspaper, printed the letter.", "De Corrant", Org),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "a magazine columnist", "Ada Kell, a style magazine columnist, printed the letter.", "Ada Kell", Person),
		taggedCase(map[string]string{"Ada Kell": "PER"}, "the paper's editor", "Ada Kell, the newspaper's editor, printed the letter.", "Ada Kell", Person),
		taggedCase(map[string]string{"Tom Reyne": "PER"}, "the magazine's face", "Tom Reyne, the magazine's favourite face for many years, left in June.", "Tom Reyne", Person),
	})
}
