import type { DateContext, DateContextFinding } from "../../normalize/dates/context.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { DateTokens } from "../../normalize/dates/tokens.js";
import { publicationRoleOf, type PublicationRole } from "./publication.js";

/**
 * What a date of the release is, when something says it is not the main event's:
 * - `publication`: the page's own date (a dateline, a date stamp or a timestamp);
 * - `revision`: a later revision of the page ("Last updated: 14 Jan. 2020");
 * - `anniversary`, `future`, `document`, `bound`: the date of an anniversary, of a meeting to
 *   come, of a document, or the bound of a period (see {@link DateContext}).
 */
export type DateRoleName = "publication" | "revision" | DateContext;

/** The rules that give a role: the publication marks, then the context rules of the date grammar. */
export type DateRoleRule = PublicationRole["kind"] | DateContextFinding["rule"];

/**
 * The role of one date mention and its evidence, as data a message or a test can cite.
 *
 * @example
 * ```ts
 * roleOf({ kind: "dateline", revision: false }, null); // { name: "publication", rule: "dateline", token: null }
 * ```
 */
export interface DateRole {
  readonly name: DateRoleName;
  /** The rule that gave the role. */
  readonly rule: DateRoleRule;
  /** Index (date token) of the word that told it, when a word did. */
  readonly token: number | null;
}

/**
 * The role of a date from what marks it: a publication mark comes first (a dateline is the
 * page's date whatever words stand near it), then the date's context. Null when nothing
 * speaks against the date being the main event's.
 *
 * @example
 * ```ts
 * roleOf(null, { context: "bound", rule: "bound-word", token: 3 }); // { name: "bound", rule: "bound-word", token: 3 }
 * roleOf(null, null); // null
 * ```
 */
export function roleOf(publication: PublicationRole | null, context: DateContextFinding | null): DateRole | null {
  if (publication) return { name: publication.revision ? "revision" : "publication", rule: publication.kind, token: null };
  if (context) return { name: context.context, rule: context.rule, token: context.token };
  return null;
}

/**
 * Whether a role names the release's publication (not a revision).
 *
 * @example
 * ```ts
 * isPublication({ name: "publication", rule: "stamp", token: null }); // true
 * ```
 */
export function isPublication(role: DateRole | null): boolean {
  return role !== null && role.name === "publication";
}

/**
 * The role of every date of a release, same order: its publication mark (a dateline only
 * outside the headline), else its context.
 *
 * @example
 * ```ts
 * rolesOf(tokens, dates, contexts, () => false)[0]?.name; // "publication"
 * ```
 */
export function rolesOf(
  tokens: DateTokens,
  dates: readonly RefinedDate[],
  contexts: readonly (DateContextFinding | null)[],
  inTitle: (date: RefinedDate) => boolean,
): (DateRole | null)[] {
  return dates.map((date, index) => roleOf(publicationRoleOf(tokens, date, inTitle(date)), contexts[index] ?? null));
}
