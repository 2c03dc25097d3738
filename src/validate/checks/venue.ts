import type { IssueDraft } from "../issue.js";
import { recordOf } from "../read.js";

/** A venue object that says nothing: all of city, country and name null. */
export function checkVenue(root: unknown): IssueDraft[] {
  const venue = recordOf(recordOf(root)?.["venue"]);
  if (venue === undefined) return [];
  const empty = ["city", "country", "name"].every((key) => Object.hasOwn(venue, key) && venue[key] === null);
  return empty ? [{ code: "empty_venue", path: ["venue"] }] : [];
}
