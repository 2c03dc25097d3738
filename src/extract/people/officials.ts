import type { Participant } from "../../schema/person.js";
import { OFFICIALS } from "../../data/officials.js";
import { findOfficial, type OfficialMatch } from "../../normalize/official.js";
import { samePerson } from "../../normalize/person.js";
import { foldForMatch } from "../../normalize/text.js";

/**
 * Completes what the text leaves out about a well-known official from the officials
 * gazetteer, as an analyst would from common knowledge: the usual spelling of the name
 * ("Kasym-Jomart Tokayev" → "Kassym-Jomart Tokayev", the text's spelling kept as an alias),
 * and the role, organisation and country of the office held on the event's day ("Vladimir
 * Putin had a telephone conversation..." → President, RU). Values the text gives are kept.
 */
export function completeFromGazetteer(entry: Participant, day: string | null): void {
  const match = lookUp(entry, day);
  if (!match) return;
  const matchKey = fold(match.name);
  if (matchKey !== fold(entry.name)) {
    const aliases = entry.aliases.filter((alias) => fold(alias) !== matchKey);
    entry.aliases = [entry.name, ...aliases];
    entry.name = match.name;
  }
  if (entry.role === null && match.role !== null) entry.role = match.role;
  if (entry.organization === null && match.organization !== null && entry.role === match.role) entry.organization = match.organization;
  if (match.country !== null && match.organization === null) {
    // A country read off a list ("the heads of government of Armenia, Belarus and Russia -
    // Nikol Pashinyan, ...") can pair the wrong name; the office the person holds that day wins.
    const sameOffice = entry.role !== null && match.role !== null && sameTitleHead(entry.role, match.role);
    if (entry.country === null || sameOffice) entry.country = match.country;
  }
}

/**
 * Releases name the same few people again and again: lookups are remembered (bounded), by
 * kind of lookup and day, then by name, so that no key string is built per lookup.
 */
const remembered = new Map<string, Map<string, OfficialMatch | null>>();
let rememberedCount = 0;
const MAX_REMEMBERED = 4096;

function findOfficialOnce(form: string, day: string | null): OfficialMatch | null {
  return remember("F", day, form, () => findOfficial(form, day));
}

function lookUp(entry: Participant, day: string | null): OfficialMatch | null {
  for (const form of [entry.name, ...entry.aliases]) {
    const match = findOfficialOnce(form, day);
    if (match) return match;
  }
  // A surname alone ("President Moon") only when it names one person in office that day and
  // the text gives that person's title: "Mr Wang" alone could be anyone.
  if (!entry.name.includes(" ")) {
    if (entry.role === null) return null;
    const match = remember("S", day, entry.name, () => findOfficial(entry.name, day, { surnameOnly: true }));
    return match && match.role !== null && sameTitleHead(match.role, entry.role) ? match : null;
  }
  return remember("T", day, entry.name, () => truncatedSpelling(entry.name, day));
}

/** `look()` for a name, remembered under the kind of lookup ("F", "S", "T") and the day. */
function remember(kind: string, day: string | null, name: string, look: () => OfficialMatch | null): OfficialMatch | null {
  const scope = kind + (day ?? "");
  let byName = remembered.get(scope);
  const known = byName?.get(name);
  if (known !== undefined) return known;
  const match = look();
  if (rememberedCount >= MAX_REMEMBERED) {
    remembered.clear();
    rememberedCount = 0;
    byName = undefined;
  }
  if (!byName) remembered.set(scope, (byName = new Map()));
  byName.set(name, match);
  rememberedCount++;
  return match;
}

/** "President" and "President of the Republic" share a head; "President" and "Foreign Minister" do not. */
function sameTitleHead(a: string, b: string): boolean {
  const head = (title: string): string => {
    const words = title.toLowerCase().split(" ");
    const of = words.findIndex((word) => word === "of" || word === "for");
    return words[of > 0 ? of - 1 : words.length - 1] ?? "";
  };
  return head(a) === head(b);
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

let bySurnameStart: Map<string, IndexedOfficial[]> | undefined;

/** Officials by the first letters of their folded surname, built on first use. */
function officialsBySurnameStart(): Map<string, IndexedOfficial[]> {
  if (bySurnameStart) return bySurnameStart;
  bySurnameStart = new Map();
  for (const official of OFFICIALS) {
    const surname = fold(official.name.slice(official.name.lastIndexOf(" ") + 1));
    if (surname.length < TRUNCATION_KEY) continue;
    const key = surname.slice(0, TRUNCATION_KEY);
    let list = bySurnameStart.get(key);
    if (!list) bySurnameStart.set(key, (list = []));
    list.push({ name: official.name, surname });
  }
  return bySurnameStart;
}

/** A name's gazetteer key without its spaces, so spellings that differ only in punctuation meet. */
function fold(name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    key = foldForMatch(name).replace(/ /g, "");
    if (foldedNames.size >= MAX_REMEMBERED) foldedNames.clear();
    foldedNames.set(name, key);
  }
  return key;
}

/** The same names are folded for every release that mentions them. */
const foldedNames = new Map<string, string>();
