import type { Participant } from "../../schema/person.js";
import { OFFICIALS } from "../../data/officials.js";
import { findOfficial, type OfficialMatch } from "../../normalize/official.js";
import { lookupOrganization } from "../../normalize/organization.js";
import { samePerson } from "../../normalize/person.js";
import { foldForMatch } from "../../normalize/text.js";
import { lazy, memoizeByText } from "../../core/memo.js";

/**
 * Completes what the text leaves out about a well-known official from the officials
 * gazetteer, as an analyst would from common knowledge: the usual spelling of the name
 * ("Kasym-Jomart Tokayev" → "Kassym-Jomart Tokayev", the text's spelling kept as an alias),
 * and the role, organisation and country of the office held on the event's day ("Vladimir
 * Putin had a telephone conversation..." → President, RU). Values the text gives are kept.
 */
export function completeFromGazetteer(entry: Participant, day: string | null, options: { readonly aliasesAsWritten?: boolean } = {}): void {
  const match = lookUp(entry, day);
  if (!match) return;
  const matchKey = fold(match.name);
  if (matchKey !== fold(entry.name)) {
    // The name replaced stays an alias, unless aliases are only the forms the text writes
    // (a Russian release: the replaced name is a romanization).
    const aliases = entry.aliases.filter((alias) => fold(alias) !== matchKey);
    entry.aliases = options.aliasesAsWritten === true ? aliases : [entry.name, ...aliases];
    entry.name = match.name;
  }
  if (entry.role === null && match.role !== null) entry.role = match.role;
  if (entry.organization === null && match.organization !== null && entry.role === match.role) entry.organization = match.organization;
  // "UN High Commissioner for Refugees X": the text names the family, the office is the agency's.
  else if (entry.organization !== null && match.organization !== null && entry.role !== null && match.role !== null && sameTitleHead(entry.role, match.role) && agencyOf(match.organization, entry.organization)) {
    entry.organization = match.organization;
  }
  // A former official now serving an organisation ("Roza Otunbayeva, the Special Representative
  // of the UN Secretary General"): the state of an earlier office is not the person's now.
  const servesOrganization = match.term === null && entry.organization !== null;
  if (match.country !== null && match.organization === null && !servesOrganization) {
    // A country read off a list ("the heads of government of Armenia, Belarus and Russia -
    // Nikol Pashinyan, ...") can pair the wrong name; the office the person holds that day wins.
    const sameOffice = entry.role !== null && match.role !== null && sameTitleHead(entry.role, match.role);
    if (entry.country === null || sameOffice) entry.country = match.country;
  }
}

/** The kinds of lookup: a full name, a surname alone, a truncated surname. */
type LookupKind = "full" | "surname" | "truncated";

/** Lookups remembered: releases name the same few people again and again. */
const MAX_REMEMBERED = 4096;

/** Where a remembered lookup's day ends in its key (a name holds no such character). */
const KEY_SEPARATOR = "\u0000";

function keyOf(name: string, day: string | null): string {
  return `${day ?? ""}${KEY_SEPARATOR}${name}`;
}

function nameOfKey(key: string): string {
  return key.slice(key.indexOf(KEY_SEPARATOR) + 1);
}

/** The day of a key; none is kept as "", which no lookup reads as a day either. */
function dayOfKey(key: string): string | null {
  const day = key.slice(0, key.indexOf(KEY_SEPARATOR));
  return day === "" ? null : day;
}

const lookUps: Readonly<Record<LookupKind, (key: string) => OfficialMatch | null>> = {
  full: memoizeByText((key) => findOfficial(nameOfKey(key), dayOfKey(key)), MAX_REMEMBERED),
  surname: memoizeByText((key) => findOfficial(nameOfKey(key), dayOfKey(key), { surnameOnly: true }), MAX_REMEMBERED),
  truncated: memoizeByText((key) => truncatedSpelling(nameOfKey(key), dayOfKey(key)), MAX_REMEMBERED),
};

function lookUp(entry: Participant, day: string | null): OfficialMatch | null {
  const found = lookUpOnce("full", entry.name, day) ?? firstAliasMatch(entry.aliases, day);
  if (found) return found;
  // A surname alone ("President Moon") only when it names one person in office that day and
  // the text gives that person's title: "Mr Wang" alone could be anyone.
  if (!entry.name.includes(" ")) {
    if (entry.role === null) return null;
    const match = lookUpOnce("surname", entry.name, day);
    return match && match.role !== null && sameTitleHead(match.role, entry.role) ? match : null;
  }
  // "Angela Merke" may be a truncation of an official's "Angela Merkel", or another person: the
  // official counts only in an office on the day that the text does not contradict.
  const truncated = lookUpOnce("truncated", entry.name, day);
  return truncated !== null && (day === null || truncated.term !== null) && (entry.role === null || (truncated.role !== null && sameTitleHead(truncated.role, entry.role))) ? truncated : null;
}

function firstAliasMatch(aliases: readonly string[], day: string | null): OfficialMatch | null {
  for (const alias of aliases) {
    const match = lookUpOnce("full", alias, day);
    if (match) return match;
  }
  return null;
}

/**
 * The official a full name stands for on a day (the gazetteer's spelling), or null; remembered,
 * shared with {@link completeFromGazetteer}.
 */
export function officialNamed(name: string, day: string | null): OfficialMatch | null {
  return lookUpOnce("full", name, day);
}

/** `agency` is a body of the organisation `family` (its parent, or a UN agency of the UN). */
function agencyOf(agency: string, family: string): boolean {
  const body = lookupOrganization(agency)?.entry;
  const parent = lookupOrganization(family)?.entry;
  if (!body || !parent || body.id === parent.id) return false;
  return body.parent === parent.id || (body.kind === "un-agency" && parent.id === "un");
}

/** A lookup of a name on a day, remembered. */
function lookUpOnce(kind: LookupKind, name: string, day: string | null): OfficialMatch | null {
  return lookUps[kind](keyOf(name, day));
}

/** "President" and "President of the Republic" share a head; "President" and "Foreign Minister" do not. */
function sameTitleHead(a: string, b: string): boolean {
  return titleHead(a) === titleHead(b);
}

/**
 * The head noun of a title, in lower case: the word before its first "of" or "for", or its last
 * word when it has none or opens with one. Read without splitting: roles are new strings in
 * every release.
 */
function titleHead(title: string): string {
  const lower = title.toLowerCase();
  let wordStart = 0;
  let previousStart = -1;
  for (let index = 0; index <= lower.length; index++) {
    if (index < lower.length && lower.charCodeAt(index) !== 32) continue;
    if (isOfOrFor(lower, wordStart, index)) return previousStart >= 0 ? lower.slice(previousStart, wordStart - 1) : lastWord(lower);
    previousStart = wordStart;
    wordStart = index + 1;
  }
  return lower.slice(previousStart);
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

function isOfOrFor(text: string, start: number, end: number): boolean {
  return (end - start === 2 && text.startsWith("of", start)) || (end - start === 3 && text.startsWith("for", start));
}

/**
 * Machine translation cuts surnames short ("Thomas Greming" for Thomas Greminger): a full
 * name that agrees with exactly one official's under {@link samePerson}'s truncation rule
 * is that official.
 */
function truncatedSpelling(name: string, day: string | null): OfficialMatch | null {
  const surname = fold(name.slice(name.lastIndexOf(" ") + 1));
  if (surname.length < TRUNCATION_KEY) return null;
  let found: string | null = null;
  for (const official of officialsBySurnameStart().get(surname.slice(0, TRUNCATION_KEY)) ?? []) {
    if (official.surname.length <= surname.length || !official.surname.startsWith(surname)) continue;
    if (!samePerson(name, official.name)) continue;
    if (found !== null && found !== official.name) return null;
    found = official.name;
  }
  return found === null ? null : findOfficial(found, day);
}

/** Letters of a surname a truncation keeps at least (as {@link samePerson} requires). */
const TRUNCATION_KEY = 5;

interface IndexedOfficial {
  readonly name: string;
  readonly surname: string;
}

/** Officials by the first letters of their folded surname, built on first use. */
const officialsBySurnameStart = lazy((): ReadonlyMap<string, readonly IndexedOfficial[]> => {
  const bySurnameStart = new Map<string, IndexedOfficial[]>();
  for (const official of OFFICIALS) {
    const surname = fold(official.name.slice(official.name.lastIndexOf(" ") + 1));
    if (surname.length < TRUNCATION_KEY) continue;
    const key = surname.slice(0, TRUNCATION_KEY);
    let list = bySurnameStart.get(key);
    if (!list) bySurnameStart.set(key, (list = []));
    list.push({ name: official.name, surname });
  }
  return bySurnameStart;
});

/**
 * A name's gazetteer key without its spaces, so spellings that differ only in punctuation
 * meet; remembered, as the same names are folded for every release that mentions them.
 */
const fold = memoizeByText((name: string): string => foldForMatch(name).replace(/ /g, ""), MAX_REMEMBERED);

/**
 * The full name of every official of the base, lower-cased: the gazetteer's own spelling only,
 * as variants may hold a style ("Emperor Naruhito", "King Harald V") that is a title after all.
 */
const officialFullNames = lazy((): ReadonlySet<string> => new Set(OFFICIALS.map((official) => official.name.toLowerCase())));

/**
 * Whether the words are the full name of someone in the officials base: "Amir Khan Muttaqi"
 * opens with a word that is elsewhere a title ("Amir" of Qatar), yet is one name.
 *
 * @example
 * ```ts
 * isOfficialFullName(["Amir", "Khan", "Muttaqi"]); // true
 * ```
 */
export function isOfficialFullName(words: readonly string[]): boolean {
  return officialFullNames().has(words.join(" ").toLowerCase());
}

/** The first words of the officials' full names, lower case. */
const officialFirstWords = lazy((): ReadonlySet<string> => new Set([...officialFullNames()].map((name) => name.split(" ")[0] as string)));

/**
 * Whether a token (without spaces) can open an official's full name: {@link isOfficialFullName}
 * of words starting with it is false otherwise. One lookup, where the full test joins words.
 *
 * @example
 * ```ts
 * mayOpenOfficialFullName("Amir"); // true
 * ```
 */
export function mayOpenOfficialFullName(token: string): boolean {
  return officialFirstWords().has(token.toLowerCase());
}
