package link

import (
	"fmt"
	"testing"
	"time"
)

// story is one invented fixture story with its threads' texts.
type story struct {
	id      string
	title   string
	day     int // days after 2024-03-01; -1 for undated
	threads []string
}

// doc returns the ThreadDoc of the story's n-th thread (from 1).
func (s story) doc(n int) ThreadDoc {
	var pub time.Time
	if s.day >= 0 {
		pub = time.Date(2024, 3, 1+s.day, 9, 0, 0, 0, time.UTC)
	}
	return ThreadDoc{
		ID:        fmt.Sprintf("%s#%d", s.id, n),
		Story:     s.id,
		Title:     s.title,
		Published: pub,
		Text:      s.threads[n-1],
	}
}

// features featurises every thread of the story.
func (s story) features() []Features {
	out := make([]Features, len(s.threads))
	for i := range s.threads {
		out[i] = Featurize(s.doc(i + 1))
	}
	return out
}

// The fixtures below are invented: places, people and events do not exist.

// bridge is one matter told over a week with changing wording.
var bridge = []story{
	{"br1", "Cracks shut Vessel Street bridge", 0, []string{
		`Engineers closed the Vessel Street bridge in Norlund on Friday after inspectors found cracks in two of its steel girders. Traffic was diverted through the Kettle Lane underpass and buses on route 14 were rerouted.
Norlund council said the 1962 crossing carried 30,000 vehicles a day and would stay shut until the girders had been assessed. Harbour traders warned of lost business.`}},
	{"br2", "Vessel Street crossing to stay shut for weeks", 2, []string{
		`The Vessel Street crossing in Norlund will remain closed for at least six weeks, the council's chief engineer Mara Quist said on Sunday. Surveyors confirmed corrosion had weakened the girders over the harbour channel.
Commuters faced long queues at the Kettle Lane underpass, and the route 14 buses are running a shuttle to the harbour.`}},
	{"br3", "Repairs begin on Norlund's harbour bridge", 5, []string{
		`Steel contractors began replacing the corroded girders of Norlund's Vessel Street bridge on Wednesday. Mara Quist told councillors the repair bill could reach 4 million, paid from the harbour reserve.
Traders on the quay said footfall had halved since the crossing shut, and asked the council for rate relief while the Kettle Lane detour remains.`}},
	{"br4", "Cyclists back on Vessel Street bridge", 7, []string{
		`Cyclists and pedestrians were allowed back onto the Vessel Street bridge in Norlund on Friday, a week after cracks forced its closure. Cars must wait until the last girders over the harbour channel are replaced, Mara Quist said.
The route 14 buses will keep using the Kettle Lane underpass for now.`}},
}

// rehab holds two look-alike events: two different celebrities entering
// rehab, each followed up once.
var rehab = []story{
	{"rh1", "Singer Ana Vellor checks into rehab", 0, []string{
		`Pop singer Ana Vellor has checked into the Brightwater clinic in Solano for treatment, her publicist Dev Harlan confirmed on Monday. The 31-year-old star of the Glasshouse tour asked fans to respect her privacy.
Vellor cancelled three concerts in Ravenna last month, citing exhaustion.`}},
	{"rh2", "Vellor 'doing well' at Brightwater", 3, []string{
		`Ana Vellor is doing well at the Brightwater clinic, Dev Harlan said on Thursday, and the singer hopes to resume the Glasshouse tour in the summer. The rescheduled Ravenna concerts will go ahead in August.
Friends said Vellor had been open about her struggles with alcohol.`}},
	{"rh3", "Actor Tom Greyling enters rehab", 1, []string{
		`Actor Tom Greyling has entered the Stonebridge treatment centre in Alder Bay, his agent Rita Comfrey said on Tuesday. The 45-year-old, who stars in the detective series Lantern Row, checked in voluntarily.
Filming of the next Lantern Row season has been postponed, the studio said.`}},
	{"rh4", "Greyling thanks fans from Stonebridge", 4, []string{
		`Tom Greyling thanked fans for their support in a statement released by Rita Comfrey from the Stonebridge centre in Alder Bay. The actor said he was taking his recovery one day at a time.
The studio behind Lantern Row said production would restart once Greyling was ready.`}},
}

// quakes holds two look-alike earthquakes in different places and years.
var quakes = []story{
	{"eq1", "Strong quake hits Keldan region", -1, []string{
		`A magnitude 6.1 earthquake struck near the town of Tarvos in the Keldan region on 3 March 2021, killing at least 12 people and destroying hundreds of homes. Rescue teams from Vostra searched the rubble of the old market through the night.
The Keldan seismic office recorded more than 40 aftershocks.`}},
	{"eq2", "Tarvos death toll rises", -1, []string{
		`The death toll from the Tarvos earthquake in the Keldan region rose to 19, officials said, as rescuers from Vostra pulled two survivors from the collapsed market. Tents were set up for families whose homes were destroyed in the 2021 quake.
Aftershocks continued to shake Tarvos.`}},
	{"eq3", "Earthquake rocks Mirasol province", -1, []string{
		`A magnitude 5.8 earthquake shook Mirasol province on 14 August 2019, damaging the cathedral in the port city of Belcaro and injuring dozens of people. The Mirasol civil protection agency said water and power were cut in three districts.
Geologists said the quake was centred 20 kilometres off the coast.`}},
	{"eq4", "Belcaro cathedral closed after quake", -1, []string{
		`The cathedral of Belcaro will stay closed for repairs after the 2019 Mirasol earthquake cracked its bell tower, the bishop said. Civil protection teams restored power to two of the three districts.
Dozens of injured people were treated at the Belcaro port hospital.`}},
}

// budget is an unrelated matter, and roundup a story with two threads:
// one on the bridge, one on the budget.
var budget = []story{
	{"bu1", "Norlund budget puts parks first", 1, []string{
		`Norlund's finance committee approved a budget that doubles spending on parks and playgrounds, with a new splash pool planned for Ferrow Common. Councillor Idris Bale said the money would come from higher parking charges.
Opposition members called the parking rise a tax on shoppers.`}},
}

var roundup = story{"ru1", "Norlund week in brief", 6, []string{
	`Repair crews worked through the night on the Vessel Street bridge, where corroded girders over the harbour channel are being replaced. Mara Quist said cyclists could return within days, though the Kettle Lane detour stays for cars and the route 14 buses.`,
	`Parking charges in central Norlund will rise next month to pay for the parks budget, Idris Bale confirmed, and work on the Ferrow Common splash pool starts in April.`,
}}

// liveSlots returns the slots of the threads held, in slot order.
func (l *Linker) liveSlots() []int32 {
	var out []int32
	for s := range l.slots {
		if l.node(s).live {
			out = append(out, s)
		}
	}
	return out
}

// mustSlot returns the slot of a thread held.
func (l *Linker) mustSlot(t testing.TB, id string) int32 {
	t.Helper()
	s, ok := l.slotOf(id)
	if !ok {
		t.Fatalf("thread %s not held", id)
	}
	return s
}
