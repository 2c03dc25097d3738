import type { DateContext, DateContextFinding } from "../../normalize/dates/context.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { DateTokens } from "../../normalize/dates/tokens.js";
import type { DateRoleName } from "../../normalize/dates/types.js";
import { publicationRoleOf, type PublicationRole } from "./publication.js";

export type { DateRoleName } from "../../normalize/dates/types.js";

/** The rules of the event choice (see `EVENT_RULES`), which give the roles `event` and `other-event`. */
export type EventRuleId = "lead" | "lead-span" | "announcement" | "body-day" | "publication" | "report" | "lead-month" | "lead-year" | "body";

/** The rules that give a role: the publication marks, the context rules of the date grammar, the event choice. */
export type DateRoleRule = PublicationRole["kind"] | DateContextFinding["rule"] | EventRuleId | "not-chosen";

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

/** The role a context of the date grammar gives. */
const CONTEXT_ROLES: Readonly<Record<DateContext, DateRoleName>> = {
  anniversary: "recalled",
  recalled: "recalled",
  future: "future",
  document: "document",
  bound: "bound",
  report: "report",
};

/**
 * The role of a date from what marks it: a publication mark comes first (a dateline is the
 * page's date whatever words stand near it), then the date's context. Null when nothing
 * speaks against the date being the main event's (the event choice then gives it `event`
 * or `other-event`).
 *
 * @example
 * ```ts
 * roleOf(null, { context: "bound", rule: "bound-word", token: 3 }); // { name: "bound", rule: "bound-word", token: 3 }
 * roleOf(null, { context: "anniversary", rule: "anniversary-word", token: 3 }); // { name: "recalled", ... }
 * roleOf(null, null); // null
 * ```
 */
export function roleOf(publication: PublicationRole | null, context: DateContextFinding | null): DateRole | null {
  if (publication) return { name: publication.revision ? "revision" : "publication", rule: publication.kind, token: null };
  if (context) return { name: CONTEXT_ROLES[context.context], rule: context.rule, token: context.token };
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
 * The role of every date of a release, same order: its publication mark (a dateline in the
 * headline only when its line holds nothing else or is not the headline's first, whose
 * offset is `titleStart`), else its context.
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
  titleStart = -1,
  breakBefore?: (index: number) => boolean,
): (DateRole | null)[] {
  return dates.map((date, index) => roleOf(publicationRoleOf(tokens, date, inTitle(date), titleStart, breakBefore), contexts[index] ?? null));
}
