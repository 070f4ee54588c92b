package link

import "strings"

// set builds a lookup set from space-separated words.
func set(words string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(words) {
		m[w] = struct{}{}
	}
	return m
}

// stopwords are function words and reporting verbs that say nothing about
// the matter of a thread; they never become terms.
var stopwords = set(`
a about above across after afterwards again against all almost alone along already also although
always am among an and another any anybody anyone anything anyway anywhere are aren around as at
back be became because become becomes been before beforehand behind being below beside besides
between beyond both but by can cannot could couldn did didn do does doesn doing don done down
during each either else elsewhere enough etc even ever every everyone everything everywhere except
few for former formerly from further had hadn has hasn have haven having he hence her here hereby
herein hers herself him himself his how however i if in indeed into is isn it its itself just
last latter least less let like ll made make makes many may me meanwhile might mine more moreover
most mostly much must my myself neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours
ourselves out over own per perhaps please put quite rather re same say says said saying see seem
seemed seems several she should shouldn since so some somehow someone something sometime sometimes
somewhere still such than that the their theirs them themselves then thence there thereafter
thereby therefore therein thereupon these they this those though through throughout thus to
together too toward towards under unless until up upon us very via was wasn we well were weren
what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without won would
wouldn yet you your yours yourself yourselves s t d m ve o y ain
mr mrs ms dr st told tell tells according added adding asked says stated statement reported
reports reporting report reuters ap afp bbc cnn news com www http https html
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`)

// commonWords are everyday news words that do occur in matters but are
// weak evidence that two threads share one; their weight is damped so that
// a small archive (with unreliable document frequencies) does not link on
// them.
var commonWords = set(`
year years month months week weeks day days time times people person man men woman women
new old first second third two three four five six seven eight nine ten hundred thousand
million billion percent per cent number numbers part parts place way ways thing things
go goes going went get gets got take takes took taken come comes came give gives gave given
want wants wanted know knows knew need needs needed use used uses using work works worked
think thinks thought look looks looked find finds found show shows showed shown call calls
called try tries tried keep kept start started begin began end ended set sets high low
good better best bad big small large long great little early late later recent recently
including include includes included around area areas group groups member members home
public local national world country countries state states city government official
officials say mr according lot lots really likely expected expects possible around today
week weekend morning night evening afternoon hour hours minute minutes following told
`)
