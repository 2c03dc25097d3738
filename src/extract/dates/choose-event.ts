import { eventWords, type EventGroupName } from "../../lexicon/index.js";
import { dayNumber } from "../../normalize/dates/calendar.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import type { ResolvedDate } from "../../normalize/dates/resolve.js";
import type { DateToken, DateTokens } from "../../normalize/dates/tokens.js";
import { isPunct } from "../../normalize/dates/match.js";
import { isPublication, type DateRole, type EventRuleId } from "./roles.js";

/** Everything known about one date of the text when the event date is chosen. */
export interface DateFinding {
  readonly date: RefinedDate;
  /** Its values, or null when the text and the reference leave them open. */
  readonly resolved: ResolvedDate | null;
  /** What speaks against it being the event's date (a publication mark, an anniversary...), or null. */
  readonly role: DateRole | null;
  /** It stands in the headline, a dateline or the first body sentences. */
  readonly inHead: boolean;
  /**
   * The paragraph (line of the cleaned text) whose first sentence it stands in, or -1 when
   * it stands in a later sentence: a release of several items gives each its own paragraph.
   */
  readonly item: number;
}

/** The chosen date and the rule that chose it. */
export interface EventChoice {
  readonly finding: DateFinding;
  /** The rule of {@link EVENT_RULES} that chose it. */
  readonly rule: EventRuleId;
  /**
   * The later days of a visit the release tells day by day (see {@link visitDaysOf}), the last
   * one ending the event; empty for an event of one day or of a range written as one.
   */
  readonly days: readonly DateFinding[];
}

/**
 * What the event choice knows besides the findings: the tokens, which finding is the
 * release's own date (its anchor), if one is, and whether the headline or the lead reports a
 * visit (a word of the lexicon's `visit` event group).
 */
export interface EventContext {
  readonly tokens: DateTokens;
  readonly anchor: number | null;
  /** Whether the headline or the lead reports a visit: asked only when the lead's date is followed by later days, as it reads every word of the lead. */
  readonly visit?: () => boolean;
  /** The day the release was published, as the anchor of relative words (its own date, else the caller's reference date), as a day number. */
  readonly publishedDay?: number | null;
}

/** The longest visit told day by day that is read as one event. */
const MAX_VISIT_DAYS = 7;

const DAY_KINDS = new Set(["absolute", "range", "relative", "weekday"]);

/** The forms of a day told from the release's own date. */
const RELATIVE_DAYS = new Set(["relative", "weekday"]);

/** What speaks for a date being the event's: no role (no publication mark, no telling context). */
function eligible(finding: DateFinding): boolean {
  return finding.role === null;
}

/** A value of day precision: a day or a range of days (not a span of years: "a programme for 2025-2027" is no event date). */
function hasDay(finding: DateFinding): boolean {
  return finding.resolved !== null && DAY_KINDS.has(finding.resolved.kind) && finding.resolved.day !== null;
}

/** What an event rule says: this finding is the event's date, the date is left open ("none"), or nothing (the next rule is asked). */
type RuleOutcome = DateFinding | "none" | null;

/** A rule of the event choice, in chrono's refiner shape: an id the choice reports, and a test over every finding. */
interface EventRule {
  readonly id: EventRuleId;
  readonly choose: (findings: readonly DateFinding[], context: EventContext) => RuleOutcome;
}

/** The findings of the lead that nothing sets aside, in text order. */
function leadCandidates(findings: readonly DateFinding[]): DateFinding[] {
  return findings.filter((finding) => finding.inHead && eligible(finding));
}

/**
 * The rules of the event choice, asked in order until one answers. Order matters: a day the
 * lead gives beats a stretch of days the lead names ("earlier this week"), which beats an
 * event the release announces, which beats an explicit day of a body clause that reports the
 * meeting (over a page stamp only), which beats the release's own date, which beats the day
 * of the report, which beats a month or a year the lead gives, which beats a day found only
 * in the body.
 */
export const EVENT_RULES: readonly EventRule[] = [
  {
    // The first day the lead gives; a relative word of the lead that cannot be resolved
    // leaves the date open. A release of several items (an operational update: each item a
    // paragraph that opens with its own event and a day told from the release's date,
    // "yesterday", "Tuesday") is dated by the item that began first, wherever it stands. An
    // explicit date that opens a later paragraph is more often background ("the road map
    // agreed on 4 March"), so only days told from the release's date make items.
    id: "lead",
    choose(findings, context) {
      let first: DateFinding | null = null;
      for (const finding of leadCandidates(findings)) {
        const form = finding.date.form;
        if ((form === "relative" || form === "weekday") && !finding.resolved) return "none";
        if (hasDay(finding)) {
          first = finding;
          break;
        }
      }
      // "during an overnight raid in Kunduz province Tuesday": a weekday or a date in the
      // same clause, no comma between, says more than a relative word ("overnight") before it.
      if (first !== null && first.date.form === "relative") {
        const clause = context.tokens.clauseAt(first.date.first);
        const sharper = leadCandidates(findings).find(
          (finding) =>
            finding.date.start > (first as DateFinding).date.start &&
            (finding.date.form === "weekday" || finding.date.form === "date") &&
            hasDay(finding) &&
            context.tokens.clauseAt(finding.date.first) === clause &&
            !commaBetween(context.tokens, (first as DateFinding).date.last, finding.date.first),
        );
        if (sharper) first = sharper;
      }
      // "Following the summit held on 15 September, the Minister on 2 November met ...": a
      // date in a phrase that sets the scene yields to the later day of the same sentence.
      if (first !== null && (first.date.form === "date" || first.date.form === "range")) {
        const own = laterDayAfterSetting(findings, first, context.tokens);
        if (own) return own;
      }
      if (first === null || first.item < 0 || !RELATIVE_DAYS.has(first.date.form)) return first;
      let best = first;
      const seen = new Set<number>([first.item]);
      for (const finding of findings) {
        if (finding.date.start <= first.date.start || finding.item < 0 || seen.has(finding.item)) continue;
        if (!eligible(finding) || !RELATIVE_DAYS.has(finding.date.form) || !hasDay(finding)) continue;
        seen.add(finding.item);
        if ((finding.resolved as ResolvedDate).value < (best.resolved as ResolvedDate).value) best = finding;
      }
      return best;
    },
  },
  {
    // "was detained earlier this week": a month when the stretch lies in one, else no date (never a guessed day).
    id: "lead-span",
    choose(findings) {
      const span = leadCandidates(findings).find((finding) => finding.date.form === "relative-span");
      if (!span) return null;
      return span.resolved ? span : "none";
    },
  },
  {
    // "The Minister will travel to Lima, where she will meet the President on 9 May": a release that
    // announces an event, and reports none, is about the announced event.
    id: "announcement",
    choose(findings) {
      const first = findings.find((finding) => finding.inHead && !isPublication(finding.role) && finding.role?.name !== "revision");
      return first && first.role?.name === "future" && hasDay(first) ? first : null;
    },
  },
  {
    // "The two leaders met on 23 May 2016, ...": a body clause that reports the meeting on an
    // explicit day says more than a page's date stamp or timestamp, which may be the day the
    // page was posted. A dateline or a headline date is the release's own word, and wins.
    id: "body-day",
    choose(findings, context) {
      const anchor = context.anchor === null ? null : findings[context.anchor];
      const rule = anchor?.role?.rule;
      if (rule === "dateline" || rule === "headline-date") return null;
      const found = findings.find(
        (finding) => eligible(finding) && (finding.date.form === "date" || finding.date.form === "range") && hasDay(finding) && reportsEvent(context.tokens, finding.date),
      );
      return found ?? null;
    },
  },
  {
    // The release's own date (the anchor): its dateline, headline date, stamp or timestamp.
    id: "publication",
    choose(findings, context) {
      if (context.anchor === null) return null;
      const anchor = findings[context.anchor];
      if (!anchor || !anchor.resolved?.day) return null;
      // The release's own date stands for an event the lead gives no day for, unless the lead
      // puts the event in another month ("caught in the last days of February" in March).
      return inLeadMonth(findings, anchor) ? anchor : null;
    },
  },
  {
    // "The Spokesperson said today ...": without a date of its own, the release's day is the day of its report.
    id: "report",
    choose(findings) {
      const report = findings.find((finding) => finding.inHead && finding.role?.name === "report" && hasDay(finding));
      return report && inLeadMonth(findings, report) ? report : null;
    },
  },
  {
    id: "lead-month",
    choose: (findings) => leadCandidates(findings).find((finding) => finding.resolved?.kind === "month") ?? null,
  },
  {
    // "In 2019, the third round of consultations took place": a year, in a clause that reports the event.
    id: "lead-year",
    choose: (findings, context) =>
      leadCandidates(findings).find((finding) => finding.date.form === "year" && finding.resolved?.kind === "year" && reportsEvent(context.tokens, finding.date)) ??
      null,
  },
  {
    id: "body",
    choose(findings, context) {
      const found = findings.find((finding) => eligible(finding) && hasDay(finding) && reportsEvent(context.tokens, finding.date));
      return found ?? null;
    },
  },
];

/**
 * Chooses the date of the main event by the first of {@link EVENT_RULES} that answers: the
 * earliest day the lead gives (not a publication mark, an anniversary or another recalled
 * event, an announced meeting, the day of the report, a document's date or the bound of a
 * period); else a stretch of days the lead names, as a month; else an event the release
 * announces; else an explicit day in a body clause that reports a meeting, when the
 * release's own date is only a page stamp; else the release's own date; else a month or a year the lead gives; else the
 * first day in a body clause that reports a meeting. A relative word in the lead that
 * cannot be resolved (no anchor) leaves the date open: null.
 *
 * @example
 * ```ts
 * chooseEvent([], { tokens, anchor: null }); // null
 * ```
 */
export function chooseEvent(findings: readonly DateFinding[], context: EventContext): EventChoice | null {
  for (const rule of EVENT_RULES) {
    const outcome = rule.choose(findings, context);
    if (outcome === "none") return null;
    if (outcome) return { finding: outcome, rule: rule.id, days: rule.id === "lead" ? visitDays(findings, outcome, context) : [] };
  }
  return null;
}

/**
 * {@link visitDaysOf} for a release that reports a visit, else none. The later days are
 * sought first: most releases give none, and whether one reports a visit reads every word of
 * its lead.
 */
function visitDays(findings: readonly DateFinding[], first: DateFinding, context: EventContext): readonly DateFinding[] {
  const days = visitDaysOf(findings, first, context);
  return days.length > 0 && context.visit?.() === true ? days : [];
}

/**
 * `visit-days`: the later days of a visit that the release tells day by day ("On 17 August
 * the President held talks ... On 18 August he met ... In the night to 19 August he left
 * for Tashkent"): after the first day the lead gives, the explicit days of the text that
 * nothing sets aside and whose clause reports an event or a journey, each the day after the
 * one before (a day named again is passed over), up to the first that is not, and none after
 * the day the release was published (`context.publishedDay`, when known). Only for a release whose headline or lead reports a visit,
 * and a first day that is a single explicit day. Empty when no later day follows.
 *
 * @example
 * ```ts
 * visitDaysOf(findings, first, context).map((finding) => finding.resolved?.value); // ["2022-08-18", "2022-08-19"]
 * ```
 */
export function visitDaysOf(findings: readonly DateFinding[], first: DateFinding, context: EventContext): readonly DateFinding[] {
  if (first.date.form !== "date" || first.resolved?.day == null || first.resolved.endValue !== null) return [];
  const publishedDay = context.publishedDay ?? null;
  const days: DateFinding[] = [];
  let last = dayNumberOf(first);
  for (const finding of findings) {
    if (finding.date.start <= first.date.start || !eligible(finding) || !hasDay(finding)) continue;
    if (finding.date.form !== "date" || !reportsEvent(context.tokens, finding.date, VISIT_DAY_GROUPS)) break;
    const day = dayNumberOf(finding);
    if (day === last) continue;
    // A day after the release's own is still to come ("On Friday (14 September) he will speak ...").
    if (day !== last + 1 || days.length + 1 >= MAX_VISIT_DAYS || (publishedDay !== null && day > publishedDay)) break;
    days.push(finding);
    last = day;
  }
  return days;
}

/** The day number of a finding's first day (which must have one). */
function dayNumberOf(finding: DateFinding): number {
  const { year, month, day } = finding.resolved?.day as { year: number; month: number; day: number };
  return dayNumber(year, month, day);
}

/** Whether a day lies in the month the lead gives for the event, when it gives one. */
function inLeadMonth(findings: readonly DateFinding[], day: DateFinding): boolean {
  const month = leadCandidates(findings).find((finding) => finding.resolved?.kind === "month");
  return !month || (day.resolved as ResolvedDate).value.startsWith((month.resolved as ResolvedDate).value);
}

/** How far before its date a setting phrase may open the clause (in tokens). */
const SETTING_REACH = 16;

/**
 * A later day of the lead the same clause gives after a comma, when the first day stands in a
 * phrase that opens the clause with one of the lexicon's `settingOpeners` ("On the sidelines
 * of the forum held on 11-12 March, the Minister met X on 12 March"; "Following the summit in
 * Tashkent on 15 September, the Minister on 2 November received ...") and no comma stands
 * between the opener and the first day; or when the first day stands in an aside a relative
 * pronoun of the lexicon opens ("The Minister, who took office on 15 October, met the
 * Ambassador on 1 November"). The later day is an explicit day or a weekday, not before the
 * first day's start, after a comma. Null when there is none.
 */
function laterDayAfterSetting(findings: readonly DateFinding[], first: DateFinding, tokens: DateTokens): DateFinding | null {
  const openers = tokens.lexicon.dateRoles.settingOpeners;
  if (openers === undefined) return null;
  const clause = tokens.clauseAt(first.date.first);
  let start = first.date.first;
  while (start > 0 && start > first.date.first - SETTING_REACH && tokens.clauseAt(start - 1) === clause) start--;
  while (start < first.date.first && tokens.kindAt(start) === "punct") start++;
  const atClauseStart = start === 0 || tokens.clauseAt(start - 1) !== clause;
  const opens = atClauseStart && openers.some((phrase) => start + phrase.length <= first.date.first && phrase.every((word, at) => tokens.get(start + at)?.key === word));
  if ((!opens || commaBetween(tokens, start, first.date.first)) && !inAside(tokens, start, first.date.first)) return null;
  const firstValue = (first.resolved as ResolvedDate).value;
  const later = leadCandidates(findings).find(
    (finding) =>
      finding.date.start > first.date.start &&
      tokens.clauseAt(finding.date.first) === clause &&
      (finding.date.form === "date" || finding.date.form === "weekday") &&
      hasDay(finding) &&
      (finding.resolved as ResolvedDate).value >= firstValue,
  );
  return later && commaBetween(tokens, first.date.last, later.date.first) ? later : null;
}

/** Whether a date at token `first` stands in an aside a relative pronoun opens after a comma, no other comma between ("the Ambassador, who took up his post on 20 October, ..."). */
function inAside(tokens: DateTokens, start: number, first: number): boolean {
  const pronouns = tokens.lexicon.dateRoles.relativePronouns;
  if (pronouns === undefined) return false;
  for (let index = first - 1; index > start; index--) {
    const token = tokens.get(index) as DateToken;
    if (token.kind === "punct" && token.text === ",") return false;
    if (token.kind === "word" && pronouns.has(token.key)) return isPunct(tokens.get(index - 1), ",");
  }
  return false;
}

/** Whether a comma stands between two tokens (a relative clause or an aside: "today with X, who is on a visit from 11 to 13 June"). */
function commaBetween(tokens: DateTokens, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (tokens.kindAt(index) === "punct" && tokens.get(index)?.text === ",") return true;
  return false;
}

/** The event groups whose words make a clause report a day of a visit: the meeting words of the date roles, and those of travel ("left for Tashkent"). */
const VISIT_DAY_GROUPS: readonly EventGroupName[] = ["arrival", "travel", "journey", "coming"];

/**
 * Whether the clause of a date has an event word of the lexicon's event groups (one that
 * reports a meeting), or of the `also` groups.
 */
function reportsEvent(tokens: DateTokens, date: RefinedDate, also: readonly EventGroupName[] = []): boolean {
  const lexicon = tokens.lexicon;
  const words = eventWords(lexicon, ...lexicon.dateRoles.eventGroups, ...also);
  const clause = tokens.clauseAt(date.first);
  // Clause and kind are read from the numbers; a token's text only for words.
  for (let index = date.first - 1; index >= 0 && index >= date.first - 30; index--) {
    if (tokens.clauseAt(index) !== clause) break;
    if (tokens.kindAt(index) === "word" && words.has((tokens.get(index) as DateToken).key)) return true;
  }
  for (let index = date.last; index < tokens.length && index < date.last + 30; index++) {
    if (tokens.clauseAt(index) !== clause) break;
    if (tokens.kindAt(index) === "word" && words.has((tokens.get(index) as DateToken).key)) return true;
  }
  return false;
}
