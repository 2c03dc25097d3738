import { OFFICIALS, type Official, type OfficialTerm } from "../data/officials.js";
import { givenNameKey } from "./given-name.js";
import { foldForMatch } from "./text.js";
import { lazy, memoizeByText } from "../core/memo.js";
import { lexiconFor } from "../lexicon/index.js";

export type { OfficialTerm } from "../data/officials.js";

/**
 * A person found in the officials gazetteer, with the office that fits the date asked.
 *
 * @example
 * ```ts
 * import { findOfficial, type OfficialMatch } from "communique";
 * const match: OfficialMatch | null = findOfficial("S. Lavrov", "2019-03-05");
 * match?.role; // "Minister of Foreign Affairs"
 * ```
 *
 * @group Normalizers
 */
export interface OfficialMatch {
  /** The gazetteer's spelling of the full name ("Sergey Lavrov" for "S. Lavrov"). */
  readonly name: string;
  /** The other spellings the gazetteer knows. */
  readonly variants: readonly string[];
  /** Title of the chosen term, or null when no term covers the date asked. */
  readonly role: string | null;
  /**
   * Country of the chosen term; when no term covers the date, the country of the nearest
   * term (a former minister stays a national of the state he served). Null for posts of an
   * intergovernmental body.
   */
  readonly country: string | null;
  /** Organisation of the chosen term (an acronym where one is common), or null. */
  readonly organization: string | null;
  /** The chosen term with its dates, or null when no term covers the date asked. */
  readonly term: OfficialTerm | null;
  /** Other offices held on the same day (a minister who also chairs the OSCE), in precedence order. */
  readonly otherTerms: readonly OfficialTerm[];
}

/**
 * Options of {@link findOfficial}.
 *
 * @example
 * ```ts
 * import { findOfficial, type FindOfficialOptions } from "communique";
 * const options: FindOfficialOptions = { surnameOnly: true };
 * findOfficial("Lavrov", "2019-03-05", options)?.name; // "Sergey Lavrov"
 * ```
 *
 * @group Normalizers
 */
export interface FindOfficialOptions {
  /**
   * Accept a surname alone ("Lavrov", "Moon" from "President Moon") when it names exactly
   * one person of the gazetteer (or exactly one in office on the date given). Off by default,
   * since a lone word is weak evidence. Default: `false`.
   */
  readonly surnameOnly?: boolean;
}

interface DatedTerm {
  readonly term: OfficialTerm;
  readonly start: string;
  readonly end: string;
}

interface Entry {
  readonly official: Official;
  readonly terms: readonly DatedTerm[];
}

type Index = Map<string, Entry[]>;

const ONGOING = "9999-12-31";
// Names are looked up in their English (Latin) spelling, whatever the release's language.
const ENGLISH = lexiconFor("en");
const NAME_SUFFIXES: ReadonlySet<string> = new Set([...ENGLISH.names.generationSuffixes, ...ENGLISH.names.regnalNumbers]);
/**
 * Honorifics dropped before a name: forms of address, academic titles and knighthoods, as
 * folded words ("mr", "dr", "sir"). Ranks stay, as the gazetteer cites them ("Sheikh Tamim").
 */
const DROPPED_HONORIFICS: ReadonlySet<string> = new Set(
  [...ENGLISH.honorifics.address, ...ENGLISH.honorifics.academic, ...ENGLISH.honorifics.knighthood]
    .filter((honorific) => !honorific.includes(" "))
    .map((honorific) => foldForMatch(honorific)),
);
const ISO_DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;
const HIS_EXCELLENCY = /^[Hh]\.\s?[Ee]\.\s*/u;
// What ends a word of a name: a full stop, a comma or white space (the white space of
// String.prototype.trim), captured so that initials ("R.") can be told from short names.
const SEPARATOR = /([.,\s])/;
const VOWELS: ReadonlySet<string> = new Set(["a", "e", "o", "u", "i"]);

// Spellings that differ only by transliteration system meet on one key: x/ks, q/k, w/v,
// dzh/zh/dj/j, kh/h, y/i, doubled letters, an i glide between vowels (-ayev/-aev,
// -oyev/-oev, Maia/Maya) and a word-initial ye/e (Yerlan/Erlan). One pass per word, since
// every name of the gazetteer is keyed at load.
function foldToken(token: string): string {
  let spelled = "";
  let last = "";
  for (let i = 0; i < token.length; i++) {
    const char = token[i] ?? "";
    const next = token[i + 1];
    let letter = char;
    if (char === "d" && next === "z" && token[i + 2] === "h") {
      letter = "j";
      i += 2;
    } else if ((char === "z" && next === "h") || (char === "d" && next === "j")) {
      letter = "j";
      i += 1;
    } else if (char === "k" && next === "h") {
      letter = "h";
      i += 1;
    } else if (char === "x") {
      if (last !== "k") spelled += "k";
      letter = "s";
    } else if (char === "q") letter = "k";
    else if (char === "w") letter = "v";
    else if (char === "y") letter = "i";
    if (letter !== last) spelled += letter;
    last = letter;
  }
  let key = "";
  last = "";
  for (let i = 0; i < spelled.length; i++) {
    const letter = spelled[i] ?? "";
    const glide = letter === "i" && VOWELS.has(spelled[i - 1] ?? "") && VOWELS.has(spelled[i + 1] ?? "");
    if (glide || letter === last) continue;
    key += letter;
    last = letter;
  }
  return key.startsWith("ie") ? key.slice(1) : key;
}

/**
 * A key shared by the common transliterations of a name: lower case, no diacritics or
 * punctuation, and the usual Cyrillic, Turkic and Persian romanisation differences folded
 * (x/ks, q/k, w/v, zh/dzh/j, kh/h, y/i, doubled letters, -ayev/-aev, -oyev/-oev, Ye-/E-).
 * Words stay separated by one space.
 *
 * @example
 * ```ts
 * import { foldTransliteration } from "communique";
 * foldTransliteration("Sadyr Zhaparov") === foldTransliteration("Sadyr Japarov"); // true
 * foldTransliteration("Shavkat Mirziyoyev") === foldTransliteration("Shavkat Mirziyoev"); // true
 * foldTransliteration("Yuriy Khachaturov"); // "iuri hachaturov"
 * foldTransliteration("Gurbanguly Berdimuhamedow") === foldTransliteration("Gurbanguly Berdymukhammedov"); // true
 * ```
 *
 * @group Normalizers
 */
export function foldTransliteration(name: string): string {
  const folded = foldForMatch(name);
  if (folded === "") return "";
  return folded.split(" ").map(foldToken).join(" ");
}

interface Part {
  readonly text: string;
  readonly dotted: boolean;
  /** {@link foldForMatch} of the word. */
  readonly folded: string;
  /** {@link foldTransliteration} of the word, spaces removed. */
  readonly key: string;
}

// Splits a name into words, keeping whether each ended with a full stop, so that initials
// ("R.", "Yu.", "K.-J.") can be told from short names ("Ri", "Al").
function partsOf(name: string): Part[] {
  let bare = name.trim();
  if (bare.startsWith("H.") || bare.startsWith("h.")) bare = bare.replace(HIS_EXCELLENCY, "");
  if (bare.endsWith("'s") || bare.endsWith("\u2019s")) bare = bare.slice(0, -2);
  const parts: Part[] = [];
  // Words and the separator after each, in turn. Native splitting is cheap even before the
  // engine compiles this function, and every name of the gazetteer comes here once.
  const pieces = bare.split(SEPARATOR);
  for (let i = 0; i < pieces.length; i += 2) {
    const text = trimHyphens(pieces[i] as string);
    if (text === "") continue;
    const keys = wordKeys(text);
    if (keys !== null) parts.push({ text, dotted: pieces[i + 1] === ".", folded: keys.folded, key: keys.key });
  }
  while (parts.length > 1 && DROPPED_HONORIFICS.has(parts[0]?.folded ?? "")) parts.shift();
  // "Benigno Aquino III" is "Benigno Aquino"; "Charles III" stays whole.
  while (parts.length > 2 && NAME_SUFFIXES.has(parts[parts.length - 1]?.folded ?? "")) parts.pop();
  return parts;
}

interface WordKeys {
  readonly folded: string;
  readonly key: string;
}

// Names share their words (a person's variants, common given names), and every lookup keys
// its words again: remember the keys of the last few thousand distinct words.
const WORD_KEYS_LIMIT = 20000;

/** The folded form and transliteration key of one word, or null when it folds to nothing. */
const wordKeys = memoizeByText((text: string): WordKeys | null => {
  const folded = isPlainAscii(text) ? text.toLowerCase() : foldForMatch(text);
  return folded === "" ? null : { folded, key: keyOfFolded(folded) };
}, WORD_KEYS_LIMIT);

// Most names are plain ASCII letters: lower-casing them is all foldForMatch would do.
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}

function keyOfFolded(folded: string): string {
  return folded.includes(" ") ? folded.split(" ").map(foldToken).join("") : foldToken(folded);
}

function isInitial(part: Part): boolean {
  const length = part.folded.replaceAll(" ", "").length;
  return length === 1 || (part.dotted && length === 2);
}

function keyOf(parts: readonly Part[]): string {
  let key = "";
  for (const part of parts) key += part.key;
  return key;
}

// Both the initial as written and as folded: "Y." must meet "Yevgeny" (folded "evgeni").
function initialKeys(given: Part, surname: Part): string[] {
  const raw = given.folded.charAt(0);
  const folded = given.key.charAt(0);
  return raw === folded ? [`${raw}|${surname.key}`] : [`${raw}|${surname.key}`, `${folded}|${surname.key}`];
}

function givenKey(given: Part, surname: Part): string {
  return `${givenNameKey(given.text)}|${surname.key}`;
}

function dayKey(date: string, fill: string): string {
  return date.length >= 10 ? date : `${date}${fill.slice(date.length - 4)}`;
}

function add(index: Index, key: string, entry: Entry): void {
  if (key === "" || key === "|") return;
  const list = index.get(key);
  if (!list) index.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** The name indexes of the gazetteer, built on the first lookup (a few thousand keys). */
interface Indexes {
  readonly entries: readonly Entry[];
  /** The words of each form of each entry (name first, then variants), as read for the indexes. */
  readonly forms: readonly (readonly Part[][])[];
  readonly full: Index;
  readonly initial: Index;
  readonly surname: Index;
  // Given names in another national form ("Vladimir" for "Volodymyr") are the last resort
  // of a lookup and the dearest key to compute, so this index waits for its first use.
  readonly given: () => Index;
}

const indexes = lazy(buildIndexes);

function buildIndexes(): Indexes {
  const entries: Entry[] = [];
  const forms: Part[][][] = [];
  const built: Indexes = {
    entries,
    forms,
    full: new Map(),
    initial: new Map(),
    surname: new Map(),
    given: lazy(() => buildGivenIndex(entries, forms)),
  };
  for (const official of OFFICIALS) {
    const entry: Entry = {
      official,
      terms: official.terms.map((term) => ({
        term,
        start: dayKey(term.from, "-01-01"),
        end: term.to === null ? ONGOING : dayKey(term.to, "-12-31"),
      })),
    };
    entries.push(entry);
    const partsOfForms = [official.name, ...official.variants].map(partsOf);
    forms.push(partsOfForms);
    for (const parts of partsOfForms) {
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (!first || !last) continue;
      add(built.full, keyOf(parts), entry);
      if (parts.length < 2) continue;
      if (official.surnames) continue;
      for (const key of initialKeys(first, last)) add(built.initial, key, entry);
      add(built.surname, last.key, entry);
    }
    for (const surname of official.surnames ?? []) add(built.surname, keyOf(partsOf(surname)), entry);
  }
  return built;
}

function buildGivenIndex(entries: readonly Entry[], forms: readonly (readonly Part[][])[]): Index {
  const given: Index = new Map();
  entries.forEach((entry, index) => {
    for (const parts of forms[index] ?? []) {
      const first = parts[0];
      const last = parts[parts.length - 1];
      if (first && last && parts.length >= 2) add(given, givenKey(first, last), entry);
    }
  });
  return given;
}

/**
 * The person of the officials gazetteer that `name` stands for, with the office held on
 * `date` (YYYY-MM-DD; a bare year is read as 1 January), or the most recent office when no
 * date is given. Null when the name is unknown or fits more than one person.
 *
 * Matches the full name or any variant (case, diacritics and transliteration do not
 * matter: Yuri/Yury, Sergey/Sergei, -ayev/-aev, kh/h, zh/j), the first and last words of a
 * longer form ("Kassym-Jomart Kemeluly Tokayev"), a given name in another national form
 * ("Vladimir Zelenskyy"), an initial with the surname ("R.Meredov", "S. V. Lavrov",
 * "Lavrov S."), and with `{ surnameOnly: true }` the surname alone. A form shared by several
 * people resolves when exactly one of them was in office on `date`.
 *
 * @param name A person's name without titles ("Mr" and "H.E." are dropped).
 * @param date Reference date, YYYY-MM-DD; omitted, null or malformed means "latest term".
 * @param options See {@link FindOfficialOptions}.
 * @returns The person and the chosen term, or null.
 *
 * @example
 * ```ts
 * import { findOfficial } from "communique";
 * findOfficial("R.Meredov")?.name; // "Rashid Meredov"
 * findOfficial("Sergei Lavrov")?.role; // "Minister of Foreign Affairs"
 * findOfficial("Vladimir Putin", "2010-06-01")?.role; // "Prime Minister"
 * findOfficial("Vladimir Putin")?.role; // "President"
 * findOfficial("Moon", "2019-03-01", { surnameOnly: true })?.name; // "Moon Jae-in"
 * findOfficial("Kim", undefined, { surnameOnly: true }); // null (many Kims)
 * ```
 *
 * @group Normalizers
 */
export function findOfficial(
  name: string,
  date?: string | null,
  options?: Readonly<FindOfficialOptions> | null,
): OfficialMatch | null {
  const day = typeof date === "string" && ISO_DAY.test(date) ? dayKey(date, "-01-01") : null;
  const candidates = lookup(partsOf(name), options?.surnameOnly === true);
  if (!candidates || candidates.length === 0) return null;
  const entry = candidates.length === 1 ? candidates[0] : onlyInOffice(candidates, day);
  return entry ? matchOf(entry, day) : null;
}

function lookup(parts: readonly Part[], surnameOnly: boolean): readonly Entry[] | undefined {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return undefined;
  const built = indexes();
  const full = built.full.get(keyOf(parts));
  if (full) return full;
  if (parts.length >= 2 && parts.slice(0, -1).every(isInitial) && !isInitial(last)) {
    return union(initialKeys(first, last).map((key) => built.initial.get(key)));
  }
  if (parts.length >= 2 && parts.slice(1).every(isInitial) && !isInitial(first)) {
    return union(initialKeys(parts[1] ?? first, first).map((key) => built.initial.get(key)));
  }
  if (parts.length >= 3) {
    const ends = built.full.get(keyOf([first, last]));
    if (ends) return ends;
  }
  if (parts.length >= 2) {
    const byGiven = built.given().get(givenKey(first, last));
    if (byGiven) return byGiven;
  }
  return surnameOnly ? built.surname.get(keyOf(parts)) : undefined;
}

function union(lists: readonly (readonly Entry[] | undefined)[]): Entry[] {
  const out: Entry[] = [];
  for (const list of lists) for (const entry of list ?? []) if (!out.includes(entry)) out.push(entry);
  return out;
}

function onlyInOffice(candidates: readonly Entry[], day: string | null): Entry | undefined {
  if (day === null) return undefined;
  const serving = candidates.filter((entry) => entry.terms.some((t) => covers(t, day)));
  return serving.length === 1 ? serving[0] : undefined;
}

function covers(term: DatedTerm, day: string): boolean {
  return term.start <= day && day <= term.end;
}

function matchOf(entry: Entry, day: string | null): OfficialMatch {
  const { official, terms } = entry;
  const chosen = day === null ? latest(terms) : terms.find((t) => covers(t, day));
  const base = { name: official.name, variants: official.variants };
  if (!chosen) {
    const nearest = day === null ? undefined : nearestTo(terms, day);
    return {
      ...base,
      role: null,
      country: nearest?.term.country ?? null,
      organization: null,
      term: null,
      otherTerms: [],
    };
  }
  const sameDay = day ?? chosen.end;
  return {
    ...base,
    role: chosen.term.role,
    country: chosen.term.country,
    organization: chosen.term.organization,
    term: chosen.term,
    otherTerms: terms.filter((t) => t !== chosen && covers(t, sameDay)).map((t) => t.term),
  };
}

// The term that ended last (a running term counts as ending never); the first listed wins a tie.
function latest(terms: readonly DatedTerm[]): DatedTerm | undefined {
  let best: DatedTerm | undefined;
  for (const term of terms) if (!best || term.end > best.end) best = term;
  return best;
}

// The last term ended before `day`, or the first term when `day` precedes them all.
function nearestTo(terms: readonly DatedTerm[], day: string): DatedTerm | undefined {
  let before: DatedTerm | undefined;
  let after: DatedTerm | undefined;
  for (const term of terms) {
    if (term.end < day && (!before || term.end > before.end)) before = term;
    if (term.start > day && (!after || term.start < after.start)) after = term;
  }
  return before ?? after;
}

/**
 * A title as the officials index keys it: lower case, words of letters only ("Secretary-General"
 * and "Secretary General" meet).
 *
 * @example
 * ```ts
 * roleKey("Secretary-General"); // "secretary general"
 * ```
 */
export function roleKey(role: string): string {
  return foldForMatch(role).replace(/[^a-z]+/gu, " ").trim();
}

/** A term of an entry, filed under its role's key. */
interface RoleTerm {
  readonly entry: Entry;
  readonly term: DatedTerm;
}

/** The terms of the gazetteer by the key of their role. */
const termsByRole = lazy((): ReadonlyMap<string, readonly RoleTerm[]> => {
  const byRole = new Map<string, RoleTerm[]>();
  for (const entry of indexes().entries) {
    for (const term of entry.terms) {
      const key = roleKey(term.term.role);
      let list = byRole.get(key);
      if (!list) byRole.set(key, (list = []));
      list.push({ entry, term });
    }
  }
  return byRole;
});

/**
 * The officials who held an office of this title on a day ("Secretary-General" on 2015-03-12:
 * the UN's, the SCO's...), each with that office as the chosen term. Titles are compared
 * whole, case, hyphens and diacritics aside.
 *
 * @param role A title as written ("Secretary General").
 * @param date The day, YYYY-MM-DD (a month or a year is read as its first day).
 * @returns Every holder on that day, in gazetteer order; none when the date is malformed.
 *
 * @example
 * ```ts
 * import { officialsHolding } from "communique";
 * officialsHolding("Secretary-General", "2015-03-12").find((match) => match.organization === "UN")?.name; // "Ban Ki-moon"
 * ```
 *
 * @group Normalizers
 */
export function officialsHolding(role: string, date: string): OfficialMatch[] {
  return officeHoldings(role, date).map((holding) => holding.match());
}

/**
 * An office held on a day, as {@link officialsHolding} finds it, before it is made an
 * {@link OfficialMatch}: a caller that picks one holder among many (the President held by
 * dozens on any day) reads the name and organisation of each and builds the match of one.
 */
export interface OfficeHolding {
  /** The gazetteer's spelling of the holder's name. */
  readonly name: string;
  /** Organisation of the office, or null. */
  readonly organization: string | null;
  /** The holder with this office as the chosen term, as {@link officialsHolding} gives it. */
  match(): OfficialMatch;
}

function holdingOf(entry: Entry, term: DatedTerm, day: string): OfficeHolding {
  return {
    name: entry.official.name,
    organization: term.term.organization,
    match: () => ({
      name: entry.official.name,
      variants: entry.official.variants,
      role: term.term.role,
      country: term.term.country,
      organization: term.term.organization,
      term: term.term,
      otherTerms: entry.terms.filter((other) => other !== term && covers(other, day)).map((other) => other.term),
    }),
  };
}

/**
 * The offices of this title held on a day, one per holder, in gazetteer order: what
 * {@link officialsHolding} returns, each made a match only when asked.
 *
 * @example
 * ```ts
 * officeHoldings("Secretary-General", "2015-03-12").find((holding) => holding.organization === "UN")?.match().name; // "Ban Ki-moon"
 * ```
 */
export function officeHoldings(role: string, date: string): OfficeHolding[] {
  if (!ISO_DAY.test(date)) return [];
  const day = dayKey(date, "-01-01");
  const holders: OfficeHolding[] = [];
  // "President" is held by dozens of people on any day: a set, not a search of the list, tells a name already taken.
  const taken = new Set<string>();
  for (const { entry, term } of termsByRole().get(roleKey(role)) ?? []) {
    if (!covers(term, day) || taken.has(entry.official.name)) continue;
    taken.add(entry.official.name);
    holders.push(holdingOf(entry, term, day));
  }
  return holders;
}
