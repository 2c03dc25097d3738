import type { Sentence } from "../../core/document.js";
import type { AgreementKind } from "../../schema/agreement.js";
import type { Word } from "../../core/word.js";
import { afterListNumber, lowerAt, pausedAt, subjectBefore, verbGroupBefore } from "./clause.js";
import { judge, OTHER_FORM_RULES, OUTCOME_RULES, PERFORMATIVE_RULES, type Verdict } from "./verdicts.js";
import { shapeIndex, type Vocabulary } from "./vocabulary.js";
import type { PausedWords } from "./words.js";

export type { Verdict } from "./verdicts.js";

/** A verb that may report an outcome, with the verdict on it. */
export interface Trigger {
  readonly verb: number;
  readonly kind: AgreementKind | null;
  readonly verdict: Verdict;
  /** Id of the rule that gave the verdict (see `OUTCOME_RULES`); "outcome" when none did. */
  readonly rule: string;
  /** Id of the object verb rule that made the verb an outcome, when one did ("reach-consensus"). */
  readonly objectRule?: string;
  /** Index of the first auxiliary before the verb (the verb itself when none). */
  readonly auxiliaryStart: number;
  readonly passive: boolean;
  /** The object noun that made an object verb an outcome, when it stood before the verb. */
  readonly objectBefore: boolean;
  /** The verb's subject is a document that records outcomes ("The communique formalises ..."). */
  readonly documentSubject: boolean;
  readonly note?: string;
}

/** Words the object of an object verb may stand away from it. */
const OBJECT_WINDOW = 4;
/** Words a passive verb's object may stand before it ("contracts worth 300 million dollars were concluded"). */
const OBJECT_BEFORE_WINDOW = 6;

/**
 * The candidate outcome verbs of a sentence, in order, each with its verdict: an outcome of
 * the main event (past tense: "agreed", "was signed", "has been approved"), or a candidate
 * dropped as hedged (modal, plan, condition), negated, a recall of an earlier event
 * ("the implementation of the agreements reached", "adopted in 2018", "had signed"), or not
 * past at all ("is committed to"). The verdict rules are data: see `OUTCOME_RULES`.
 *
 * @param eventYear - Year of the main event, to tell outcomes of earlier years; null when unknown.
 *
 * @example
 * ```ts
 * triggersOf(vocabulary, pausedWordsOf(sentence), 2024)[0]?.verdict; // "outcome" for "The sides agreed to meet."
 * ```
 */
export function triggersOf(vocabulary: Vocabulary, run: PausedWords, eventYear: number | null): Trigger[] {
  const triggers: Trigger[] = [];
  for (let index = 0; index < run.words.length; index++) {
    const trigger = triggerAt(vocabulary, run, index, eventYear);
    if (trigger) triggers.push(trigger);
  }
  return triggers;
}

/**
 * Whether a sentence holds any word that could be a candidate verb; a sentence without one
 * has no trigger, so its clauses need not be read.
 *
 * @example
 * ```ts
 * mayHoldTrigger(vocabulary, sentence); // false for "The talks were held in Minsk."
 * ```
 */
export function mayHoldTrigger(vocabulary: Vocabulary, sentence: Sentence): boolean {
  const shapes = vocabulary.candidateShapes;
  for (const word of sentence.words) {
    if (word.kind !== "word") continue;
    // Lower-casing never shortens a word, and only lengthens one with a non-ASCII letter (no candidate has any).
    const value = word.value;
    const length = value.length;
    if (length < shapes.min || length > shapes.max) continue;
    // Most words fail on their first letter and length alone; a non-ASCII first character is looked up.
    const first = value.charCodeAt(0);
    if (first < 128 && shapes.table[shapeIndex(first, length, shapes.max)] === 0) continue;
    if (vocabulary.candidates.has(word.lower)) return true;
  }
  return false;
}

function triggerAt(vocabulary: Vocabulary, run: PausedWords, index: number, eventYear: number | null): Trigger | null {
  const lower = lowerAt(run, index) as string;
  // Most words are no candidate verb at all: one look-up rejects them before any clause is read.
  if (!vocabulary.candidates.has(lower)) return null;
  const previous = lowerAt(run, index - 1);
  // "the agreed plan", "a signed copy": the participle is an adjective, no verb.
  if (previous !== undefined && !pausedAt(run, index) && vocabulary.determiners.has(previous) && !vocabulary.outcomeLemmaForms.has(lower)) {
    return null;
  }
  let kind: AgreementKind | null = null;
  let objectBefore = false;
  let objectRule: string | undefined;
  const objectVerb = vocabulary.objectVerbs.get(lower);
  const documentSubject = objectVerb?.rule.documentSubject === true;
  if (objectVerb) {
    const after = objectAfter(run, index, objectVerb.objects);
    const before = objectBeforeVerb(vocabulary, run, index, objectVerb.objects);
    if (after || before) {
      kind = objectVerb.rule.kind;
      objectRule = objectVerb.rule.id;
      objectBefore = !after && before;
    }
  }
  const group = verbGroupBefore(vocabulary, run, index);
  const pastPassive = group.words.some((word) => vocabulary.pastPassiveAuxiliaries.has(word));
  if (kind === null && vocabulary.appointmentVerbs.has(lower) && pastPassive) kind = "decided";
  const joint = vocabulary.jointVerbs.get(lower);
  if (kind === null && joint && joint.complements.includes(lowerAt(run, index + 1) ?? "") && hasJointSubject(vocabulary, run, index)) {
    kind = joint.kind;
    objectRule = joint.id;
  }
  if (kind === null) kind = vocabulary.outcomeVerbs.get(lower) ?? null;
  const base = { vocabulary, run, index, auxiliaries: group.words, eventYear, documentSubject, auxiliaryStart: group.start };
  if (kind === null) {
    const present = presentOutcome(vocabulary, run, index, group.start);
    if (present !== null) {
      const judgement = present.rule === "operative" ? { verdict: "outcome" as const, rule: "operative" } : judge(PERFORMATIVE_RULES, { ...base, kind: present.kind });
      return { verb: index, kind: present.kind, ...judgement, auxiliaryStart: group.start, passive: false, objectBefore: false, documentSubject };
    }
    if (!vocabulary.outcomeLemmaForms.has(lower)) return null;
    const { verdict, rule } = judge(OTHER_FORM_RULES, { ...base, kind: null });
    return { verb: index, kind: null, verdict, rule, auxiliaryStart: group.start, passive: false, objectBefore: false, documentSubject };
  }
  const candidate = { ...base, kind };
  const passive = group.words.some((word) => vocabulary.passiveAuxiliaries.has(word));
  const judgement = judge(OUTCOME_RULES, candidate);
  return {
    verb: index,
    kind,
    ...judgement,
    ...(objectRule === undefined ? {} : { objectRule }),
    auxiliaryStart: group.start,
    passive,
    objectBefore,
    documentSubject,
  };
}

/**
 * A present form that reports an outcome: an operative paragraph's verb ("5. Endorses the
 * Roadmap", "Welcoming the report, decides to ..."), or a performative said by the parties
 * ("We agree to meet annually"; "agree" only with its complement, not "we agree that ...").
 */
function presentOutcome(vocabulary: Vocabulary, run: PausedWords, index: number, auxiliaryStart: number): { kind: AgreementKind; rule: string } | null {
  const lower = lowerAt(run, index) as string;
  const operative = vocabulary.operativeVerbs.get(lower);
  if (operative !== undefined && opensOperative(vocabulary, run, index)) return { kind: operative, rule: "operative" };
  const performative = vocabulary.performativeVerbs.get(lower);
  if (performative === undefined) return null;
  const at = subjectBefore(vocabulary, run, auxiliaryStart);
  if (at < 0 || !vocabulary.performativeSubjects.has(lowerAt(run, at) as string)) return null;
  const complements = vocabulary.performativeComplements.get(lower);
  if (complements !== undefined && !complements.has(lowerAt(run, index + 1) ?? "")) return null;
  return { kind: performative, rule: "performative" };
}

/**
 * The verb opens an operative paragraph: it comes first (after a list number and adverbs:
 * "13. Further decides"), the paragraph's first word capitalised; or it follows the pause
 * after an opening participial phrase ("Welcoming the report, decides to ...").
 */
function opensOperative(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const first = afterListNumber(run);
  let at = index;
  while (at > first && vocabulary.adverbs.has(lowerAt(run, at - 1) as string) && !pausedAt(run, at)) at--;
  if (at === first) return (run.words[first] as Word).capitalized;
  return pausedAt(run, at) && vocabulary.preambleOpeners.has(lowerAt(run, first) as string);
}

/**
 * The sentence's opening subject (its words up to its first verb) names more than one party
 * ("The two Ministers ... confirmed that", "In the end, both sides confirmed that").
 */
function hasJointSubject(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const { pastEnding } = vocabulary.words;
  for (let at = 0; at < index; at++) {
    const lower = lowerAt(run, at) as string;
    if (at > 0 && (lower.endsWith(pastEnding) || vocabulary.irregularPast.has(lower))) break;
    if (vocabulary.jointSubjectWords.has(lower)) return true;
  }
  return false;
}

function objectAfter(run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + OBJECT_WINDOW && at < run.words.length; at++) {
    if (pausedAt(run, at)) return false;
    if (objects.has(lowerAt(run, at) as string)) return true;
  }
  return false;
}

/** "Decisions were taken", "consensus was reached": the object noun stands before a passive verb. */
function objectBeforeVerb(vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index - 1; at >= 0 && at >= index - OBJECT_BEFORE_WINDOW; at--) {
    if (objects.has(lowerAt(run, at) as string)) {
      for (let between = at + 1; between < index; between++) {
        if (vocabulary.passiveAuxiliaries.has(lowerAt(run, between) as string)) return true;
      }
      return false;
    }
    if (pausedAt(run, at)) return false;
  }
  return false;
}
