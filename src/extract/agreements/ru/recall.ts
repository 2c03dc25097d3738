import type { Word } from "../../../core/word.js";
import type { Vocabulary } from "../vocabulary.js";
import { lowerAt, pausedAt, type PausedWords } from "../words.js";
import { CLAUSE_WINDOW, clauseStart, keyAt, opensRelative } from "./clause.js";

const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DAY = /^\d{1,2}$/;
/** Words between a word of carrying out and the verb it recalls ("выполнения договорённостей, которые были достигнуты"). */
const FOLLOW_UP_REACH = 2;

/**
 * Why an outcome verb recalls an earlier event, or null: it qualifies what is being carried
 * out ("выполнение соглашений, которые были подписаны", "во исполнение подписанного"), or a
 * word of earlier time ("ранее", "два года назад", "в прошлом году", "на предыдущем
 * заседании") or a year before the event's ("в 2018 году", "от 9 ноября 2020 года") stands in
 * its clause.
 *
 * @example
 * ```ts
 * recallOf(vocabulary, run, 3, 2024); // "Договор был подписан в 2002 году." → "placed in 2002"
 * ```
 */
export function recallOf(vocabulary: Vocabulary, run: PausedWords, index: number, eventYear: number | null): string | null {
  const start = clauseStart(run, index);
  const relative = opensRelative(vocabulary, run, start);
  const from = relative ? clauseStart(run, start - 1) : start;
  for (let at = index - 1; at >= from && at >= index - CLAUSE_WINDOW; at--) {
    // A word of carrying out right before the verb, or before the noun a relative clause qualifies.
    const near = at >= index - FOLLOW_UP_REACH || (relative && at < start && at >= start - 1 - FOLLOW_UP_REACH);
    if (near && vocabulary.followUpWords.has(keyAt(run, at))) return `follows "${(run.words[at] as Word).value}"`;
    const note = earlierNote(vocabulary, run, at, eventYear);
    if (note) return note;
  }
  // A time adverbial opening the sentence ("В прошлом году, ...") dates the whole sentence.
  if (vocabulary.timeOpeners.has(lowerAt(run, 0) ?? "")) {
    for (let at = 0; at < index && (at === 0 || !pausedAt(run, at)); at++) {
      const note = earlierNote(vocabulary, run, at, eventYear);
      if (note) return note;
    }
  }
  for (let at = index + 1; at < run.words.length && at <= index + CLAUSE_WINDOW + 3; at++) {
    if (pausedAt(run, at)) break;
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

/** A word of earlier time at `at`: "ранее", "назад", "прошлом", "в последние годы". */
function isEarlier(vocabulary: Vocabulary, run: PausedWords, at: number): boolean {
  const word = lowerAt(run, at) as string;
  const next = lowerAt(run, at + 1) ?? "";
  if (vocabulary.earlierWords.has(word)) return !(vocabulary.earlierNotBefore.get(word)?.has(next) ?? false);
  return vocabulary.earlierWithNext.get(word)?.has(next) ?? false;
}

/** A year before the event's at `at`, dating what it qualifies: "в 2018 году", "от 9 ноября 2020 года"; not "на 2020 год". */
function isEarlierYear(vocabulary: Vocabulary, run: PausedWords, at: number, eventYear: number | null): boolean {
  if (eventYear === null) return false;
  const value = (run.words[at] as Word).value;
  if (!YEAR.test(value) || Number(value) >= eventYear) return false;
  const previous = lowerAt(run, at - 1);
  if (previous === undefined) return false;
  return vocabulary.yearPrepositions.has(previous) || DAY.test(previous) || vocabulary.monthNames.has(previous);
}
