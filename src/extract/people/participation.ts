import type { Organization } from "../../schema/organization.js";
import type { PersonMention } from "./mentions.js";
import type { Word } from "../words.js";

/** Verbs whose subject or "with" object took part in the main event. */
const EVENT_VERBS = new Set([
  "met", "meets", "meet", "held", "holds", "had", "has", "spoke", "speaks", "talked", "talks", "took", "take", "taking",
  "participated", "participates", "attended", "attends", "chaired", "chairs", "hosted", "hosts", "received",
  "receives", "welcomed", "welcomes", "visited", "visits", "signed", "signs", "led", "leads", "headed", "heads",
  "joined", "joins", "discussed", "discusses", "called", "phoned", "conversation", "conversations", "meeting",
  "talks", "call", "calls", "summit", "visit", "negotiations", "consultations", "videoconference",
  "arrived", "arrives", "travelled", "traveled", "travelling", "traveling", "travels", "credentials",
]);

/** Verbs of speaking or acting at the event, right after the speaker's name. */
const ACT_VERBS = new Set([
  "said", "says", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "informed",
  "informs", "told", "tells", "added", "adds", "presented", "presents", "thanked", "thanks", "welcomed", "expressed",
  "conveyed", "praised", "urged", "urges", "reiterated", "reiterates", "congratulated", "highlighted", "pointed",
  "proposed", "suggested", "supported", "briefed", "invited", "asked", "agreed", "underlined", "underscored",
  "outlined", "described", "recalled", "remarked", "stated", "declared", "announced", "confirmed", "assured",
  "believes", "believed", "expects", "hopes", "hoped", "voiced", "shared", "spoke", "met", "held", "had", "visited",
  "received", "chaired", "opened", "addressed", "delivered", "took", "participated", "attended", "signed",
  "advocated", "encouraged", "committed", "reaffirmed", "affirmed", "acknowledged", "called", "warned", "explained",
  "mentioned", "observed", "concluded", "also",
]);

/** Phrases that list who took part. */
const PARTICIPATION_CUES = [
  ["taking", "part"], ["took", "part"], ["take", "part"], ["attended", "by"], ["participation", "of"],
  ["headed", "by"], ["led", "by"], ["chaired", "by"], ["accompanied", "by"], ["chairmanship", "of"],
  ["presidency", "of"], ["presided", "over"], ["participants"], ["participated"],
];

/** What a mention's sentence says about the mention. */
export interface MentionContext {
  readonly mention: PersonMention;
  /** The mention stands in the headline. */
  readonly inTitle: boolean;
  /**
   * Position of its sentence among the body sentences, from 0; every sentence after the first
   * {@link LEAD_EVENT_SENTENCES} reads as that number, as only the first ones are told apart.
   */
  readonly bodyIndex: number;
  /** The sentence's words. */
  readonly words: readonly Word[];
  /** The mention is the whole sentence but for its title (a signature line). */
  readonly signature: boolean;
  /** The first organisation the sentence mentions, which an official's title may refer to. */
  readonly sentenceOrg: Organization | null;
}

/** How many body sentences may introduce the main event's people by an event verb. */
const EVENT_SENTENCES = 4;

/**
 * Says whether a mention shows its person taking part in the main event: named in the
 * headline (not as the statement's author), the subject or "with" object of an event verb
 * early in the body, listed among those taking part, the speaker of a transcript line, or the
 * subject of a verb of speaking or acting. Mentions "on behalf of" someone, possessives
 * outside the headline ("President Moon's visit"), appointments ("was confirmed as") and
 * signature lines do not count.
 */
export function showsParticipation(context: MentionContext): boolean {
  const { mention, words } = context;
  if (context.signature) return false;
  if (inBehalfScope(words, mention.from) || authoredBy(words, mention.from) || isQuestion(words)) return false;
  if (mention.speakerLine) return true;
  if (!context.inTitle && recallsEarlierEvent(words)) return false;
  if (greetedOrInvited(words, mention.from) || recalledBefore(words, mention.from)) return false;
  if (context.inTitle) return true;
  if (mention.possessive) return false;
  if (passiveAfter(words, mention.to)) return false;
  if (otherMeeting(words, mention.from)) return false;
  if (actsAfter(words, mention.to) || saidBefore(words, mention.from)) return true;
  if (listsParticipants(words)) return true;
  if (context.bodyIndex < EVENT_SENTENCES && hasEventVerb(words)) return true;
  return false;
}

// The mentions of one sentence are mostly asked about one after another: the last
// sentence's verdict is kept.
let cuesOf: readonly Word[] | undefined;
let lastCueVerdict = false;

/** The sentence lists who took part ("Taking part were", "attended by"). */
function listsParticipants(words: readonly Word[]): boolean {
  if (words !== cuesOf) {
    lastCueVerdict = containsAnyCue(words);
    cuesOf = words;
  }
  return lastCueVerdict;
}

/** The sentence reports an event: someone met, talked, called, visited. */
export function hasEventVerb(words: readonly Word[]): boolean {
  for (const word of words) if (EVENT_VERBS.has(word.lower)) return true;
  return false;
}

/** How many body sentences may introduce the main event's people by an event verb. */
export const LEAD_EVENT_SENTENCES = EVENT_SENTENCES;

/** Openers of a sentence about another, earlier event ("Earlier, on May 31, ..."). */
const RECALL_OPENERS = new Set(["earlier", "previously", "formerly", "before", "prior"]);

function recallsEarlierEvent(words: readonly Word[]): boolean {
  const first = words[0]?.lower ?? "";
  if (!RECALL_OPENERS.has(first)) return false;
  // "Before the talks, ..." is this event's; "Before that, ..." and "Earlier, ..." are not.
  if (first === "before" || first === "prior") return (words[1]?.lower ?? "") === "that";
  return true;
}

/** Nouns of messages passed on from or to someone who is not there. */
const MESSAGE_NOUNS = new Set(["greetings", "greeting", "regards", "wishes", "message", "letter", "invitation", "congratulations", "condolences", "salutations"]);

/** "conveyed greetings from President X to President Y": X and Y are spoken of, not present. */
function greetedOrInvited(words: readonly Word[], at: number): boolean {
  return wordShortlyBefore(words, at, MESSAGE_NOUNS, SENTENCE_STOPS);
}

const SENTENCE_STOPS: ReadonlySet<string> = new Set([".", ";"]);
const CLAUSE_STOPS: ReadonlySet<string> = new Set([".", ";", ","]);

/** One of `wanted` among the eight words before `at`, with none of `stops` between. */
function wordShortlyBefore(words: readonly Word[], at: number, wanted: ReadonlySet<string>, stops: ReadonlySet<string>): boolean {
  for (let index = at - 1; index >= 0 && at - index <= 8; index--) {
    const lower = (words[index] as Word).lower;
    if (stops.has(lower)) return false;
    if (wanted.has(lower)) return true;
  }
  return false;
}

/** "Q: Minister X said yesterday ...": people a journalist's question speaks of are not there. */
function isQuestion(words: readonly Word[]): boolean {
  const first = words[0]?.lower;
  return (first === "q" || first === "question") && words[1]?.value === ":";
}

const RECALL_VERBS = new Set(["recalled", "recalling", "recall", "recalls", "remembered", "remembering"]);

/** "The Minister recalled the visit of President X to Tokyo": X is recalled, not present. */
function recalledBefore(words: readonly Word[], at: number): boolean {
  return wordShortlyBefore(words, at, RECALL_VERBS, CLAUSE_STOPS);
}

/** Whether any participation cue stands in the sentence: one pass, the cues looked up by their first word. */
function containsAnyCue(words: readonly Word[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const cues = CUES_BY_FIRST_WORD.get((words[index] as Word).lower);
    if (cues === undefined) continue;
    for (const cue of cues) if (phraseAt(words, index, cue)) return true;
  }
  return false;
}

const CUES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const cue of PARTICIPATION_CUES) {
    const first = cue[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(cue);
    else byFirst.set(first, [cue]);
  }
  return byFirst;
})();

function phraseAt(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > words.length) return false;
  for (let offset = 0; offset < phrase.length; offset++) if ((words[index + offset] as Word).lower !== phrase[offset]) return false;
  return true;
}

/** "acting on behalf of Co-Chairs Igor Popov and Stéphane Visconti, and ...": the scope ends at ", and" or ";". */
function inBehalfScope(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 1; index--) {
    const value = (words[index] as Word).lower;
    if (value === ";" || value === ":") return false;
    if (value === "and" && (words[index - 1] as Word).value === ",") return false;
    if (value === "of" && (words[index - 1] as Word).lower === "behalf") return true;
  }
  return false;
}

/** "Statement by NSC Spokesperson Emily Horne on ...": the author of the release. */
function authoredBy(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - 6; index--) {
    const value = (words[index] as Word).lower;
    // "The following is attributable to Spokesperson X:" names who issued the text.
    if (value === "to" && words[index - 1]?.lower === "attributable") return true;
    if (value === "by") {
      const before = words[index - 1]?.lower ?? "";
      // "Remarks by President X and Prime Minister Y" are the participants' own words.
      return before === "statement" || before === "comment" || before === "readout" || before === "article" || before === "photo";
    }
  }
  return false;
}

function skipApposition(words: readonly Word[], to: number): number {
  let at = to;
  if (words[at]?.value === ",") {
    // Skip ", Title of ..., " to reach the verb.
    let next = at + 1;
    while (next < words.length && words[next]?.value !== "," && next - at < 16) next++;
    if (words[next]?.value === ",") at = next + 1;
  }
  return at;
}

function actsAfter(words: readonly Word[], to: number): boolean {
  let at = skipApposition(words, to);
  if (words[at]?.lower === "also") at++;
  const verb = words[at]?.lower;
  return verb !== undefined && ACT_VERBS.has(verb);
}

/** Verbs that, after a quotation, come before the speaker's name. */
const INVERTED_SPEECH_VERBS = new Set(["said", "says", "added", "adds", "noted", "stressed", "emphasized", "emphasised", "stated", "explained", "underlined"]);

/** '"…," said Ambassador X': the speaker named after the verb, titles and honorifics between. */
function saidBefore(words: readonly Word[], from: number): boolean {
  for (let at = from - 1; at >= 0 && from - at <= 6; at--) {
    const word = words[at] as Word;
    if (INVERTED_SPEECH_VERBS.has(word.lower)) return words[at - 1]?.value === "," || words[at - 1]?.value === '"';
    if (!word.capitalized && word.lower !== "the" && word.lower !== "of") return false;
  }
  return false;
}

/** "was confirmed as", "has been regularly reporting": the person is spoken of, not acting at the event. */
function passiveAfter(words: readonly Word[], to: number): boolean {
  const at = skipApposition(words, to);
  const verb = words[at]?.lower;
  if (verb === "was" || verb === "were" || verb === "is") {
    const next = words[at + 1]?.lower ?? "";
    return next.endsWith("ed") || next === "appointed" || next === "elected" || next === "born";
  }
  if (verb === "has" || verb === "have") return words[at + 1]?.lower === "been";
  return false;
}

/** "the meeting between X and Y", "the talks of X with Y": people of another meeting the sentence reports on. */
function otherMeeting(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 1 && index >= at - 20; index--) {
    if ((words[index] as Word).lower !== "between") continue;
    const before = (words[index - 1] as Word).lower;
    if (before === "meeting" || before === "talks" || before === "conversation" || before === "agreement") return true;
  }
  return false;
}
