import type { Word } from "../../../core/word.js";
import type { VerbGroup } from "../types.js";
import type { Vocabulary } from "../vocabulary.js";
import { afterListNumber, lowerAt, pausedAt, type PausedWords } from "../words.js";

// What the English verdict rules read around a candidate verb: its verb group, hedges before
// it, the recall it sits in, the paragraph it opens. Each function reads the words of one
// sentence and their pauses, in English word order (auxiliaries before the verb, "-ed"
// participles, a subject before its verb).

/** Words before the verb searched for hedges and recalls of earlier events. */
export const CLAUSE_WINDOW = 7;

/** A word that negates: "not", "failed", "didn't". */
export function isNegation(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.negations.has(word) || word.endsWith(vocabulary.words.negationEnding);
}

/**
 * The auxiliaries, modals and negations right before a verb, skipping adverbs and a first
 * verb that shares them ("has been considered and agreed upon").
 *
 * @example
 * ```ts
 * verbGroupBefore(vocabulary, run, 3).words; // "It was not signed" → ["not", "was"]
 * ```
 */
export function verbGroupBefore(vocabulary: Vocabulary, run: PausedWords, index: number): VerbGroup {
  const found: string[] = [];
  let at = index - 1;
  let start = index;
  if (pausedAt(run, index)) return { words: found, start };
  const { adverbEnding, pastEnding } = vocabulary.words;
  while (at >= 0) {
    const lower = lowerAt(run, at) as string;
    if (vocabulary.adverbs.has(lower) || (lower.endsWith(adverbEnding) && lower.length > 4)) {
      if (pausedAt(run, at)) break;
      at--;
      continue;
    }
    if (vocabulary.coordinators.has(lower) && at - 1 >= 0 && (lowerAt(run, at - 1) as string).endsWith(pastEnding) && found.length === 0) {
      at -= 2;
      continue;
    }
    if (vocabulary.auxiliaries.has(lower) || isNegation(vocabulary, lower)) {
      found.push(lower);
      start = at;
      if (pausedAt(run, at)) break;
      at--;
      continue;
    }
    break;
  }
  return { words: found, start };
}

/**
 * A hedge in the clause before the verb ("plans to", "is ready to", "if"), or a plan right
 * after a noun-like candidate ("The signing of the documents is planned").
 */
export function hasHedge(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  let sawInfinitive = false;
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    const lower = lowerAt(run, at) as string;
    if (vocabulary.hedges.has(lower) || (sawInfinitive && vocabulary.intentions.has(lower))) return true;
    if (lower === vocabulary.words.infinitive) sawInfinitive = true;
    if (pausedAt(run, at)) return false;
  }
  if (!(lowerAt(run, index) as string).endsWith(vocabulary.words.gerundEnding)) return false;
  for (let at = index + 1; at < run.words.length && at <= index + CLAUSE_WINDOW; at++) {
    if (pausedAt(run, at)) break;
    if (vocabulary.plannedWords.has(lowerAt(run, at) as string)) return true;
  }
  return false;
}

/**
 * True when the verb stands in what the sentence recalls: after "recalled that" or
 * "reminded that", or inside an opening "Recalling ..." phrase.
 */
export function isRecalled(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  if (vocabulary.recallingVerbs.has(lowerAt(run, 0) ?? "")) {
    let at = 1;
    while (at < index && !pausedAt(run, at)) at++;
    if (at >= index) return true;
  }
  for (let at = 0; at + 1 < index; at++) {
    if (vocabulary.recallingVerbs.has(lowerAt(run, at) as string) && lowerAt(run, at + 1) === vocabulary.words.complementizer) return true;
  }
  return false;
}

/**
 * "Adopted by the Peace and Security Council at its 1156th meeting ...": a participle that
 * opens the sentence (after a list number), capitalised, before a preposition, is a caption.
 */
export function isCaption(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  if (index !== afterListNumber(run) || !(run.words[index] as Word).capitalized) return false;
  const next = lowerAt(run, index + 1);
  return next !== undefined && vocabulary.captionFollowers.has(next);
}

/**
 * A preambular paragraph: it opens with a participle of context ("Recalling", "Noting",
 * "Guided by") and ends with a semicolon or a comma, not a full stop.
 */
export function isPreamble(vocabulary: Vocabulary, run: PausedWords): boolean {
  const first = lowerAt(run, afterListNumber(run));
  return first !== undefined && vocabulary.preambleOpeners.has(first) && vocabulary.preambleEnds.has(run.lastMark);
}

/**
 * Index of the word right before a verb group, over adverbs ("we also endorse"), when no
 * pause stands between; -1 when none.
 */
export function subjectBefore(vocabulary: Vocabulary, run: PausedWords, auxiliaryStart: number): number {
  let at = auxiliaryStart - 1;
  if (pausedAt(run, auxiliaryStart)) return -1;
  while (at >= 0 && vocabulary.adverbs.has(lowerAt(run, at) as string)) {
    if (pausedAt(run, at)) return -1;
    at--;
  }
  return at;
}

/** "he has decided to postpone his visit": the subject before the verb group is a pronoun of one person. */
export function isOwnDecision(vocabulary: Vocabulary, run: PausedWords, auxiliaryStart: number): boolean {
  const at = subjectBefore(vocabulary, run, auxiliaryStart);
  return at >= 0 && vocabulary.singularPronouns.has(lowerAt(run, at) as string);
}

/**
 * "He noted the agreements signed during the visit": a participle without auxiliary and
 * without object, standing after a verb of reporting, names an outcome talked about.
 */
export function isReportedParticiple(vocabulary: Vocabulary, run: PausedWords, index: number): boolean {
  const next = lowerAt(run, index + 1);
  const bare = next === undefined || pausedAt(run, index + 1) || vocabulary.participleFollowers.has(next);
  if (!bare) return false;
  for (let at = index - 1; at >= 0; at--) if (vocabulary.reportingVerbs.has(lowerAt(run, at) as string)) return true;
  return false;
}
