import type { AgreementKind } from "../../schema/agreement.js";
import {
  ADVERBS,
  APPOINTMENT_VERBS,
  FOLLOW_UP_WORDS,
  HEDGES,
  INTENTIONS,
  MODALS,
  NEGATIONS,
  OBJECT_VERBS,
  OUTCOME_LEMMA_FORMS,
  OUTCOME_VERBS,
  PAST_AUXILIARIES,
  PRESENT_AUXILIARIES,
} from "./lexicon.js";
import type { SentenceView } from "../../pipeline/document.js";
import { lowerOf, type Word } from "./words.js";

/** What a candidate verb turned out to be. */
export type Verdict = "outcome" | "hedged" | "negated" | "other-event" | "not-past";

/** A verb that may report an outcome, with the verdict on it. */
export interface Trigger {
  readonly verb: number;
  readonly kind: AgreementKind | null;
  readonly verdict: Verdict;
  /** Index of the first auxiliary before the verb (the verb itself when none). */
  readonly auxiliaryStart: number;
  readonly passive: boolean;
  /** The object noun that made an object verb an outcome, when it stood before the verb. */
  readonly objectBefore: boolean;
  readonly note?: string;
}

/** Words the object of an object verb may stand away from it. */
const OBJECT_WINDOW = 4;

/** Words before the verb searched for hedges and recalls of earlier events. */
const CLAUSE_WINDOW = 7;

/** Words that open a sentence-initial time adverbial. */
const TIME_OPENERS = new Set(["in", "over", "during", "since", "last", "earlier", "previously", "back"]);

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "their", "its", "our", "his", "her", "any", "every", "each"]);

const YEAR = /^(1[89]\d\d|20\d\d)$/;

/** Every word that can be a candidate verb: an object verb, a verb of appointment, an outcome verb or one of their other forms. */
const CANDIDATE_WORDS: ReadonlySet<string> = new Set([
  ...OBJECT_VERBS.keys(),
  ...APPOINTMENT_VERBS,
  ...OUTCOME_VERBS.keys(),
  ...OUTCOME_LEMMA_FORMS,
]);

const CANDIDATE_LENGTH = {
  min: Math.min(...[...CANDIDATE_WORDS].map((word) => word.length)),
  max: Math.max(...[...CANDIDATE_WORDS].map((word) => word.length)),
};

/**
 * Which first character (ASCII, in lower case) and length pairs the candidate words have.
 * Lower-casing keeps an ASCII first character's place and a word's length (see
 * {@link mayHoldTrigger}), so a token whose pair is not here is no candidate, told without
 * lower-casing it.
 */
const CANDIDATE_SHAPES: Uint8Array = shapesOf(CANDIDATE_WORDS);

function shapesOf(words: ReadonlySet<string>): Uint8Array {
  const shapes = new Uint8Array(128 * (CANDIDATE_LENGTH.max + 1));
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (first < 128) shapes[shapeIndex(first, word.length)] = 1;
  }
  return shapes;
}

/** The place of a first character (below 128, lower-cased as {@link lowerOf} would) and a length in the shape table. */
function shapeIndex(first: number, length: number): number {
  const lower = first >= 65 && first <= 90 ? first + 32 : first;
  return lower * (CANDIDATE_LENGTH.max + 1) + length;
}

/**
 * The candidate outcome verbs of a sentence, in order, each with its verdict: an outcome of
 * the main event (past tense: "agreed", "was signed", "has been approved"), or a candidate
 * dropped as hedged (modal, plan, condition), negated, a recall of an earlier event
 * ("the implementation of the agreements reached", "adopted in 2018", "had signed"), or not
 * past at all ("is committed to").
 *
 * @param eventYear - Year of the main event, to tell outcomes of earlier years; null when unknown.
 *
 * @example
 * ```ts
 * triggersOf(wordsOfSentence(sentence), 2024)[0]?.verdict; // "outcome" for "The sides agreed to meet."
 * ```
 */
export function triggersOf(words: readonly Word[], eventYear: number | null): Trigger[] {
  const triggers: Trigger[] = [];
  for (let index = 0; index < words.length; index++) {
    const trigger = triggerAt(words, index, eventYear);
    if (trigger) triggers.push(trigger);
  }
  return triggers;
}

/**
 * Whether a sentence holds any word that could be a candidate verb; a sentence without one
 * has no trigger, so its words need not be read.
 *
 * @example
 * ```ts
 * mayHoldTrigger(sentence); // false for "The talks were held in Minsk."
 * ```
 */
export function mayHoldTrigger(sentence: SentenceView): boolean {
  for (const token of sentence.tokens) {
    if (token.kind !== "word") continue;
    // Lower-casing never shortens a word, and only lengthens one with a non-ASCII letter (no candidate has any).
    const value = token.value;
    const length = value.length;
    if (length < CANDIDATE_LENGTH.min || length > CANDIDATE_LENGTH.max) continue;
    // Most words fail on their first letter and length alone; a non-ASCII first character is looked up.
    const first = value.charCodeAt(0);
    if (first < 128 && CANDIDATE_SHAPES[shapeIndex(first, length)] === 0) continue;
    if (CANDIDATE_WORDS.has(lowerOf(value))) return true;
  }
  return false;
}

function triggerAt(words: readonly Word[], index: number, eventYear: number | null): Trigger | null {
  const word = words[index] as Word;
  const lower = word.lower;
  // Most words are no candidate verb at all: one look-up rejects them before any clause is read.
  if (!CANDIDATE_WORDS.has(lower)) return null;
  const previous = words[index - 1];
  // "the agreed plan", "a signed copy": the participle is an adjective, no verb.
  if (previous && !word.pause && DETERMINERS.has(previous.lower) && !OUTCOME_LEMMA_FORMS.has(lower)) return null;
  let kind: AgreementKind | null = null;
  let objectBefore = false;
  const objectVerb = OBJECT_VERBS.get(lower);
  if (objectVerb) {
    const after = objectAfter(words, index, objectVerb.objects);
    const before = objectBeforeVerb(words, index, objectVerb.objects);
    if (after || before) {
      kind = objectVerb.kind;
      objectBefore = !after && before;
    }
  }
  const auxiliary = auxiliariesBefore(words, index);
  if (kind === null && APPOINTMENT_VERBS.has(lower) && auxiliary.words.some((aux) => aux === "was" || aux === "were")) {
    kind = "decided";
  }
  if (kind === null) kind = OUTCOME_VERBS.get(lower) ?? null;
  if (kind === null) {
    if (!OUTCOME_LEMMA_FORMS.has(lower)) return null;
    const hedged = hasHedge(words, index) || auxiliary.words.some((aux) => MODALS.has(aux));
    const negated = auxiliary.words.some(isNegation);
    return {
      verb: index,
      kind: null,
      verdict: negated ? "negated" : hedged ? "hedged" : "not-past",
      auxiliaryStart: auxiliary.start,
      passive: false,
      objectBefore: false,
    };
  }

  const passive = auxiliary.words.some((aux) => aux === "was" || aux === "were" || aux === "been");
  const base = { verb: index, kind, auxiliaryStart: auxiliary.start, passive, objectBefore };
  if (auxiliary.words.some(isNegation)) return { ...base, verdict: "negated" };
  if (auxiliary.words.some((aux) => MODALS.has(aux) || aux === "to") || hasHedge(words, index)) {
    return { ...base, verdict: "hedged" };
  }
  if (auxiliary.words.includes("had")) return { ...base, verdict: "other-event", note: "told in the past perfect" };
  if (previous?.lower === "as" && !word.pause) return { ...base, verdict: "other-event", note: "\"as agreed\" refers to an earlier outcome" };
  if (isRecalled(words, index)) return { ...base, verdict: "other-event", note: "inside what the text recalls" };
  if (auxiliary.words.length === 0 && isReportedParticiple(words, index)) {
    return { ...base, verdict: "other-event", note: "a participle inside a report of what was said" };
  }
  const recall = recallOf(words, index, eventYear);
  if (recall) return { ...base, verdict: "other-event", note: recall };
  const isFormalising = lower.startsWith("formali") || lower.startsWith("enshrine");
  if (!isFormalising && auxiliary.words.some((aux) => PRESENT_AUXILIARIES.has(aux)) && !auxiliary.words.some((aux) => PAST_AUXILIARIES.has(aux))) {
    return { ...base, verdict: "not-past" };
  }
  return { ...base, verdict: "outcome" };
}

/** Verbs of reporting and discussing: what they govern is talk about outcomes, not one. */
const REPORTING_VERBS = new Set([
  "noted", "stressed", "said", "emphasized", "emphasised", "discussed", "expressed", "welcomed", "praised", "recalled",
  "reviewed", "highlighted", "informed", "reported", "underlined", "mentioned", "pointed", "assessed", "appreciated",
  "stated", "told", "congratulated", "thanked", "hailed", "commended", "briefed",
]);

/** Verbs of recalling: "He recalled that ... signed" tells of an earlier event. */
const RECALLING = new Set(["recalled", "recalling", "recall", "recalls", "reminded", "reminding"]);

/**
 * True when the verb stands in what the sentence recalls: after "recalled that" or
 * "reminded that", or inside an opening "Recalling ..." phrase.
 */
function isRecalled(words: readonly Word[], index: number): boolean {
  const first = words[0];
  if (first && RECALLING.has(first.lower)) {
    let at = 1;
    while (at < index && !(words[at] as Word).pause) at++;
    if (at >= index) return true;
  }
  for (let at = 0; at + 1 < index; at++) {
    if (RECALLING.has((words[at] as Word).lower) && (words[at + 1] as Word).lower === "that") return true;
  }
  return false;
}

/** Words after which a bare participle modifies the noun before it ("the agreements signed during"). */
const PARTICIPLE_FOLLOWERS = new Set(["during", "at", "in", "between", "within", "under", "following", "earlier", "previously", "last", "by"]);

/**
 * "He noted the agreements signed during the visit": a participle without auxiliary and
 * without object, standing after a verb of reporting, names an outcome talked about.
 */
function isReportedParticiple(words: readonly Word[], index: number): boolean {
  const next = words[index + 1];
  const bare = next === undefined || next.pause || PARTICIPLE_FOLLOWERS.has(next.lower);
  if (!bare) return false;
  for (let at = index - 1; at >= 0; at--) if (REPORTING_VERBS.has((words[at] as Word).lower)) return true;
  return false;
}

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** The auxiliaries, modals and negations right before a verb, skipping adverbs and "considered and". */
function auxiliariesBefore(words: readonly Word[], index: number): { words: string[]; start: number } {
  const found: string[] = [];
  let at = index - 1;
  let start = index;
  if (words[index]?.pause) return { words: found, start };
  while (at >= 0) {
    const word = words[at] as Word;
    const lower = word.lower;
    if (ADVERBS.has(lower) || (lower.endsWith("ly") && lower.length > 4)) {
      if (word.pause) break;
      at--;
      continue;
    }
    // "has been considered and agreed upon": the auxiliaries serve both verbs.
    if ((lower === "and" || lower === "or") && at - 1 >= 0 && /ed$/.test((words[at - 1] as Word).lower) && found.length === 0) {
      at -= 2;
      continue;
    }
    if (
      MODALS.has(lower) || PAST_AUXILIARIES.has(lower) || PRESENT_AUXILIARIES.has(lower) || isNegation(lower) ||
      lower === "had" || lower === "to" || lower === "did" || lower === "do" || lower === "does"
    ) {
      found.push(lower);
      start = at;
      if (word.pause) break;
      at--;
      continue;
    }
    break;
  }
  return { words: found, start };
}

function objectAfter(words: readonly Word[], index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + OBJECT_WINDOW && at < words.length; at++) {
    const word = words[at] as Word;
    if (word.pause) return false;
    if (objects.has(word.lower)) return true;
  }
  return false;
}

/** "Decisions were taken", "consensus was reached": the object noun stands before a passive verb. */
function objectBeforeVerb(words: readonly Word[], index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index - 1; at >= 0 && at >= index - OBJECT_WINDOW; at--) {
    const word = words[at] as Word;
    if (objects.has(word.lower)) {
      const between = words.slice(at + 1, index).map((entry) => entry.lower);
      return between.some((aux) => aux === "was" || aux === "were" || aux === "been");
    }
    if (word.pause) return false;
  }
  return false;
}

/** A hedge word in the clause before the verb ("plans to", "is ready to", "if"). */
function hasHedge(words: readonly Word[], index: number): boolean {
  let sawTo = false;
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    const word = words[at] as Word;
    if (HEDGES.has(word.lower) || (sawTo && INTENTIONS.has(word.lower))) return true;
    if (word.lower === "to") sawTo = true;
    if (word.pause) return false;
  }
  // "The signing of the documents is planned": a hedge right after a noun-like candidate.
  for (let at = index + 1; at < words.length && at <= index + CLAUSE_WINDOW; at++) {
    const word = words[at] as Word;
    if (word.pause) break;
    if ((word.lower === "planned" || word.lower === "scheduled" || word.lower === "expected") && /ing$/.test((words[index] as Word).lower)) {
      return true;
    }
  }
  return false;
}

/**
 * Why an outcome verb recalls an earlier event, or null: it follows a word of carrying
 * out ("implementation of the agreements reached"), a word of earlier time ("previously
 * agreed", "signed ... years ago", "in recent years"), or a year before the event's.
 */
function recallOf(words: readonly Word[], index: number, eventYear: number | null): string | null {
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    const word = words[at] as Word;
    if (FOLLOW_UP_WORDS.has(word.lower)) return `follows "${word.value}"`;
    if (isEarlier(words, at)) return `placed before the event by "${word.value}"`;
    if (isEarlierYear(words, at, eventYear)) return `placed in ${word.value}`;
    if (word.pause) break;
  }
  // A time adverbial opening the sentence ("In recent years, ...") dates the whole sentence.
  if (TIME_OPENERS.has(words[0]?.lower ?? "")) {
    for (let at = 1; at < index && !(words[at] as Word).pause; at++) {
      if (isEarlier(words, at)) return `placed before the event by "${(words[at] as Word).value}"`;
      if (isEarlierYear(words, at, eventYear)) return `placed in ${(words[at] as Word).value}`;
    }
  }
  for (let at = index + 1; at < words.length && at <= index + CLAUSE_WINDOW + 3; at++) {
    const word = words[at] as Word;
    if (word.pause && at > index + 1) break;
    if (isEarlier(words, at)) return `placed before the event by "${word.value}"`;
    if (isEarlierYear(words, at, eventYear)) return `placed in ${word.value}`;
  }
  return null;
}

function isEarlier(words: readonly Word[], at: number): boolean {
  const word = (words[at] as Word).lower;
  const next = words[at + 1]?.lower;
  const previous = words[at - 1]?.lower;
  if (word === "earlier" && (next === "today" || next === "this")) return false;
  if (word === "previously" || word === "earlier" || word === "formerly" || word === "ago") return true;
  if (word === "previous" || word === "prior" || word === "preceding") return true;
  if (word === "last") return ["year", "month", "week", "summer", "autumn", "spring", "winter"].includes(next ?? "");
  // "in recent years", "in the past", "over the past years".
  if (word === "recent") return next === "years" || next === "months" || next === "decades";
  if (word === "past") return previous === "the" && (next === undefined || next === "years" || next === "decade" || next === "decades" || words[at + 1]?.pause === true);
  return false;
}

function isEarlierYear(words: readonly Word[], at: number, eventYear: number | null): boolean {
  if (eventYear === null) return false;
  const word = words[at] as Word;
  if (!YEAR.test(word.value) || Number(word.value) >= eventYear) return false;
  const previous = words[at - 1]?.lower;
  // "in 2018", "of 9 November 2020"; not "the plan for 2020" (a plan for a later year).
  return previous === "in" || previous === "since" || /^\d{1,2}$/.test(previous ?? "") || isMonth(previous);
}

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december",
]);

function isMonth(word: string | undefined): boolean {
  return word !== undefined && MONTHS.has(word);
}

