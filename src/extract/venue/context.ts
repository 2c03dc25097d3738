import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import { keyAt } from "./words.js";
import { eventWords, lexiconFor, type Lexicon } from "../../lexicon/index.js";
import { organizationAt } from "../organizations/index.js";
import type { PhraseContext } from "./event-phrases.js";

/** How many words before a place phrase are searched for another event named by its date. */
const DATE_WINDOW = 12;

/** The words the context reads: event nouns a date may name ("the 2018 session") and month names. */
interface ContextWords {
  readonly events: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  /** Words that open a date after a place ("on", "in"). */
  readonly datePrepositions: ReadonlySet<string>;
}

const contextWords = memoizeOn((lexicon: Lexicon): ContextWords => ({
  events: eventWords(lexicon, "gathering", "meeting", "talks", "visit"),
  months: lexicon.calendar.months,
  datePrepositions: new Set(lexicon.places.datePrepositions),
}));

/**
 * What the phrase rules read beyond a sentence's words: the organisations plugin's names (a
 * place inside one is the name's) and the dates plugin's mentions (a place next to another
 * event's date is that event's). Made once per document.
 */
const phraseContexts = memoizeOn((_document: ReleaseDocument) => ({ context: undefined as PhraseContext | undefined }));

/**
 * The phrase context of a document, from what the organisations and dates plugins left in the file.
 *
 * @example
 * ```ts
 * phraseContextOf(document, file).inOrganization(word); // true for "in" of "the OSCE Programme Office in Bishkek"
 * ```
 */
export function phraseContextOf(document: ReleaseDocument, file: VFile): PhraseContext {
  const memo = phraseContexts(document);
  const lexicon = contextWords(lexiconFor(document.language));
  memo.context ??= {
    headline: false,
    inOrganization: (word: Word) => organizationAt(file, document.toOriginal(word.start)) !== null,
    otherEventDateNear: (words: readonly Word[], index: number, placeEnd: number) => otherEventDateNear(words, index, placeEnd, file.data.date?.start ?? null, lexicon),
  };
  return memo.context;
}

/**
 * Another event than the main one holds the place at word `index`: an event named by a date
 * before it ("the November (2018) session of the Council held in Astana", "the 2019 summit
 * in Bishkek"), or an event noun just before it whose place is followed by a date ("their
 * meeting in Praia on 14 February"), the date not the main event's. A date that only stands
 * near the place ("met on 23 September, in the margins of ...") does not count, whatever it is.
 */
function otherEventDateNear(words: readonly Word[], index: number, placeEnd: number, eventDate: string | null, lexicon: ContextWords): boolean {
  if (eventDate === null) return false;
  for (let noun = Math.max(1, index - DATE_WINDOW); noun < index; noun++) {
    if (!lexicon.events.has((words[noun] as Word).key)) continue;
    if (disagrees(readDate(words, noun - 1, -1, lexicon), eventDate)) return true;
  }
  // "their meeting in Praia on 14 February": the event noun right before the place, its date right after.
  if (placeEnd < 0 || !lexicon.events.has(keyAt(words, index - 1)) && !lexicon.events.has(keyAt(words, index - 2))) return false;
  let after = placeEnd + 1;
  if (keyAt(words, after) === ",") after++;
  if (lexicon.datePrepositions.has(keyAt(words, after))) after++;
  return disagrees(readDate(words, after, 1, lexicon), eventDate);
}

/** The year, month and day of a run of date words read from word `from` in a direction (1 forward, -1 back). */
interface DateParts {
  year: string | null;
  month: number | null;
  day: number | null;
}

function readDate(words: readonly Word[], from: number, step: 1 | -1, lexicon: ContextWords): DateParts {
  const parts: DateParts = { year: null, month: null, day: null };
  for (let at = from; at >= 0 && at < words.length; at += step) {
    const word = words[at] as Word;
    if (word.kind !== "word") {
      if (word.value === "(" || word.value === ")" || word.value === ",") continue;
      break;
    }
    const key = word.key.endsWith(".") ? word.key.slice(0, -1) : word.key;
    if (YEAR.test(word.value)) parts.year ??= word.value;
    else if (lexicon.months.has(key)) parts.month ??= lexicon.months.get(key) ?? null;
    else if (DAY.test(word.value)) parts.day ??= Number.parseInt(word.value, 10);
    else break;
  }
  return parts;
}

/** The date read cannot be the main event's (an ISO date). */
function disagrees(date: DateParts, eventDate: string): boolean {
  if (date.year !== null && !eventDate.startsWith(date.year)) return true;
  if (date.month === null || eventDate.length < 7) return false;
  if (Number(eventDate.slice(5, 7)) !== date.month) return true;
  return date.day !== null && eventDate.length >= 10 && Number(eventDate.slice(8, 10)) !== date.day;
}

/** A day of the month in figures ("14", "5th"). */
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** A year in figures. */
const YEAR = /^(?:1[89]|20)\d\d$/;
