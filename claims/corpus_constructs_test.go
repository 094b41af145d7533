package claims

import (
	"path/filepath"
	"testing"
)

// constructsWant: one sentence for each construction of real reporting
// the extractor reads, with its expectation.
//
//   - 01_counts: a toll with its parts, the parts of the dead by group, a
//     count in a settlement, an earlier count, a forecast.
//   - 02_dates: days without a year before and after publication, the
//     days of counts and statements, and the day "since" which a count
//     runs (not the day it was counted).
//   - 03_votes: the name of a body, the shares of parties and candidates,
//     a preliminary share and a turnout, a share a candidate must win (no
//     claim), a share a candidate polled, the candidate of a party named
//     after the candidate, and a share no one received in a vote still to
//     be held (no claim; the runoff's day is one).
//   - 04_parts: a part of a toll the lexicon cannot name and some of the
//     dead the sentence says nothing more of (no claims), the part of a
//     country one side holds named by its provinces, counts listed after
//     their toll's by "and" or by "with" that share its scope, a forecast
//     in a clause of its own, the dead a noun phrase names after "of",
//     lives a quake claimed, the total of two countries' counts, the
//     deadliest floods "since 1998" (a comparison, not their time), some
//     of the deceased the clause before the figure names (no claim).
//   - 05_lead: a lead whose first sentences are too short to name the
//     story's event, a count of a period of its own in a clause that a
//     date's abbreviation does not end, a toll revised to a figure in a
//     month (which dates the count, not the storm), the dead of the last
//     two days of a storm six days old, the storm named by its name alone,
//     deaths a compound names ("storm-related deaths in Haiti"), the
//     dead and the injured of the past 24 hours, one period for both.
//   - 06_start: the start of clashes told a dozen words after them, the
//     killed and the arrested of one sentence and parts of the arrested
//     (students, whom the lexicon cannot name: no claim; foreign
//     reporters, journalists: a claim of their own), people who fled into a country
//     named far after them, a toll the lexicon has no phrase for ("the
//     number of villagers who have fled"), a ceasefire broken (not begun),
//     a date inside a group's name ("the March 23 Movement"), which dates
//     neither the event nor the count, and the displaced of the past ten
//     days of clashes a month old (a period of its own), and the start of
//     fighting told in a clause after a comma, past the words of its
//     sides.
//   - 07_fire: a toll a police body gives (no group of police), an earlier
//     count that opens its sentence, a tsunami of another year, a fire
//     elsewhere whose lives are claimed (no speaker), a speaker opening a
//     sentence with no determiner ("Local medics said"), two parts of a sum
//     the sentence does not give (no claims), people the lexicon has no
//     word for ("5 firefighters have been killed", a group of their
//     own) and "dozens more
//     injured", another measure, a count of villages (no claim), and the
//     verb a figure is the subject of ("130 others were injured") over a
//     casualty word before it, hostages taken, and journalists killed (a
//     group of their own).
//   - 08_states: a state's toll and one "in five states", which is the
//     whole country's, not the state the headline names, and a state's
//     toll told after ", where".
//   - 09_camps: a count a spokeswoman gave in another city (where she
//     said it is not where it was counted), the sizes of samples of a
//     study (no claims), and a count of people who fled since fighting
//     broke out in a region (where it broke out is not where they were
//     counted), people in displacement camps and the displacement of
//     people (counts of the displaced), and people who fled one country
//     "to" another named before the figure (counted where they went).
//   - 10_quake: a quake's magnitude before and after its noun, as a
//     bound, a preliminary reading (no claim), a second quake's (another
//     event), a blast likened to a quake (no quake), the deadliest quake
//     "in a century" (a comparison, no period or length), hours of
//     searching (no length of the quake) and an aftershock's magnitude
//     (an event of its own type).
//   - 11_strike: the toll of "the attack" in a report on an airstrike (the
//     airstrike's), and a toll "since March 3", weeks before the strike (a
//     count of a period of its own).
//   - 12_truce: a report whose headline tells of a ceasefire, whose story
//     is the war its lead names: the displaced of a sentence naming no
//     event are the war's, not the ceasefire's; "others" wounded after
//     civilians killed (civilians too); the year of a coup.
//   - 13_anniversary: the day of a quake's anniversary (not the quake's),
//     the strongest quake "in nearly a century" (a comparison, not its
//     length), the year of a quake whose anniversary is marked (its own)
//     and a storm's "five-year anniversary" (no length); a "political
//     earthquake" (no quake).
//   - 14_lookback: a blast "three years after" which a report looks back
//     (the story, of three years before), and a fire five days before.
//   - 15_floods: a toll told with a forecast of its own figure ("and the
//     toll is expected to rise to 60": the forecast is no claim, the toll
//     is), in "the eastern Congolese city of Bukavu" (a place phrase of
//     many words), people "reported missing", and people pulled from
//     the mud "including 30 injured" (the injured word is the part's, not
//     the 120's: no claim), and what a toll "can reach" or "will rise to"
//     (no claims), and the dead of "tsunami-like waters" (the flood's: no
//     tsunami).
//   - 16_control: a conquest (a change of control, in a noun), a state's
//     men the other side calls militants (its soldiers), and how long a
//     garrison "held the defence of" a port (the length of the war there).
//   - 17_regions: what a toll grew by, with no place of its own ("three
//     more deaths", "14 new deaths": no claims), the dead of a region
//     the lexicon does not know (a part of the story's country), people
//     evacuated "across the country" (the whole country, as the text
//     says), and the dead of
//     "severe weather that hit the coast on Tuesday night" (the day of the
//     weather, not of the count).
//   - 19_cyclone: a list of one country's counts up to its place ("61
//     killed with 210 injured and 14 missing"), a clause of the other
//     country's after "while", the dead "there" (the place named before),
//     a figure with a verb of its own after a toll ("and 3,000 people
//     slept in schools": no claim), and a country that reports its own
//     dead.
//   - 20_attack: the hospitalized (wounded, also after "others were"),
//     bodies identified (a part of the dead: no claim), people taken to
//     hospital listed after a toll, people who "may flee" (what may
//     come: no claim), who "may have" been killed (an estimate), and a
//     toll followed by "the toll may rise" (still the toll).
//   - 21_twin: a second quake dated "the same day" as the first, a third
//     quake "the new quake" points back to (another event, not the
//     story), its preliminary reading (no claim) after a unit's period
//     that ends its sentence ("30 km."), the magnitude a pronoun gives it
//     ("it was slightly stronger at 6.0 magnitude"), and a quake "days
//     after the first quake" (a later one, dated by its own day).
//   - 22_compounds: a part of a toll "in the rebel-held north" (people
//     of the part the rebels hold, not rebels), and a pair of figures
//     that shares one noun ("310 and 290 deaths"), the injured "40
//     critically" (a part by how badly: no claim), and "the civilian
//     death toll" (civilians).
//   - 23_exodus: people who fled "to neighbouring countries" and "abroad"
//     (a part: abroad), a figure "who have fled" (a count of its own), the
//     displaced "internally" listed before them (not abroad), "displaced"
//     counted as people, refugees a country "already hosts" (a stock of
//     no event) and displaced people "sheltering in" schools (no event);
//     the dead "in the first month" of the fighting (a period of their
//     own) and "in the first 24 hours" of it (no length of the fighting),
//     "the number of households displaced" (households, not people), and
//     people "displaced and living in" camps (the displaced of the war).
//   - 24_annexation: referendums "on the annexation" of provinces held on
//     a day (the referendums' day, not the annexation's), a day that
//     opens its sentence (the day of the event its main clause tells), and
//     what "could be completed within a year" (a plan: no date).
//   - 25_provinces: a province's toll after "where" and one "with" its
//     deaths, two provinces' tolls given "respectively", livestock killed
//     (animals, not people) beside homes destroyed (no claim), bodies
//     "handed over", injured "discharged" and bodies "identified" (parts:
//     no claims), and "of the 300 injured, fewer than 40" and bodies "yet
//     to be identified" (parts: no claims), and the dead "elsewhere in
//     the country" (a part: elsewhere).
//   - 26_clauses: a coup told in a clause after "since the autumn of
//     2021, when" (the coup's time, not a state since then), a toll a
//     mayor "told The Associated Press on Friday" (the mayor's, counted
//     that Friday: neither the agency's figure nor the floods' day), one
//     who told a news agency something with no figure (no claim), and
//     people who fled "in 2019" "as the result of a counterinsurgency
//     campaign" (a war's, of 2019: "as" before a noun and "of" opens no
//     clause).
//   - 27_since: what an army "denied on Monday" (the day of a statement,
//     not of the crackdown), and people who have fled "since Aug. 25" in
//     a report whose story, the crackdown, has no date (the crackdown's,
//     since that day).
//   - 28_started: a headline's violence that the third sentence of a
//     short lead says "started on August 25": the count of a later
//     sentence is of the violence since that day; the lead's own count
//     is of that day's; a share the rebels "took" of the hills (no vote:
//     no claim).
//   - 29_actors: soldiers killed beside "terrorists" whose bodies were
//     found (the word frames the other side, not the soldiers' count),
//     a state's men a source calls militants (its soldiers, framed so), and
//     "fighters of the Azov regiment" (a unit of Ukraine's forces: Ukraine's
//     soldiers).
//   - 30_means: a toll "from airstrikes since the beginning of the
//     offensive" (the offensive's: strikes in the plural are its means),
//     one of "the military onslaught" (an offensive), medics "left dead"
//     and aid workers killed (groups of their own).
//   - 31_datelines: wire datelines ("GENEVA (Reuters) –", "MAUNGDAW/DHAKA
//     (AFP, Reuters) -", "ANKARA:"), which name where a report was filed,
//     not where its figures were counted nor who gave them; a count "by
//     Friday" (counted then: no day of the quake); and "UN officials
//     said", no dateline.
//   - 32_names: a share a candidate "nabbed", whose name holds a
//     lower-case particle ("da Costa"), "compared to" another figure "for"
//     another candidate (that figure's candidate, not the first's).
//   - 33_totals: one person who died "while" new deaths were confirmed,
//     "bringing the total to 1,204" (what the total grew by: no claim),
//     and two countries' counts that add up to the total they bring
//     (parts: claims of their own), counts "between 24 and 25 August" (of
//     those days) listed before a count "since 14 June" (of the days
//     since), a toll that "has risen to 1,230 as 26 more people have
//     died" (what it grew by: no claim), and one "from Nepal's floods"
//     that "continues to rise with 57 more people reported dead" (the
//     place is the toll's, not the increment's own: no claim).
//   - 34_months: a day that opens a sentence on a toll ("On Tuesday, the
//     death toll from the floods rose to 500": the toll's day, not the
//     floods'), and a month that opens one ("In March this year, 13 people
//     died ... due to a 6.1 magnitude earthquake": the quake's, across the
//     count), the deadliest floods "in the past two decades" (a
//     comparison: no date), and the toll "from two 6.2-magnitude quakes"
//     (two counts quakes, not people: the toll is the figure its level
//     gives), "140 flood deaths" (the event noun qualifies the word),
//     and a toll told with "three days of national mourning" (no period
//     of its own).
//   - 35_earlier: another quake dated on Wednesday "after an earlier one
//     killed more than 2,000" (the toll of the earlier quake, the story's;
//     "one" is a pronoun, no count), a toll a source "had earlier on
//     Wednesday said" and "the previous death toll" (earlier counts).
//   - 36_asides: a share with a decimal comma whose verb follows an aside
//     on how far the count has gone ("61,20% of voters, following the
//     results of processing 30% of ballots, backed independence"): a
//     preliminary share.
//   - 37_clashes: clashes a long object phrase before the sentence's one
//     time "since June 11" (the start of the conflict they belong to).
//   - 38_retro: a headline that gives the dead "during 2019 siege" in a
//     report of 2024 (the report looks back on the siege, its story: the
//     lead's toll is the siege's), and floods of 2012 the toll surpasses
//     (a comparison, no story).
//   - 39_riots: people who remain displaced "since they were driven from
//     the port in 2015 in the aftermath of ethnic riots" and the dead of
//     those riots (the riots' of 2015, not the report's story), and "riot
//     police" who fired at protesters (a noun qualifier: no event, no
//     claim), and a year after a sentence's opening phrase ("Most
//     recently, in 2023,": the fighting's, across the count).
//   - 40_undated: a report with no publication date that names a day
//     without its year ("began on March 3") and later with it ("March 3,
//     2024"): one day, of 2024, the crackdown's; a day it never gives a
//     year ("By June 9") keeps none.
//   - 41_that_year: a day "that year" (the year the sentence before
//     named, not the report's), which dates an "admission into" a state
//     told after the main clause, "after which" (the same occasion, no
//     clause of its own).
//   - 42_runoff: a headline on a vote that "points to" a runoff (the vote
//     told is the one before it), shares of "early projections" (an
//     early count: earlier, and no forecast), the first round a sentence
//     names alone, after a name that opens it and that the document
//     capitalizes inside a sentence before ("Brenner closed the first
//     round with 48.9%"), what "neither ... nor" won (no claim), and a
//     turnout "abroad" (a part) after the country's, what a council
//     "says Brenner secured" (Brenner is no speaker), and "Brenner
//     secured 50.9% to Varga's 49.1%" (each figure its candidate's),
//     and the shares "the latest Ipsos poll showed" (a survey, not a
//     vote: no claims, and Saturday is no date of the vote).
//   - 43_runoff_results: a headline on "election results" that give a
//     lead "in presidential runoff": the turnout the report gives is the
//     runoff's.
//   - 44_groups: health personnel killed "and more than 150 injured"
//     (the same group: a figure with no noun after a count of a group
//     counts that group), aid workers killed and "wounded 22"
//     (aid workers), "with 260 injured, the police said" (the police
//     told the figure: people, not police), and firefighters, whom the
//     lexicon does not name, killed and "injured 40" (firefighters).
//   - 45_which: "The earthquake, which struck ... last Friday, has
//     killed more than 900": the clause after the noun and its comma
//     dates the quake, and the toll is counted on the day of the report.
//   - 46_abbreviations: "an attack on border posts in Sudland on Oct. 7
//     killed about 300 people": the point of "Oct." ends no sentence part (the
//     toll is the attack's, not the story's bombing), and "7 killed" is
//     no count (the day, before what happened on it).
//   - 47_long_ago: in a report on a storm of this year, a toll of a storm
//     of 2005 that the lexicon has no noun for ("Zora left 1,400 people
//     dead after it flooded the capital on Aug. 25, 2005"): no event, not
//     the story's.
//   - 48_following: "On March 4, following the disputed presidential
//     election, mass protests broke out": the day that opens the
//     sentence is not the date of the election the protests followed (no
//     claim).
//   - 49_county: a county's toll "for the county", after the sentence
//     names the county (the county's, not the state's the story is
//     about).
//   - 50_comparisons: the dead of the event a superlative compares with
//     ("the deadliest since Hurricane Zora hit ..., which left 1,100
//     dead": Zora's, dated two decades ago; "since Zora devastated the
//     capital in 2006, which left 900 people dead": no event the lexicon
//     knows, not the story's), and "the deadliest since 1999" after the
//     quake (a comparison: neither the quake's time nor a period).
//   - 51_lead_places: a headline that names an event but no place, and a
//     lead sentence with no event that names Norport: the story's place,
//     where the next sentence's toll counts.
//   - 52_died_in: a figure that "died in a quake" after the flood that
//     another event caused: the quake's toll, not the flood's.
//   - 53_bodies_and_plans: the day a court or a commission acted on an
//     election ("the Supreme Court on Monday dismissed the election
//     petition") is not the election's, and an
//     election that "will be held" on a day after the report is a plan,
//     never the election held.
//   - 54_apposition: a town the lexicon does not know, told as "the
//     country's second city" in an apposition: its deaths are a part
//     of the country's, never compared with the country's toll.
//   - 55_plural_possessive: "compared to Mr Ennis' 24.9 per cent": a
//     possessive with its apostrophe alone gives the next figure its
//     candidate.
//   - 56_men: a count of men, as of women, is a part of the people
//     counted, never their toll.
//   - 57_excluding: a turnout "excluding those who voted on the paper
//     register" is a part of the turnout, never compared with the whole.
//   - 58_own_subject: "looks after 120 people, and the five deaths were
//     confirmed": a figure after "the" opens a subject of its own, and
//     the figure before it is no toll.
//   - 59_comma_list: "144 dead, 730 injured", and "150
//     people dead, 760 people injured": each figure counts what its own
//     word says, not what its neighbour's across the comma says.
//   - 60_capital_and_opening: "died in Bangkok" (a capital the lexicon
//     makes a metonym) counts in the city, a part of Thailand; "In
//     neighbouring Thailand, the death toll ... has risen to 24" counts in
//     the country the sentence opens with.
var constructsWant = corpusDocs{
	"01_counts.md": `
6  date storm - - - storm@2025 «Saturday» by=officials
6  casualties deaths people - - storm@2025 «240 people» by=officials in=Mozambique on=2025-03-10
6  casualties deaths children - - storm@2025 «31 children» by=officials in=Mozambique on=2025-03-10
6  casualties deaths soldiers - - storm@2025 «12 soldiers» by=officials in=Mozambique on=2025-03-10
8  casualties deaths soldiers - - storm@2025 «40» by=the army in=Mozambique
8  casualties deaths police - - storm@2025 «25» by=the army in=Mozambique
8  casualties deaths civilians - - storm@2025 «9» by=the army in=Mozambique
10 casualties deaths people - - storm@2025 «60 people» in=Mozambique/village on=2025-03-10
12 casualties deaths people - - storm@2025 «310» in=Mozambique on=2025-03-10
12 casualties deaths people - - storm@2025 «240» in=Mozambique on=earlier
`,
	"02_dates.md": `
6  date storm - - - storm@2024 «Sept. 20»
8  date meeting - - - meeting+planned@2025 «Sept. 20»
10 casualties deaths people - - flood «75 people» by=the health ministry on=2025-08-08
12 casualties deaths people - - flood «80 people» by=the interior ministry on=2025-08-07
16 casualties deaths people - - offensive@2025 «over 300» frame=[operation:aggression] on=2025-08-09
16 date start - - - offensive@2025 «20 days ago»
`,
	"03_votes.md": `
6  date election - - - election@2026 «May 3»
6  votes share voters ruling_party - election@2026 «41%» frame=[vote:vote] in=Kenya on=2026-05-04
6  votes share voters opposition_alliance - election@2026 «33%» frame=[vote:vote] in=Kenya on=2026-05-04
8  date election - - - election@2026 «May 3» by=the electoral commission
8  turnout turnout voters - - election@2026 «62.5%» by=the electoral commission in=Kenya on=2026-05-04
10 votes share voters Mary_Wanjiru_Otieno - election@2026 «52%» in=Kenya on=earlier
14 votes share voters Samuel_Kiprono - election@2026 «56%» on=2026-05-04
14 votes share voters Grace_Achieng - election@2026 «39%» on=2026-05-04
18 votes share voters Grace_Achieng - election@2026 «41%»
20 votes share voters Grace_Achieng - election@2026 «33%»
22 date election - - - election+planned@2026 «May 24»
`,
	"04_parts.md": `
6  date earthquake - - - earthquake@2025 «Thursday» by=rescuers
6  casualties deaths people - - earthquake@2025 «420 people» by=rescuers in=Iran+Iraq on=2025-11-14
8  casualties deaths people - - earthquake@2025 «150» by=the health ministry in=Iraq/government-held on=2025-11-14
8  casualties wounded people - - earthquake@2025 «about 600» by=the health ministry in=Iraq/government-held on=2025-11-14
10 casualties deaths people - - earthquake@2025 «At least 90 people» by=local medics in=Iraq/opposition-held on=2025-11-14
10 casualties wounded people - Duhok earthquake@2025 «250» by=local medics in=Iraq/opposition-held on=2025-11-14
12 casualties deaths people - - earthquake@2025 «95» in=Iraq/opposition-held on=2025-11-14
12 casualties wounded people - - earthquake@2025 «260 injured» in=Iraq/opposition-held on=2025-11-14
16 casualties deaths children - - earthquake@2025 «Twenty» by=officials
18 casualties deaths police - - earthquake@2025 «15 dead» in=Iran+Iraq on=2025-11-14
20 casualties deaths people - - earthquake@2025 «more than 300 lives» by=the agency in=Iran+Iraq on=2025-11-14
22 casualties deaths people - - earthquake@2025 «300 dead» in=Iran on=2025-11-14
22 casualties deaths people - - earthquake@2025 «120» in=Iraq on=2025-11-14
22 casualties deaths people - - earthquake@2025 «420» in=Iran+Iraq on=2025-11-14
24 casualties deaths people - - flood «Some 300 people» by=officials
`,
	"05_lead.md": `
6  date storm - - - storm@2025 «Oct. 14»
8  casualties deaths people - - storm@2025 «At least 45 people» by=officials in=Jamaica on=2025-10-20
10 casualties deaths people - - storm@2025 «120 more people» in=Jamaica~P10D on=2025-10-20
10 date storm - - - storm@2025 «Oct. 14»
12 casualties deaths people - - storm@2025 «52» in=Jamaica
14 casualties deaths people - - storm@2025 «12 more people» by=officials in=Jamaica~2025-10-18/2025-10-20 on=2025-10-20
16 date storm - - - storm@2025 «Oct. 16» by=forecasters
18 casualties deaths people - - storm «1,250» in=Haiti on=2025-10-20
20 casualties deaths people - - storm@2025 «3 people» by=the ministry in=Jamaica~2025-10-19/2025-10-20
20 casualties wounded people - - storm@2025 «11» by=the ministry in=Jamaica~2025-10-19/2025-10-20
`,
	"06_start.md": `
6  date start - - - war@2025 «May 15» by=witnesses
8  casualties deaths people - - clashes@2025 «At least 12 protesters» by=a rights group
8  prisoners held people - - clashes@2025 «about 900» by=a rights group
8  prisoners held journalists - - clashes@2025 «six» by=a rights group
10 displaced displaced people - - clashes@2025 «Between 2,000 and 3,000 people» by=the agency frame=[departure:fled] in=Chad
12 date start - - - war@2025- «since May 15» by=the agency
12 displaced displaced people - - clashes@2025- «61,800» by=the agency frame=[departure:fled] on=2025-06-10
14 date ceasefire - - - ceasefire@2025 «early May» by=the army
16 casualties deaths people - - offensive «70 people» by=medics frame=[operation:offensive] on=2025-06-10
18 displaced displaced people - - clashes@2025 «Some 9,000 people» by=the agency frame=[departure:fled] in=~2025-05-31/2025-06-10
20 date start - - - war@2025 «June 2»
`,
	"09_camps.md": `
6  displaced displaced people - - war «300,000» in=Kenya
12 date start - - Jubaland war@2025 «June» by=the agency
12 displaced displaced people - Jubaland war@2025 «60,000» by=the agency frame=[departure:fled] in=Kenya+Somalia
14 displaced displaced people - - war «Some 45,000 people» by=the agency in=Kenya+Somalia
16 displaced displaced people - Gedo war «12,400 people» in=Gedo
18 displaced displaced people - - war@2025- «80,000» by=the agency frame=[departure:fled] in=Kenya on=2025-08-14
`,
	"10_quake.md": `
6  date earthquake - - - earthquake@2025 «Monday» by=the geodynamic institute
6  magnitude magnitude - - - earthquake@2025 «magnitude 6.4» by=the geodynamic institute
8  magnitude magnitude - - - earthquake@2025 «at least 6.2»
12 magnitude magnitude - - - earthquake+another «magnitude 5.3»
16 casualties deaths people - - earthquake@2025 «40 people»
20 magnitude magnitude - - - aftershock «magnitude 6.3»
`,
	"11_strike.md": `
6  date strike - - - strike@2025 «Friday» by=witnesses
8  casualties deaths people - - strike@2025 «at least 70 people» frame=[operation:attack] in=Kassala on=2025-04-12
10 casualties deaths people - - strike@2025 «2,300» by=the health ministry in=Kassala~2025-03-03/2025-04-12 on=2025-04-12
`,
	"12_truce.md": `
6  date start - - - war@2025 «April 15» by=the health ministry
6  casualties deaths people - - war@2025 «at least 800 people» by=the health ministry on=2025-05-22
8  displaced displaced people - - war@2025 «Some 900,000 people» on=2025-05-22
10 casualties deaths civilians - - war@2025 «At least 52 civilians» by=medics on=2025-05-22
10 casualties wounded civilians - - war@2025 «140» by=medics on=2025-05-22
12 date coup - - - coup@2023 «2023»
`,
	"13_anniversary.md": `
10 date earthquake - - - earthquake@2015 «2015»
`,
	"14_lookback.md": `
6  casualties deaths people - - strike@2023 «at least 210 people» on=2026-06-10
6  casualties wounded people - - strike@2023 «more than 6,000» on=2026-06-10
8  casualties deaths people - - fire@2026 «40» on=2026-06-10
`,
	"15_floods.md": `
6  casualties deaths people - - flood «At least 40 people» by=the governor in=Bukavu on=2025-05-06
8  casualties missing people - - flood «between 300 and 400» by=officials in=Democratic Republic of the Congo on=2025-05-06
10 casualties deaths people - - flood «52» by=rescuers in=Democratic Republic of the Congo on=2025-05-06
16 casualties deaths people - - flood «At least 60 people»
`,
	"16_control.md": `
6  date blockade - - Mariupol blockade@2022 «May 2022»
6  duration blockade - - - blockade@2022 «nearly three months»
6  control change - - - control@2022 «conquest» frame=[control_change:conquest] ctl=[Mariupol:Ukraine>Russia]
8  prisoners held soldiers Ukraine - war «300» by=Russia
10 duration war - - - war «80 days»
`,
	"17_regions.md": `
6  casualties deaths people - - flood «At least 95 people» by=officials in=Spain on=2024-10-31
10 casualties deaths people - - flood «two bodies» in=Spain/Alta Serrania on=2024-10-31
12 displaced evacuated people - - flood «More than 1,200 people» in=Spain on=2024-10-31
14 casualties deaths people - - flood «At least 70 people» in=Spain on=2024-10-31
16 casualties deaths people - - flood «210» by=officials
`,
	"19_cyclone.md": `
6  casualties deaths people - - storm «at least 61 people» by=Madagascar in=Madagascar on=2026-02-10
6  casualties wounded people - - storm «210 injured» by=Madagascar in=Madagascar on=2026-02-10
6  casualties missing people - - storm «14 missing» by=Madagascar in=Madagascar on=2026-02-10
6  casualties deaths people - - storm «9 deaths» by=Madagascar in=Comoros on=2026-02-10
6  casualties wounded people - - storm «30 injured» by=Madagascar in=Comoros on=2026-02-10
8  date storm - - - storm@2026 «Sunday»
8  casualties deaths people - - storm@2026 «at least 48 people» in=Madagascar on=2026-02-10
10 casualties deaths people - - storm@2026 «At least 12 people» in=Comoros on=2026-02-09
12 casualties deaths people - - storm@2026 «70 dead» by=Madagascar in=Madagascar on=2026-02-10
`,
	"20_attack.md": `
6  casualties deaths people - - offensive «At least 48 people» by=the interior ministry on=2026-04-05
6  casualties wounded people - - offensive «more than 90» by=the interior ministry on=2026-04-05
10 casualties deaths people - - offensive «52» on=2026-04-05
10 casualties wounded people - - offensive «97» on=2026-04-05
14 casualties deaths people - - offensive «60 people» by=doctors on=2026-04-05
16 casualties deaths people - - offensive «At least 55 people» on=2026-04-05
`,
	"21_twin.md": `
6  date earthquake - - - earthquake@2026 «January 12» by=the geophysical institute
6  magnitude magnitude - - - earthquake@2026 «magnitude 7.0» by=the geophysical institute
6  magnitude magnitude - - - earthquake+another@2026 «6.2» by=the geophysical institute
8  date earthquake - - - earthquake+another@2026 «Wednesday»
10 magnitude magnitude - - - earthquake+another@2026 «6.0 magnitude» by=the national agency
12 casualties deaths people - - earthquake@2026 «Two people»
12 date earthquake - - - earthquake@2026 «Thursday»
12 magnitude magnitude - - - earthquake@2026 «5.1-magnitude»
`,
	"22_compounds.md": `
6  date storm - - - storm@2026 «February 8»
8  casualties deaths people - - storm@2026 «600 dead»
8  casualties deaths people - - storm@2026 «400» in=Mozambique/opposition-held
10 casualties deaths people - - storm@2026 «310»
10 casualties deaths people - - storm@2026 «290 deaths»
12 casualties wounded people - - storm@2026 «350 people» by=the health ministry
14 casualties deaths civilians - - storm@2026 «120» by=a monitoring group
`,
	"23_exodus.md": `
6  date war - - - war@2026- «February 2»
6  displaced displaced people - - war@2026- «more than 400,000 people» in=Ethiopia
8  displaced displaced people - - war@2026- «420,000 people» by=the agency frame=[departure:fled] in=Ethiopia
8  displaced displaced people - - war@2026- «330,000 displaced» by=the agency frame=[departure:fled] in=Ethiopia
8  displaced displaced people - - war@2026- «90,000» by=the agency frame=[departure:fled] in=Ethiopia/abroad
10 displaced displaced people - - war@2026- «5,000» by=officials frame=[departure:fled] in=Ethiopia/abroad
12 displaced hosted people - - - «about 900,000 refugees»
14 displaced displaced people - - - «Some 60,000 displaced people»
16 casualties deaths people - - war@2026- «At least 2,000 people» in=Ethiopia~P1M
18 casualties deaths people - - war@2026- «150 people» by=aid workers in=Ethiopia~PT24H
20 displaced displaced households - - war@2026- «9,000»
22 displaced displaced people - - war@2026- «About 30,000 people» in=Ethiopia
`,
	"24_annexation.md": `
6  date election - - - election@2026 «March 1-3, 2026»
8  date annexation - - - annexation@2026 «March 10, 2026»
`,
	"25_provinces.md": `
6  casualties deaths people - - flood@2025- «900 people» by=officials in=Pakistan
6  date flood - - - flood@2025- «since June» by=officials
8  casualties deaths people - Punjab flood@2025- «400 people» by=Khyber Pakhtunkhwa in=Punjab
8  casualties deaths people - Sindh flood@2025- «250 deaths» by=Khyber Pakhtunkhwa in=Sindh
8  casualties deaths people - Balochistan flood@2025- «150» by=Khyber Pakhtunkhwa in=Balochistan
8  casualties deaths people - Balochistan flood@2025- «100 deaths» by=Khyber Pakhtunkhwa in=Khyber Pakhtunkhwa
10 casualties deaths animals - - flood@2025- «some 60,000»
16 casualties wounded people - - flood@2025- «300 injured»
18 casualties deaths people - - flood@2025- «35 people» in=Pakistan/elsewhere
`,
	"26_clauses.md": `
6  date coup - - - coup@2021 «since the autumn of 2021»
8  casualties deaths people - - flood «more than 60 people» on=2024-03-01
12 date war - - - war@2019 «2019»
12 displaced displaced people - - war@2019 «more than 20,000» frame=[departure:fled]
`,
	"27_since.md": `
8  displaced displaced people - - war@2025- «540,000» by=UNHCR frame=[departure:fled]
`,
	"28_started.md": `
6  displaced displaced people - - war «Nearly 20,000» frame=[departure:fled]
8  casualties deaths people - - war@2025 «Around 300 people»
8  date start - - - war@2025 «August 25»
10 casualties deaths militants - - war@2025- «250» by=the army frame=[actors:rebels]
`,
	"29_actors.md": `
6  casualties deaths soldiers - - - «14 soldiers» by=the interior ministry
6  casualties deaths militants - - - «40» by=the interior ministry frame=[actors:terrorists]
8  casualties deaths soldiers Ukraine - story «120» by=Russia frame=[actors:militants]
10 prisoners held soldiers Ukraine - story «900 fighters» by=Russia
`,
	"30_means.md": `
6  casualties deaths people - - offensive@2025 «4,100» by=the health ministry frame=[operation:offensive]
6  date start - - - offensive@2025 «March 1» by=the health ministry
8  casualties deaths people - - offensive@2025 «4,300»
10 casualties deaths health_workers - - strike@2025- «40»
12 casualties deaths aid_workers - - clashes «14» frame=[operation:aggression]
`,
	"31_datelines.md": `
6  casualties deaths people - - earthquake «At least 800 people» by=United Nations
8  casualties wounded people - - earthquake «300 people» by=aid groups
10 casualties deaths people - - earthquake «More than 4,400 people» on=2025-05-09
12 casualties deaths people - - earthquake «900 people» by=United Nations
`,
	"32_names.md": `
6  votes share voters President_Ana_Maria_da_Costa - election «48.3%»
6  votes share voters President_Jorge_Mendes - election «43.3%»
`,
	"33_totals.md": `
6  casualties deaths people - - flood «1,204» by=the disaster agency
8  casualties deaths people - - earthquake «4,100 people» in=Turkey
8  casualties deaths people - - earthquake «900» in=Syria
8  casualties deaths people - - earthquake «5,000» in=-
10 casualties deaths people - - flood «45 deaths» in=~2025-08-24/2025-08-25
10 casualties wounded people - - flood «113 injuries» in=~2025-08-24/2025-08-25
10 casualties deaths people - - flood «982 deaths» in=~2025-06-14/2025-09-09
12 casualties deaths people - - flood «1,230» by=officials
`,
	"34_months.md": `
6  casualties deaths people - - flood «500» by=officials on=2026-10-06
8  date earthquake - - - earthquake@2026 «March this year»
8  casualties deaths people - - earthquake@2026 «13 people»
8  magnitude magnitude - - - earthquake@2026 «6.1 magnitude»
12 casualties deaths people - - earthquake «at least 900 people»
12 magnitude magnitude - - - earthquake «6.2-magnitude»
14 casualties deaths people - - flood «140»
16 casualties deaths people - - flood «150» in=-
`,
	"35_earlier.md": `
6  date earthquake - - - earthquake+another@2023 «Wednesday»
6  casualties deaths people - - earthquake@2023 «more than 2,000 people»
8  casualties deaths people - - earthquake@2023 «150» on=earlier
10 casualties deaths people - - earthquake@2023 «120» on=earlier
`,
	"36_asides.md": `
6  date election - - - election@2026 «Sunday»
8  votes share voters - - election@2026 «61,20%» on=earlier
`,
	"37_clashes.md": `
6  date start - - - war@2026- «since June 11»
`,
	"38_retro.md": `
6  casualties deaths people - - blockade@2019 «At least 3,000 people» by=the group
8  date flood - - - flood@2012 «2012» by=the group
`,
	"39_riots.md": `
8  displaced displaced people - - war@2015 «About 90,000» in=-
8  date war - - - war@2015 «2015»
8  casualties deaths people - - war@2015 «nearly 80 people» in=-
12 date war - - - war@2023 «2023»
12 displaced displaced people - - war@2023 «some 6,000 people» frame=[departure:fled]
`,
	"40_undated.md": `
5  date start - - - war@2024 «March 3»
5  displaced displaced people - - war@2024 «more than 90,000 people» frame=[departure:fled]
7  casualties deaths soldiers - - war@2024 «nine soldiers» on=2024-03-03
9  displaced displaced people - - war@2024 «120,000» by=aid workers frame=[departure:fled] on=--06-09
`,
	"42_runoff.md": `
6  date election - - - election@2026 «Sunday» stage=-
8  votes share voters Brenner - election@2026 «51.2%» on=earlier stage=-
8  votes share voters Varga - election@2026 «44.1%» on=earlier stage=-
10 votes share voters Brenner - election «48.9%» on=2026-04-13 stage=first_round
10 votes share voters Varga - election «45.6%» on=2026-04-13 stage=first_round
14 turnout turnout voters - - election@2026 «81.4%» in=- stage=-
14 turnout turnout voters - - election@2026 «39.5%» in=/abroad stage=-
16 votes share voters Brenner - election@2026 «48.9%»
18 votes share voters Brenner - election@2026 «50.9%»
18 votes share voters Varga - election@2026 «49.1%»
`,
	"43_runoff_results.md": `
6  turnout turnout voters - - election «78.2%» on=2026-04-27 stage=runoff
`,
	"44_groups.md": `
6  date start - - - war@2026 «March 2026» by=the health ministry
6  casualties deaths health_workers - - war@2026 «86» by=the health ministry
6  casualties wounded health_workers - - war@2026 «more than 150» by=the health ministry
8  casualties deaths aid_workers - - war@2026 «14» by=the agency
8  casualties wounded aid_workers - - war@2026 «22» by=the agency
10 casualties deaths people - - war@2026 «95» by=the police
10 casualties wounded people - - war@2026 «260 injured» by=the police
12 date fire - - - fire@2026 «Saturday»
12 casualties deaths firefighters - - fire@2026 «12»
12 casualties wounded firefighters - - fire@2026 «40»
`,
	"45_which.md": `
6  date earthquake - - - earthquake@2026 «last Friday» by=officials
6  casualties deaths people - - earthquake@2026 «more than 900 people» by=officials on=2026-06-10
`,
	"46_abbreviations.md": `
6  date strike - - - strike@2026- «since Oct. 7» by=the health ministry
6  casualties deaths people - - strike@2026- «5,000» by=the health ministry
8  date offensive - - - offensive@2026 «Oct. 7» by=officials in sudland
8  casualties deaths people - - offensive@2026 «about 300 people» by=officials in sudland frame=[operation:attack]
`,
	"47_long_ago.md": `
6  casualties deaths people - - storm «202» by=officials
8  casualties deaths people - - - «1,400 people»
`,
	"48_following.md": `
6  date election - - - election@2026 «March 1»
`,
	"49_county.md": `
6  casualties deaths people - - storm «115 people» by=state officials in=Norland
8  casualties deaths people - - storm «42 deaths» in=Marsh
`,
	"50_comparisons.md": `
6  casualties deaths people - - storm «200 deaths»
6  date storm - - - storm@2006 «two decades ago»
6  casualties deaths people - - storm@2006 «1,100 people»
8  casualties deaths people - - earthquake «2,000 people» in=-
10 casualties deaths people - - - «900 people»
`,
	"52_died_in.md": `
6  casualties deaths people - - storm@2024 «40 people»
6  date storm - - - storm@2024 «Friday»
8  casualties deaths people - - earthquake@1988 «an estimated 9,000 people»
8  casualties deaths people - - storm@2015 «2,100»
8  date earthquake - - - earthquake@1988 «1988»
8  date storm - - - storm@2015 «2015»
`,
	"53_bodies_and_plans.md": `
8  date election - - - election@2024 «August 9»
10 date election - - - election+planned@2024 «September 23» by=the commission
`,
	"54_apposition.md": `
6  casualties deaths people - - storm «at least 90 people» by=officials in=Mozambique
8  casualties deaths people - - storm «60 deaths» in=Mozambique/varen
`,
	"55_plural_possessive.md": `
6  date election - - - election@2026 «May 3»
6  votes share voters Brenner - election@2026 «58.6 per cent» frame=[vote:vote]
6  votes share voters Mr_Ennis - election@2026 «24.9 per cent» frame=[vote:vote]
6  votes share voters Varga - election@2026 «16.5 per cent» frame=[vote:vote]
`,
	"56_men.md": `
6  casualties deaths men - - earthquake@2026 «25 men»
6  casualties deaths people - - earthquake@2026 «52 people»
6  casualties deaths women - - earthquake@2026 «27 women»
6  date earthquake - - - earthquake@2026 «Friday»
`,
	"57_excluding.md": `
6  date election - - - election@2026 «Sunday»
8  turnout turnout voters - - election@2026 «56.2%» by=the electoral commission in=/excluding
10 turnout turnout voters - - election@2026 «65.1%» in=-
`,
	"58_own_subject.md": `
6  casualties deaths people - - flood@2024 «five deaths»
6  date flood - - - flood@2024 «Tuesday»
`,
	"59_comma_list.md": `
6  date earthquake - - - earthquake@2025 «Friday»
6  casualties deaths people - - earthquake@2025 «144 dead»
6  casualties wounded people - - earthquake@2025 «730 injured»
8  casualties deaths people - - earthquake@2025 «150 people» by=officials
8  casualties wounded people - - earthquake@2025 «760 people» by=officials
`,
	"60_capital_and_opening.md": `
6  date earthquake - - - earthquake@2025 «Friday»
8  casualties deaths people - - earthquake@2025 «At least 18 people» by=officials in=Bangkok
10 casualties deaths people - - earthquake@2025 «24» in=Thailand
`,
	"51_lead_places.md": `
8  casualties deaths people - - war «about 5,000 people» in=Norport
`,
	"41_that_year.md": `
6  date election - - - election@2014 «March 16, 2014»
8  date annexation - - - annexation@2014 «March 18 that year»
`,
	"08_states.md": `
6  casualties deaths people - Florida storm «at least 40 people» by=officials in=Florida
8  casualties deaths people - - storm «120 lives» in=United States
10 casualties deaths people - - storm «25 people» in=South Carolina
`,
	"07_fire.md": `
6  casualties deaths people - - fire «41» in=Greece on=2024-07-21
8  casualties deaths people - - fire «38» in=Greece on=earlier
10 casualties deaths people - - tsunami@1956 «17 people»
10 date tsunami - - - tsunami@1956 «1956»
12 casualties deaths people - - fire «66 lives» in=Portugal
14 casualties deaths people - - fire «14 people» by=local medics in=Greece on=2024-07-22
18 casualties deaths firefighters - - fire «At least 5» by=the union in=Greece
18 casualties wounded people - - fire «dozens more injured» by=the union in=Greece
20 casualties deaths people - - fire «4 people» in=Greece
22 casualties deaths people - - fire «41 people» by=officials in=Greece
22 casualties wounded people - - fire «130» by=officials in=Greece
24 casualties deaths people - - fire «12»
24 prisoners held people - - fire «30»
26 casualties deaths journalists - - fire «At least 3 journalists» in=Greece
`,
}

func TestCorpusConstructs(t *testing.T) {
	runCorpus(t, filepath.Join("..", "testdata", "claims", "constructs"), constructsWant)
}
