import type { PlaceWords } from "../sections/places.js";

/**
 * English words around place names (venue plugin).
 *
 * @example
 * ```ts
 * PLACE_WORDS.marginWords.includes("sidelines"); // true
 * ```
 */
export const PLACE_WORDS: PlaceWords = {
  prepositions: ["in", "at", "to"],
  otherEventWords: ["will", "next", "upcoming", "forthcoming", "future", "planned", "previous", "last", "earlier", "former"],
  subjectNouns: [
    "situation", "fighting", "conflict", "crisis", "events", "developments", "attack", "attacks", "war", "violence",
    "escalation", "tensions", "tension", "peace", "stability", "security", "settlement", "elections", "reforms",
    "investment", "investments", "interests", "presence", "operations", "projects", "people", "victims",
    "residence", "resident", "based", "headquartered", "accredited",
    "programmes", "programs", "programme", "program", "support", "assistance", "efforts", "process", "transition", "transitions",
    // What happens to a place (war, disaster) or its people: "a truce in Gaza", "the floods in Lahore".
    "ceasefire", "cease-fire", "truce", "hostilities", "clashes", "offensive", "aggression", "occupation", "shelling", "bombing",
    "bombardment", "strikes", "airstrikes", "hostages", "civilians", "casualties", "famine", "floods", "flooding", "earthquake",
    "drought", "disasters", "disaster", "outbreak", "epidemic", "unrest", "protests", "coup", "refugees",
  ],
  worksWords: [
    "constructing", "upgrading", "rehabilitating", "renovating", "modernizing", "modernising", "equipping", "repairing",
    "restoring", "reconstructing", "construction", "reconstruction", "rehabilitation", "renovation", "modernization", "modernisation",
    "repair", "restoration", "upgrade",
  ],
  marginWords: ["margins", "margin", "sidelines", "sideline"],
  seatNouns: ["secretariat", "headquarters", "hq"],
  visitorDeterminers: ["the", "a", "an"],
  officialVisitWords: ["official", "state", "working"],
  buildingNouns: ["house", "palace", "hall", "building", "centre", "center", "residence", "complex", "hotel", "tower", "premises", "mansion", "villa"],
  capitalNouns: ["capital"],
  // "in the city of Tashkent", "in the town of Burabay": translations from Russian name the kind of place first.
  settlementNouns: ["city", "town", "village", "settlement", "resort"],
  roamingWords: ["summit", "summits", "ministerial", "ministers", "heads", "conference", "forum", "games", "congress", "festival", "expo", "exhibition"],
  regionNouns: ["region", "regions", "oblast", "oblasts", "province", "provinces", "governorate", "governorates", "prefecture", "county", "district", "districts"],
  ministryNouns: ["ministry", "mfa", "mofa"],
  stateResidences: [
    ["presidential", "palace"], ["presidential", "residence"], ["government", "house"], ["government", "palace"], ["state", "house"],
    ["official", "residence"],
  ],
  affiliationWords: ["office", "mission", "embassy", "consulate", "centre", "center", "representation", "bureau", "programme", "program"],
  titleAffiliationWords: [
    "state", "secretary", "minister", "ambassador", "representative", "director", "officer", "adviser", "advisor", "head",
    "chief", "envoy", "coordinator", "commissioner",
  ],
  hostFromWords: ["chaired", "hosted", "moderated", "presided", "convened", "opened"],
  hostFromPrepositions: ["from"],
  bylineWords: ["by"],
  datelineLabels: [
    "press", "release", "news", "update", "updated", "statement", "readout", "communique", "communiqué", "announcement", "media", "advisory",
    "note", "notice", "briefing", "bulletin", "report", "for", "immediate", "embargoed", "embargo", "published", "posted", "date", "today",
  ],
  datePrepositions: ["on", "in", "of"],
};
