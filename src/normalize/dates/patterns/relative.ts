import { memoizeOn } from "../../../core/memo.js";
import type { DateWords, RelativeSpan } from "../../../lexicon/types.js";
import { glued, isCapitalized, isPunct, isWord, isWordOf } from "../match.js";
import type { DateToken, DateTokens } from "../tokens.js";
import { parsed, parts, type DatePattern } from "./pattern.js";

const NO_PARTS = parts(null, null, null);

/** A phrase of {@link DateWords.relativeDays}, split into words. */
interface RelativeDayPhrase {
  readonly words: readonly string[];
  readonly days: number;
}

/** The relative-day phrases of a lexicon by their last word, longest first (so "the day before yesterday" wins over "yesterday"). */
const phrasesByLastWord = memoizeOn((words: DateWords): ReadonlyMap<string, readonly RelativeDayPhrase[]> => {
  const index = new Map<string, RelativeDayPhrase[]>();
  for (const [phrase, days] of words.relativeDays) {
    const split = phrase.split(" ");
    const last = split[split.length - 1] as string;
    const list = index.get(last) ?? [];
    list.push({ words: split, days });
    index.set(last, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
});

/** A phrase of {@link DateWords.relativeSpans}, split into words. */
interface RelativeSpanPhrase {
  readonly words: readonly string[];
  readonly span: RelativeSpan;
}

/** The relative-span phrases of a lexicon by their last word, longest first. */
const spansByLastWord = memoizeOn((words: DateWords): ReadonlyMap<string, readonly RelativeSpanPhrase[]> => {
  const index = new Map<string, RelativeSpanPhrase[]>();
  for (const [phrase, span] of words.relativeSpans) {
    const split = phrase.split(" ");
    const last = split[split.length - 1] as string;
    const list = index.get(last) ?? [];
    list.push({ words: split, span });
    index.set(last, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
});

/** Whether the words of a phrase before its last stand right before token `index`, from `floor` on. */
function precededBy(tokens: DateTokens, index: number, words: readonly string[], floor: number): boolean {
  const first = index - (words.length - 1);
  if (first < floor) return false;
  for (let at = 0; at < words.length - 1; at++) {
    if (!isWord(tokens.get(first + at), words[at] as string)) return false;
  }
  return true;
}

/** Skips a possessive glued after a word ("today's"): an apostrophe and an ending of the lexicon. */
function skipPossessive(tokens: DateTokens, index: number): number {
  const mark = tokens.get(index);
  const ending = tokens.get(index + 1);
  if ((isPunct(mark, "'") || isPunct(mark, "\u2019")) && glued(tokens, index) && isWordOf(ending, tokens.lexicon.dates.possessiveEndings) && glued(tokens, index + 1)) {
    return index + 2;
  }
  return index;
}

/**
 * A day named from the reference day, by a word or phrase of the lexicon ending at the
 * anchor: "today", "today's", "yesterday", "the day before yesterday", "this morning".
 *
 * @example
 * ```ts
 * relativeDayPattern.extract(dateTokensOfText("yesterday"), 0, 0)?.relativeDays; // -1
 * ```
 */
export const relativeDayPattern: DatePattern = {
  name: "relative-day",
  anchor: (token, lexicon) => token.kind === "word" && phrasesByLastWord(lexicon.dates).has(token.key),
  anchorOn: (lexicon) => phrasesByLastWord(lexicon.dates).keys(),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    const phrases = phrasesByLastWord(tokens.lexicon.dates).get(token.key) ?? [];
    for (const phrase of phrases) {
      if (!precededBy(tokens, index, phrase.words, floor)) continue;
      const first = index - (phrase.words.length - 1);
      return parsed(this.name, tokens, first, skipPossessive(tokens, index + 1), { form: "relative", from: NO_PARTS, to: null, relativeDays: phrase.days });
    }
    return null;
  },
};

/**
 * A weekday: "on Wednesday", "last Friday", "next Monday", "Wednesday's". Without a
 * direction word of the lexicon before it, the weekday is the last such day on or before
 * the reference day.
 *
 * @example
 * ```ts
 * weekdayPattern.extract(dateTokensOfText("last Friday"), 1, 0)?.weekdayDirection; // "last"
 * ```
 */
export const weekdayPattern: DatePattern = {
  name: "weekday",
  anchor: (token, lexicon) => token.kind === "word" && lexicon.calendar.weekdays.has(token.key) && isCapitalized(token),
  anchorOn: (lexicon) => lexicon.calendar.weekdays.keys(),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    const weekday = tokens.lexicon.calendar.weekdays.get(token.key);
    if (weekday === undefined) return null;
    const before = tokens.get(index - 1);
    const direction = before && index - 1 >= floor ? tokens.lexicon.dates.weekdayDirections.get(before.key) : undefined;
    const first = direction !== undefined ? index - 1 : index;
    let last = skipPossessive(tokens, index + 1);
    const weekdayEnd = direction === undefined ? weekdayEndAt(tokens, last, weekday) : undefined;
    if (weekdayEnd !== undefined) last += 2;
    const week = direction === undefined ? weekAfter(tokens, last) : null;
    return parsed(this.name, tokens, first, week ? week.last : last, {
      form: "weekday",
      from: NO_PARTS,
      to: null,
      weekday,
      weekdayDirection: direction ?? "past",
      ...(weekdayEnd !== undefined ? { weekdayEnd } : {}),
      ...(week ? { weekOffset: week.offset } : {}),
    });
  },
};

/**
 * The weekday that ends a stretch of weekdays from token `index`: a range word of the lexicon
 * and a capitalized weekday ("Monday to Wednesday"), the day after when the word is "and"
 * ("Monday and Tuesday": "Monday and Thursday" are two days, not a stretch).
 */
function weekdayEndAt(tokens: DateTokens, index: number, weekday: number): number | undefined {
  const join = tokens.get(index);
  const second = tokens.get(index + 1);
  if (join?.kind !== "word" || second?.kind !== "word" || !isCapitalized(second)) return undefined;
  const kind = tokens.lexicon.dates.rangeWords.get(join.key);
  const end = tokens.lexicon.calendar.weekdays.get(second.key);
  if (kind === undefined || end === undefined) return undefined;
  const gap = (end - weekday + 7) % 7;
  return gap === 1 || (kind !== "and" && gap > 1) ? end : undefined;
}

/** The calendar weeks of the lexicon's relative spans that name a whole week ("last week"), split into words. */
const weekPhrases = memoizeOn((words: DateWords): readonly RelativeSpanPhrase[] =>
  [...words.relativeSpans]
    .filter(([, span]) => span.unit === "week" && !span.toDate)
    .map(([phrase, span]) => ({ words: phrase.split(" "), span })),
);

/**
 * A whole week named after a weekday from token `index`, after a comma or an "of" ("Tuesday
 * last week", "Tuesday of last week"): its offset in weeks and the token after it, or null.
 */
function weekAfter(tokens: DateTokens, index: number): { offset: number; last: number } | null {
  const words = tokens.lexicon.dates;
  let at = index;
  const link = tokens.get(at);
  if (link && (isPunct(link, ",") || isWordOf(link, words.ofWords))) at++;
  for (const phrase of weekPhrases(words)) {
    if (phrase.words.every((word, offset) => isWord(tokens.get(at + offset), word))) return { offset: phrase.span.offset, last: at + phrase.words.length };
  }
  return null;
}

/**
 * A stretch of days named from the reference day, by a phrase of the lexicon ending at the
 * anchor: "earlier this week", "last month". After an article it is a span of time counted
 * back from today ("over the last week"), not a calendar unit, and no date.
 *
 * @example
 * ```ts
 * relativeSpanPattern.extract(dateTokensOfText("earlier this week"), 2, 0)?.span; // { unit: "week", offset: 0, toDate: true }
 * ```
 */
export const relativeSpanPattern: DatePattern = {
  name: "relative-span",
  anchor: (token, lexicon) => token.kind === "word" && spansByLastWord(lexicon.dates).has(token.key),
  anchorOn: (lexicon) => spansByLastWord(lexicon.dates).keys(),
  extract(tokens, index, floor) {
    const token = tokens.get(index) as DateToken;
    const phrases = spansByLastWord(tokens.lexicon.dates).get(token.key) ?? [];
    for (const phrase of phrases) {
      if (!precededBy(tokens, index, phrase.words, floor)) continue;
      const first = index - (phrase.words.length - 1);
      if (isWordOf(tokens.get(first - 1), tokens.lexicon.dates.articles)) return null;
      return parsed(this.name, tokens, first, index + 1, { form: "relative-span", from: NO_PARTS, to: null, span: phrase.span });
    }
    return null;
  },
};
