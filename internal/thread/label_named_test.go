package thread

import "testing"

// TestLabelNamed checks, on invented items, that an appointment labels
// the body, "new" and the post (an active appointment with "as", "to
// become" or "to its board", a passive one with "of" and the body after
// the post), and an honour the kind and "award" (a plain subject's head,
// a named winner kept, the subject alone when the honour names no
// kind; a newcomer with no name); and that the rule keeps out of a naming in a relative clause, a
// modal or negated one, a post with no body, a naming that is no post
// ("named in the squad", "named after"), a body naming what is no
// person, a post with a place after it, a name given to a thing or a
// storm, a winner taken for a post, and an object with no post.
func TestLabelNamed(t *testing.T) {
	others := []string{
		"The village fete raised £2,000 for the church roof on Saturday.",
		"A new footbridge over the canal opens next week after a year of work.",
	}
	runLabelCases(t, []labelCase{
		{"an active appointment with an apposition", []string{
			"The Tarrow Vale Building Society, the Harrogate-based mutual, has appointed Owen Blackwood as finance director.",
			"Mr Blackwood joins from an accountancy practice in York and starts in March.",
		}, others, "Building Society new finance director", ""},
		{"a market report's appointment after a share move", []string{
			"Brackley Foods rose 2.1 per cent, or 3.4p, to 165p after naming Ada Kell, currently head of its bakery arm, as its next chief executive.",
			"Ms Kell takes over from the retiring boss in March at Brackley Foods.",
		}, others, "Brackley Foods new chief executive", ""},
		{"an appointment after a placing opener", []string{
			"Over on AIM, recruiter Tamworth Staffing (up 6 per cent to 31p) appointed director Owen Pell to be chief executive from May.",
			"Mr Pell has been on the board of Tamworth Staffing since 2016.",
		}, others, "Tamworth Staffing new chief executive", ""},
		{"an active appointment to become", []string{
			"Corby Mills has poached Nadia Strand from its rival Hollin Bakeries to become chief executive, ending a long search.",
			"Ms Strand ran Hollin Bakeries' frozen division for six years.",
		}, others, "Corby Mills new chief executive", ""},
		{"a board appointment", []string{
			"Outdoor brand Moss & Tarn has appointed Priya Lund, a former banker, to its board as a non-executive director.",
			"Ms Lund will chair the audit committee at Moss & Tarn.",
		}, others, "Moss & Tarn board appointment", ""},
		{"a body whose name holds of", []string{
			"The University of Calderwick has appointed Professor Anna Selby as its next vice-chancellor.",
			"Professor Selby will take up the post in the autumn at Calderwick.",
		}, others, "University of Calderwick new vice-chancellor", ""},
		{"a passive appointment, the body after the post", []string{
			"Sir Martin Oddie, a former diplomat, has been named chairman of the Marrowby Harbour Trust.",
			"Sir Martin said the Marrowby Harbour Trust had a proud history.",
		}, others, "Marrowby Harbour Trust new chairman", ""},
		{"an honour of the year", []string{
			"Meanwhile, a Kelbridge Infirmary midwife has been named midwife of the year at a national awards ceremony.",
			"Colleagues at Kelbridge Infirmary nominated Gail Rudd for the award.",
		}, others, "midwife award", "Infirmary"},
		{"a named winner keeps the name", []string{
			"Ellen Marsh, who set a national record in the spring, has been named young swimmer of the year at a ceremony in Leeds.",
			"Ellen Marsh trains at the Calder baths five mornings a week.",
		}, others, "Ellen Marsh swimmer award", ""},
		{"an honour with no kind", []string{
			"A Tarrowby butcher has been named the best in the county at a food awards evening.",
			"The butcher's pork pies won over the judges in Tarrowby.",
		}, others, "Tarrowby butcher award", ""},
		{"a winner of an honour", []string{
			"Folk singer Ada Kell has been named a winner of the Brennock Prize for songwriting.",
			"Ada Kell wrote the winning songs on a farm in the Calder hills.",
		}, others, "Ada Kell award", "new"},
		{"a naming in a relative clause", []string{
			"Ellen Marsh, who was named swimmer of the year in 2019, has opened a swimming school in Leeds.",
			"The Leeds swimming school teaches children from four years old.",
		}, others, "", "award"},
		{"a modal naming", []string{
			"A Kelbridge Infirmary midwife could be named midwife of the year at a national awards ceremony.",
			"Colleagues at Kelbridge Infirmary nominated Gail Rudd for the award.",
		}, others, "", "midwife award"},
		{"a post with no body", []string{
			"At the law firm Ashcombe Reeve, Helen Dacre has been elected senior partner, the first woman in the post.",
			"Helen Dacre joined Ashcombe Reeve as a trainee in 1998.",
		}, others, "", "new"},
		{"named in a squad", []string{
			"Teenager Ffion Lake has been named in the Welsh youth rowing squad for the world championships.",
			"Ffion Lake rows for the Conwy club.",
		}, others, "", "new"},
		{"named after someone", []string{
			"A comet found by an amateur astronomer from Tarrowby has been named after his late mother.",
			"The Tarrowby astronomer spotted the comet from his garden.",
		}, others, "", "new"},
		{"a body names no person", []string{
			"The Calder Film Festival has named its jury for next year's competition.",
			"The Calder Film Festival jury meets in June.",
		}, others, "", "new"},
		{"a post with a place after it", []string{
			"Rhodri Vaughan has been named captain at Cardiff Arms Park for the cup final on Saturday.",
			"Rhodri Vaughan has played 40 times for the club.",
		}, others, "", "new"},
		{"a name given to a thing", []string{
			"The new lifeboat at Polgrean was named Calder Princess, honouring a coxswain lost at sea in 1952.",
			"The Calder Princess replaces a boat that served the harbour for 30 years.",
		}, others, "", "new"},
		{"an appointment with no name", []string{
			"The district council has appointed an outside consultant as its interim chief executive.",
			"The outside consultant starts on Monday at the council offices.",
		}, others, "council new interim chief executive", ""},
		{"a name given", []string{
			"The Met Office has named Storm Wendell, which is expected to bring gales to the west.",
			"Storm Wendell reaches the coast on Friday.",
		}, others, "", "new"},
		{"an appointment with no post", []string{
			"Corby Mills has poached Nadia Strand from its rival Hollin Bakeries to lead a new export team.",
			"Ms Strand ran Hollin Bakeries' export division for six years.",
		}, others, "", "new"},
	})
}
