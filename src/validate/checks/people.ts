import type { IssueDraft, PathSegment } from "../issue.js";
import { entriesAt, nameKey, stringAt, stringsAt } from "../read.js";

interface Person {
  readonly path: PathSegment[];
  readonly name: string | undefined;
  readonly aliases: readonly { text: string; index: number }[];
}

function peopleAt(root: unknown, key: string): Person[] {
  return [...entriesAt(root, key)].map(({ entry, path }) => ({
    path,
    name: stringAt(entry, "name"),
    aliases: [...stringsAt(entry, "aliases")],
  }));
}

/** Aliases equal to the name, and aliases listed twice, within one person. */
function checkOwnAliases(person: Person, drafts: IssueDraft[]): void {
  const seen = new Set<string>();
  for (const { text, index } of person.aliases) {
    const path = [...person.path, "aliases", index];
    if (text.trim() === "") continue; // blank strings have their own check
    if (text === person.name) drafts.push({ code: "alias_equals_name", path, alias: text });
    else if (seen.has(text)) drafts.push({ code: "duplicate_alias", path, alias: text });
    seen.add(text);
  }
}

/**
 * The same person twice in one list: a name that matches an earlier person's name or alias,
 * or an alias that matches an earlier person's name (spelling-insensitive, see `nameKey`).
 */
function checkDuplicates(
  people: readonly Person[],
  code: "duplicate_participant" | "duplicate_mentioned_person",
  drafts: IssueDraft[],
): void {
  const byName = new Map<string, PathSegment[]>();
  const byAlias = new Map<string, PathSegment[]>();
  for (const person of people) {
    if (person.name === undefined || person.name.trim() === "") continue;
    const key = nameKey(person.name);
    const aliasKeys = person.aliases.map(({ text }) => nameKey(text)).filter((alias) => alias !== "");
    const first =
      byName.get(key) ?? byAlias.get(key) ?? aliasKeys.map((alias) => byName.get(alias)).find((path) => path !== undefined);
    if (first !== undefined) {
      drafts.push({ code, path: [...person.path, "name"], name: person.name, firstPath: first });
      continue;
    }
    byName.set(key, person.path);
    for (const alias of aliasKeys) if (!byAlias.has(alias)) byAlias.set(alias, person.path);
  }
}

/** One exact alias given to two different people (who are not duplicates of each other). */
function checkSharedAliases(people: readonly Person[], drafts: IssueDraft[]): void {
  const owner = new Map<string, PathSegment[]>();
  for (const person of people) {
    for (const { text, index } of new Map(person.aliases.map((alias) => [alias.text, alias])).values()) {
      if (text.trim() === "") continue;
      const other = owner.get(text);
      if (other === undefined) owner.set(text, person.path);
      else drafts.push({ code: "shared_alias", path: [...person.path, "aliases", index], alias: text, otherPath: other });
    }
  }
}

/** Mentioned persons who are participants too: they either took part or they did not. */
function checkMentionedParticipants(participants: readonly Person[], mentioned: readonly Person[], drafts: IssueDraft[]): void {
  const participantByKey = new Map<string, PathSegment[]>();
  for (const person of participants) {
    for (const text of [person.name ?? "", ...person.aliases.map((alias) => alias.text)]) {
      const key = nameKey(text);
      if (key !== "" && !participantByKey.has(key)) participantByKey.set(key, person.path);
    }
  }
  for (const person of mentioned) {
    if (person.name === undefined) continue;
    const participantPath = participantByKey.get(nameKey(person.name));
    if (participantPath !== undefined) {
      drafts.push({ code: "participant_also_mentioned", path: [...person.path, "name"], name: person.name, participantPath });
    }
  }
}

/** Duplicate people, people in both lists, and alias slips. */
export function checkPeople(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const participants = peopleAt(root, "participants");
  const mentioned = peopleAt(root, "mentionedPersons");
  for (const person of [...participants, ...mentioned]) checkOwnAliases(person, drafts);
  checkDuplicates(participants, "duplicate_participant", drafts);
  checkDuplicates(mentioned, "duplicate_mentioned_person", drafts);
  checkMentionedParticipants(participants, mentioned, drafts);
  checkSharedAliases([...participants, ...mentioned], drafts);
  return drafts;
}
