import type { PersonMention } from "./mentions.js";
import { lowersOf, type Word } from "../words.js";

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
  /** Position of its sentence among the body sentences, from 0. */
  readonly bodyIndex: number;
  /** The sentence's words. */
  readonly words: readonly Word[];
  /** The mention is the whole sentence but for its title (a signature line). */
  readonly signature: boolean;
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
  if (inBehalfScope(words, mention.from) || authoredBy(words, mention.from)) return false;
  if (mention.speakerLine) return true;
  if (!context.inTitle && recallsEarlierEvent(words)) return false;
  if (greetedOrInvited(words, mention.from)) return false;
  if (context.inTitle) return true;
  if (mention.possessive) return false;
  if (passiveAfter(words, mention.to)) return false;
  const lower = lowersOf(words);
  if (otherMeeting(lower, mention.from)) return false;
  if (actsAfter(words, mention.to)) return true;
  if (listsParticipants(lower)) return true;
  if (context.bodyIndex < EVENT_SENTENCES && lower.some((word) => EVENT_VERBS.has(word))) {
    return true;
  }
  return false;
}

const cueCache = new WeakMap<readonly string[], boolean>();

/** The sentence lists who took part ("Taking part were", "attended by"); asked once per sentence. */
function listsParticipants(lower: readonly string[]): boolean {
  let verdict = cueCache.get(lower);
  if (verdict === undefined) {
    verdict = PARTICIPATION_CUES.some((cue) => containsAt(lower, cue));
    cueCache.set(lower, verdict);
  }
  return verdict;
}

/** The sentence (lower-cased words) reports an event: someone met, talked, called, visited. */
export function hasEventVerb(lower: readonly string[]): boolean {
  return lower.some((word) => EVENT_VERBS.has(word));
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
  for (let index = at - 1; index >= 0 && at - index <= 8; index--) {
    const lower = (words[index] as Word).lower;
    if (lower === "." || lower === ";") return false;
    if (MESSAGE_NOUNS.has(lower)) return true;
  }
  return false;
}

function containsAt(words: readonly string[], phrase: readonly string[]): boolean {
  for (let index = 0; index + phrase.length <= words.length; index++) {
    if (phrase.every((part, offset) => words[index + offset] === part)) return true;
  }
  return false;
}

/** "acting on behalf of Co-Chairs Igor Popov and Stéphane Visconti, and ...": the scope ends at ", and" or ";". */
function inBehalfScope(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 1; index--) {
    const value = (words[index] as Word).bare.toLowerCase();
    if (value === ";" || value === ":") return false;
    if (value === "and" && (words[index - 1] as Word).value === ",") return false;
    if (value === "of" && (words[index - 1] as Word).bare.toLowerCase() === "behalf") return true;
  }
  return false;
}

/** "Statement by NSC Spokesperson Emily Horne on ...": the author of the release. */
function authoredBy(words: readonly Word[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - 6; index--) {
    const value = (words[index] as Word).bare.toLowerCase();
    // "The following is attributable to Spokesperson X:" names who issued the text.
    if (value === "to" && (words[index - 1]?.bare ?? "").toLowerCase() === "attributable") return true;
    if (value === "by") {
      const before = (words[index - 1]?.bare ?? "").toLowerCase();
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
  if (words[at]?.bare.toLowerCase() === "also") at++;
  const verb = words[at]?.bare.toLowerCase();
  return verb !== undefined && ACT_VERBS.has(verb);
}

/** "was confirmed as", "has been regularly reporting": the person is spoken of, not acting at the event. */
function passiveAfter(words: readonly Word[], to: number): boolean {
  const at = skipApposition(words, to);
  const verb = words[at]?.bare.toLowerCase();
  if (verb === "was" || verb === "were" || verb === "is") {
    const next = words[at + 1]?.bare.toLowerCase() ?? "";
    return next.endsWith("ed") || next === "appointed" || next === "elected" || next === "born";
  }
  if (verb === "has" || verb === "have") return words[at + 1]?.bare.toLowerCase() === "been";
  return false;
}

/** "the meeting between X and Y", "the talks of X with Y": people of another meeting the sentence reports on. */
function otherMeeting(words: readonly string[], at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - 20; index--) {
    if (words[index] === "between" && index > 0 && (words[index - 1] === "meeting" || words[index - 1] === "talks" || words[index - 1] === "conversation" || words[index - 1] === "agreement")) {
      return true;
    }
  }
  return false;
}
