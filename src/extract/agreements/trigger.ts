import type { Sentence } from "../../core/document.js";
import type { AgreementKind } from "../../schema/agreement.js";
import { lowerAt, pausedAt, verbGroupBefore } from "./clause.js";
import { judge, OTHER_FORM_RULES, OUTCOME_RULES, type Verdict } from "./verdicts.js";
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
  if (kind === null) kind = vocabulary.outcomeVerbs.get(lower) ?? null;
  const candidate = { vocabulary, run, index, auxiliaries: group.words, eventYear, documentSubject };
  if (kind === null) {
    if (!vocabulary.outcomeLemmaForms.has(lower)) return null;
    const { verdict, rule } = judge(OTHER_FORM_RULES, candidate);
    return { verb: index, kind: null, verdict, rule, auxiliaryStart: group.start, passive: false, objectBefore: false, documentSubject };
  }
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

function objectAfter(run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index + 1; at <= index + OBJECT_WINDOW && at < run.words.length; at++) {
    if (pausedAt(run, at)) return false;
    if (objects.has(lowerAt(run, at) as string)) return true;
  }
  return false;
}

/** "Decisions were taken", "consensus was reached": the object noun stands before a passive verb. */
function objectBeforeVerb(vocabulary: Vocabulary, run: PausedWords, index: number, objects: ReadonlySet<string>): boolean {
  for (let at = index - 1; at >= 0 && at >= index - OBJECT_WINDOW; at--) {
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
