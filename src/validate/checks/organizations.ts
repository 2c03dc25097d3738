import type { IssueDraft, PathSegment } from "../issue.js";
import { entriesAt, nameKey, stringAt } from "../read.js";

/** Organisations listed twice: the same name, or the same acronym. */
export function checkOrganizations(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const byName = new Map<string, PathSegment[]>();
  const byAcronym = new Map<string, PathSegment[]>();
  for (const { entry, path } of entriesAt(root, "organizations")) {
    const name = stringAt(entry, "name");
    const acronym = stringAt(entry, "acronym");
    if (name === undefined || name.trim() === "") continue;
    const nameSeen = byName.get(nameKey(name));
    const acronymKey = acronym === undefined || acronym.trim() === "" ? undefined : acronym.trim().toUpperCase();
    const acronymSeen = acronymKey === undefined ? undefined : byAcronym.get(acronymKey);
    if (nameSeen !== undefined) {
      drafts.push({ code: "duplicate_organization", path: [...path, "name"], name, by: "name", firstPath: nameSeen });
      continue;
    }
    if (acronymSeen !== undefined) {
      drafts.push({ code: "duplicate_organization", path: [...path, "acronym"], name, by: "acronym", firstPath: acronymSeen });
      continue;
    }
    byName.set(nameKey(name), path);
    if (acronymKey !== undefined) byAcronym.set(acronymKey, path);
  }
  return drafts;
}

/** Participants' organisations that `organizations` does not list by name or acronym. */
export function checkParticipantOrganizations(root: unknown): IssueDraft[] {
  const known = new Set<string>();
  for (const { entry } of entriesAt(root, "organizations")) {
    const name = stringAt(entry, "name");
    const acronym = stringAt(entry, "acronym");
    if (name !== undefined) known.add(nameKey(name));
    if (acronym !== undefined) known.add(nameKey(acronym));
  }
  const drafts: IssueDraft[] = [];
  for (const { entry, path } of entriesAt(root, "participants")) {
    const organization = stringAt(entry, "organization");
    if (organization === undefined || organization.trim() === "" || known.has(nameKey(organization))) continue;
    drafts.push({ code: "unlisted_organization", path: [...path, "organization"], organization });
  }
  return drafts;
}
