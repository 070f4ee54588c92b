package actor

// itsRoleApposed reports whether "its" at token k opens an apposition
// naming a role held in a body: a role head noun, after at most two
// lower-case words, that is no business noun ("Hannah Cowdrey, its duty
// manager for floods,", "Ada Kell, its chief executive,"). The body
// "its" points back to is another; the name is the person holding the
// role, not a body owning something ("Kestrel, its parent company,"
// keeps its evidence), nor one a firm fills for another ("Morgan
// Stanley, its former banker,").
func itsRoleApposed(toks []tok, k int) bool {
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		t := &toks[i]
		if !t.word || t.cap {
			return false
		}
		if isRoleHeadL(t.lower) {
			return !(t.lists()&inBusinessNouns != 0) && !serviceRoles[t.lower]
		}
	}
	return false
}

// serviceRoles are roles that firms fill for other firms as often as
// people do: a bank, a broker, an auditor or a law firm.
var serviceRoles = setOf(`banker bankers broker brokers lender insurer underwriter auditor auditors
adviser advisers advisor advisors consultant consultants lawyer lawyers solicitor solicitors
accountant accountants sponsor sponsors backer backers partner partners owner owners`)
