import type { IssueDraft } from "../issue.js";
import { entriesAt, stringAt } from "../read.js";

/** Quotes whose speaker is not the `name` of a participant or mentioned person. */
export function checkQuotes(root: unknown): IssueDraft[] {
  const names = new Set<string>();
  for (const list of ["participants", "mentionedPersons"]) {
    for (const { entry } of entriesAt(root, list)) {
      const name = stringAt(entry, "name");
      if (name !== undefined) names.add(name);
    }
  }
  const drafts: IssueDraft[] = [];
  for (const { entry, path } of entriesAt(root, "quotes")) {
    const speaker = stringAt(entry, "speaker");
    if (speaker !== undefined && speaker.trim() !== "" && !names.has(speaker)) {
      drafts.push({ code: "unknown_speaker", path: [...path, "speaker"], speaker });
    }
  }
  return drafts;
}
