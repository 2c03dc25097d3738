import { eventWords } from "../../lexicon/index.js";
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

/** What an event rule says: this finding is the event's date, the date is left open ("none"), or nothing (the next rule is asked). */
type RuleOutcome = DateFinding | "none" | null;

/** A rule of the event choice, in chrono's refiner shape: an id the choice reports, and a test over every finding. */
interface EventRule {
  readonly id: EventChoice["rule"];
  readonly choose: (findings: readonly DateFinding[], tokens: DateTokens) => RuleOutcome;
}

/**
 * The rules of the event choice, asked in order until one answers. Order matters: a day the
 * lead gives beats the page's date, which beats a month the lead gives, which beats a day
 * found only in the body.
 */
const EVENT_RULES: readonly EventRule[] = [
  {
    // The first day the lead gives; a relative word of the lead that cannot be resolved leaves the date open.
    id: "lead",
    choose(findings) {
      for (const finding of findings) {
        if (!finding.inHead || !eligible(finding)) continue;
        const form = finding.date.form;
        if (form === "relative" || form === "weekday") return finding.resolved ? finding : "none";
        // A day, not a span of years ("a programme for 2025-2027" is no event date).
        if (finding.resolved && DAY_KINDS.has(finding.resolved.kind) && finding.resolved.day) return finding;
      }
      return null;
    },
  },
  {
    // A dateline opens the release's own text; a stamp or timestamp may be page furniture, so
    // the dateline's day comes first when both are there.
    id: "publication",
    choose(findings) {
      const published = findings.filter((finding) => isPublication(finding.role) && finding.resolved?.day);
      return published.find((finding) => finding.role?.rule === "dateline") ?? published[0] ?? null;
    },
  },
  {
    id: "lead-month",
    choose: (findings) => findings.find((finding) => finding.inHead && eligible(finding) && finding.resolved?.kind === "month") ?? null,
  },
  {
    id: "body",
    choose(findings, tokens) {
      const found = findings.find(
        (finding) => eligible(finding) && finding.resolved && DAY_KINDS.has(finding.resolved.kind) && finding.resolved.day && reportsEvent(tokens, finding.date),
      );
      return found ?? null;
    },
  },
];

/**
 * Chooses the date of the main event by the first of {@link EVENT_RULES} that answers: the
 * first day the lead gives (not a publication mark, an anniversary, an announced meeting, a
 * document's date or the bound of a period); else the publication day the release is
 * stamped with; else a month the lead gives; else the first day in a body clause that
 * reports a meeting. A relative word in the lead that cannot be resolved (no reference day)
 * leaves the date open: null.
 *
 * @example
 * ```ts
 * chooseEvent([], tokens); // null
 * ```
 */
export function chooseEvent(findings: readonly DateFinding[], tokens: DateTokens): EventChoice | null {
  for (const rule of EVENT_RULES) {
    const outcome = rule.choose(findings, tokens);
    if (outcome === "none") return null;
    if (outcome) return { finding: outcome, rule: rule.id };
  }
  return null;
}

/** Whether the clause of a date has an event word of the lexicon's event groups (one that reports a meeting). */
function reportsEvent(tokens: DateTokens, date: RefinedDate): boolean {
  const lexicon = tokens.lexicon;
  const words = eventWords(lexicon, ...lexicon.dateRoles.eventGroups);
  const clause = tokens.get(date.first)?.clause;
  for (let index = date.first - 1; index >= 0 && index >= date.first - 30; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.clause !== clause) break;
    if (words.has(token.lower)) return true;
  }
  for (let index = date.last; index < tokens.length && index < date.last + 30; index++) {
    const token = tokens.get(index) as DateToken;
    if (token.clause !== clause) break;
    if (words.has(token.lower)) return true;
  }
  return false;
}
