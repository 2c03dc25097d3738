import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { Organization } from "../../schema/organization.js";
import type { Participant } from "../../schema/person.js";
import { countryInName, matchCountryAt } from "../../normalize/country.js";
import { headerCountryOf, issuerOf } from "../organizations/issuer.js";
import { lookupOrganization, organizationSeat, withStateArticles } from "../../normalize/organization.js";
import type { PersonMention } from "./mentions.js";
import { completeFromGazetteer } from "./officials.js";
import { isIssuerVoice, showsParticipation, type MentionContext } from "./participation.js";
import type { NameGrammar, PeopleGrammar } from "./types.js";

/** Kinds of titles whose holders serve an organisation: envoys to it, its officials. */
const ORGANIZATION_KINDS = new Set(["diplomat", "io-official"]);

/** Kinds of titles of a state's own officials at home: heads, ministers, governors, speakers. */
const HOME_STATE_KINDS = new Set(["head-of-state", "head-of-government", "minister", "official"]);

/** Completing names from the gazetteer can reveal two entries as one person ("Moon" and "Moon Jae-in"). */
function mergeSameNames(people: Person[]): Person[] {
  const byName = new Map<string, Person>();
  const merged: Person[] = [];
  for (const person of people) {
    const key = person.entry.name.toLowerCase();
    const same = byName.get(key);
    if (!same) {
      byName.set(key, person);
      merged.push(person);
      continue;
    }
    const aliases = new Set([...same.entry.aliases, ...person.entry.aliases]);
    aliases.delete(same.entry.name);
    same.entry.aliases = [...aliases];
    same.entry.role ??= person.entry.role;
    same.entry.organization ??= person.entry.organization;
    same.entry.country ??= person.entry.country;
    same.entry.spans = [...(same.entry.spans ?? []), ...(person.entry.spans ?? [])];
    same.participant ||= person.participant;
  }
  return merged;
}

/**
 * The mentions that make people, in text order: weak mentions (no title, honorific or known
 * given name) only count as spellings of someone found otherwise.
 */
function keptMentions(contexts: readonly MentionContext[], knownNames: readonly string[], names: NameGrammar): MentionContext[] {
  const strong: MentionContext[] = [];
  const weak: MentionContext[] = [];
  for (const context of contexts) (context.mention.evidence === "weak" ? weak : strong).push(context);
  if (weak.length > 0) {
    const strongNames = [...new Set([...strong.map((context) => context.mention.name), ...knownNames])];
    const verdicts = new Map<string, boolean>();
    for (const context of weak) {
      const name = context.mention.name;
      let verdict = verdicts.get(name);
      if (verdict === undefined) {
        verdict = strongNames.some((other) => names.samePerson(other, name));
        verdicts.set(name, verdict);
      }
      if (verdict) strong.push(context);
    }
  }
  // Mentions come in text order but for the weak ones added last: sorting is mostly not needed.
  return inTextOrder(strong) ? strong : strong.sort((a, b) => a.mention.start - b.mention.start);
}

function inTextOrder(contexts: readonly MentionContext[]): boolean {
  for (let index = 1; index < contexts.length; index++) {
    if ((contexts[index - 1] as MentionContext).mention.start > (contexts[index] as MentionContext).mention.start) return false;
  }
  return true;
}

function reportDifferentRoles(file: VFile, name: string, titled: readonly MentionContext[]): void {
  const roles = new Set(titled.map((member) => member.mention.role?.toLowerCase()));
  if (roles.size > 1) report(file, `Different roles for ${name}: ${[...roles].join("; ")}`, { ruleId: "person:ambiguous-role" });
}

/** A person entry and whether the person took part in the main event. */
export interface Person {
  entry: Participant;
  participant: boolean;
  /** The kind of the title the role was read from, when the text gave one. */
  kind?: string | null;
}

/**
 * "The meeting was attended by the Assistant Secretary General for ...": an official of an
 * intergovernmental body whose body the text leaves unsaid serves the one body every other
 * such official (or anyone serving an intergovernmental body) of the release serves.
 */
function completeOfficialsOrganization(people: readonly Person[]): void {
  let shared: string | null = null;
  for (const person of people) {
    const organization = person.entry.organization;
    if (organization === null) continue;
    // "the President of the ECOWAS Commission" serves the body as much as its officials do.
    if (person.kind !== "io-official" && !isIntergovernmental({ name: organization, acronym: null })) continue;
    if (shared !== null && shared !== organization) return;
    shared = organization;
  }
  if (shared === null) return;
  for (const person of people) {
    if (person.kind === "io-official" && person.entry.organization === null && person.entry.country === null) person.entry.organization = shared;
  }
}

/** The intergovernmental body a role's "of the X" tail names ("President of the European Council" → EU), or null. */
function bodyInRole(role: string): string | null {
  const of = role.indexOf(" of the ");
  if (of < 0) return null;
  const entry = lookupOrganization(role.slice(of + " of the ".length))?.entry;
  return entry !== undefined && entry.country === null ? (entry.acronym ?? entry.name) : null;
}

/** A body the gazetteer does not know: no intergovernmental one, no other state's. */
function unplacedBody(name: string): boolean {
  return lookupOrganization(name) === null && countryInName(name) === null;
}

/** An organisation the gazetteer knows as serving no one state. */
function isIntergovernmental(org: Organization): boolean {
  const entry = lookupOrganization(org.acronym ?? org.name)?.entry ?? lookupOrganization(org.name)?.entry;
  return entry !== undefined && entry.country === null;
}

/** The country where the main event took place in person, or null (a call, a video link, no place). */
function hostCountry(file: VFile): string | null {
  const format = file.data.format ?? null;
  if (format === "phone" || format === "video") return null;
  return file.data.venue?.country ?? null;
}

/**
 * Groups the mentions into people (weak mentions only as spellings of someone found
 * otherwise, or as spellings of `knownNames`: officials the release stands for by title), picks each person's name, role, organisation and country, tells participants
 * from people only mentioned, and completes well-known officials from the gazetteer.
 */
export function buildPeople(
  contexts: readonly MentionContext[],
  document: ReleaseDocument,
  grammar: PeopleGrammar,
  file: VFile,
  knownNames: readonly string[] = [],
): Person[] {
  const vocabulary = grammar.vocabulary;
  const kept = keptMentions(contexts, knownNames, grammar.names);
  const names = kept.map((context) => context.mention.name);
  const referenceDay = file.data.date?.start ?? file.data.referenceDate ?? null;
  const people: Person[] = [];
  for (const group of grammar.names.group(names)) {
    const members = group.map((index) => kept[index] as MentionContext);
    const { name, aliases } = grammar.names.naming(
      group.map((index) => names[index] as string),
      referenceDay,
    );
    if (group.length > 1 && aliases.length > 0) {
      report(file, `Merged spellings of ${name}: ${aliases.join(", ")}`, { ruleId: "person:merged-variant" });
    }
    const titled = members.filter((member) => member.mention.role !== null);
    if (titled.length > 1) reportDifferentRoles(file, name, titled);
    // The fullest title among the mentions ("Minister" in the headline, "Minister of Foreign Affairs" in the body).
    const best = titled.reduce<PersonMention | undefined>(
      (chosen, member) => (chosen === undefined || (member.mention.role?.length ?? 0) > (chosen.role?.length ?? 0) ? member.mention : chosen),
      undefined,
    );
    const role = best?.role ?? null;
    const kind = best?.titleKind ?? null;
    let organization = members.find((member) => member.mention.organization !== null)?.mention.organization ?? null;
    let country = members.find((member) => member.mention.country !== null)?.mention.country ?? null;
    if (organization === null && kind !== null && ORGANIZATION_KINDS.has(kind) && !members.some((member) => member.mention.postedToState === true)) {
      // "At the OSCE Permanent Council, Ambassador X said": an envoy or official of the
      // intergovernmental body the sentence names; a national or unknown body named there is
      // more often another person's ("..., Head of the Regional Council and Mr. Y, Special Envoy").
      const org = titled[0]?.sentenceOrg;
      if (org && isIntergovernmental(org)) organization = org.acronym ?? org.name;
    }
    // "President of the European Council" read as one title: the body its tail names, when the
    // gazetteer knows it as an intergovernmental one (an organ counts as its parent).
    if (organization === null && kind !== null && ORGANIZATION_KINDS.has(kind) && role !== null) organization = bodyInRole(role);
    // "Head of ... Department of the Presidential Administration of Uzbekistan": a national body
    // names the country, in its name or in the gazetteer ("at the FCDO": GB).
    if (country === null && organization !== null) country = countryInName(organization) ?? lookupOrganization(organization)?.entry.country ?? null;
    const spans = members.map((member) => document.spanToOriginal(member.mention.start, member.mention.end));
    const entry: Participant = { name, aliases: [...aliases], role, organization: organization === null ? null : withStateArticles(organization), country, spans };
    // The issuer's voice ("the official spokesperson ..., X, said") speaks for the release in every mention ("X added").
    const participant = members.some((member) => showsParticipation(member, vocabulary)) && !members.some((member) => isIssuerVoice(member, vocabulary));
    people.push({ entry, participant, kind });
  }
  for (const person of people) completeFromGazetteer(person.entry, referenceDay, { aliasesAsWritten: grammar.names.aliasesAsWritten });
  completeOfficialsOrganization(people);
  const host = hostCountry(file);
  if (host !== null) {
    // "the Minister met with the Deputy Foreign Minister X" during a visit to Uzbekistan: a
    // state official the text gives no country is the host's, where the event took place.
    for (const person of people) {
      // So is one of a national body the gazetteer does not place elsewhere ("Undersecretary of the Ministry for Diplomatic Affairs").
      if (person.entry.country === null && typeof person.kind === "string" && (HOME_STATE_KINDS.has(person.kind) ? person.entry.organization === null || unplacedBody(person.entry.organization) : person.kind === "io-official" && person.entry.organization !== null && unplacedBody(person.entry.organization))) {
        person.entry.country = host;
      }
    }
  } else {
    // "The Minister for Foreign Affairs, X, held a telephone conversation with ..." under a header
    // naming the issuer's state ("REPUBLIC OF GHANA") or a dateline of its city ("Sofia, 11
    // February"): where no place of the event tells, the issuer's official.
    const issuer = headerCountryOf(document, file)?.code ?? datelineState(document, file);
    if (issuer !== null) {
      for (const person of people) {
        if (person.entry.country === null && person.entry.organization === null && typeof person.kind === "string" && HOME_STATE_KINDS.has(person.kind)) person.entry.country = issuer;
      }
    }
  }
  // "Ambassador X welcomed the guests" in a release of the Embassy of India: the embassy's envoy.
  const embassy = embassyCountry(file.data.organizations ?? []);
  if (embassy !== null) {
    for (const person of people) {
      if (person.kind === "diplomat" && person.entry.country === null && person.entry.organization === null) person.entry.country = embassy;
    }
  }
  return mergeSameNames(people);
}

/**
 * The state of the release's dateline city ("Sofia, 11 February"), unless a body the release
 * names sits in that state ("Brussels, 18/05/2020" over a release of the EU's): a dateline in
 * an international body's seat is the body's, not a state's.
 */
function datelineState(document: ReleaseDocument, file: VFile): string | null {
  const code = issuerOf(document, file)?.code ?? null;
  if (code === null) return null;
  for (const organization of file.data.organizations ?? []) {
    if (organizationSeat(organization.acronym ?? organization.name)?.country === code) return null;
  }
  return code;
}

/** The one country whose embassy the release names ("Embassy of India in Tashkent"), or null. */
function embassyCountry(organizations: readonly Organization[]): string | null {
  let found: string | null = null;
  for (const organization of organizations) {
    if (!organization.name.startsWith("Embassy of ")) continue;
    // "Embassy of India", "Embassy of the Republic of Korea in Tashkent": the country after "of".
    const words = organization.name.split(" ");
    const at = words[2]?.toLowerCase() === "the" ? 3 : 2;
    const country = matchCountryAt(words, at)?.code ?? null;
    if (country === null) continue;
    if (found !== null && found !== country) return null;
    found = country;
  }
  return found;
}
