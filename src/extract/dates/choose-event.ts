import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { ResolvedDate } from "../../normalize/dates/resolve.js";
import type { DateToken, DateTokens } from "../../normalize/dates/tokens.js";
import { isPublication, type DateRole } from "./roles.js";

/** Everything known about one date of the text when the event date is chosen. */
export interface DateFinding {
  readonly date: RefinedDate;
  /** Its values, or null when the text and the reference leave them open. */
  readonly resolved: ResolvedDate | null;
  /** What speaks against it being the event's date (a publication mark, an anniversary...), or null. */
  readonly role: DateRole | null;
  /** It stands in the headline, a dateline or the first body sentences. */
  readonly inHead: boolean;
}

/** The chosen date and the rule that chose it. */
export interface EventChoice {
  readonly finding: DateFinding;
  /**
   * - `lead`: the first day the lead gives for the event.
   * - `publication`: no day in the lead; the release's date stamp, dateline or timestamp.
   * - `lead-month`: only a month (or year) in the lead.
   * - `body`: no date in the lead or a stamp; the first day in a body clause that reports a meeting.
   */
  readonly rule: "lead" | "publication" | "lead-month" | "body";
}

const DAY_KINDS = new Set(["absolute", "range", "relative", "weekday"]);

/** What speaks for a date being the event's: no role (no publication mark, no telling context). */
function eligible(finding: DateFinding): boolean {
  return finding.role === null;
}

/**
 * Chooses the date of the main event: the first day the lead gives (not a publication mark,
 * an anniversary, an announced meeting, a document's date or the bound of a period); else
 * the publication day the release is stamped with; else a month the lead gives; else the
 * first day in a body clause that reports a meeting. A relative word in the lead that cannot
 * be resolved (no reference day) leaves the date open: null.
 *
 * @example
 * ```ts
 * chooseEvent([], []); // null
 * ```
 */
export function chooseEvent(findings: readonly DateFinding[], tokens: DateTokens): EventChoice | null {
  for (const finding of findings) {
    if (!finding.inHead || !eligible(finding)) continue;
    const form = finding.date.form;
    if (form === "relative" || form === "weekday") {
      return finding.resolved ? { finding, rule: "lead" } : null;
    }
    // A day, not a span of years ("a programme for 2025-2027" is no event date).
    if (finding.resolved && DAY_KINDS.has(finding.resolved.kind) && finding.resolved.day) return { finding, rule: "lead" };
  }
  // A dateline opens the release's own text; a stamp or timestamp may be page furniture, so
  // the dateline's day comes first when both are there.
  const published = findings.filter((finding) => isPublication(finding.role) && finding.resolved?.day);
  const dateline = published.find((finding) => finding.role?.rule === "dateline");
  const stamp = dateline ?? published[0];
  if (stamp) return { finding: stamp, rule: "publication" };
  for (const finding of findings) {
    if (finding.inHead && eligible(finding) && finding.resolved?.kind === "month") return { finding, rule: "lead-month" };
  }
  for (const finding of findings) {
    if (eligible(finding) && finding.resolved && DAY_KINDS.has(finding.resolved.kind) && finding.resolved.day && reportsEvent(tokens, finding.date)) {
      return { finding, rule: "body" };
    }
  }
  return null;
}

/** Whether the clause of a date has an event word of the lexicon (one that reports a meeting). */
function reportsEvent(tokens: DateTokens, date: RefinedDate): boolean {
  const eventWords = tokens.lexicon.dateRoles.eventWords;
  const clause = tokens.get(date.first)?.clause;
  for (let index = date.first - 1; index >= 0 && index >= date.first - 30; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.clause !== clause) break;
    if (eventWords.has(token.lower)) return true;
  }
  for (let index = date.last; index < tokens.length && index < date.last + 30; index++) {
    const token = tokens.get(index) as DateToken;
    if (token.clause !== clause) break;
    if (eventWords.has(token.lower)) return true;
  }
  return false;
}
