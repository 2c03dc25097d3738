import type { Participant } from "../../schema/person.js";
import { OFFICIALS } from "../../data/officials.js";
import { findOfficial, type OfficialMatch } from "../../normalize/official.js";
import { samePerson } from "../../normalize/person.js";

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
  if (fold(match.name) !== fold(entry.name)) {
    const aliases = entry.aliases.filter((alias) => fold(alias) !== fold(match.name));
    entry.aliases = [entry.name, ...aliases];
    entry.name = match.name;
  }
  if (entry.role === null && match.role !== null) entry.role = match.role;
  if (entry.organization === null && match.organization !== null && entry.role === match.role) entry.organization = match.organization;
  if (entry.country === null && match.country !== null && match.organization === null) entry.country = match.country;
}

function lookUp(entry: Participant, day: string | null): OfficialMatch | null {
  for (const form of [entry.name, ...entry.aliases]) {
    const match = findOfficial(form, day);
    if (match) return match;
  }
  // A surname alone ("President Moon") only when it names one person in office that day.
  if (!entry.name.includes(" ")) return findOfficial(entry.name, day, { surnameOnly: true });
  return truncatedSpelling(entry.name, day);
}

/**
 * Machine translation cuts surnames short ("Thomas Greming" for Thomas Greminger): a full
 * name that agrees with exactly one official's under {@link samePerson}'s truncation rule
 * is that official.
 */
function truncatedSpelling(name: string, day: string | null): OfficialMatch | null {
  let found: string | null = null;
  const surname = fold(name.slice(name.lastIndexOf(" ") + 1));
  if (surname.length < 5) return null;
  for (const official of OFFICIALS) {
    const theirs = fold(official.name.slice(official.name.lastIndexOf(" ") + 1));
    if (theirs.length <= surname.length || !theirs.startsWith(surname)) continue;
    if (!samePerson(name, official.name)) continue;
    if (found !== null && found !== official.name) return null;
    found = official.name;
  }
  return found === null ? null : findOfficial(found, day);
}

function fold(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
