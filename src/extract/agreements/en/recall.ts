import type { Word } from "../../../core/word.js";
import type { Vocabulary } from "../vocabulary.js";
import { lowerAt, pausedAt, type PausedWords } from "../words.js";
import { CLAUSE_WINDOW } from "./clause.js";

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DAY = /^\d{1,2}$/;

/**
 * Why an outcome verb recalls an earlier event, or null: it follows a word of carrying
 * out ("implementation of the agreements reached"), a word of earlier time ("previously
 * agreed", "signed ... years ago", "in recent years"), or a year before the event's.
 *
 * @example
 * ```ts
 * recallOf(vocabulary, run, 4, 2024); // "The agreements signed in 2018 ..." → "placed in 2018"
 * ```
 */
export function recallOf(vocabulary: Vocabulary, run: PausedWords, index: number, eventYear: number | null): string | null {
  const words = run.words;
  for (let at = index - 1; at >= 0 && at >= index - CLAUSE_WINDOW; at--) {
    const value = (words[at] as Word).value;
    if (vocabulary.followUpWords.has(lowerAt(run, at) as string)) return `follows "${value}"`;
    const note = earlierNote(vocabulary, run, at, eventYear);
    if (note) return note;
    if (pausedAt(run, at)) break;
  }
  // A time adverbial opening the sentence ("In recent years, ...") dates the whole sentence.
  if (vocabulary.timeOpeners.has(lowerAt(run, 0) ?? "")) {
    for (let at = 1; at < index && !pausedAt(run, at); at++) {
      const note = earlierNote(vocabulary, run, at, eventYear);
      if (note) return note;
    }
  }
  for (let at = index + 1; at < words.length && at <= index + CLAUSE_WINDOW + 3; at++) {
    if (pausedAt(run, at) && at > index + 1) break;
    const note = earlierNote(vocabulary, run, at, eventYear);
    if (note) return note;
  }
  return null;
}

function earlierNote(vocabulary: Vocabulary, run: PausedWords, at: number, eventYear: number | null): string | null {
  const value = (run.words[at] as Word).value;
  if (isEarlier(vocabulary, run, at)) return `placed before the event by "${value}"`;
  if (isEarlierYear(vocabulary, run, at, eventYear)) return `placed in ${value}`;
  return null;
}

/** A word of earlier time at `at`: "previously", "ago", "last year", "in recent years", "the past". */
function isEarlier(vocabulary: Vocabulary, run: PausedWords, at: number): boolean {
  const word = lowerAt(run, at) as string;
  const next = lowerAt(run, at + 1) ?? "";
  if (vocabulary.earlierWords.has(word)) return !(vocabulary.earlierNotBefore.get(word)?.has(next) ?? false);
  const periods = vocabulary.earlierWithNext.get(word);
  if (periods !== undefined) return periods.has(next);
  // "in the past", "over the past years".
  const past = vocabulary.words.earlierTime.past;
  if (word === past.word) {
    return lowerAt(run, at - 1) === past.after && (at + 1 >= run.words.length || vocabulary.pastPeriods.has(next) || pausedAt(run, at + 1));
  }
  return false;
}

/** A year before the event's at `at`, dating what it qualifies: "in 2018", "of 9 November 2020"; not "the plan for 2020". */
function isEarlierYear(vocabulary: Vocabulary, run: PausedWords, at: number, eventYear: number | null): boolean {
  if (eventYear === null) return false;
  const value = (run.words[at] as Word).value;
  if (!YEAR.test(value) || Number(value) >= eventYear) return false;
  const previous = lowerAt(run, at - 1);
  if (previous === undefined) return false;
  return vocabulary.yearPrepositions.has(previous) || DAY.test(previous) || vocabulary.monthNames.has(previous);
}
