import type { ReleaseDocument } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { eventWords, lexiconFor } from "../../lexicon/index.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import { hashedWords, type DateToken, type DateTokens } from "../../normalize/dates/tokens.js";

/** How many days an event lasted, and whether the date beside its length is its first day or its last. */
export interface EventLength {
  readonly days: number;
  readonly at: "start" | "end";
}

/** How far from the date, in tokens, its clause is read. */
const REACH = 30;
/** How far before the length a verb may place the date ("today concluded a two-day"). */
const VERB_BEFORE = 8;
/** How far after the event noun a verb may place the date ("a two-day visit that ended today"). */
const VERB_AFTER = 6;
/** How many words may stand between the length and its event noun ("a two-day official working visit"). */
const NOUN_REACH = 3;
/** The longest event read from a length: a week. */
const MAX_DAYS = 7;

/**
 * The length of the event the clause of a date names, when a verb tells which of its days the
 * date is: "today concluded a three-day visit" makes the date the last of three days, "began a
 * two-day visit to Malaysia on 11 March" the first of two. The length is a count (a number
 * word of the lexicon's `eventLength.counts`, or digits) joined to a unit word ("two-day",
 * "2-day"), followed within a few words by a noun of the lexicon's `eventLength.events`
 * groups (a visit, a meeting, talks, a summit: not an operation). Without such a verb ("who
 * is on a two-day visit") the date is one day of the event, and null is returned.
 *
 * @example
 * ```ts
 * eventLengthOf(tokens, date); // { days: 3, at: "end" } for "today concluded a three-day visit"
 * ```
 */
export function eventLengthOf(tokens: DateTokens, date: RefinedDate): EventLength | null {
  const words = tokens.lexicon.dateRoles.eventLength;
  if (words === undefined) return null;
  const clause = tokens.clauseAt(date.first);
  let from = date.first;
  while (from > 0 && from > date.first - REACH && tokens.clauseAt(from - 1) === clause) from--;
  let to = date.last;
  while (to < tokens.length && to < date.last + REACH && tokens.clauseAt(to) === clause) to++;
  const nouns = eventWords(tokens.lexicon, ...words.events);
  // Every word of the clause is asked: its object is made only where its hash is a unit's.
  const units = hashedWords(words.units);
  for (let index = from; index < to; index++) {
    if (index >= date.first && index < date.last) continue;
    if (!tokens.keyIn(index, units)) continue;
    const count = index >= 2 && tokens.get(index - 1)?.text === "-" ? index - 2 : index - 1;
    if (count < from) continue;
    const days = countAt(tokens, count, words.counts);
    if (days === null) continue;
    const noun = nounAfter(tokens, index + 1, to, nouns);
    if (noun < 0) continue;
    // "a three-day visit to Lima from 11 March": the date opens the stretch.
    const opener = tokens.get(date.first - 1);
    if (date.first - 1 > noun && opener?.kind === "word" && tokens.lexicon.dates.rangeOpeners.get(opener.key) === "from") return { days, at: "start" };
    const at = verbBetween(tokens, Math.max(from, count - VERB_BEFORE), count, words, false) ?? verbBetween(tokens, noun + 1, Math.min(to, noun + 1 + VERB_AFTER), words, true);
    if (at !== null) return { days, at };
  }
  return null;
}

/**
 * The length of an event the headline reports as begun or ended ("Minister wraps up three-day
 * visit to Peru", "President begins two-day state visit"): the same words as
 * {@link eventLengthOf}, read over the headline's words, for a body that gives the day alone
 * ("... left Lima on 12 September"). Null without a headline or such a phrase.
 *
 * @param title - The headline's span in the original text (`file.data.title`).
 *
 * @example
 * ```ts
 * headlineEventLength(document, file.data.title ?? null); // { days: 3, at: "end" } for "Minister concludes three-day visit to Peru"
 * ```
 */
export function headlineEventLength(document: ReleaseDocument, title: { readonly start: number; readonly end: number } | null): EventLength | null {
  const lexicon = lexiconFor(document.language);
  const words = lexicon.dateRoles.eventLength;
  if (title === null || words === undefined) return null;
  const nouns = eventWords(lexicon, ...words.events);
  for (const sentence of document.sentences) {
    const start = document.toOriginal(sentence.start);
    if (start >= title.end) break;
    if (start < title.start) continue;
    const headline = sentence.words.filter((word) => word.kind === "word");
    for (let index = 0; index < headline.length; index++) {
      const days = daysOfLengthWord(headline[index] as Word, words);
      if (days === null) continue;
      const noun = headline.slice(index + 1, index + 1 + NOUN_REACH).some((word) => nouns.has(word.key));
      if (!noun) continue;
      for (let before = index - 1; before >= 0 && before >= index - VERB_BEFORE; before--) {
        const key = (headline[before] as Word).key;
        if (words.starting.has(key)) return { days, at: "start" };
        if (words.ending.has(key)) return { days, at: "end" };
      }
    }
  }
  return null;
}

/** The days of one hyphenated word of a length ("three-day", "2-day"), or null. */
function daysOfLengthWord(word: Word, words: { readonly counts: ReadonlyMap<string, number>; readonly units: ReadonlySet<string> }): number | null {
  if (!word.hyphenated) return null;
  const parts = word.lower.split("-");
  if (parts.length !== 2 || !words.units.has(parts[1] as string)) return null;
  const count = parts[0] as string;
  const value = /^\d$/.test(count) ? Number(count) : words.counts.get(count);
  return value !== undefined && value >= 2 && value <= MAX_DAYS ? value : null;
}

/**
 * Whether the clause of a date names a meeting, a visit or talks by a word of the lexicon's
 * `eventLength.events` groups, within the reach of the clause read for a length: a stretch of
 * weekdays beside it ("met on Monday and Tuesday") is the event's days, while an operation
 * "over Saturday and Sunday" is dated by its first day. True where the lexicon lists no such words.
 *
 * @example
 * ```ts
 * namesMeeting(tokens, date); // true for "the ministers met on Monday and Tuesday"
 * ```
 */
export function namesMeeting(tokens: DateTokens, date: RefinedDate): boolean {
  const words = tokens.lexicon.dateRoles.eventLength;
  if (words === undefined) return true;
  const nouns = eventWords(tokens.lexicon, ...words.events);
  const clause = tokens.clauseAt(date.first);
  for (let index = date.first - 1; index >= 0 && index >= date.first - REACH && tokens.clauseAt(index) === clause; index--) {
    if (tokens.kindAt(index) === "word" && nouns.has(keyAt(tokens, index))) return true;
  }
  for (let index = date.last; index < tokens.length && index < date.last + REACH && tokens.clauseAt(index) === clause; index++) {
    if (tokens.kindAt(index) === "word" && nouns.has(keyAt(tokens, index))) return true;
  }
  return false;
}

function keyAt(tokens: DateTokens, index: number): string {
  return (tokens.get(index) as DateToken).key;
}

/** The count of days a token gives (2 to {@link MAX_DAYS}), or null. */
function countAt(tokens: DateTokens, index: number, counts: ReadonlyMap<string, number>): number | null {
  const kind = tokens.kindAt(index);
  let value: number | undefined;
  if (kind === "number") value = Number((tokens.get(index) as DateToken).text);
  else if (kind === "word") value = counts.get(keyAt(tokens, index));
  return value !== undefined && value >= 2 && value <= MAX_DAYS ? value : null;
}

/** The index of the event noun within a few words after the unit, or -1 (any mark but a hyphen ends the search). */
function nounAfter(tokens: DateTokens, from: number, to: number, nouns: ReadonlySet<string>): number {
  let words = 0;
  for (let index = from; index < to; index++) {
    if (tokens.kindAt(index) !== "word") {
      if (tokens.get(index)?.text === "-") continue;
      return -1;
    }
    if (nouns.has(keyAt(tokens, index))) return index;
    if (++words >= NOUN_REACH) return -1;
  }
  return -1;
}

/** Which day the starting or ending verb between two tokens nearest the length makes the date, or null (`forward`: the tokens follow the length). */
function verbBetween(tokens: DateTokens, from: number, to: number, words: { readonly starting: ReadonlySet<string>; readonly ending: ReadonlySet<string> }, forward: boolean): "start" | "end" | null {
  for (let step = 0; step < to - from; step++) {
    const index = forward ? from + step : to - 1 - step;
    if (tokens.kindAt(index) !== "word") continue;
    const key = keyAt(tokens, index);
    if (words.starting.has(key)) return "start";
    if (words.ending.has(key)) return "end";
  }
  return null;
}
