import { hasHedge, isNegation, isRecalled, isReportedParticiple, lowerAt, pausedAt } from "./clause.js";
import { recallOf } from "./recall.js";
import type { Vocabulary } from "./vocabulary.js";
import type { PausedWords } from "./words.js";

/** What a candidate verb turned out to be. */
export type Verdict = "outcome" | "hedged" | "negated" | "other-event" | "not-past";

/** A candidate verb as the verdict rules read it. */
export interface Candidate {
  readonly vocabulary: Vocabulary;
  readonly run: PausedWords;
  /** Position of the verb in `run.words`. */
  readonly index: number;
  /** The auxiliaries, modals and negations before the verb, lower case. */
  readonly auxiliaries: readonly string[];
  /** Year of the main event, to tell outcomes of earlier years; null when unknown. */
  readonly eventYear: number | null;
  /** The verb's subject is a document that records outcomes ("The communique formalises ..."). */
  readonly documentSubject: boolean;
}

/**
 * A rule that turns a candidate away from being an outcome of the main event. Its test
 * answers false when the rule does not apply, else true or the note a message carries.
 */
export interface VerdictRule {
  /** Stable id, kebab-case: tests and debuggers cite it. */
  readonly id: string;
  readonly verdict: Exclude<Verdict, "outcome">;
  readonly test: (candidate: Candidate) => boolean | string;
}

const hasAuxiliary = (candidate: Candidate, set: ReadonlySet<string>): boolean => candidate.auxiliaries.some((word) => set.has(word));

/**
 * The rules for a past form of an outcome verb, in the order they are tried: the first that
 * applies gives the verdict; a candidate none applies to is an outcome of the main event.
 * Negation and hedging come first (they hold whatever the tense), recalls of earlier events
 * next, standing policy ("is committed to") last.
 */
export const OUTCOME_RULES: readonly VerdictRule[] = [
  { id: "negated", verdict: "negated", test: (c) => c.auxiliaries.some((word) => isNegation(c.vocabulary, word)) },
  {
    id: "hedged",
    verdict: "hedged",
    test: (c) =>
      c.auxiliaries.some((word) => c.vocabulary.modals.has(word) || word === c.vocabulary.words.infinitive) ||
      hasHedge(c.vocabulary, c.run, c.index),
  },
  {
    id: "past-perfect",
    verdict: "other-event",
    test: (c) => c.auxiliaries.includes(c.vocabulary.words.pastPerfect) && "told in the past perfect",
  },
  {
    id: "as-agreed",
    verdict: "other-event",
    test: (c) =>
      lowerAt(c.run, c.index - 1) === c.vocabulary.words.asEarlier && !pausedAt(c.run, c.index) &&
      '"as agreed" refers to an earlier outcome',
  },
  {
    id: "recalled",
    verdict: "other-event",
    test: (c) => isRecalled(c.vocabulary, c.run, c.index) && "inside what the text recalls",
  },
  {
    id: "reported-participle",
    verdict: "other-event",
    test: (c) =>
      c.auxiliaries.length === 0 && isReportedParticiple(c.vocabulary, c.run, c.index) &&
      "a participle inside a report of what was said",
  },
  { id: "earlier-time", verdict: "other-event", test: (c) => recallOf(c.vocabulary, c.run, c.index, c.eventYear) ?? false },
  {
    id: "standing-policy",
    verdict: "not-past",
    test: (c) =>
      !c.documentSubject && hasAuxiliary(c, c.vocabulary.presentAuxiliaries) && !hasAuxiliary(c, c.vocabulary.pastAuxiliaries),
  },
];

/**
 * The rules for another form of an outcome verb ("sign", "signing", "agrees"): never an
 * outcome; negated, hedged, or else simply not past.
 */
export const OTHER_FORM_RULES: readonly VerdictRule[] = [
  { id: "negated-form", verdict: "negated", test: (c) => c.auxiliaries.some((word) => isNegation(c.vocabulary, word)) },
  {
    id: "hedged-form",
    verdict: "hedged",
    test: (c) => hasHedge(c.vocabulary, c.run, c.index) || hasAuxiliary(c, c.vocabulary.modals),
  },
  { id: "not-past-form", verdict: "not-past", test: () => true },
];

/** The verdict the first applying rule gives, with its id and note; "outcome" when none applies. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Id of the rule that gave the verdict; "outcome" when none did. */
  readonly rule: string;
  readonly note?: string;
}

/**
 * Judges a candidate by a list of rules.
 *
 * @example
 * ```ts
 * judge(OUTCOME_RULES, candidate); // { verdict: "other-event", rule: "past-perfect", note: "told in the past perfect" }
 * ```
 */
export function judge(rules: readonly VerdictRule[], candidate: Candidate): Judgement {
  for (const rule of rules) {
    const result = rule.test(candidate);
    if (result === false) continue;
    return typeof result === "string" ? { verdict: rule.verdict, rule: rule.id, note: result } : { verdict: rule.verdict, rule: rule.id };
  }
  return { verdict: "outcome", rule: "outcome" };
}
