import type { NameWords } from "../sections/names.js";

/**
 * Words about personal names: particles that stand inside names, patronymic endings, and
 * capitalised words of release prose that are never part of a personal name.
 */

/** Lower- or mixed-case particles inside names ("Jean-Yves Le Drian", "Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = [
  "le", "la", "de", "du", "des", "di", "da", "dos", "das", "del", "della", "van", "von", "der", "den", "ter",
  "bin", "binti", "ibn", "al", "el", "ul", "ud", "abu", "ben", "af", "zu",
];

/** Endings of East Slavic and Central Asian patronymics ("Nikolayevich", "Petrovna", "ogly"). */
export const PATRONYMIC_ENDINGS: readonly string[] = ["ovich", "evich", "ievich", "yevich", "ich", "ovna", "evna", "yevna", "ichna", "inichna"];

/**
 * Capitalised words that open sentences or name things other than people. A run of capitalised
 * words stops at them, so "Taking part were..." or "Days of Armenian Culture" are no names.
 */
export const NON_NAME_WORDS: readonly string[] = [
  // Function words and sentence openers.
  "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "with", "within", "of", "to",
  "and", "or", "but", "as", "after", "before", "during", "following", "according", "under", "upon", "since", "while",
  "when", "where", "which", "who", "whose", "because", "although", "though", "if", "unless", "whereas", "so",
  "hence", "therefore", "nevertheless", "nonetheless", "instead", "likewise", "similarly", "notably", "ultimately", "it", "its", "he", "she", "they", "we", "our", "their", "his", "her", "i",
  "you", "your", "my", "all", "both", "each", "every", "some", "many", "most", "other", "another", "such", "also",
  "there", "here", "then", "thus", "however", "moreover", "furthermore", "meanwhile", "besides", "finally", "first",
  "second", "third", "next", "last", "today", "yesterday", "tomorrow", "now", "again", "once", "still", "yet", "not",
  "no", "yes", "thank", "thanks", "welcome", "dear", "ladies", "gentlemen", "colleagues", "friends", "let", "please",
  "taking", "having", "being", "given", "speaking", "addressing", "noting", "stressing", "recalling", "considering",
  "special", "particular", "separately", "together", "further", "additionally", "overall", "indeed", "obviously",
  "delegations", "participants", "parties", "sides", "leaders", "heads", "members", "ministers", "presidents",
  // Verbs that headlines write with a capital ("Secretary-General Meets Prime Minister").
  "meets", "meet", "met", "receives", "received", "holds", "held", "visits", "visited", "welcomes", "welcomed",
  "discusses", "discussed", "calls", "called", "says", "said", "attends", "attended", "hosts", "hosted", "signs",
  "signed", "opens", "opened", "addresses", "speaks", "spoke", "talks", "congratulates", "urges",
  "launches", "chairs", "chaired", "joins", "takes", "pays", "arrives", "arrived", "leaves", "concludes",
  "completes", "reviews", "notes", "stresses", "highlights", "condemns", "expresses", "sends", "presents",
  "participates", "participated", "emphasizes", "emphasises", "reaffirms", "agree", "agrees", "agreed",
  "discuss", "review", "sign", "hold", "visit", "receive", "host", "attend", "address", "open", "mark", "marks",
  "pledges", "pledge", "commends", "lauds", "hails", "seeks", "vows", "backs", "reiterates", "underlines", "underscores",
  "praises", "thanked", "explores", "strengthen", "strengthens", "deepen", "boost", "boosts", "inaugurates",
  // Regions that titles take as complement ("Special Representative for Central Asia").
  "asia", "europe", "africa", "america", "americas", "oceania", "caucasus", "balkans", "arctic", "antarctica",
  "mediterranean", "sahel", "gulf", "levant", "maghreb", "baltic", "scandinavia", "eurasia", "indo-pacific",
  "asia-pacific", "east", "caribbean",
  // Calendar.
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
  "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  // Things that are named but are not people.
  "summit", "council", "councils", "committee", "commission", "ministry", "ministries", "department", "service",
  "agency", "administration", "office", "bureau", "secretariat", "organization", "organisation", "union",
  "association", "assembly", "parliament", "government", "cabinet", "court", "bank", "fund", "forum", "group",
  "forces", "force", "army", "navy", "marine", "marines", "corps", "staff", "centre", "center", "academy", "college", "university", "institute", "coalition",
  "alliance", "partnership", "community", "federation", "republic", "kingdom", "state", "states", "emirates",
  "region", "oblast", "province", "prefecture", "county", "governorate", "canton", "municipality", "district", "city", "street", "avenue", "square", "palace", "house", "hall",
  "building", "airport", "station", "bridge", "river", "sea", "ocean", "lake", "mountain", "mountains",
  "agreement", "agreements", "declaration", "statement", "treaty", "charter", "convention", "protocol",
  "memorandum", "plan", "programme", "program", "strategy", "concept", "resolution", "decision", "decree",
  "law", "code", "report", "agenda", "initiative", "format", "platform", "dialogue", "corridor", "route",
  "days", "day", "week", "year", "culture", "victory", "independence", "anniversary", "war", "operation",
  "exercise", "exercises", "games", "olympics", "cup", "championship", "expo", "session", "meeting", "conference",
  "readout", "read-out", "press", "release", "news", "media", "source", "photo", "video",
  // Offices held in turn ("the Pro Tempore Presidency of Paraguay", "the Kazakh Chairmanship").
  "presidency", "presidencies", "chairmanship", "chairmanships", "chairpersonship", "chairpersonships", "tempore",
  // Heads of the names of missions, processes and projects ("UN Assistance Mission", "Settlement
  // Process", "Ad Hoc Transparency and Reform"), and nouns that headlines capitalise.
  "mission", "missions", "process", "processes", "project", "projects", "observer", "observers", "embassy", "consulate",
  "delegation", "representation", "debate", "debates", "activities", "engagements", "support", "reform", "reforms",
  "transparency", "hoc", "task", "relations", "ties", "cooperation", "talk", "consultations", "negotiations",
  "north", "south", "west", "northern", "southern", "eastern", "western", "central", "middle", "far",
  "great", "new", "old", "upper", "lower", "greater", "international", "national", "federal", "global", "regional",
  "european", "eurasian", "asian", "african", "american", "arab", "islamic", "atlantic", "pacific", "caspian",
  "internet", "covid-19", "covid", "coronavirus", "god", "allah", "christmas", "easter", "ramadan", "nowruz",
];

/** The English words about personal names. */
export const NAME_WORDS: NameWords = {
  particles: NAME_PARTICLES,
  patronymicEndings: PATRONYMIC_ENDINGS,
  nonNameWords: NON_NAME_WORDS,
  generationSuffixes: ["jr", "sr"],
  regnalNumbers: ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi"],
  postNominals: [
    "mp", "mep", "mla", "mpp", "msp", "egh", "ebs", "cbs", "mbs", "ogw", "obe", "cbe", "mbe", "kbe", "dbe", "cmg", "kcmg",
    "gcmg", "kcvo", "cvo", "lvo", "qc", "kc", "pc", "phd", "mba", "frs", "retd",
  ],
};
