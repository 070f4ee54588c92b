package actor

import "strings"

// A judge named by the title and the surname ("Lord Justice Pell", "Mrs
// Justice Tarrow") keeps the title in the name (judge.go), and the
// split that found it also wrote the title as a role: the role then
// repeats what the name already says. A role that other words of the
// story give ("Lord Chief Justice" for "Lord Pell") is no repeat.

// dropNameTitleRoles removes from roles each role that is, word for
// word and whatever the case, the words of name before its last word
// or their end ("Lord Justice" and "Justice" for "Lord Justice Pell"),
// and ends in a title: "Justice", an honorific or a role noun (not a
// given name that a tagger's stray role repeats).
func dropNameTitleRoles(name string, roles []string) []string {
	words := strings.Fields(name)
	if len(words) < 2 || len(roles) == 0 {
		return roles
	}
	title := strings.ToLower(strings.Join(words[:len(words)-1], " "))
	out := roles[:0:0]
	for _, r := range roles {
		lr := strings.ToLower(normSpace(r))
		if (lr == title || strings.HasSuffix(title, " "+lr)) && titleWord(lr[strings.LastIndexByte(lr, ' ')+1:]) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// titleWord reports whether the lower-case word w ends a title: a
// judge's "justice", an honorific or a role noun.
func titleWord(w string) bool {
	return w == "justice" || isHonorific(titleCase(w)) || isRoleHeadL(w)
}
