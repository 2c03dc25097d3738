import type { Word } from "../../core/word.js";
import { COUNTRY_ONLY, type Candidate } from "./candidate.js";
import { capitalOf, placeAt, seatAfter } from "./places.js";
import { baresOf, keyAt, type VenueWords } from "./words.js";

/**
 * Reads the event phrases of one sentence ("in <City>", "at <Venue>", "visited <City>", "on the
 * margins of <Organ>", "<City> hosts"), adding a candidate of the given strength for each to `out`.
 *
 * @example
 * ```ts
 * collectPhrases(sentence.words, EVENT_PHRASE, venueWords(lexicon), candidates);
 * // "The ministers met in Astana." → [{ city: "Astana", country: "KZ", ... }]
 * ```
 */
export function collectPhrases(words: readonly Word[], strength: number, lexicon: VenueWords, out: Candidate[]): void {
  // The bare forms are made only for a sentence that has a place word.
  let values: readonly string[] | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = (words[index] as Word).key;
    if (lexicon.hostVerbs.has(word)) {
      values ??= baresOf(words);
      const host = hostBefore(words, values, index, strength, lexicon);
      if (host) out.push(host);
      continue;
    }
    const margin = lexicon.marginWords.has(word);
    const visit = lexicon.visitVerbs.has(word);
    if (!margin && !visit && !lexicon.prepositions.has(word)) continue;
    values ??= baresOf(words);
    if (otherEventBefore(words, index, lexicon)) continue;
    let at = index + 1;
    if (margin) {
      // "on the margins of the 78th session of the UN General Assembly": the seat of the host body.
      if (keyAt(words, at) === "of") at++;
      const seat = seatAfter(words, values, at, strength - 2, lexicon);
      if (seat) out.push(seat);
      continue;
    }
    if (keyAt(words, at) === "the") at++;
    // "the fighting in Sudan", "the situation in Kabul": the place of what is discussed.
    if (word === "in" && lexicon.subjectNouns.has(keyAt(words, index - 1))) continue;
    // "in the capital of Kazakhstan": the country's capital city.
    if (lexicon.capitalNouns.has(keyAt(words, at)) && keyAt(words, at + 1) === "of") {
      const country = placeAt(words, values, keyAt(words, at + 2) === "the" ? at + 3 : at + 2, strength, lexicon);
      const capital = capitalOf(country);
      if (capital) out.push(capital);
      continue;
    }
    const place = placeAt(words, values, at, strength, lexicon);
    const last = place ? wordIndexAt(words, at, place.end) : -1;
    // "in Kazakhstan's capital", "in the Uzbek capital": the country's capital city.
    const capital = last >= 0 && lexicon.capitalNouns.has(keyAt(words, last + 1)) ? capitalOf(place) : null;
    if (capital) {
      out.push(capital);
      continue;
    }
    // "interfere in Russia's internal affairs": a place that owns something is not where one is.
    if (words[last]?.possessive === true) continue;
    // A country alone is a weak venue unless an event word stands before it ("a visit to
    // Russia"); after "to" without one it is an envoy's accreditation ("Ambassador to Russia").
    if (place && place.city === null && place.name === null && !lexicon.eventWords.has(keyAt(words, index - 1)) && !visit) {
      if (word !== "to") out.push({ ...place, strength: place.strength + COUNTRY_ONLY });
      continue;
    }
    // "supplies of weapons to Kiev": a city after "to" is a destination only after a word of coming.
    if (place && word === "to" && !eventWordBefore(words, index, lexicon)) continue;
    if (place) out.push(place);
  }
}

/** Index of the word that ends at offset `end`, searching from `from`; -1 when none does. */
function wordIndexAt(words: readonly Word[], from: number, end: number): number {
  for (let at = from; at < words.length && (words[at] as Word).end <= end; at++) if ((words[at] as Word).end === end) return at;
  return -1;
}


/** An event or motion word among the three words before `index` ("a working visit to", "came to"). */
function eventWordBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) if (lexicon.eventWords.has((words[at] as Word).key)) return true;
  return false;
}

/** "Tashkent hosts the meeting", "Kazakhstan hosted": a place just before a host verb (a country alone is weak). */
function hostBefore(words: readonly Word[], values: readonly string[], verb: number, strength: number, lexicon: VenueWords): Candidate | null {
  const end = (words[verb - 1] as Word | undefined)?.end;
  for (let start = verb - 1; start >= 0 && start >= verb - 3; start--) {
    const place = placeAt(words, values, start, strength, lexicon);
    if (place && place.end === end) return place;
  }
  return null;
}

/** A word of another (coming or past) event among the four words before `index` ("the next summit in", "is to be held in"). */
function otherEventBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 4; at--) {
    const key = (words[at] as Word).key;
    if (lexicon.otherEventWords.has(key)) return true;
    if (key === "be" && keyAt(words, at - 1) === "to") return true;
  }
  return false;
}
