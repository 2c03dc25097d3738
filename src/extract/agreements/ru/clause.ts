import type { VerbGroup } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { afterListNumber, lowerAt, pausedAt, type PausedWords } from "../words.js";

// What the Russian verdict rules read around a candidate verb: its verb group ("не был
// подписан", "может быть подписан"), hedges before it, the clause it stands in and the
// relative clause it may qualify a noun with. Russian word order is free, so most readers look
// at the clause (the words between two pauses) rather than at fixed positions.

/** Words before the verb searched for hedges and recalls of earlier events. */
export const CLAUSE_WINDOW = 8;

/** The key (stem) of the word at a position, or "" past either end. */
export function keyAt(run: PausedWords, at: number): string {
  return run.words[at]?.key ?? "";
}

/**
 * The auxiliaries, modals and negations right before a verb, skipping adverbs: "не был
 * подписан" → ["был", "не"], "может быть подписан" → ["быть", "может"].
 *
 * @example
 * ```ts
 * verbGroupBefore(vocabulary, run, 3).words; // "Документ так и не был подписан" → ["был", "не"]
 * ```
 */
export function verbGroupBefore(vocabulary: Vocabulary, run: PausedWords, index: number): VerbGroup {
  const found: string[] = [];
  let start = index;
  if (pausedAt(run, index)) return { words: found, start };
  for (let at = index - 1; at >= 0; at--) {
    const lower = lowerAt(run, at) as string;
    if (vocabulary.adverbs.has(lower)) {
      if (pausedAt(run, at)) break;
      continue;
    }
    if (vocabulary.auxiliaries.has(lower) || vocabulary.negations.has(lower)) {
      found.push(lower);
      start = at;
      if (pausedAt(run, at)) break;
      continue;
    }
    break;
  }
  return { words: found, start };
}

/** Index of the first word of the clause holding `index` (the word after the nearest pause before it, or 0). */
export function clauseStart(run: PausedWords, index: number): number {
  let at = Math.max(0, index);
  while (at > 0 && !pausedAt(run, at)) at--;
  return at;
}

/** The clause that starts at `start` is a relative clause ("..., которые были подписаны"). */
export function opensRelative(vocabulary: Vocabulary, run: PausedWords, start: number): boolean {
  return start > 0 && vocabulary.relativePronouns.has(lowerAt(run, start) ?? "");
}

/**
 * Where the words a verb's clause is read with begin: its clause, and for a relative clause
 * the clause of the noun it qualifies too ("выполнение соглашений, которые были подписаны").
 */
export function readingStart(vocabulary: Vocabulary, run: PausedWords, index: number): number {
  const start = clauseStart(run, index);
  return opensRelative(vocabulary, run, start) ? clauseStart(run, start - 1) : start;
}

/**
 * A hedge before the verb in its clause ("если", "чтобы", "возможно"), or the conditional
 * "бы" right after it ("договорились бы").
 */
export function hasHedge(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  // A conditional particle (a hedge that is also a modal) right after the verb.
  const next = lowerAt(run, index + 1);
  if (next !== undefined && !pausedAt(run, index + 1) && vocabulary.hedges.has(next) && vocabulary.modals.has(next)) return true;
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    if (vocabulary.hedges.has(lowerAt(run, at) as string)) return true;
    if (pausedAt(run, at)) return false;
  }
  return false;
}

/** An intention before another form of the verb in its clause: "намерены подписать", "выразили готовность подписать". */
export function hasIntention(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    if (vocabulary.intentions.has(lowerAt(run, at) as string) || vocabulary.modals.has(lowerAt(run, at) as string)) return true;
    if (pausedAt(run, at)) return false;
  }
  return false;
}

/** A negation among the two words before the verb ("не удалось договориться", "так и не подписали"). */
export function negatedBefore(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 2; at--) {
    if (vocabulary.negations.has(lowerAt(run, at) as string)) return true;
    if (pausedAt(run, at)) return false;
  }
  return false;
}

/**
 * The verb stands in what the sentence recalls: after a verb of recalling ("Министр напомнил,
 * что ...", "Напомним, ...").
 */
export function isRecalled(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  for (let at = 0; at < index; at++) if (vocabulary.recallingVerbs.has(keyAt(run, at))) return true;
  return false;
}

/**
 * An outcome in a relative clause after a verb of reporting: "Стороны высоко оценили
 * соглашения, которые были подписаны в ходе визита" speaks of outcomes, it does not report one.
 */
export function isReportedRelative(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const start = clauseStart(run, index);
  if (!opensRelative(vocabulary, run, start)) return false;
  for (let at = clauseStart(run, start - 1); at < start; at++) if (vocabulary.reportingVerbs.has(keyAt(run, at))) return true;
  return false;
}

/** A preambular paragraph: it opens with a participle of context ("Руководствуясь", "Приветствуя") and ends with ";" or ",". */
export function isPreamble(vocabulary: Vocabulary, run: PausedWords): boolean {
  const first = lowerAt(run, afterListNumber(run));
  return first !== undefined && vocabulary.preambleOpeners.has(first) && vocabulary.preambleEnds.has(run.lastMark);
}

/** Index of the word right before a verb group, over adverbs, when no pause stands between; -1 when none. */
export function subjectBefore(vocabulary: Vocabulary, run: PausedWords, auxiliaryStart: number): number {
  if (pausedAt(run, auxiliaryStart)) return -1;
  let at = auxiliaryStart - 1;
  while (at >= 0 && vocabulary.adverbs.has(lowerAt(run, at) as string)) {
    if (pausedAt(run, at)) return -1;
    at--;
  }
  return at;
}

/** "он решил отложить визит": a decision one person reports as his own. */
export function isOwnDecision(vocabulary: Vocabulary, run: PausedWords, auxiliaryStart: number): boolean {
  const at = subjectBefore(vocabulary, run, auxiliaryStart);
  return at >= 0 && vocabulary.singularPronouns.has(lowerAt(run, at) as string);
}
