import type { VFile } from "vfile";
import { normalizeOrganization } from "../normalize/organization.js";
import type { Organization } from "../schema/organization.js";
import type { MentionedPerson, Participant } from "../schema/person.js";
import type { PressRelease } from "../schema/release.js";
import { memoizeByText } from "../core/memo.js";
import { nameKey as uncachedNameKey } from "../validate/read.js";

// The same names come back release after release; their keys (a Unicode normalisation and two
// regular expressions each) are worked out once.
const nameKey = memoizeByText(uncachedNameKey, 5000);

/**
 * Builds the release from what the plugins left in `file.data`. A concern whose plugin did
 * not run comes out empty (null or []), so a processor without some plugins still yields a
 * valid release. Every organisation a participant acts for is listed in `organizations`
 * (see {@link listParticipantOrganizations}) and no participant is also a mentioned person,
 * so that the release validates without errors or warnings.
 */
export function releaseFromFile(file: VFile): PressRelease {
  const data = file.data;
  const listed = listParticipantOrganizations(data.participants ?? [], data.organizations ?? []);
  const release: PressRelease = {
    title: data.title ? data.title.text : null,
    date: data.date ?? null,
    venue: data.venue ?? null,
    format: data.format ?? null,
    participants: listed.participants,
    mentionedPersons: withoutParticipants(data.mentionedPersons ?? [], listed.participants),
    organizations: listed.organizations,
    topics: (data.topics ?? []).map((topic) => topic.id),
    agreements: data.agreements ?? [],
  };
  if (data.published) release.published = data.published;
  if (data.language) release.language = data.language;
  if (data.quotes && data.quotes.length > 0) release.quotes = data.quotes;
  return release;
}

/**
 * Makes every participant's organisation one that `organizations` lists by name or acronym
 * (matched as `validateRelease` matches them: case, accents, dots and spacing aside). People
 * and organisations are found by different steps, so "OSCE Secretary General Thomas
 * Greminger" can give the person's organisation where the organisation step found none. An
 * organisation the gazetteer knows is listed in its canonical form, and the participant then
 * names it by that form's acronym (or name) when the text's form differs ("ODKB" becomes
 * "CSTO"; an organ becomes its parent, as in `organizations`); one it does not know is listed
 * as the text gives it. The inputs are not changed: changed entries are copies.
 */
export function listParticipantOrganizations(
  participants: readonly Participant[],
  organizations: readonly Organization[],
): { participants: Participant[]; organizations: Organization[] } {
  const listed = [...organizations];
  const known = new Map<string, Organization>();
  const remember = (organization: Organization): void => {
    for (const form of [organization.name, organization.acronym]) {
      if (typeof form === "string" && form.trim() !== "" && !known.has(nameKey(form))) known.set(nameKey(form), organization);
    }
  };
  for (const organization of listed) remember(organization);
  const out = participants.map((participant) => {
    const named = participant.organization;
    if (typeof named !== "string" || named.trim() === "" || known.has(nameKey(named))) return participant;
    const canonical = normalizeOrganization(named);
    if (canonical === null) {
      const added: Organization = { name: named, acronym: null };
      listed.push(added);
      remember(added);
      return participant;
    }
    let entry = known.get(nameKey(canonical.name)) ?? (canonical.acronym === null ? undefined : known.get(nameKey(canonical.acronym)));
    if (entry === undefined) {
      entry = { name: canonical.name, acronym: canonical.acronym };
      listed.push(entry);
      remember(entry);
    }
    if (known.has(nameKey(named))) return participant;
    const acronym = entry.acronym !== null && entry.acronym.trim() !== "" ? entry.acronym : null;
    return { ...participant, organization: acronym ?? entry.name };
  });
  return { participants: out, organizations: listed };
}

/**
 * The mentioned persons who are not participants: a mentioned person whose name is a
 * participant's name or alias (matched as `validateRelease` matches them) took part, and is
 * listed once, as a participant. People are told apart by two steps that can disagree on
 * hostile text; the participant wins.
 */
export function withoutParticipants(mentioned: readonly MentionedPerson[], participants: readonly Participant[]): MentionedPerson[] {
  const taking = new Set<string>();
  for (const participant of participants) {
    for (const form of [participant.name, ...participant.aliases]) if (form.trim() !== "") taking.add(nameKey(form));
  }
  return mentioned.filter((person) => !taking.has(nameKey(person.name)));
}

/** The release of a text nothing could be read from. */
export function emptyRelease(): PressRelease {
  return {
    title: null,
    date: null,
    venue: null,
    format: null,
    participants: [],
    mentionedPersons: [],
    organizations: [],
    topics: [],
    agreements: [],
  };
}
