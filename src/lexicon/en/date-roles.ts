// The English words around a date that tell what it is the date of: an anniversary, a meeting
// still to come, a document, the bound of a period, the event itself, or the page's own
// publication stamp. Compiled by hand from press releases of governments and
// intergovernmental bodies.

import type { DateRoleWords } from "../sections/dates.js";
import type { EventGroup } from "./events.js";

/**
 * The English date-role section of the lexicon.
 *
 * @example
 * ```ts
 * DATE_ROLE_WORDS.bound.has("since"); // true
 * ```
 */
export const DATE_ROLE_WORDS: DateRoleWords<EventGroup> = {
  anniversary: new Set(["anniversary", "anniversaries", "jubilee"]),
  anniversaryCompounds: new Set(),
  anniversaryBases: new Map(),
  eventVerbs: new Set(["held", "met", "took", "signed", "visited", "hosted", "received", "discussed", "spoke", "attended", "conducted"]),
  future: new Set([
    "will", "shall", "ahead", "upcoming", "forthcoming", "next", "planned", "scheduled", "expected", "plans", "plan", "intends",
    // "briefed him on preparations for the summit in July": the summit is still to come.
    "preparations", "preparing",
  ]),
  futurePhrases: [["to", "be"]],
  bound: new Set(["since", "until", "till", "by", "before", "after", "from", "starting"]),
  dated: new Set(["dated"]),
  documentLinks: new Set(["of", "on"]),
  documents: new Set([
    "statement", "statements", "agreement", "agreements", "declaration", "declarations", "decree", "decrees",
    "resolution", "resolutions", "memorandum", "treaty", "treaties", "protocol", "protocols", "decision", "decisions",
    "letter", "letters", "law", "laws", "order", "orders", "act", "accord", "accords", "communique", "note", "notes",
    "convention", "charter", "minutes", "report", "reports", "plan", "program", "programme",
  ]),
  eventGroups: [
    "meeting", "talks", "discussion", "call", "calling", "visit", "visiting", "hosting", "receiving", "welcome", "holding",
    "occurrence", "conducting", "light", "attending", "joining", "leading", "gathering", "delegation", "signing", "credentials",
  ],
  stampLabels: new Set([
    "publishing", "published", "publication", "date", "dated", "issued", "posted", "on", "release", "released", "created",
    "at", "time", "updated", "last", "modified", "edited", "revised", "am", "pm", "utc", "gmt", "msk", "cet", "cest", "of",
    "press", "news", "no", "number", "reference", "est", "edt",
    // Weekdays as stamps abbreviate them ("Thu 02/11/2023"): labels here only, never days of their own ("the Sun").
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // A page's counter beside its date ("03.11.2021 | Views: 412").
    "views", "viewed", "hits", "reads",
  ]),
  numberLabels: new Set(["no", "number", "ref", "reference", "views", "viewed", "hits", "reads"]),
  revisionLabels: new Set(["updated", "modified", "edited", "revised"]),
  reportVerbs: new Set([
    "confirmed", "confirms", "confirm", "announced", "announces", "said", "says", "reported", "reports", "stated", "states",
  ]),
  recallOpeners: [["following", "up"], ["further", "to"], ["pursuant", "to"]],
  recallLinks: [["related", "to"], ["in", "connection", "with"], ["on", "the", "results", "of"], ["following", "up", "on"]],
  preambleOpeners: new Set(["recalling", "reaffirming", "recognizing", "recognising", "bearing", "guided", "mindful", "considering", "taking"]),
  incidents: new Set([
    "attack", "attacks", "bombing", "bombings", "ambush", "kidnapping", "abduction", "assassination", "killing", "killings",
    "shooting", "explosion", "blast", "murder", "massacre", "escape",
  ]),
  incidentLinks: new Set(["on", "of"]),
  dayParts: new Set(["night", "morning", "evening", "afternoon"]),
  spanLinks: new Set(["to", "into", "until", "till", "through"]),
  // English participles do not agree with their noun: "signed" is also the finite verb.
  participleEndings: [],
  participleLookalikes: new Set(),
  participleLookalikeParts: [],
  eventParticiples: new Set(),
  eventLength: {
    counts: new Map([["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7]]),
    units: new Set(["day"]),
    starting: new Set([
      "began", "begins", "begun", "started", "starts", "commenced", "commences", "arrived", "arrives", "embarked", "embarks",
      "opened", "opens", "kicked", "kicks", "starting", "beginning",
    ]),
    ending: new Set([
      "concluded", "concludes", "completed", "completes", "ended", "ends", "wrapped", "wraps", "finished", "finishes",
      "wound", "winds",
    ]),
    // Visits, meetings, talks and gatherings, not operations or training courses (a forces
    // release dates "completed a two-day operation" by its report day).
    events: ["visit", "meeting", "talks", "gathering"],
  },
  settingOpeners: [
    ["on", "the", "sidelines", "of"], ["on", "the", "margins", "of"], ["on", "the", "margin", "of"], ["in", "the", "margins", "of"],
    ["in", "the", "framework", "of"], ["within", "the", "framework", "of"], ["on", "the", "occasion", "of"], ["following"],
    ["after"], ["in", "the", "wake", "of"],
  ],
  relativePronouns: new Set(["who", "which", "whose", "whom"]),
};
