"""Closed word lists of news English: honorifics, title and role nouns, organisation heads,
speech verbs, calendar names. General vocabulary only, never names from a particular story.
All entries are casefolded; look words up with `.casefold()`.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of `text`, as a set."""
    return frozenset(text.split())


_words = words


HONORIFICS = _words(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend madam mdm cde hon father"
    " fr pastor imam rabbi datuk datin seri alhaji alhaja hajia hajiya malam mallam comrade assoc"
    " asst rt"
)  # "Cde" (comrade), "Hon" (honourable): Zimbabwe, Kenya; "Alhaji": West Africa
# Honorifics after which a lone token is a given name rather than a surname ("Sir Keir").
GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})

# Capitalised words that make a capitalised run a title ("Prime Minister", "Detective Inspector").
# Ranks written short before a name, dot or not ("Col. Amadou Diallo"); the police ranks of
# Ghana, Nigeria, India, Pakistan ("DCOP X", "SSP Y") are titles only before a name (below).
_POLICE_RANKS = "dcop acp dsp asp igp aig dig ssp sp csp cp"
RANK_ABBREVIATIONS = _words("col gen lt maj capt sgt cpl adm brig supt insp const " + _POLICE_RANKS)
SHORT_TITLES = _words("ald atty dist engr barr cmdr msgr")  # AP, Philippine, Nigerian: "Engr. X"
TITLE_WORDS = RANK_ABBREVIATIONS | _words(
    """
    minister president secretary director senator governor mayor judge justice chancellor
    inspector detective sergeant constable superintendent commissioner chief officer chairman
    chairwoman chair executive representative councillor leader manager coach captain striker
    spokesperson spokesman spokeswoman ambassador general colonel admiral commander bishop
    archbishop pope king queen prince princess deputy speaker attorney premier mp mep msp mla
    sen rep gov candidate founder editor correspondent boss treasurer adviser advisor envoy td
    administrator advocate prosecutor member undersecretary under-secretary whip attorney-at-law
    barrister-at-law head defender rapporteur chairperson ombudsman registrar auditor-general
    advocate-general attorney-general solicitor-general inspector-general secretary-general
    director-general governor-general surgeon-general lieutenant major marshal magistrate
    sheriff governor-elect president-elect mayor-elect vice-president prosecutor dean rector
    provost counsel solicitor barrister councilmember councilman councilwoman assemblymember
    assemblyman assemblywoman congressman congresswoman alderman alderwoman pc pcso dc ds dci
    dsi cllr owner elder collector auditor ceo cfo coo dpp cr engineer pleader corporator mca
    mpa mna mlc tem tempore coroner clerk mec aide councilor brigadier commodore corporal
    trooper chaplain lawmaker legislator coun clr supervisor coordinator eng menteri mentri
    comptroller kaumātua kaumatua kuia"""
)  # "Kaumātua", "Kuia": a Māori elder addressed by the title, as "Elder"
# Hyphenated titles: "Director-General", "Governor-elect", "Minister-designate", "vice-chair",
# ranks of two words ("Lieutenant-Colonel", "Lieutenant-Commander", "Major-General").
_HYPHENED = "{}-general {}-elect {}-designate vice-{} co-{} deputy-{} {}-colonel {}-commander"
TITLE_WORDS = TITLE_WORDS | frozenset(f.format(t) for t in TITLE_WORDS for f in _HYPHENED.split())
# Modal verbs ("would ask", "must delete"): what follows them has not (yet) happened.
MODALS = _words("will would can could may might must should shall")
# Title words that are also abbreviations ("Sen", "Rep"): titles only before a name.
TITLE_ABBREVIATIONS = _words("sen rep gov mp cllr coun clr cr dpp mec cs eng " + _POLICE_RANKS)
TITLE_WORDS, TITLE_ABBREVIATIONS = TITLE_WORDS | SHORT_TITLES, TITLE_ABBREVIATIONS | SHORT_TITLES

# Lowercase nouns that head a role phrase ("presidential candidate", "chief of staff").
ROLE_NOUNS = TITLE_WORDS | _words(
    """
    coroner reeve contractor ombudsman alderman congressman congresswoman midwife paramedic
    firefighter headteacher curator diplomat consul negotiator mediator incumbent challenger
    convenor steward controller lobbyist pollster strategist undersecretary whip inmate pharmacist
    dentist chemist vet plumber electrician carpenter mechanic baker butcher chef cook
    cleaner ranger guard clerk cashier labourer laborer builder porter shopkeeper
    candidate nominee leader head spokesperson spokesman spokeswoman lawyer barrister
    solicitor attorney prosecutor judge manager coach striker midfielder defender goalkeeper
    captain player chairman chair chairwoman co-chair founder co-founder owner director
    executive ceo cfo chief president secretary minister senator governor mayor councillor
    commissioner treasurer analyst economist reporter correspondent editor officer inspector
    detective constable sergeant superintendent nurse doctor teacher worker official
    campaigner activist organiser organizer adviser advisor aide ambassador envoy partner
    investor banker trader chancellor premier deputy boss staff mp mep representative
    member democrat republican researcher scientist professor lecturer student pilot
    daughter son wife husband mother father brother sister widow parliamentarian lawmaker
    neighbour neighbor legislator politician journalist blogger photographer farmer resident
    winner defense defence counsel spokesperson dean judge magistrate colleague predecessor
    successor rival opponent ally friend deputy assistant representative delegate
    commander general soldier marine officer agent investigator auditor developer
    entrepreneur businessman businesswoman executive chairperson president-elect
    governor-elect vice-president minister-designate editor-in-chief commander-in-chief
    secretary-general director-general attorney-general solicitor-general auditor-general
    inspector-general governor-general environmentalist conservationist ecologist biologist
    geologist epidemiologist virologist psychologist psychiatrist sociologist criminologist
    climatologist physicist nutritionist therapist anthropologist archaeologist meteorologist
    hydrologist seismologist academic convener schoolteacher exporter nominee candidate author
    writer novelist artist singer actor actress director producer presenter tycoon magnate
    commentator columnist historian lawyer paralegal surgeon physician priest imam rabbi
    monk pastor cardinal villager driver victim survivor suspect defendant
    plaintiff prisoner detainee refugee migrant voter shopkeeper owner landlord tenant
    campaign-manager running-mate fiancee fiance partner cousin uncle aunt nephew niece
    grandson granddaughter grandmother grandfather girlfriend boyfriend councilor
    figurehead mastermind counterpart engineer architect consultant accountant planner clerk
    supervisor coordinator administrator trustee registrar champion coach-elect pensioner
    retiree homeowner motorist commuter cyclist jockey trainer fisherman miner shopper
    parent graduate volunteer protester demonstrator gunman attacker passenger tourist
    visitor customer patient carer employee vendor seller labourer laborer cleaner cook
    chef waiter guard specialist expert scholar fellow"""
)

ROLE_NOUNS = ROLE_NOUNS | TITLE_WORDS

# Lowercase words that may stand inside a role before its head noun.
ROLE_MODIFIERS = _words(
    """
    former new then current acting interim deputy senior snr junior chief vice executive
    managing general assistant associate lead top longtime veteran outgoing incoming
    presumptive prime shadow foreign home first district county state federal local national
    regional city town finance health education health justice defence defense interior
    transport trade business political legal medical operating financial retired ruling
    governing
    junior principal party labour opposition freelance jailed"""
)
ADJECTIVE_SUFFIXES = ("al", "ic", "ian", "ish", "ese", "ive")

ORG_HEADS = _words(
    """
    ombudsman municipality party commission committee council department ministry agency
    authority association community
    union court bank group inc ltd llc llp plc corp corporation company co capital partners limited
    holdings logistics freight pharma pharmaceuticals homes times news post club fc police
    service services office board trust foundation institute university college school
    hospital fund network airlines airways motors energy democrats republicans conservatives
    regulator shipyard shipyards shipbuilders shipbuilding
    federation league society alliance organisation organization industries technologies
    media press broadcasting coalition government parliament congress senate assembly
    movement tribunal panel forum unit army navy force forces embassy bureau secretariat mission
    nations development developments investments ventures properties minerals resources
    solutions systems enterprises trading foods programme program constabulary water
    lithium uranium airport airports railways railway railroad utilities telecom rail museum gallery
    athletic rovers wanderers albion hotspur
    cabinet works steel oil mining construction television radio institution centre center
    representatives commons lords brigade regiment corps directorate inspectorate aviation express
    cloud project
    observatory academy campaign buses coaches ferries rally
    consortium cooperative federation network newspaper insurance securities airline
    watch centers centres international engineering hydraulics shipping marine daily herald
    tribune gazette courier journal chronicle telegraph chamber confederation front
    legislature exchange
    advisory communications nation industry aerospace administration ab nv bv spa
    oyj pty bhd pte asa as oy ag gmbh analytics consulting consultants advisers advisors archives
    archive initiative collective petroleum guild electric diocese archdiocese builders
    contractors clinic clinics cell"""
)
# Lowercase nouns that make the capitalised words before them an organisation's name
# ("the Khmer Rouge tribunal", "the Republican party").
# Heads that name a trade rather than a kind of body: "Freight and Ports", "Oil and Gas"
# join inside one company's name.
SECTOR_HEADS = _words(
    """logistics freight pharma pharmaceuticals energy industries technologies media press
    broadcasting investments properties minerals resources trading foods water telecom rail
    railways airports utilities steel oil mining construction insurance securities shipping
    marine engineering electric"""
)
LOWER_ORG_HEADS = _words("tribunal party movement")
# Lowercase nouns before a name that say it names an organisation ("steel company Arcelor",
# "the French newspaper La Tribune", "the union Unite").
ORG_NOUNS = _words(
    """
    company firm group ngo newspaper broadcaster network union party agency bank charity
    organisation organization airline carrier maker manufacturer retailer insurer lender
    paper magazine station channel website outlet movement coalition regulator watchdog
    conglomerate giant operator broadcaster daily weekly tabloid publisher studio label
    club team association federation body carmaker automaker retailer supermarket chain
    airline insurer miner producer supplier developer service platform marketplace
    consultancy brokerage broker lender exchange utility"""
)
# A company's trade before its name ("Chipmaker", "Shipbuilder", "Airframer X Aero said").
TRADES = ("maker", "builder", "framer", "manufacturer", "producer", "retailer", "insurer")
# Possessive words that stay inside an organisation's name ("Cambodian People's Party").
NAME_POSSESSORS = _words(
    """people workers women children farmers veterans teachers nurses students citizens
    men patients parents consumers taxpayers nations"""
)
# First words that make a capitalised run a place ("New Zealand", "South Korea").
PLACE_FIRST = _words(
    """new north south east west northern southern eastern western central upper lower middle
    greater san santa saint st los las el port fort mount lake cape southeast southwest
    northeast northwest"""
)
# Lowercase nouns after a capitalised run that make it a place ("Prey Veng province").
PLACE_NOUNS = _words(
    """province district commune village city town state county region area lake river
    island capital territory prefecture municipality neighbourhood neighborhood suburb
    valley"""
)
# First and last words of the names of events and things, not people ("Hurricane Katrina",
# "Nobel Peace Prize", "Crimes Act").
EVENT_FIRST = _words("hurricane storm typhoon cyclone tropical operation")
EVENT_LAST = _words(
    """war prize award act bill treaty accord day week festival cup games championship
    olympics summit conference convention conventions agreement regulation directive"""
)
# Who speaks for a body or a person by trade ("a company spokesperson", "Sinn Féin's housing
# spokeswoman").
SPOKESPEOPLE = _words("spokesperson spokesman spokeswoman")
# A possessive pronoun and the subject pronoun it stands for ("her letter": "she").
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Nouns whose name follows them, a thing's and never a person's ("the trawler Kestrel Dawn").
VESSEL_NOUNS = _words(
    "ship vessel trawler ferry tanker freighter yacht boat warship submarine frigate cruiser"
)
# Words after a person's (possessive) name that make the phrase an organisation.
CAMPAIGN_WORDS = frozenset({"campaign", "team"})

PLACE_HEADS = _words(
    """
    street road avenue lane square tower island islands county park bridge airport
    station river mountain mountains valley lake coast beach province district territory
    base palace prison camp hotel"""
)
PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "across", "outside", "around", "throughout"})
PLACE_OF_NOUNS = frozenset(
    {"state", "city", "island", "county", "town", "village", "region", "resident", "residents"}
    | {"people", "citizens", "outskirts", "centre", "center", "north", "south", "east", "west"}
    | {"government", "capital", "embassy", "province", "territory", "republic", "kingdom"}
)

# Acronyms that name places or common nouns, not organisations; and the words of markup,
# file formats and character codes that pasted HTML or scraped copy brings (issue 11: a
# pasted `*[HTML]: …` made "HTML" an organisation); and a newspaper's first word in
# capitals ("MORE than 2 300 workers").
NON_ORG_ACRONYMS = _words(
    """
    us uk usa dc nyc la uae pac ceo cfo mp mps gdp ai tv pm ok am id vat ii iii iv
    covid sms usd aud gbp eur nzd cad jpy lgbt lgbtq er icu hiv aids dna ivf ngo ngos cctv gps gp
    html xhtml css xml json yaml url urls uri http https www pdf svg dom api js php sql
    rss gif png jpg jpeg utf ascii bom nul del esc crlf cdata
    the more most over nearly almost about some"""
)

SPEECH_VERBS = _words(
    """
    said says say told tells added adds explained noted wrote writes warned argued insisted
    claimed accused described called calls termed stated declared announced asked replied
    responded continued suggested admitted praised urged promised tweeted posted conceded
    acknowledged stressed predicted recalled concluded observed remarked complained
    criticised criticized condemned denied dubbed labelled labeled branded"""
)
SPEECH_PARTICIPLES = _words(
    """
    saying adding calling describing telling writing warning arguing insisting claiming
    accusing noting explaining urging dubbing labelling labeling branding"""
)
PRONOUNS_PERSON = frozenset({"he", "she"})
NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})  # pronouns that can only be subjects
PRONOUNS_ORG = frozenset({"it"})
SUBJECT_SKIP = _words(
    """
    also later then previously again has had have was is were are would will had once
    earlier afterwards afterward subsequently further simply just"""
)

# Capitalised words that open sentences without naming anything.
SENTENCE_STARTERS = _words(
    """
    the a an but and or so in on at for from to with by after before when while if as
    although though despite under over according it he she they we i you his her their its
    our my your this that these those there here some many most all both each every no not
    now then today yesterday tomorrow last next earlier later meanwhile however also still
    yet further shares what who why how where which one two three four five six several
    plans voters turnout analysts campaigners councillors junior former reporting en asked
    speaking following despite until unless since during among between within without
    nearby residents officials critics supporters opponents lawyers experts sources
    members leaders police prosecutors authorities protesters unlike had should outside amid
    amidst throughout alongside against toward towards beneath behind near"""
)
LINKING = _words("but and yet so or nor meanwhile however also still then now instead")  # openers
CONNECTORS = frozenset(
    {"of", "for", "and", "the", "de", "van", "von", "der", "da", "du", "la"}
    | {"bin", "ibn", "bint", "al", "el", "abu", "del", "della", "di", "le", "ter", "dos", "das"}
    | {"o", "te", "ki", "into"}  # Māori: "Ngā Kaitiaki o te Awa Trust"; "Inquiry into X"
    | {"ap", "ab", "ng", "zu", "den", "do"}  # "Heledd ap Dafydd", "Metro do Norte"
)
# Letters after a person's name: a rank, an honour or a seat ("Julian Fairbrother KC").
POST_NOMINALS = frozenset(
    {"kc", "qc", "sc", "mp", "mep", "msp", "ms", "mla", "td", "obe", "mbe", "cbe", "kbe", "dbe"}
    | {"jp", "san"}  # "MS": a Member of the Senedd ("Ms" is an honorific); Senior Advocate
)
# The members of a legislature, written as acronyms after their party ("Labour MPs").
MEMBER_ACRONYMS = frozenset({"MPs", "MEPs", "MSPs", "TDs", "MLAs", "MPPs"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
MONTH_NAMES = frozenset(n for n in MONTHS if len(n) > 3 or n == "may")
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
# Capitalised words that name no one alone: a month, a weekday, an adverb ("Fairmont Justice
# Now" is no Justice called Now).
# A day named right after a verb ("said Thursday", "The Authority on Wednesday postponed").
DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday"}
NO_ONE_WORDS = MONTH_NAMES | frozenset(WEEKDAYS) | words("now today here there then again")
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
FUTURE_MARKERS = _words(
    """
    will 'll ’ll would shall next upcoming due planned scheduled expected set going coming"""
)

# Attribution's nouns: a part of a document ('part of the letter read'), demonym endings
# ('the Cuban said'), bodies that speak ('the embassy said'), generic organisation nouns.
DOCUMENT_PARTS = frozenset({"part", "excerpt", "extract", "portion", "section", "passage"})
DEMONYM_ENDINGS = ("an", "ese", "ard", "ish", "ian", "i")
BODY_NOUNS = words(
    """government embassy ministry department army military court council committee
    commission administration cabinet parliament navy agency authority regulator
    consulate junta presidency watchdog"""
)
# Role nouns a firm has at least as often as a person ("rival Thornbury Aggregates"): no
# person by themselves (but "café owner Dion Te Kani", "his client X" are people).
SHARED_ROLES = words("rival rivals competitor competitors supplier contractor bidder exporter")
GENERIC_ORG_NOUNS = words(
    """group company firm organisation organization body business carmaker force watchdog
    regulator agency authority union party ministry department council board commission
    committee charity alliance coalition network trust federation association institute
    operator junta bloc university college hospital airline lender club insurer broadcaster
    drugmaker miner"""
)

# Name evidence: a country's bodies after its possessive ("Kenya's High Court"), one-word
# legislatures, adjectives that follow a name as its complement, and the words of country
# names ("The United States said": no body).
STATE_BODIES = _words(
    """parliament government army navy police cabinet senate congress presidency military
    judiciary high supreme constitutional national foreign interior defence defense"""
)
LEGISLATURES = _words("parliament congress senate knesset duma bundestag")
PREDICATIVE = _words("guilty innocent responsible liable unfit eligible ineligible dead alive")
COUNTRY_WORDS = _words("united states kingdom republic emirates islands isles")

# Company endings ("Apex Foods Ltd"), and title words that are given names too ("Dean
# Kowalczyk": a title only before another name).
COMPANY_ENDINGS = _words("inc ltd llc llp plc corp co ag sa gmbh limited as asa oy oyj bv ab nv")
GIVEN_NAMES_TOO = _words("dean king major earl judge bishop prince")
# Plural possessives that open a name before any capitalised word ("People's Party").
NAME_GROUPS = _words("people workers women supporters members parents")
# The plain forms of saying that close or open reported words ("…, she said.", "said that").
SAID_FORMS = _words("said says told added adds stated wrote noted")
# Quantifiers that stand alone as a subject ("supporters gathered, some chanting").
QUANTIFIERS = _words("some many others several most few one all both")
# Plural nouns a name qualifies, who are not the name ("Ilunga supporters", "Reed voters").
FOLLOWERS = NAME_GROUPS | _words("voters loyalists backers followers fans allies activists")

# Nouns whose "-ing" participle opens a clause about them ("a lawyer representing X").
AGENT_NOUNS = ROLE_NOUNS | ORG_NOUNS
# Who speaks for the organisation they are "of" or "from" (not "officials", "members" or
# "a team of researchers", who speak for themselves).
BODY_PARTS = words(
    "panel bench mission delegation monitors observers board branch chapter wing inspectors"
)
# The forms of "be" that make a passive or a copula ("was found", "were “…”").
BE_FORMS = words("be been being is are was were")
# The last word of a phrase that names a law, whose words no one speaks ("The Wisconsin bill
# would have told"; "“…”, as the Habitats Directive requires").
LAWS = _words("bill bills law laws act statute ordinance decree")
LAW_WORDS = "the words of a law"
# The last word of a law's name ("the Unlawful Trade Practices Act", "the Constitution").
LAW_NAMES = _words("constitution act code charter treaty statute")
# First words of agencies named by their field and their place ("Elections Canada",
# "Statistics Norway", "Parks Canada").
AGENCY_FIELDS = _words("elections statistics parks")
MEMBERS = frozenset({"republican", "democrat"})  # a party's member ("the Ohio Republican")
