import type { Candidate, VerdictRule } from "../types.js";
import { lowerAt, pausedAt } from "../words.js";
import {
  clauseStart,
  hasHedge,
  hasIntention,
  isOwnDecision,
  isPreamble,
  isRecalled,
  isReportedRelative,
  keyAt,
  negatedBefore,
} from "./clause.js";
import { recallOf } from "./recall.js";

// The Russian verdict rules: what turns a candidate verb away from being an outcome of the
// main event, read in Russian word order. Each rule has an id tests and debuggers cite.

const hasAuxiliary = (candidate: Candidate, set: ReadonlySet<string>): boolean => candidate.auxiliaries.some((word) => set.has(word));

/** Most words between "как" opening a clause and the verb it refers back with ("Как мы и договорились"). */
const AS_EARLIER_REACH = 4;

/** "Как договорились", "как было договорено", "Как мы и договорились": the clause refers to an earlier outcome. */
function afterAsEarlier(candidate: Candidate): boolean {
  const { vocabulary, run } = candidate;
  const start = clauseStart(run, candidate.index);
  return candidate.index - start <= AS_EARLIER_REACH && lowerAt(run, start) === vocabulary.words.asEarlier;
}

/** Russian infinitives end so ("договориться", "подписать"); no past form or short participle does. */
const INFINITIVE = /(ть|ться|ти|тись|чь|чься)$/u;

/** The infinitive of an outcome verb and the word of success before it ("удалось договориться"), or -1 when none. */
function successBefore(candidate: Candidate): number {
  const { vocabulary, run, index } = candidate;
  for (let at = index - 1; at >= 0 && at >= index - 2; at--) {
    if (vocabulary.successWords.has(lowerAt(run, at) as string)) return at;
    if (pausedAt(run, at + 1)) return -1;
  }
  return -1;
}

const isInfinitive = (candidate: Candidate): boolean => INFINITIVE.test(lowerAt(candidate.run, candidate.index) as string);

/**
 * "решили вопрос", "решили проблему": the verb of deciding solves something, it decides
 * nothing. Read by the object right after the verb.
 */
function solves(candidate: Candidate): boolean {
  if (candidate.kind !== "decided") return false;
  const next = keyAt(candidate.run, candidate.index + 1);
  return candidate.vocabulary.solvedObjects.has(next) && !pausedAt(candidate.run, candidate.index + 1);
}

/**
 * The rules for a past form of an outcome verb, in the order they are tried: the first that
 * applies gives the verdict; a candidate none applies to is an outcome of the main event.
 * Negation and hedging first (future and conditional forms are hedges in Russian), then
 * recalls of earlier events.
 */
export const OUTCOME_RULES: readonly VerdictRule[] = [
  // "не удалось договориться": a success denied.
  {
    id: "negated-success",
    verdict: "negated",
    test: (c) => isInfinitive(c) && successBefore(c) > 0 && negatedBefore(c.vocabulary, c.run, successBefore(c)),
  },
  // "намерены подписать", "готовы договориться": an infinitive without a word of success is a plan.
  {
    id: "infinitive-hedged",
    verdict: "hedged",
    test: (c) => isInfinitive(c) && successBefore(c) < 0 && (hasIntention(c.vocabulary, c.run, c.index) || hasHedge(c.vocabulary, c.run, c.index)),
  },
  { id: "infinitive", verdict: "not-past", test: (c) => isInfinitive(c) && successBefore(c) < 0 },
  { id: "negated", verdict: "negated", test: (c) => hasAuxiliary(c, c.vocabulary.negations) },
  { id: "hedged", verdict: "hedged", test: (c) => hasAuxiliary(c, c.vocabulary.modals) || hasHedge(c.vocabulary, c.run, c.index) },
  { id: "solved", verdict: "not-past", test: (c) => solves(c) },
  { id: "as-agreed", verdict: "other-event", test: (c) => afterAsEarlier(c) && '"как" refers to an earlier outcome' },
  { id: "recalled", verdict: "other-event", test: (c) => isRecalled(c.vocabulary, c.run, c.index) && "inside what the text recalls" },
  { id: "preamble", verdict: "other-event", test: (c) => isPreamble(c.vocabulary, c.run) && "inside a preambular paragraph" },
  {
    id: "own-decision",
    verdict: "other-event",
    test: (c) => c.kind === "decided" && isOwnDecision(c.vocabulary, c.run, c.auxiliaryStart) && "a decision one person reports as his own",
  },
  {
    id: "reported-relative",
    verdict: "other-event",
    test: (c) => isReportedRelative(c.vocabulary, c.run, c.index) && "a relative clause inside a report of what was said",
  },
  { id: "earlier-time", verdict: "other-event", test: (c) => recallOf(c.vocabulary, c.run, c.index, c.eventYear) ?? false },
];

/** The rules for a performative present said by the parties of a joint text: an outcome unless negated or hedged. */
export const PERFORMATIVE_RULES: readonly VerdictRule[] = OUTCOME_RULES.filter((rule) => rule.id === "negated" || rule.id === "hedged");

/**
 * The rules for another form of an outcome verb ("подписать", "подпишут", "подписание"):
 * never an outcome; negated, hedged, or else simply not past.
 */
export const OTHER_FORM_RULES: readonly VerdictRule[] = [
  { id: "negated-form", verdict: "negated", test: (c) => negatedBefore(c.vocabulary, c.run, c.index) },
  { id: "hedged-form", verdict: "hedged", test: (c) => hasIntention(c.vocabulary, c.run, c.index) || hasHedge(c.vocabulary, c.run, c.index) },
  { id: "not-past-form", verdict: "not-past", test: () => true },
];
