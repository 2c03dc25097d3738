// Local government bodies a Russian release names by their own name: Belarus's executive
// committees ("Минского городского исполнительного комитета", "Брестский облисполком") and the
// akimats and khokimiyats of Kazakhstan and Uzbekistan ("акимат Актюбинской области"), output
// in English ("Minsk City Executive Committee", "Akimat of Aktobe Region"). A city's
// government as a whole ("Правительство Москвы") is no organisation (GUIDELINES.md).
import { lazy } from "../../../core/memo.js";
import type { Word } from "../../../core/word.js";
import { keyOfPhrase } from "../../../lexicon/ru/keys.js";
import { RU_LOCAL_BODIES } from "../../../lexicon/ru/organizations.js";
import { russianGazetteer } from "./gazetteer.js";
import { countryOfPlaceAdjective, placeOfAdjective, type InstitutionHit } from "./institutions.js";

interface LocalBodyIndex {
  readonly levels: ReadonlyMap<string, string>;
  /** Noun phrases by their words' stems. */
  readonly nouns: readonly (readonly [keys: readonly string[], english: string])[];
  readonly contracted: ReadonlyMap<string, string>;
  readonly administrations: ReadonlyMap<string, string>;
  readonly regionNouns: ReadonlyMap<string, string>;
  readonly russianRegionNouns: ReadonlyMap<string, string>;
  readonly cityNouns: ReadonlySet<string>;
}

/**
 * The keys of a noun in every case: the stemmer cuts some nominatives short ("горисполком" is
 * "горисполк", "горисполкома" "горисполком"; "хокимият" is "хоким", a title's stem), so the
 * stems of the genitive and the instrumental, and the nominative as written (`=` and the form).
 */
function nounKeys(noun: string): string[] {
  return [...new Set([keyOfPhrase(`${noun}а`), keyOfPhrase(`${noun}ом`), `=${noun}`])];
}

/** The English of a noun at a word, by {@link nounKeys}. */
function nounAt(map: ReadonlyMap<string, string>, word: Word | undefined): string | undefined {
  if (word === undefined || word.kind !== "word") return undefined;
  return map.get(word.key) ?? map.get(`=${word.lower}`);
}

function keyedNouns(pairs: readonly (readonly [string, string])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [ru, english] of pairs) for (const key of nounKeys(ru)) map.set(key, english);
  return map;
}

const localBodyIndex = lazy(
  (): LocalBodyIndex => ({
    levels: new Map(RU_LOCAL_BODIES.levels.map(([ru, english]) => [keyOfPhrase(ru), english])),
    nouns: RU_LOCAL_BODIES.nouns.map(([ru, english]) => [keyOfPhrase(ru).split(" "), english] as const),
    contracted: keyedNouns(RU_LOCAL_BODIES.contracted),
    administrations: keyedNouns(RU_LOCAL_BODIES.administrations),
    regionNouns: keyedNouns(RU_LOCAL_BODIES.regionNouns.map(([ru, english]) => [ru, english] as const)),
    russianRegionNouns: keyedNouns(RU_LOCAL_BODIES.regionNouns.map(([ru, , russian]) => [ru, russian] as const)),
    cityNouns: new Set(RU_LOCAL_BODIES.cityNouns.flatMap(nounKeys)),
  }),
);

/**
 * An executive committee named at word `index` by its place's adjective ("Минский городской
 * исполнительный комитет", "Гомельского облисполкома"): its English name and length, or null.
 *
 * @example
 * ```ts
 * russianExecutiveCommitteeAt(words, 0); // "Брестского облисполкома" → { name: "Brest Regional Executive Committee", length: 2 }
 * ```
 */
export function russianExecutiveCommitteeAt(words: readonly Word[], index: number): InstitutionHit | null {
  const place = placeOfAdjective(words[index] as Word);
  if (place === null) return null;
  const bodies = localBodyIndex();
  const next = words[index + 1];
  if (next === undefined || next.kind !== "word") return null;
  const contracted = nounAt(bodies.contracted, next);
  if (contracted !== undefined) return { name: `${place} ${contracted}`, length: 2 };
  const level = bodies.levels.get(next.key);
  if (level === undefined) return null;
  for (const [keys, english] of bodies.nouns) {
    if (keys.every((key, offset) => words[index + 2 + offset]?.key === key)) return { name: `${place} ${level} ${english}`, length: 2 + keys.length };
  }
  return null;
}

/**
 * A region named by its adjective and noun at word `index` ("Оренбургской области",
 * "Актюбинской области"): "Orenburg Oblast" in Russia, "Aktobe Region" elsewhere, and its
 * length; `country` is the state when the adjective's city does not tell it.
 *
 * @example
 * ```ts
 * russianRegionAt(words, 1, null); // "Губернатор Оренбургской области" → { name: "Orenburg Oblast", length: 2 }
 * ```
 */
export function russianRegionAt(words: readonly Word[], index: number, country: string | null): InstitutionHit | null {
  const adjective = words[index];
  const place = adjective === undefined ? null : placeOfAdjective(adjective);
  if (place === null) return null;
  const bodies = localBodyIndex();
  const russian = (countryOfPlaceAdjective(adjective as Word) ?? country) === "RU";
  const noun = nounAt(russian ? bodies.russianRegionNouns : bodies.regionNouns, words[index + 1]);
  return noun === undefined ? null : { name: `${place} ${noun}`, length: 2 };
}

/**
 * An akimat or a khokimiyat at word `index` with the region or city it governs after it
 * ("акимата Актюбинской области", "акимат города Алматы"): its English name and length, or null.
 *
 * @example
 * ```ts
 * russianAdministrationAt(words, 0); // "акимат Актюбинской области" → { name: "Akimat of Aktobe Region", length: 3 }
 * ```
 */
export function russianAdministrationAt(words: readonly Word[], index: number): InstitutionHit | null {
  const word = words[index];
  if (word === undefined || word.kind !== "word") return null;
  const bodies = localBodyIndex();
  const noun = nounAt(bodies.administrations, word);
  if (noun === undefined) return null;
  const adjective = words[index + 1];
  const place = adjective === undefined ? null : placeOfAdjective(adjective);
  const region = words[index + 2];
  const regionNoun = nounAt(bodies.regionNouns, region);
  if (place !== null && regionNoun !== undefined) return { name: `${noun} of ${place} ${regionNoun}`, length: 3 };
  // "акимат города Алматы", "акимат Алматы".
  let at = index + 1;
  const cityNoun = words[at];
  if (cityNoun?.kind === "word" && (bodies.cityNouns.has(cityNoun.key) || bodies.cityNouns.has(`=${cityNoun.lower}`))) at++;
  const city = russianGazetteer().cityAt(words, at);
  if (city === null || city.value.ambiguous) return null;
  return { name: `${noun} of ${city.value.english}`, length: at + city.length - index };
}
