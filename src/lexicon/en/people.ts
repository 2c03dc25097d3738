import type { PeopleWords } from "../sections/people.js";

/**
 * English words that tell who took part in the main event of a release, and the function
 * words of the title grammar. Lower case, as `Word.key` gives them.
 */
export const PEOPLE_WORDS: PeopleWords = {
  participationWords: [
    "met", "meets", "meet", "held", "holds", "had", "has", "spoke", "speaks", "talked", "talks", "took", "take", "taking",
    "participated", "participates", "attended", "attends", "chaired", "chairs", "hosted", "hosts", "received",
    "receives", "welcomed", "welcomes", "visited", "visits", "signed", "signs", "led", "leads", "headed", "heads",
    "joined", "joins", "discussed", "discusses", "called", "phoned", "conversation", "conversations", "meeting",
    "call", "calls", "summit", "visit", "negotiations", "consultations", "videoconference",
    "arrived", "arrives", "travelled", "traveled", "travelling", "traveling", "travels", "credentials",
  ],
  actVerbs: [
    "said", "says", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "informed",
    "informs", "told", "tells", "added", "adds", "presented", "presents", "thanked", "thanks", "welcomed", "expressed",
    "conveyed", "praised", "urged", "urges", "reiterated", "reiterates", "congratulated", "highlighted", "pointed",
    "proposed", "suggested", "supported", "briefed", "invited", "asked", "agreed", "underlined", "underscored",
    "outlined", "described", "recalled", "remarked", "stated", "declared", "announced", "confirmed", "assured",
    "believes", "believed", "expects", "hopes", "hoped", "voiced", "shared", "spoke", "met", "held", "had", "visited",
    "received", "chaired", "opened", "addressed", "delivered", "took", "participated", "attended", "signed",
    "advocated", "encouraged", "committed", "reaffirmed", "affirmed", "acknowledged", "called", "warned", "explained",
    "mentioned", "observed", "concluded", "also", "co-chaired", "co-hosted", "updated", "reported", "commended", "lauded",
    "hailed", "exchanged", "discussed", "raised", "offered", "pledged", "handed", "accepted", "appreciated", "replied",
    "responded", "answered", "led", "headed", "hosted", "joined", "inaugurated", "launched", "talked", "arrived",
    "travelled", "traveled", "paid", "reviewed", "considered", "examined",
  ],
  actAdverbs: ["also"],
  invertedSpeechVerbs: ["said", "says", "added", "adds", "noted", "stressed", "emphasized", "emphasised", "stated", "explained", "underlined"],
  participationCues: [
    ["taking", "part"], ["took", "part"], ["take", "part"], ["attended", "by"], ["participation", "of"],
    ["headed", "by"], ["led", "by"], ["chaired", "by"], ["accompanied", "by"], ["chairmanship", "of"],
    ["presidency", "of"], ["presided", "over"], ["participants"], ["participated"], ["represented", "by"],
    ["co-chaired", "by"], ["co-hosted", "by"], ["hosted", "by"], ["received", "by"], ["welcomed", "by"], ["greeted", "by"], ["signed", "by"], ["moderated", "by"], ["joined", "by"], ["remarks", "by"], ["witnessed", "by"],
    ["report", "by"], ["reports", "by"], ["presentation", "by"], ["presentations", "by"], ["statements", "by"],
    ["report", "from"], ["briefing", "from"], ["presentation", "from"],
    ["briefing", "by"], ["briefings", "by"], ["address", "by"], ["speech", "by"], ["intervention", "by"],
    ["delegation", "included"], ["delegations", "included"], ["delegation", "comprised"], ["also", "present"],
    // "Among the heads of delegation were X, ...": the delegations' heads are listed.
    ["heads", "of", "delegation"], ["heads", "of", "delegations"], ["heads", "of", "the", "delegations"],
    ["were", "present"], ["was", "present"], ["in", "attendance"], ["together", "with"],
  ],
  futureWords: ["forthcoming", "upcoming", "future", "next", "planned", "preparations", "preparation", "preparing"],
  earlierWords: ["previous", "predecessor", "predecessors", "since"],
  partnerPrepositions: ["with"],
  partnerVerbs: ["met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes"],
  // "Before the talks, ..." is this event's; "Before that, ..." is not.
  recallOpeners: [["earlier"], ["previously"], ["formerly"], ["before", "that"], ["prior", "that"], ["on", "the", "eve"], ["the", "day", "before"]],
  sameDay: [["in", "the", "day"], ["that", "day"], ["today"], ["on", "the", "same", "day"], ["the", "same", "day"], ["this", "morning"], ["in", "the", "morning"]],
  reportedSpeech: "that",
  reportingVerbs: [
    "said", "says", "stated", "noted", "emphasized", "emphasised", "stressed", "underlined", "underscored", "reiterated",
    "informed", "told", "added", "confirmed", "assured", "believes", "hoped", "expressed", "announced", "declared",
    "pointed", "highlighted", "recalled", "explained", "mentioned", "agreed",
  ],
  voiceTitles: ["spokesperson", "spokesman", "spokeswoman", "press secretary", "official representative"],
  recallVerbs: ["recalled", "recalling", "recall", "recalls", "remembered", "remembering"],
  messageNouns: ["greetings", "greeting", "regards", "wishes", "message", "letter", "invitation", "congratulations", "condolences", "salutations"],
  // "the Vice Minister, who represented Foreign Minister X", "representing President Y": stood in for, not present.
  onBehalfOf: [["behalf", "of"], ["who", "represented"], ["representing"], ["in", "place", "of"], ["instead", "of"]],
  listJoiners: ["and"],
  attributions: [["attributable", "to"]],
  authorPreposition: "by",
  // "Remarks by President X and Prime Minister Y" are the participants' own words: not here.
  authoredNouns: ["statement", "comment", "readout", "article", "photo"],
  authoredParticiples: ["initiated", "launched", "proposed", "championed", "pursued", "conceived", "founded", "reached", "achieved"],
  questionMarkers: ["q", "question"],
  passive: {
    auxiliaries: ["was", "were", "is"],
    participleEnding: "ed",
    participles: ["appointed", "elected", "born"],
    perfectAuxiliaries: ["has", "have"],
    perfectParticiple: "been",
    pastPerfectAuxiliaries: ["had"],
    pastParticiples: ["met", "spoken", "taken", "given", "sent", "held", "made", "led", "told", "written", "seen", "paid", "left", "done", "said", "become"],
  },
  otherMeetings: [
    ["meeting", "between"], ["meetings", "between"], ["talks", "between"], ["conversation", "between"],
    ["conversations", "between"], ["agreement", "between"], ["agreements", "between"],
  ],
  eventNouns: ["summit", "meeting", "session", "conference", "forum", "talks", "negotiations", "consultations", "ministerial"],
  backgroundClause: {
    openers: ["which", "that"],
    prepositions: ["during", "at", "in"],
    events: ["visit", "visits", "summit", "meeting", "talks", "negotiations", "consultations", "conference", "session", "tour"],
    agents: ["of", "by", "between"],
  },
  side: { noun: "side", before: ["from", "the"] },
  partyNouns: ["delegation", "delegations", "counterpart", "counterparts"],
  representedBy: { verb: "represented", auxiliaries: ["was", "were", "is", "will", "be"] },
  subjectPronouns: ["he", "she", "they"],
  partyOfNouns: ["delegation", "representative", "delegate"],
  firstPerson: ["i"],
  eponymCues: [["named", "after"], ["named", "for"]],
  placeNouns: ["district", "districts", "province", "village", "valley", "county", "oblast", "region", "town", "city", "airport", "base"],
  namedThingHeads: [
    "programme", "programmes", "program", "programs", "plan", "strategy", "initiative", "project", "partnership", "framework",
    "agreement", "treaty", "declaration", "charter", "convention", "protocol", "memorandum", "roadmap", "agenda", "compact",
    "award", "prize", "medal", "fellowship", "scholarship", "lecture", "index", "report", "corridor", "zone", "plant",
    // Places named after people ("the Tay Son Minh Mausoleum").
    "mausoleum", "memorial", "monument", "cemetery", "stadium", "cathedral", "mosque", "pagoda",
  ],
  absenceCues: [
    ["was", "unable"], ["were", "unable"], ["is", "unable"], ["could", "not", "attend"], ["could", "not", "join"], ["could", "not", "take", "part"],
    ["could", "not", "participate"], ["could", "not", "travel"], ["could", "not", "be", "present"],
    ["did", "not", "attend"], ["did", "not", "take", "part"], ["did", "not", "participate"], ["did", "not", "join"],
    ["was", "not", "able"], ["were", "not", "able"], ["would", "not", "attend"], ["will", "not", "attend"],
    ["was", "absent"], ["were", "absent"], ["sent", "regrets"], ["sent", "apologies"], ["sent", "his", "apologies"], ["sent", "her", "apologies"],
  ],
  connectors: {
    titlePhrase: ["of", "the", "for", "and", "to", "on", "in", "at", "under"],
    titleJoiners: ["of", "the"],
    beforePlace: ["in", "at", "to", "from", "near", "visited", "visiting"],
    prepositions: ["of", "to", "for", "on", "in", "at"],
    subordination: ["under"],
  },
};
