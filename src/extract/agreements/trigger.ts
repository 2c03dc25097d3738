import type { Sentence } from "../../core/document.js";
import type { AgreementKind } from "../../schema/agreement.js";
import type { AgreementGrammar, Trigger } from "./types.js";
import { judge } from "./verdicts.js";
import type { Word } from "../../core/word.js";
import { foldedChar, shapeIndex, type CandidateShapes, type Vocabulary } from "./vocabulary.js";
import { lowerAt, type PausedWords } from "./words.js";

export type { Trigger, Verdict } from "./types.js";

/**
 * The candidate outcome verbs of a sentence, in order, each with its verdict: an outcome of
 * the main event (past tense: "agreed", "was signed", "has been approved"), or a candidate
 * dropped as hedged (modal, plan, condition), negated, a recall of an earlier event
 * ("the implementation of the agreements reached", "adopted in 2018", "had signed"), or not
 * past at all ("is committed to"). The verdict rules are data: see the grammar's `outcomeRules`.
 *
 * @param eventYear - Year of the main event, to tell outcomes of earlier years; null when unknown.
 *
 * @example
 * ```ts
 * triggersOf(agreementGrammarFor("en"), vocabulary, pausedWordsOf(sentence), 2024)[0]?.verdict; // "outcome" for "The sides agreed to meet."
 * ```
 */
export function triggersOf(grammar: AgreementGrammar, vocabulary: Vocabulary, run: PausedWords, eventYear: number | null): Trigger[] {
  const triggers: Trigger[] = [];
  const shapes = vocabulary.candidateShapes;
  for (let index = 0; index < run.words.length; index++) {
    // Most words are no candidate by their length and first letter: neither lower-cased nor looked up.
    if (!mayBeCandidate(shapes, (run.words[index] as Word).value)) continue;
    const trigger = triggerAt(grammar, vocabulary, run, index, eventYear);
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
    if (word.kind === "word" && mayBeCandidate(shapes, word.value) && vocabulary.candidates.has(word.lower)) return true;
  }
  return false;
}

/**
 * False when a written word cannot be a candidate by its length and its first and last
 * characters alone. Lower-casing never shortens a word, and only lengthens one with a letter
 * no candidate has ("İ"). Most words fail so; one whose first or last character is neither
 * ASCII nor basic Cyrillic passes (it is looked up).
 */
function mayBeCandidate(shapes: CandidateShapes, value: string): boolean {
  const length = value.length;
  if (length < shapes.min || length > shapes.max) return false;
  const first = foldedChar(value.charCodeAt(0));
  const last = foldedChar(value.charCodeAt(length - 1));
  if (first < 0 || last < 0) return true;
  return ((shapes.table[shapeIndex(first, length, shapes.max)] as number) & (1 << (last & 31))) !== 0;
}

function triggerAt(grammar: AgreementGrammar, vocabulary: Vocabulary, run: PausedWords, index: number, eventYear: number | null): Trigger | null {
  const lower = lowerAt(run, index) as string;
  // Most words are no candidate verb at all: one look-up rejects them before any clause is read.
  if (!vocabulary.candidates.has(lower)) return null;
  if (grammar.isAdjective(vocabulary, run, index)) return null;
  let kind: AgreementKind | null = null;
  let objectBefore = false;
  let objectRule: string | undefined;
  // A verb may take several objects, each with its kind ("приняли решение", "приняли заявление"): the first rule whose object stands near it gives the kind.
  const objectVerbs = vocabulary.objectVerbs.get(lower);
  let documentSubject = objectVerbs?.[0]?.rule.documentSubject === true;
  for (const objectVerb of objectVerbs ?? []) {
    const object = grammar.objectOf(vocabulary, run, index, objectVerb.objects);
    if (object === null || (object === "before" && objectVerb.rule.objectAfterOnly === true)) continue;
    kind = objectVerb.rule.kind;
    objectRule = objectVerb.rule.id;
    objectBefore = object === "before";
    documentSubject = objectVerb.rule.documentSubject === true;
    break;
  }
  const group = grammar.verbGroup(vocabulary, run, index);
  const pastPassive = group.words.some((word) => vocabulary.pastPassiveAuxiliaries.has(word));
  if (kind === null && vocabulary.appointmentVerbs.has(lower) && pastPassive) kind = "decided";
  const joint = vocabulary.jointVerbs.get(lower);
  if (kind === null && joint && joint.complements.includes(grammar.complementOpener(run, index) ?? "") && grammar.hasJointSubject(vocabulary, run, index)) {
    kind = joint.kind;
    objectRule = joint.id;
  }
  if (kind === null) kind = vocabulary.outcomeVerbs.get(lower) ?? null;
  const base = { vocabulary, run, index, auxiliaries: group.words, eventYear, documentSubject, auxiliaryStart: group.start };
  if (kind === null) {
    const present = grammar.presentOutcome(vocabulary, run, index, group);
    if (present !== null) {
      // An operative paragraph is the body's outcome whatever it says; a performative may be negated or hedged.
      const judgement = present.rule === "operative" ? { verdict: "outcome" as const, rule: present.rule } : judge(grammar.performativeRules, { ...base, kind: present.kind });
      return { verb: index, kind: present.kind, ...judgement, auxiliaryStart: group.start, passive: false, objectBefore: false, documentSubject };
    }
    if (!vocabulary.outcomeLemmaForms.has(lower)) return null;
    const { verdict, rule } = judge(grammar.otherFormRules, { ...base, kind: null });
    return { verb: index, kind: null, verdict, rule, auxiliaryStart: group.start, passive: false, objectBefore: false, documentSubject };
  }
  const passive = group.words.some((word) => vocabulary.passiveAuxiliaries.has(word));
  const judgement = judge(grammar.outcomeRules, { ...base, kind });
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
