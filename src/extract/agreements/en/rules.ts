import { hasHedge, isCaption, isNegation, isOwnDecision, isPreamble, isRecalled, isReportedParticiple } from "./clause.js";
import { recallOf } from "./recall.js";
import type { Candidate, VerdictRule } from "../types.js";
import { lowerAt, pausedAt } from "../words.js";

// The English verdict rules: what turns a candidate verb away from being an outcome of the
// main event, read in English word order. Each rule has an id tests and debuggers cite.

const hasAuxiliary = (candidate: Candidate, set: ReadonlySet<string>): boolean => candidate.auxiliaries.some((word) => set.has(word));

/**
 * The rules for a past form of an outcome verb, in the order they are tried: the first that
 * applies gives the verdict; a candidate none applies to is an outcome of the main event.
 * Negation and hedging come first (they hold whatever the tense), recalls of earlier events
 * next, standing policy ("is committed to") last.
 */
export const OUTCOME_RULES: readonly VerdictRule[] = [
  // "Adopted by the Council at its 1156th meeting": the document's caption, not a report.
  { id: "caption", verdict: "not-past", test: (c) => c.auxiliaries.length === 0 && isCaption(c.vocabulary, c.run, c.index) },
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
    id: "preamble",
    verdict: "other-event",
    test: (c) => isPreamble(c.vocabulary, c.run) && "inside a preambular paragraph",
  },
  {
    id: "own-decision",
    verdict: "other-event",
    test: (c) => c.kind === "decided" && isOwnDecision(c.vocabulary, c.run, c.auxiliaryStart) && "a decision one person reports as his own",
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
 * The rules for a performative present said by the parties of a joint text ("We agree to
 * ..."): an outcome unless negated or hedged ("We would agree", "We may decide").
 */
export const PERFORMATIVE_RULES: readonly VerdictRule[] = OUTCOME_RULES.filter((rule) => rule.id === "negated" || rule.id === "hedged");

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

