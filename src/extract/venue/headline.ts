import type { Sentence } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import type { Lexicon } from "../../lexicon/index.js";
import { matchCityAt } from "../../normalize/city.js";
import type { ReleaseLead } from "../lead.js";
import { EVENT_PHRASE, TITLE_BONUS, type Candidate } from "./candidate.js";
import { collectPhrases, type PhraseContext } from "./event-phrases.js";
import { baresOf, isDateWord, venueWords, type VenueWords } from "./words.js";

/** Fewest words a headline needs before a place at its end counts as its dateline. */
const TAIL_MIN_WORDS = 3;
/** Longest city name read at the end of a headline, in tokens. */
const TAIL_CITY_TOKENS = 4;

/**
 * The places the headline gives for the main event: its event phrases ("Talks in Minsk",
 * "Albares to travel to Rome") and a place at its end, where pages glue the dateline ("...
 * Sign Agreement for Cooperation Jakarta", "..., 12 January 2024, Ankara", "..., St. Petersburg,
 * November 8, 2022"). Worked out once per lead.
 *
 * @example
 * ```ts
 * headlinePlaces(leadOfDocument(document, file), lexicon, context); // [{ city: "Ankara", country: "TR", ... }]
 * ```
 */
export function headlinePlaces(lead: ReleaseLead, lexicon: Lexicon, context: PhraseContext): readonly Candidate[] {
  const memo = headlineMemo(lead);
  if (memo.places === undefined) memo.places = computeHeadlinePlaces(lead.title, venueWords(lexicon), context);
  return memo.places;
}

const headlineMemo = memoizeOn((_lead: ReleaseLead) => ({ places: undefined as readonly Candidate[] | undefined }));

function computeHeadlinePlaces(title: readonly Sentence[], lexicon: VenueWords, context: PhraseContext): readonly Candidate[] {
  if (title.length === 0) return [];
  const out: Candidate[] = [];
  const headline = { ...context, headline: true };
  for (const sentence of title) collectPhrases(sentence.words, EVENT_PHRASE + TITLE_BONUS, lexicon, out, headline);
  const words = title.length === 1 ? (title[0] as Sentence).words : title.flatMap((sentence) => sentence.words);
  const tail = tailPlace(words, lexicon);
  if (tail) out.push(tail);
  return out;
}

/**
 * A city at the end of the headline, after its date and punctuation are set aside: after a
 * comma or a dash, or glued after a capitalised word that is no connector ("for Cooperation Jakarta").
 */
function tailPlace(words: readonly Word[], lexicon: VenueWords): Candidate | null {
  let last = words.length - 1;
  let content = 0;
  for (const word of words) if (word.kind === "word") content++;
  // Trailing punctuation and the date ("St. Petersburg, 13 April 2018.").
  while (last >= 0 && ((words[last] as Word).kind !== "word" || isDateWord(words[last] as Word, lexicon.months))) last--;
  if (last < 0) return null;
  const values = baresOf(words);
  // The longest name first: "New Delhi", not "Delhi".
  for (let start = Math.max(0, last - TAIL_CITY_TOKENS + 1); start <= last; start++) {
    const city = matchCityAt(values, start);
    if (!city || start + city.length - 1 !== last || city.ambiguous) continue;
    if (content - city.length < TAIL_MIN_WORDS) return null;
    const before = words[start - 1];
    if (!before || !separates(before, lexicon)) continue;
    return {
      city: city.city,
      country: city.country,
      name: null,
      strength: EVENT_PHRASE + TITLE_BONUS,
      inferred: false,
      start: (words[start] as Word).start,
      end: (words[last] as Word).end,
    };
  }
  return null;
}

/** The token before a headline's final city sets it apart as the dateline: a comma or a dash, or a capitalised word that is no connector. */
function separates(word: Word, lexicon: VenueWords): boolean {
  if (word.kind !== "word") return word.value === "," || word.value === "-" || word.value === "–" || word.value === "—" || word.value === "|" || word.value === ":";
  return word.capitalized && !word.possessive && !lexicon.prepositions.has(word.key) && !lexicon.nameConnectors.has(word.key) && !isDateWord(word, lexicon.months);
}
