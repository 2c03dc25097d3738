import type { Word } from "../../core/word.js";
import { COUNTRY_ONLY, type Candidate } from "./candidate.js";
import { capitalOf, chainedPlace, ministryAt, placeAt, placeWithCountry, seatAfter } from "./places.js";
import { baresOf, keyAt, type VenueWords } from "./words.js";

/** What the phrase rules need to know about the sentence they read, beyond its words. */
export interface PhraseContext {
  /** The sentence is (part of) the headline, which reports the main event even when it announces it ("to travel to Rome"). */
  readonly headline: boolean;
  /** The word is inside an organisation's name ("the OSCE Programme Office in Bishkek"). */
  readonly inOrganization: (word: Word) => boolean;
  /**
   * The place after the preposition at `index` (ending at word `placeEnd`, -1 when not known
   * yet) is another event's, by a date that is not the main event's ("the November 2018
   * session held in Astana", "their meeting in Praia on 14 February").
   */
  readonly otherEventDateNear: (words: readonly Word[], index: number, placeEnd: number) => boolean;
}

/** The context of a sentence nothing is known about: a body sentence, no organisations, no dates. */
export const PLAIN_CONTEXT: PhraseContext = { headline: false, inOrganization: () => false, otherEventDateNear: () => false };

/**
 * Reads the event phrases of one sentence ("in <City>", "at <Venue>", "visited <City>", "on the
 * margins of <Organ>", "<City> hosts", "chaired from <City>"), adding a candidate of the given
 * strength for each to `out`.
 *
 * @example
 * ```ts
 * collectPhrases(sentence.words, EVENT_PHRASE, venueWords(lexicon), candidates);
 * // "The ministers met in Astana." → [{ city: "Astana", country: "KZ", ... }]
 * ```
 */
export function collectPhrases(words: readonly Word[], strength: number, lexicon: VenueWords, out: Candidate[], context: PhraseContext = PLAIN_CONTEXT): void {
  // The bare forms are made only for a sentence that has a place word.
  let values: readonly string[] | undefined;
  for (let index = 0; index < words.length; index++) {
    const word = (words[index] as Word).key;
    // Most words open no phrase: one look-up turns them away, not five.
    if (!lexicon.phraseOpeners.has(word)) continue;
    if (lexicon.hostVerbs.has(word)) {
      values ??= baresOf(words);
      const host = hostBefore(words, values, index, strength, lexicon);
      if (host) out.push(host);
      continue;
    }
    // "chaired from Baku by the President": where a meeting, a video one too, was chaired from.
    if (lexicon.hostFromPrepositions.has(word) && hostWordBefore(words, index, lexicon)) {
      values ??= baresOf(words);
      const host = placeAt(words, values, index + (keyAt(words, index + 1) === "the" ? 2 : 1), strength, lexicon);
      if (host && host.city !== null) out.push({ ...host, remoteHost: true });
      continue;
    }
    const margin = lexicon.marginWords.has(word);
    // "Minister to visit Tbilisi": in a headline the bare verb of a visit announced names the place too.
    const visit = lexicon.visitVerbs.has(word) || (context.headline && lexicon.headlineVisitVerbs.has(word));
    if (!margin && !visit && !lexicon.prepositions.has(word)) continue;
    // "the visiting U.S. Assistant Secretary": a visitor from a place, not a visit to it.
    if (visit && index > 0 && lexicon.visitorDeterminers.has(keyAt(words, index - 1))) continue;
    values ??= baresOf(words);
    if (otherEventBefore(words, index, lexicon)) continue;
    // "the OSCE Programme Office in Bishkek", "Under Secretary of State at the FCDO": the place belongs to a name.
    if (!margin && !visit && (affiliationBefore(words, index, lexicon.affiliationWords) || context.inOrganization(words[index] as Word))) continue;
    if (word === "at" && affiliationBefore(words, index, lexicon.titleAffiliationWords) && (seatAfter(words, values, index + 1, strength, lexicon) ?? ministryAt(words, values, index + 1, strength, lexicon))) continue;
    if (!context.headline && context.otherEventDateNear(words, index, -1)) continue;
    let at = index + 1;
    if (margin) {
      // "on the margins of the 78th session of the UN General Assembly": the seat of the host body.
      if (keyAt(words, at) === "of") at++;
      const seat = seatAfter(words, values, at, strength - 2, lexicon);
      if (seat) out.push(seat);
      continue;
    }
    // "at the Ministry's headquarters, Tafawa Balewa House, Abuja": a chain of names, then the city.
    const chained = chainedPlace(words, values, at, strength, lexicon);
    if (chained) {
      out.push(chained);
      continue;
    }
    if (keyAt(words, at) === "the") at++;
    // "in the building of the Federation Council", "at the premises of the Ministry of ...": the
    // building of the body named after it, which stands at the body's seat.
    if (lexicon.buildingNouns.has(keyAt(words, at)) && (words[at] as Word | undefined)?.capitalized === false && keyAt(words, at + 1) === "of") {
      at += keyAt(words, at + 2) === "the" ? 3 : 2;
    }
    // "in the city of Tashkent", "in the resort town of Burabay": the kind of place before its name.
    let kind = at;
    while (kind < at + 2 && lexicon.settlementNouns.has(keyAt(words, kind))) kind++;
    if (kind > at && keyAt(words, kind) === "of") at = kind + 1;
    // "the fighting in Sudan", "the situation in Kabul": the place of what is discussed.
    if (word === "in" && lexicon.subjectNouns.has(keyAt(words, index - 1))) continue;
    // "loans for upgrading secondary schools in Ulaanbaatar": the place of the works.
    if (word === "in" && worksBefore(words, index, lexicon.worksWords)) continue;
    // "in the capital of Kazakhstan": the country's capital city.
    if (lexicon.capitalNouns.has(keyAt(words, at)) && keyAt(words, at + 1) === "of") {
      const country = placeAt(words, values, keyAt(words, at + 2) === "the" ? at + 3 : at + 2, strength, lexicon);
      const capital = capitalOf(country);
      if (capital) out.push(capital);
      continue;
    }
    let place = placeAt(words, values, at, strength, lexicon) ?? (word === "in" ? placeWithCountry(words, values, at, strength) : null);
    // "cooperation in NATO and the European Union": "in" a body is membership; only its building ("in the CSTO Secretariat") is a place.
    if (place !== null && word === "in" && place.inferred && place.name === null && at === index + 1) place = null;
    const last = place ? wordIndexAt(words, at, place.end) : -1;
    // "in Kazakhstan's capital", "in the Uzbek capital": the country's capital city.
    const capital = last >= 0 && lexicon.capitalNouns.has(keyAt(words, last + 1)) ? capitalOf(place) : null;
    if (capital) {
      out.push(capital);
      continue;
    }
    if (place && !context.headline && context.otherEventDateNear(words, index, last)) continue;
    // "interfere in Russia's internal affairs": a place that owns something is not where one is.
    if (words[last]?.possessive === true && place?.name === null) continue;
    const events = context.headline ? lexicon.headlineEventWords : lexicon.eventWords;
    // A country alone is a weak venue unless an event word stands before it ("a visit to
    // Russia", "visited Uzbekistan"); after "to" without one it is an envoy's accreditation
    // ("Ambassador to Russia").
    if (place && place.city === null && place.name === null && !events.has(keyAt(words, index - 1)) && !visit) {
      if (word !== "to") out.push({ ...place, strength: place.strength + COUNTRY_ONLY });
      continue;
    }
    // "on an official visit to Romania": a state's guest, received in its capital.
    if (place && place.city === null && place.name === null && word === "to" && lexicon.visitNouns.has(keyAt(words, index - 1)) && lexicon.officialVisitWords.has(keyAt(words, index - 2))) {
      out.push({ ...place, officialVisit: true });
      continue;
    }
    // "supplies of weapons to Kiev": a city after "to" is a destination only after a word of coming.
    if (place && word === "to" && !eventWordBefore(words, index, events)) continue;
    if (place) out.push(place);
  }
}

/** Index of the word that ends at offset `end`, searching from `from`; -1 when none does. */
function wordIndexAt(words: readonly Word[], from: number, end: number): number {
  for (let at = from; at < words.length && (words[at] as Word).end <= end; at++) if ((words[at] as Word).end === end) return at;
  return -1;
}

/** An event or motion word among the three words before `index` ("a working visit to", "came to"). */
function eventWordBefore(words: readonly Word[], index: number, events: ReadonlySet<string>): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) if (events.has((words[at] as Word).key)) return true;
  return false;
}

/** A chairing or hosting verb among the three words before `index` ("chaired from", "hosted the meeting from"). */
function hostWordBefore(words: readonly Word[], index: number, lexicon: VenueWords): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) if (lexicon.hostFromWords.has((words[at] as Word).key)) return true;
  return false;
}

/**
 * The preposition at `index` follows a capitalised word of `nouns` that ends a title or a
 * body's name ("the Programme Office in", "Under Secretary of State at"), not the first of the sentence.
 */
function affiliationBefore(words: readonly Word[], index: number, nouns: ReadonlySet<string>): boolean {
  const before = words[index - 1];
  return index > 1 && before !== undefined && before.capitalized && nouns.has(before.key) && !placedByAt(words, index - 1);
}

/** Most capitalised words an office's name holds between "at (the)" and its head noun. */
const MAX_OFFICE_NAME_WORDS = 4;

/**
 * "signed at the RBI Central Office in Mumbai": the office after "at" is where the event is, and
 * its city is the event's; "Head of the OSCE Programme Office in Bishkek" is an affiliation.
 */
function placedByAt(words: readonly Word[], head: number): boolean {
  let at = head - 1;
  while (at >= 0 && head - at <= MAX_OFFICE_NAME_WORDS && ((words[at] as Word).capitalized || (words[at] as Word).allCaps)) at--;
  if (keyAt(words, at) === "the") at--;
  return keyAt(words, at) === "at";
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

/** Most words between a works word and the "in" of its place ("upgrading [secondary schools] in"). */
const WORKS_OBJECT_WORDS = 5;

/** A works word ("upgrading", "construction of") stands a few words before the preposition, with no punctuation between. */
function worksBefore(words: readonly Word[], index: number, worksWords: ReadonlySet<string>): boolean {
  if (worksWords.size === 0) return false;
  for (let at = index - 1; at >= 0 && at >= index - 1 - WORKS_OBJECT_WORDS; at--) {
    const word = words[at] as Word;
    if (word.kind !== "word") return false;
    if (worksWords.has(word.key)) return true;
  }
  return false;
}
