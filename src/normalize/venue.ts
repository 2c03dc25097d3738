import { REGION_BASES, REGION_SUFFIXES, REGIONS, VENUE_BLOCKS, VENUES, type PlaceRecord } from "../data/venues.js";
import { lazy, memoizeByText } from "../core/memo.js";
import { PhraseIndex, type MatchOptions } from "./phrase-index.js";

/** A named place of the venues gazetteer. */
export interface VenueHit {
  /** Its usual English name ("the Kremlin", "Moscow Region", "Akorda"). */
  readonly name: string;
  /** City in the spelling of the cities gazetteer, or null (a region, a country residence). */
  readonly city: string | null;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** `"venue"`: a building or residence; `"region"`: a region that implies its country. */
  readonly kind: "venue" | "region";
}

/** A place named by the words of a sentence, found by {@link matchVenueAt}. */
export interface VenueMatch extends VenueHit {
  /** How many tokens the name covers, from the start index. */
  readonly length: number;
}

/** The options of every lookup by words: names start with a capital (one object, not one per call). */
const REQUIRE_CAPITAL: Readonly<MatchOptions> = { requireCapital: true };

// Built on first use, so importing the module costs nothing until a lookup needs it.
const gazetteer = lazy(buildIndex);

function buildIndex(): PhraseIndex<VenueHit> {
  const index = new PhraseIndex<VenueHit>();
  const addPlace = (place: PlaceRecord, kind: VenueHit["kind"]): void => {
    const hit: VenueHit = { name: place.name, city: place.city, country: place.country, kind };
    index.add(place.name, hit);
    for (const alias of place.aliases ?? []) index.add(alias, hit);
  };
  for (const place of VENUES) addPlace(place, "venue");
  for (const place of REGIONS) addPlace(place, "region");
  for (const [country, bases] of Object.entries(REGION_BASES)) {
    for (const base of bases) {
      const hit: VenueHit = { name: `${base} Region`, city: null, country, kind: "region" };
      for (const suffix of REGION_SUFFIXES) index.add(`${base} ${suffix}`, hit);
    }
  }
  for (const phrase of VENUE_BLOCKS) index.block(phrase);
  return index;
}

/**
 * The building, residence or region named by `text` (case, diacritics, punctuation and a
 * leading "the" do not matter), with its city and country. Null when unknown.
 *
 * @example
 * ```ts
 * findVenue("Novo-Ogarevo"); // { name: "Novo-Ogaryovo", city: null, country: "RU", kind: "venue" }
 * findVenue("the Élysée Palace")?.city; // "Paris"
 * findVenue("Leningrad Oblast"); // { name: "Leningrad Region", city: null, country: "RU", kind: "region" }
 * ```
 */
export function findVenue(text: string): VenueHit | null {
  return venueOfName(text);
}

// Every body's name the organisations plugin finds is asked about (a building is no body):
// remember the last few thousand, so that a name is folded once.
const NAME_MEMO_LIMIT = 5000;

const venueOfName = memoizeByText((text: string): VenueHit | null => gazetteer().lookup(text) ?? null, NAME_MEMO_LIMIT);

/**
 * The longest venue or region name starting at `words[index]`, where `words` are a
 * sentence's tokens as written (space and punctuation tokens may be included or not). The
 * first word must start with a capital, so "the Kremlin" matches from "Kremlin" (or from
 * "The" at the start of a sentence).
 *
 * @example
 * ```ts
 * matchVenueAt(["at", "Bocharov", "Ruchei", "in"], 1); // { name: "Bocharov Ruchei", city: "Sochi", country: "RU", kind: "venue", length: 2 }
 * matchVenueAt(["the", "Moscow", "Region"], 1)?.kind; // "region"
 * ```
 */
export function matchVenueAt(words: readonly string[], index: number): VenueMatch | null {
  const match = gazetteer().matchAt(words, index, REQUIRE_CAPITAL);
  return match ? { ...match.value, length: match.length } : null;
}
