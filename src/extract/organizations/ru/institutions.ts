// Universities and institutes a Russian release names by their own name ("Оренбургского
// государственного университета", "Национальный университет Узбекистана", "Актюбинским
// региональным университетом имени К. Жубанова"): no gazetteer lists them all, but their names
// follow one pattern, an opening adjective of a place or a country, adjectives of what kind of
// school it is, the noun, then its state or its namesake. Output as a plain English rendering
// in English order (GUIDELINES-ru.md: a body with no established English name).
import { lazy } from "../../../core/memo.js";
import type { Word } from "../../../core/word.js";
import { RU_CITIES } from "../../../lexicon/ru/data/cities.js";
import { keyOfPhrase } from "../../../lexicon/ru/keys.js";
import { RU_INSTITUTIONS } from "../../../lexicon/ru/organizations.js";
import { englishNameOf } from "../../../normalize/russian-names.js";
import { englishCountryName, russianGazetteer } from "./gazetteer.js";

/** An institution read at a word: its English name and how many words it spans. */
export interface InstitutionHit {
  readonly name: string;
  readonly length: number;
}

interface InstitutionIndex {
  readonly nouns: ReadonlyMap<string, string>;
  readonly qualifiers: ReadonlyMap<string, string>;
  /** Opening adjectives by stem: the English place or country word. */
  readonly places: ReadonlyMap<string, string>;
  /** The country of a city's adjective, by stem. */
  readonly placeCountries: ReadonlyMap<string, string>;
  readonly eponyms: ReadonlySet<string>;
}

/** Endings of an adjective in any case and gender ("-ский", "-ского", "-ским", "-ская"...). */
const ADJECTIVE = /(?:ий|ый|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими|ей)$/u;
/** A city's last vowel or soft sign, dropped before "-ский" ("Самара": "самарский"). */
const FINAL_VOWEL = /[аяоеиыуюэь]$/u;
/** Initials ("К.", "М.В.", "К.Жубанова"). */
const INITIALS = /^(?:\p{Lu}\.)+/u;
/** Most words of a namesake's name. */
const MAX_NAMESAKE = 4;

const institutionIndex = lazy((): InstitutionIndex => {
  const stemmed = (pairs: readonly (readonly [string, string])[]): Map<string, string> => new Map(pairs.map(([ru, english]) => [keyOfPhrase(ru), english]));
  const places = stemmed(RU_INSTITUTIONS.placeAdjectives);
  const placeCountries = new Map<string, string>();
  // "Оренбургский" from "Оренбург", "Минский" from "Минск", "Актюбинский" from the former
  // "Актюбинск": a city's adjective is its name plus "-ск", the name itself when it ends so.
  for (const city of RU_CITIES) {
    for (const form of [...city.ru.filter((name) => !city.ambiguous.includes(name)), ...city.former.map((former) => former.ru)]) {
      if (form.includes(" ")) continue;
      const lower = form.toLowerCase().replaceAll("ё", "е");
      const stems = lower.endsWith("ск") ? [lower] : [`${lower}ск`, `${lower.replace(FINAL_VOWEL, "")}ск`];
      for (const stem of stems) {
        if (places.has(stem)) continue;
        places.set(stem, city.name);
        placeCountries.set(stem, city.country);
      }
    }
  }
  return {
    nouns: stemmed(RU_INSTITUTIONS.nouns),
    qualifiers: stemmed(RU_INSTITUTIONS.qualifiers),
    places,
    placeCountries,
    eponyms: new Set(RU_INSTITUTIONS.eponymWords),
  };
});

/**
 * The English place or country a capitalised adjective opens a name with ("Оренбургского":
 * "Orenburg", "Российский": "Russian"), or null.
 *
 * @example
 * ```ts
 * placeOfAdjective(word); // "Minsk" for "Минского"
 * ```
 */
export function placeOfAdjective(word: Word): string | null {
  if (word.kind !== "word" || !word.capitalized || !ADJECTIVE.test(word.lower)) return null;
  return institutionIndex().places.get(word.key) ?? null;
}

/** The country of the city a capitalised adjective names ("Оренбургской": RU), or null. */
export function countryOfPlaceAdjective(word: Word): string | null {
  return placeOfAdjective(word) === null ? null : (institutionIndex().placeCountries.get(word.key) ?? null);
}

/**
 * A university or an institute named at word `index` (a capitalised opening adjective): its
 * English rendering and length, or null. Needs a place or country adjective to open it, or its
 * state or namesake after the noun, so that "Национальный университет" alone is no name.
 *
 * @example
 * ```ts
 * russianInstitutionAt(words, 0); // "Оренбургским государственным университетом" → { name: "Orenburg State University", length: 3 }
 * ```
 */
export function russianInstitutionAt(words: readonly Word[], index: number): InstitutionHit | null {
  const first = words[index];
  if (first === undefined || first.kind !== "word" || !first.capitalized || !ADJECTIVE.test(first.lower)) return null;
  const institutions = institutionIndex();
  const parts: string[] = [];
  const place = institutions.places.get(first.key) ?? null;
  if (place !== null) parts.push(place);
  else if (institutions.qualifiers.has(first.key)) parts.push(institutions.qualifiers.get(first.key) as string);
  else return null;
  let at = index + 1;
  for (let word = words[at]; word !== undefined && word.kind === "word" && institutions.qualifiers.has(word.key) && ADJECTIVE.test(word.lower); word = words[++at]) {
    parts.push(institutions.qualifiers.get(word.key) as string);
  }
  const noun = words[at];
  const english = noun?.kind === "word" ? institutions.nouns.get(noun.key) : undefined;
  if (english === undefined) return null;
  parts.push(english);
  at++;
  let name = parts.join(" ");
  // "Национальный университет Узбекистана": the state after the noun.
  let owned = false;
  if (place === null) {
    const country = russianGazetteer().countryAt(words, at);
    if (country !== null) {
      name += ` of ${englishCountryName(country.value)}`;
      at += country.length;
      owned = true;
    }
  }
  const namesake = namesakeAt(words, at, institutions);
  if (namesake !== null) {
    name += ` ${RU_INSTITUTIONS.eponymEnglish} ${namesake.name}`;
    at += namesake.length;
  }
  if (place === null && !owned && namesake === null) return null;
  return { name, length: at - index };
}

/** "имени К. Жубанова", "им. Ломоносова": the namesake's English name and the words it spans, the eponym word included. */
function namesakeAt(words: readonly Word[], index: number, institutions: InstitutionIndex): { name: string; length: number } | null {
  const cue = words[index];
  if (cue === undefined || cue.kind !== "word") return null;
  if (!institutions.eponyms.has(cue.lower)) return null;
  const start = index + 1;
  let at = start;
  const forms: string[] = [];
  for (let word = words[at]; word !== undefined && word.kind === "word" && word.capitalized && !word.allCaps && forms.length < MAX_NAMESAKE; word = words[++at]) forms.push(word.value);
  // A person's name: initials before a surname, or one or two capitalised words; "имени
  // Первого Президента Республики ..." names an office, not read.
  const initials = forms.length > 0 && INITIALS.test(forms[0] as string);
  if (forms.length === 0 || (!initials && forms.length > 2) || (initials && forms.length > 2)) return null;
  if (forms.some((form) => russianGazetteer().countryAt(words, start + forms.indexOf(form)) !== null)) return null;
  return { name: englishNameOf([forms.join(" ")], null), length: at - index };
}
