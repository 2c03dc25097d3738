// Russian personal names as Russian text writes them: declined ("Сергея Лаврова", "с
// Давидом Тонояном"), with initials ("С.В.Лавров", "В. А. Руденка") or a patronymic ("Ваге
// Арменовичем Геворкяном"). Forms of one person are told by their name keys (the possible
// nominal stems of each word), the nominative is worked out by the rules of Russian
// declension, and the English name is the officials gazetteer's when it knows the person,
// else the BGN/PCGN romanization of the nominative (GUIDELINES-ru.md).
import { lazy, memoizeByText } from "../core/memo.js";
import { RU_GIVEN_NAMES, RU_NAME_WORDS } from "../lexicon/ru/names.js";
import { RU_EXTRA_OFFICIALS, RU_OFFICIAL_NAMES } from "../lexicon/ru/data/officials.js";
import { findOfficial, type OfficialMatch } from "./official.js";
import { romanizeRussian } from "./romanize.js";

/** Grammatical gender of a person's name: it decides how the surname declines. */
export type NameGender = "masculine" | "feminine";

/** Case endings of singular nouns and adjectives that a name may carry, longest first per letter. */
const CASE_ENDINGS: readonly string[] = [
  "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ьей", "ьем", "ием",
  "ом", "ем", "ой", "ей", "ою", "ею", "ым", "им", "ых", "их", "ая", "яя", "ую", "юю", "ое", "ее", "ий", "ый", "ия", "ии", "ию", "ие",
  "ья", "ье", "ьи", "ью",
  "а", "я", "у", "ю", "е", "и", "ы", "ь", "й",
];
/** Plural endings, which places and bodies carry ("Соединённых Штатов", "Эмиратов"), and the neuter "-о" ("Сотрудничество"). */
const PLURAL_ENDINGS: readonly string[] = ["ами", "ями", "ов", "ев", "ам", "ям", "ах", "ях", "ые", "ие", "о"];
/** Shortest stem a key may have. */
const MIN_STEM = 2;
const VOWELS = "аеёиоуыэюя";
const HUSHING = "жшчщц";

function isVowel(letter: string): boolean {
  return letter !== "" && VOWELS.includes(letter);
}

function plain(word: string): string {
  return word.toLowerCase().replaceAll("ё", "е");
}

function computeKeys(word: string, plural: boolean): readonly string[] {
  const lower = plain(word);
  const keys = new Set<string>([lower]);
  const endings = plural ? [...CASE_ENDINGS, ...PLURAL_ENDINGS] : CASE_ENDINGS;
  for (const ending of endings) {
    if (lower.length - ending.length >= MIN_STEM && lower.endsWith(ending)) keys.add(lower.slice(0, -ending.length));
  }
  // A vowel that drops in the other cases: "Руденок" / "Руденка", "Кравец" / "Кравца", "Павел" / "Павла".
  const fleeting = /^(.{2,}[^аеёиоуыэюя])[ое]([кцл])$/u.exec(lower);
  if (fleeting) keys.add(`${fleeting[1]}${fleeting[2]}`);
  return [...keys];
}

/** Distinct words of names asked about, remembered. */
const MAX_WORDS = 20000;

const personKeys = memoizeByText((word: string) => computeKeys(word, false), MAX_WORDS);
const placeKeys = memoizeByText((word: string) => computeKeys(word, true), MAX_WORDS);

/**
 * The name keys of a word of a Russian proper name: the word in lower case ("ё" as "е") and
 * the word less each case ending it may carry. Two forms of one name share a key ("Лавров",
 * "Лаврова", "Лавровым" share "лавров"; "Сергей", "Сергея" share "серге"). With
 * `{ plural: true }`, plural endings too, for names of places and bodies ("Штатов").
 *
 * @example
 * ```ts
 * import { russianNameKeys } from "communique";
 * russianNameKeys("Лаврова"); // ["лаврова", "лавров"]
 * russianNameKeys("Сергей"); // ["сергей", "серг", "серге"]
 * ```
 *
 * @group Normalizers
 */
export function russianNameKeys(word: string, options: { readonly plural?: boolean } = {}): readonly string[] {
  return options.plural === true ? placeKeys(word) : personKeys(word);
}

/**
 * Two words may be forms of one name: their name keys meet ("Засем" and "Зась", "Тонояном"
 * and "Тоноян"; not "Лавров" and "Лавр").
 *
 * @example
 * ```ts
 * import { sameRussianNameWord } from "communique";
 * sameRussianNameWord("Тонояном", "Тоноян"); // true
 * sameRussianNameWord("Лавров", "Лавр"); // false
 * ```
 *
 * @group Normalizers
 */
export function sameRussianNameWord(a: string, b: string): boolean {
  const keysA = personKeys(a);
  const keysB = personKeys(b);
  for (const key of keysA) if (keysB.includes(key)) return true;
  return false;
}

/** A Russian name read into its parts, as written. */
export interface RussianNameParts {
  /** Initials before the surname, each without its dot ("С", "В" of "С.В.Лавров"; "Дж" of "Дж.Фриц"). */
  readonly initials: readonly string[];
  /** The given name, as written, or null. */
  readonly given: string | null;
  /** A patronymic ("Викторович", "Арменовичем"), as written, or null. */
  readonly patronymic: string | null;
  /** Words between the given name and the surname that are not a patronymic ("Салсия"). */
  readonly middle: readonly string[];
  /** The surname (the last word, with its particles: "бин Салманом Аль Саудом"), as written, or null. */
  readonly surname: string | null;
}

const INITIALS = /^((?:\p{Lu}\p{Ll}?\.\s*)+)/u;
const PARTICLES: ReadonlySet<string> = new Set(RU_NAME_WORDS.particles);

/** The word is a patronymic in any case ("Викторович", "Викторовича", "Ивановной"). */
export function isRussianPatronymic(word: string): boolean {
  const lower = plain(word);
  return lower.length > 6 && /(?:ович|евич|ьич|овн|евн|ичн)(?:а|у|ем|е|ы|ой|ою)?$/u.test(lower) && !/ич$/u.test(lower.slice(0, -4));
}

/**
 * Reads a Russian name as written into initials, given name, patronymic and surname.
 *
 * @example
 * ```ts
 * import { readRussianName } from "communique";
 * readRussianName("С.В.Лаврова").initials; // ["С", "В"]
 * readRussianName("Ваге Арменовичем Геворкяном").patronymic; // "Арменовичем"
 * ```
 *
 * @group Normalizers
 */
export function readRussianName(text: string): RussianNameParts {
  return readName(text);
}

/**
 * Names are read again for every pair of forms compared: the parts of each spelling are
 * remembered, frozen, since every caller shares them.
 */
const readName = memoizeByText((text: string) => frozen(computeParts(text)), MAX_WORDS);

function frozen(parts: RussianNameParts): RussianNameParts {
  Object.freeze(parts.initials);
  Object.freeze(parts.middle);
  return Object.freeze(parts);
}

function computeParts(text: string): RussianNameParts {
  let rest = text.trim();
  const initials: string[] = [];
  const glued = INITIALS.exec(rest);
  if (glued) {
    for (const initial of (glued[1] as string).split(".")) if (initial.trim() !== "") initials.push(initial.trim());
    rest = rest.slice((glued[1] as string).length).trim();
  }
  const words = rest.split(/\s+/u).filter((word) => word.length > 0);
  if (words.length === 0) return { initials, given: null, patronymic: null, middle: [], surname: null };
  // The surname takes the particles before it ("бин Салман", "фон дер Ляйен").
  let surnameStart = words.length - 1;
  while (surnameStart > 1 && PARTICLES.has(plain(words[surnameStart - 1] as string))) surnameStart--;
  // "Мухаммадом бин Салманом Аль Саудом": a particle further in joins everything after it.
  for (let at = 1; at < surnameStart; at++) {
    if (PARTICLES.has(plain(words[at] as string))) {
      surnameStart = at;
      break;
    }
  }
  const surname = words.slice(surnameStart).join(" ");
  if (initials.length > 0 || surnameStart === 0) {
    return { initials, given: null, patronymic: null, middle: words.slice(0, surnameStart), surname };
  }
  const given = words[0] as string;
  // "Вячеслав Викторович", "Шавкат Миромонович": a form of address, given name and a
  // patronymic made of a known given name (not "Михаил Мясникович", whose "-ович" word is a surname).
  if (words.length === 2 && isKnownPatronymic(words[1] as string)) return { initials, given, patronymic: words[1] as string, middle: [], surname: null };
  const between = words.slice(1, surnameStart);
  const patronymic = between.find(isRussianPatronymic) ?? null;
  return { initials, given, patronymic, middle: between.filter((word) => word !== patronymic), surname };
}

/** A patronymic made of a known given name ("Викторович"), or one the officials gazetteer writes ("Миромонович"). */
function isKnownPatronymic(word: string): boolean {
  if (!isRussianPatronymic(word)) return false;
  const base = /^(.+?)(?:ович|евич|ьич|овн|евн|ичн|ич)/u.exec(word);
  if (base && knownGivenNames(base[1] as string).length > 0) return true;
  return knownPatronymics().some((known) => sameRussianNameWord(known, word));
}

/** The patronymics of the officials gazetteer's Cyrillic forms. */
const knownPatronymics = lazy((): readonly string[] => {
  const found = new Set<string>();
  for (const entry of [...RU_OFFICIAL_NAMES, ...RU_EXTRA_OFFICIALS]) {
    for (const form of entry.ru) {
      const words = form.split(" ");
      if (words.length === 3 && isRussianPatronymic(words[1] as string)) found.add(words[1] as string);
    }
  }
  return [...found];
});

interface KnownGiven {
  readonly name: string;
  readonly gender: NameGender;
}

/** Known given names by each of their name keys. */
const givenIndex = lazy((): ReadonlyMap<string, readonly KnownGiven[]> => {
  const index = new Map<string, KnownGiven[]>();
  const add = (name: string, gender: NameGender): void => {
    for (const key of personKeys(name)) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      if (!list.some((known) => known.name === name)) list.push({ name, gender });
    }
  };
  for (const name of RU_GIVEN_NAMES.masculine) add(name, "masculine");
  for (const name of RU_GIVEN_NAMES.feminine) add(name, "feminine");
  for (const entry of [...RU_OFFICIAL_NAMES, ...RU_EXTRA_OFFICIALS]) {
    for (const form of entry.ru) {
      const first = form.split(" ")[0] as string;
      if (!index.get(plain(first))?.some((known) => known.name === first)) add(first, genderByEnding(first));
    }
  }
  return index;
});

/** Women's names end in "-а" or "-я" (Мария, Дарига); men's in a consonant or "-й" (and Никита, Илья, which the list knows). */
function genderByEnding(name: string): NameGender {
  return /[ая]$/u.test(name) ? "feminine" : "masculine";
}

/** The known given names a written form may be (several for "Александра": Александр, Александра). */
function knownGivenNames(word: string): readonly KnownGiven[] {
  const index = givenIndex();
  const found: KnownGiven[] = [];
  for (const key of personKeys(word)) {
    for (const known of index.get(key) ?? []) {
      if (!found.includes(known) && sameRussianNameWord(known.name, word) && declinesTo(word, known.name)) found.push(known);
    }
  }
  return found;
}

/** `form` can be a case form of the nominative `name`: equal, or `name` less its ending plus a case ending. */
function declinesTo(form: string, name: string): boolean {
  const a = plain(form);
  const b = plain(name);
  if (a === b) return true;
  // The stem both share must hold all of the name but its last letter or two.
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= b.length - 2 && common >= Math.min(b.length, 3) - 1;
}

/**
 * Whether a word is a known given name in any case form ("Сергея", "Мухтаром"), from the
 * Russian list or the given names of the officials gazetteer.
 *
 * @example
 * ```ts
 * import { isRussianGivenName } from "communique";
 * isRussianGivenName("Сергеем"); // true
 * isRussianGivenName("Организации"); // false
 * ```
 *
 * @group Normalizers
 */
export const isRussianGivenName: (word: string) => boolean = memoizeByText((word: string): boolean => knownGivenNames(word).length > 0, MAX_WORDS);

/** The gender a given name tells, or null for one the lists do not know. */
export function genderOfGivenName(word: string): NameGender | null {
  const known = knownGivenNames(word);
  if (known.length === 0) return null;
  const genders = new Set(known.map((name) => name.gender));
  if (genders.size === 1) return known[0]?.gender ?? null;
  // "Александра": the man's name in the genitive, or the woman's in the nominative.
  return null;
}

type Slot = "given" | "surname" | "patronymic";

/** Case-preserving replacement of the last `cut` letters of `word` by `ending`. */
function withEnding(word: string, cut: number, ending: string): string {
  const stem = word.slice(0, word.length - cut);
  const upper = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  return stem + (upper ? ending.toUpperCase() : ending);
}

/**
 * The nominative of one word of a personal name by the rules of Russian declension, for a
 * name of the given gender: "-овым" → "-ов", "-ского" → "-ский", "-ом" → "", "-ем" → "-й"
 * or "-ь", "-я" → "-й" or "-ь", "-ой" → "-а" (a woman's "-овой" → "-ова"). Words that do not
 * decline ("-о", "-и", "-их", "-ых") come back as they are.
 *
 * @example
 * ```ts
 * import { nominativeOf } from "communique";
 * nominativeOf("Лавровым", "masculine", "surname"); // "Лавров"
 * nominativeOf("Захаровой", "feminine", "surname"); // "Захарова"
 * nominativeOf("Засем", "masculine", "surname"); // "Зась"
 * nominativeOf("Сергея", "masculine", "given"); // "Сергей"
 * ```
 *
 * @group Normalizers
 */
export function nominativeOf(word: string, gender: NameGender, slot: Slot): string {
  if (word.includes(" ")) {
    // "бин Салманом Аль Саудом": each word of a compound surname declines on its own.
    return word
      .split(" ")
      .map((part) => (PARTICLES.has(plain(part)) ? part : nominativeOf(part, gender, slot)))
      .join(" ");
  }
  if (word.includes("-") && slot !== "surname") {
    // "Касым-Жомартом": the last part declines.
    const at = word.lastIndexOf("-");
    return `${word.slice(0, at + 1)}${nominativeOf(word.slice(at + 1), gender, slot)}`;
  }
  const lower = plain(word);
  if (slot === "patronymic") return patronymicNominative(word, lower);
  if (slot === "given") {
    const known = knownGivenNames(word).filter((name) => name.gender === gender);
    const best = known.find((name) => plain(name.name) === lower) ?? known[0];
    if (best) return best.name;
  }
  const feminine = gender === "feminine";
  const at = (suffix: string): boolean => lower.endsWith(suffix);
  const before = (cut: number): string => lower.charAt(lower.length - cut - 1);
  // Surnames in -ов/-ев/-ин/-ын (Лавров, Путин, Захарова).
  if (/(?:ов|ев|ин|ын)$/u.test(lower)) return word;
  if (/(?:ов|ев|ин|ын)ым$/u.test(lower)) return withEnding(word, 2, "");
  if (/(?:ов|ев|ин|ын)(?:у|е)$/u.test(lower)) return feminine && at("у") ? withEnding(word, 1, "а") : withEnding(word, 1, feminine ? "а" : "");
  if (/(?:ов|ев|ин|ын)а$/u.test(lower)) return feminine ? word : withEnding(word, 1, "");
  if (/(?:ов|ев|ин|ын)ой$/u.test(lower)) return withEnding(word, 2, "а");
  // Adjectival surnames (Зеленский, Зеленская).
  if (/(?:ск|цк)(?:ий|ой)$/u.test(lower)) return feminine && at("ой") ? withEnding(word, 2, "ая") : word;
  if (/(?:ск|цк)(?:ого|ому)$/u.test(lower)) return withEnding(word, 3, feminine ? "ая" : "ий");
  if (/(?:ск|цк)(?:им|ом)$/u.test(lower)) return withEnding(word, 2, "ий");
  if (/(?:ск|цк)(?:ая)$/u.test(lower)) return word;
  if (/(?:ск|цк)(?:ую)$/u.test(lower)) return withEnding(word, 2, "ая");
  // Names that do not decline: vowels other than -а/-я at the end, -их/-ых.
  if (/(?:о|э|ых|их)$/u.test(lower)) return word;
  if (at("и")) {
    // "Марии" of Мария; "Никиты" is a -ы case; other -и names are foreign and do not decline (Зарифи).
    if (at("ии") && slot === "given") return withEnding(word, 1, feminine ? "я" : "й");
    return word;
  }
  if (at("ы") && !isVowel(before(1))) return withEnding(word, 1, "а");
  // Instrumental -ом/-ем/-ём of men's names (Тонояном, Макеем, Засем, Фрицем).
  if (at("ом") && !isVowel(before(2))) return feminine ? word : fleetingVowel(withEnding(word, 2, ""));
  if ((at("ем") || at("ём")) && lower.length > 4) {
    const letter = before(2);
    if (letter === "и") return withEnding(word, 2, "й");
    if (isVowel(letter)) return withEnding(word, 2, "й");
    if (HUSHING.includes(letter)) return fleetingVowel(withEnding(word, 2, ""));
    return withEnding(word, 2, "ь");
  }
  // -ой/-ей after a consonant: the instrumental (or a woman's genitive) of an -а name (Армидой, Бордюжей); -ей after other letters is a nominative (Сергей, Макей).
  if (at("ой") && !isVowel(before(2))) return withEnding(word, 2, "а");
  if (at("ей") && HUSHING.includes(before(2))) return withEnding(word, 2, "а");
  if (at("ей") || at("ай") || at("ий") || at("ый") || at("уй") || at("ой")) return word;
  // -я: after a vowel it stands for -й (Сергея, Макея; Юрия), after a consonant for -ь (Зася, Игоря), unless a woman's name.
  if (at("я")) {
    if (feminine) return word;
    const letter = before(1);
    if (letter === "и") return withEnding(word, 1, "й");
    if (isVowel(letter)) return withEnding(word, 1, "й");
    if (letter === "ь") return word;
    return withEnding(word, 1, "ь");
  }
  if (at("ю")) {
    const letter = before(1);
    if (feminine) return withEnding(word, 1, "я");
    if (isVowel(letter)) return withEnding(word, 1, "й");
    return withEnding(word, 1, "ь");
  }
  // -а: a man's genitive (Тонояна, Руденка), a woman's nominative (Армида).
  if (at("а")) return feminine || "жшчщ".includes(before(1)) ? word : fleetingVowel(withEnding(word, 1, ""));
  if (at("у")) return feminine ? withEnding(word, 1, "а") : isVowel(before(1)) ? word : fleetingVowel(withEnding(word, 1, ""));
  if (at("е") && !isVowel(before(1))) return feminine ? withEnding(word, 1, "а") : fleetingVowel(withEnding(word, 1, ""));
  return word;
}

/** Gives back the vowel a stem lost: "Руденк" → "Руденок", "Кравц" → "Кравец". */
function fleetingVowel(stem: string): string {
  const lower = plain(stem);
  if (/енк$/u.test(lower)) return `${stem.slice(0, -1)}${stem.endsWith("К") ? "ОК" : "ок"}`;
  if (/[^аеёиоуыэюяй]ц$/u.test(lower) && lower.length >= 4) return `${stem.slice(0, -1)}${stem.endsWith("Ц") ? "ЕЦ" : "ец"}`;
  return stem;
}

function patronymicNominative(word: string, lower: string): string {
  const male = /^(.*(?:ович|евич|ьич|ич))(?:а|у|ем|е)?$/u.exec(lower);
  if (male) return word.slice(0, (male[1] as string).length);
  const female = /^(.*(?:овн|евн|ичн))(?:а|ы|е|ой|ою|у)$/u.exec(lower);
  if (female) return `${word.slice(0, (female[1] as string).length)}а`;
  return word;
}

/**
 * The gender of a person from the forms of their name: a known given name, a patronymic, a
 * woman's case ending of the surname ("-овой", "-ской") or of an unknown given name ("-ой").
 * Men's names are the more common in releases and the default.
 */
export function genderOfNames(names: readonly RussianNameParts[]): NameGender {
  for (const parts of names) {
    if (parts.given !== null) {
      const gender = genderOfGivenName(parts.given);
      if (gender !== null) return gender;
    }
  }
  for (const parts of names) {
    if (parts.patronymic !== null) return /(?:вн|чн)/u.test(plain(parts.patronymic)) ? "feminine" : "masculine";
    const surname = plain(parts.surname ?? "");
    if (/(?:ов|ев|ин)ой$|(?:ск|цк)ая$/u.test(surname)) return "feminine";
    if (/(?:ов|ев|ин)ым$|(?:ск|цк)(?:ий|ого|ому|им)$/u.test(surname)) return "masculine";
    const given = plain(parts.given ?? "");
    if (/[^аеёиоуыэюя]ой$/u.test(given)) return "feminine";
    if (/[^аеёиоуыэюя](?:ом|ем)$/u.test(given)) return "masculine";
  }
  return "masculine";
}

/**
 * Whether two written forms can name one person: their surnames' name keys meet, and their
 * given names' keys meet, or an initial stands for the other's given name, or one of them
 * is a surname alone ("Лавров" of "Сергеем Лавровым", "С.Лаврова" of "Сергей Лавров").
 *
 * @example
 * ```ts
 * import { sameRussianPerson } from "communique";
 * sameRussianPerson("С.Лавровым", "Сергей Лавров"); // true
 * sameRussianPerson("Станиславом Засем", "С. Зася"); // true
 * sameRussianPerson("Игорь Петров", "Олег Петров"); // false
 * ```
 *
 * @group Normalizers
 */
export function sameRussianPerson(a: string, b: string): boolean {
  if (a === b) return true;
  const partsA = readRussianName(a);
  const partsB = readRussianName(b);
  if (partsA.surname === null || partsB.surname === null) return addressedAs(partsA, partsB) || addressedAs(partsB, partsA);
  if (!sameSurname(partsA.surname, partsB.surname)) return withoutSurname(partsA, partsB) || withoutSurname(partsB, partsA);
  return givenNamesAgree(partsA, partsB);
}

/** "Шавкат Миромонович" (given name and patronymic) of "Шавкат Миромонович Мирзиёев" or "Шавкатом Мирзиёевым". */
function addressedAs(address: RussianNameParts, full: RussianNameParts): boolean {
  if (address.surname !== null || address.given === null || full.given === null || !sameRussianNameWord(address.given, full.given)) return false;
  return address.patronymic === null || full.patronymic === null || sameRussianNameWord(address.patronymic, full.patronymic);
}

/** "Армида Салсия" of "Армидой Салсия Алишахбана": a name without its last word (the second of two surnames). */
function withoutSurname(short: RussianNameParts, long: RussianNameParts): boolean {
  if (short.given === null || long.given === null || short.middle.length > 0 || long.middle.length === 0 || short.surname === null) return false;
  return sameRussianNameWord(short.given, long.given) && sameRussianNameWord(short.surname, long.middle[0] as string);
}

/** Two surnames are one: their first words that are no particles meet ("бин Салманом Аль Саудом" and "бин Салман"), or their last words do. */
function sameSurname(a: string, b: string): boolean {
  const wordsA = a.split(" ");
  const wordsB = b.split(" ");
  if (sameRussianNameWord(wordsA[wordsA.length - 1] as string, wordsB[wordsB.length - 1] as string)) return true;
  const firstA = wordsA.find((word) => !PARTICLES.has(plain(word)));
  const firstB = wordsB.find((word) => !PARTICLES.has(plain(word)));
  return firstA !== undefined && firstB !== undefined && (wordsA.length > 1 || wordsB.length > 1) && sameRussianNameWord(firstA, firstB);
}

function firstLetter(parts: RussianNameParts): string | null {
  if (parts.initials.length > 0) return plain(parts.initials[0] as string);
  return parts.given === null ? null : plain(parts.given);
}

function givenNamesAgree(a: RussianNameParts, b: RussianNameParts): boolean {
  if (a.given !== null && b.given !== null) return sameRussianNameWord(a.given, b.given) || (a.given.includes("-") !== b.given.includes("-") && firstPart(a.given) === firstPart(b.given));
  const first = firstLetter(a);
  const second = firstLetter(b);
  if (first === null || second === null) return true;
  return first.startsWith(second) || second.startsWith(first);
}

function firstPart(word: string): string {
  return plain(word.split("-")[0] as string);
}

/** An entry of the Cyrillic officials index. */
interface CyrillicOfficial {
  /** The English name of src/data/officials.ts. */
  readonly english: string;
  readonly parts: RussianNameParts;
}

/** The Cyrillic forms of the officials gazetteer by each name key of their surname. */
const officialsBySurname = lazy((): ReadonlyMap<string, readonly CyrillicOfficial[]> => {
  const index = new Map<string, CyrillicOfficial[]>();
  for (const entry of [...RU_OFFICIAL_NAMES, ...RU_EXTRA_OFFICIALS]) {
    for (const form of entry.ru) {
      const parts = readRussianName(form);
      if (parts.surname === null) continue;
      const words = parts.surname.split(" ");
      for (const key of personKeys(words[words.length - 1] as string)) {
        let list = index.get(key);
        if (!list) index.set(key, (list = []));
        list.push({ english: entry.name, parts });
      }
    }
  }
  return index;
});

/**
 * The official of the gazetteer that Russian forms of a name stand for on a day, or null:
 * the forms' surnames and given names (or initials) agree with one person's Cyrillic forms
 * (src/lexicon/ru/data/officials.ts); among several, the one in office that day. A surname
 * alone names someone only with `{ surnameOnly: true }`, when one person fits.
 *
 * @example
 * ```ts
 * import { findRussianOfficial } from "communique";
 * findRussianOfficial(["С.Лавровым"], "2021-01-25")?.name; // "Sergey Lavrov"
 * findRussianOfficial(["Станиславом Засем"], "2021-11-02")?.role; // "Secretary General"
 * ```
 *
 * @group Normalizers
 */
export function findRussianOfficial(forms: readonly string[], day: string | null, options: { readonly surnameOnly?: boolean } = {}): OfficialMatch | null {
  const english = new Set<string>();
  let full = false;
  for (const form of forms) {
    const parts = readRussianName(form);
    if (parts.surname === null) continue;
    const named = parts.given !== null || parts.initials.length > 0;
    if (!named && options.surnameOnly !== true) continue;
    full ||= named;
    const words = parts.surname.split(" ");
    const last = words[words.length - 1] as string;
    const seen = new Set<CyrillicOfficial>();
    for (const key of personKeys(last)) {
      for (const official of officialsBySurname().get(key) ?? []) {
        if (seen.has(official)) continue;
        seen.add(official);
        if (!sameSurname(official.parts.surname as string, parts.surname)) continue;
        if (named && !givenNamesAgree(official.parts, parts)) continue;
        english.add(official.english);
      }
    }
    if (named && english.size > 0) break;
  }
  if (english.size === 0) return null;
  const matches = [...english].map((name) => findOfficial(name, day)).filter((match): match is OfficialMatch => match !== null);
  if (matches.length === 1) return matches[0] as OfficialMatch;
  const serving = matches.filter((match) => match.term !== null);
  return serving.length === 1 ? (serving[0] as OfficialMatch) : null;
}

/**
 * The nominative of a person's name from the forms the text writes ("Давидом Тонояном" →
 * "Давид Тоноян", "С. Зася" and "Станислав Зась" → "Станислав Зась"): the fullest form's
 * words, each in the nominative as the gender of the name asks, a patronymic left out.
 *
 * @example
 * ```ts
 * import { russianNominative } from "communique";
 * russianNominative(["Давидом Тонояном"]); // "Давид Тоноян"
 * russianNominative(["В. А. Руденка"]); // "В.А. Руденок"
 * ```
 *
 * @group Normalizers
 */
export function russianNominative(forms: readonly string[]): string {
  const all = forms.map(readRussianName).filter((parts) => parts.surname !== null);
  if (all.length === 0) return forms[0] ?? "";
  const gender = genderOfNames(all);
  const fullest = all.reduce((best, parts) => (score(parts) > score(best) ? parts : best));
  const surname = votedNominative(all.map((parts) => parts.surname as string), gender, "surname");
  const words: string[] = [];
  if (fullest.given !== null) {
    const given = votedNominative(all.map((parts) => parts.given).filter((word): word is string => word !== null), gender, "given");
    words.push(given);
    for (const middle of fullest.middle) words.push(nominativeOf(middle, gender, "given"));
  } else {
    if (fullest.initials.length > 0) words.push(`${fullest.initials.join(".")}.`);
    for (const middle of fullest.middle) words.push(nominativeOf(middle, gender, "given"));
  }
  words.push(surname);
  return words.join(" ");
}

function score(parts: RussianNameParts): number {
  return (parts.given !== null ? 4 : 0) + parts.middle.length + (parts.initials.length > 0 ? 1 : 0);
}

/** The nominative most forms point to; a form written in the nominative wins ties. */
function votedNominative(words: readonly string[], gender: NameGender, slot: Slot): string {
  const votes = new Map<string, number>();
  for (const word of words) {
    const nominative = nominativeOf(word, gender, slot);
    votes.set(nominative, (votes.get(nominative) ?? 0) + (nominative === word ? 2 : 1));
  }
  let best = words[0] as string;
  let most = -1;
  for (const [nominative, count] of votes) {
    if (count > most) {
      best = nominative;
      most = count;
    }
  }
  return best;
}

/**
 * The English name of a person from the Russian forms of their name: the officials
 * gazetteer's name when it knows the person on that day ("С.Лавровым" → "Sergey Lavrov"),
 * else the BGN/PCGN romanization of the nominative ("Давидом Тонояном" → "David Tonoyan").
 *
 * @example
 * ```ts
 * import { englishNameOf } from "communique";
 * englishNameOf(["Сергеем Лавровым"], "2020-05-01"); // "Sergey Lavrov"
 * englishNameOf(["Геннадием Тройслитом"], null); // "Gennady Troyslit"
 * ```
 *
 * @group Normalizers
 */
export function englishNameOf(forms: readonly string[], day: string | null): string {
  return englishNames(`${day ?? ""}${SEPARATOR}${forms.join(SEPARATOR)}`);
}

/** Separates the day and the forms in a remembered lookup's key (no name holds it). */
const SEPARATOR = "\u0000";

// Releases name the same people again and again: the English name of each set of forms on a day is remembered.
const englishNames = memoizeByText((key: string): string => {
  const [day, ...forms] = key.split(SEPARATOR);
  const official = findRussianOfficial(forms, day === "" || day === undefined ? null : day);
  if (official) return official.name;
  return romanizeRussian(russianNominative(forms), { style: "name" });
}, 4096);

/**
 * Groups Russian forms of the same people ({@link sameRussianPerson}); returns indexes into
 * `names`, groups in order of first mention. A surname alone joins a group only when exactly
 * one group fits it.
 *
 * @example
 * ```ts
 * import { groupRussianNames } from "communique";
 * groupRussianNames(["Сергей Лавров", "Давидом Тонояном", "С.Лаврова", "Тоноян"]); // [[0, 2], [1, 3]]
 * ```
 *
 * @group Normalizers
 */
export function groupRussianNames(names: readonly string[]): number[][] {
  const groups: number[][] = [];
  const singles: number[] = [];
  names.forEach((name, position) => {
    const parts = readRussianName(name);
    if ((parts.given === null && parts.initials.length === 0 && parts.middle.length === 0) || parts.surname === null) {
      singles.push(position);
      return;
    }
    const group = groups.find((candidate) => candidate.some((member) => sameRussianPerson(names[member] as string, name)));
    if (group) group.push(position);
    else groups.push([position]);
  });
  for (const position of singles) {
    const name = names[position] as string;
    const fits = groups.filter((candidate) => candidate.some((member) => sameRussianPerson(names[member] as string, name)));
    if (fits.length === 1) (fits[0] as number[]).push(position);
    // A form of address with no full name to join names no one the release can name.
    else if (fits.length === 0 && readRussianName(name).surname !== null) groups.push([position]);
  }
  return groups.map((group) => [...group].sort((a, b) => a - b)).sort((a, b) => (a[0] as number) - (b[0] as number));
}
