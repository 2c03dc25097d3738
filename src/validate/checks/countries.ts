import { COUNTRY_CODES } from "../country-codes.js";
import type { IssueDraft, PathSegment } from "../issue.js";
import { entriesAt, recordOf, stringAt } from "../read.js";

/** Country codes of the venue and of every person that are not assigned ISO 3166-1 codes. */
export function checkCountries(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const check = (owner: unknown, path: PathSegment[]): void => {
    const code = stringAt(owner, "country");
    if (code !== undefined && !COUNTRY_CODES.has(code)) {
      drafts.push({ code: "unknown_country", path: [...path, "country"], received: code });
    }
  };
  check(recordOf(root)?.["venue"], ["venue"]);
  for (const { entry, path } of entriesAt(root, "participants")) check(entry, path);
  for (const { entry, path } of entriesAt(root, "mentionedPersons")) check(entry, path);
  return drafts;
}
