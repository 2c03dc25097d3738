import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { EventDate, PublishedDate } from "../../schema/date.js";
import { dayNumber, fromDayNumber, isoOf, parseIsoDay } from "../../normalize/dates/calendar.js";
import { chooseEvent, type DateFinding, type EventChoice, type EventContext } from "./choose-event.js";
import { eventLengthOf, headlineEventLength, namesMeeting } from "./length.js";

/** The forms of a date that a relative word gives ("yesterday", "on Tuesday", "earlier this week"). */
const RELATIVE_FORMS = new Set(["relative", "weekday", "relative-span"]);

/**
 * The date of the main event (span in the original text), chosen by {@link chooseEvent}, or
 * null, and the choice. Reports `date:from-publication` when it is the release's own date,
 * `date:relative` when a relative word gave it (the note names the anchor),
 * `date:event-after-publication` when it falls after the release's own date and the release
 * announces no coming event, `date:unresolved` when a relative day of the lead has no anchor
 * to count from, and `date:none` when the text gives no date for the event.
 *
 * @example
 * ```ts
 * eventDateOf(file, document, findings, context, null, ""); // { date: { start: "2019-03-31", end: null, inferred: true, span: { ... } }, choice }
 * ```
 */
export function eventDateOf(
  file: VFile,
  document: ReleaseDocument,
  findings: readonly DateFinding[],
  context: EventContext,
  published: PublishedDate | null,
  anchorNote: string,
): { date: EventDate | null; choice: EventChoice | null } {
  const choice = chooseEvent(findings, context);
  if (!choice || !choice.finding.resolved) {
    const unresolved = findings.find((finding) => finding.inHead && !finding.resolved && RELATIVE_FORMS.has(finding.date.form) && finding.role === null);
    if (unresolved) {
      report(file, "A relative day in the lead cannot be resolved: the release gives no date of its own and no reference date was given", {
        ruleId: "date:unresolved",
        span: document.spanToOriginal(unresolved.date.start, unresolved.date.end),
        actual: document.originalText(unresolved.date.start, unresolved.date.end),
      });
    }
    report(file, "The text gives no date for the event", { ruleId: "date:none" });
    return { date: null, choice: null };
  }
  const { finding } = choice;
  const resolved = finding.resolved as NonNullable<DateFinding["resolved"]>;
  const span = document.spanToOriginal(finding.date.start, finding.date.end);
  const actual = document.original.slice(span.start, span.end);
  if (choice.rule === "publication") {
    report(file, `The event date is the release's own date ${resolved.value}`, {
      ruleId: "date:from-publication",
      span,
      actual,
      note: "The lead gives no day for the event; releases are usually published on the day of the event.",
    });
  } else if (RELATIVE_FORMS.has(finding.date.form)) {
    report(file, `"${actual}" read as ${resolved.value}, counted from ${anchorNote}`, {
      ruleId: "date:relative",
      span,
      actual,
      expected: [resolved.value],
    });
  }
  if (published && choice.rule !== "announcement" && choice.rule !== "publication" && resolved.value.slice(0, published.date.length) > published.date) {
    report(file, `The event date ${resolved.value} is after the release's own date ${published.date}`, {
      ruleId: "date:event-after-publication",
      span,
      actual,
      note: "A release reports what has happened: a date after its own is often a misread date (a numeric date in the other order, a wrong year).",
    });
  }
  // A visit told day by day ends on its last day (rule `visit-days`); the span is its first day's.
  const lastDay = choice.days[choice.days.length - 1]?.resolved?.value ?? null;
  // A stretch of weekdays is the event's days when its clause reports a meeting ("met on Monday
  // and Tuesday"); an operation "over Saturday and Sunday" is dated by its first day.
  const endValue = finding.date.form === "weekday" && !namesMeeting(context.tokens, finding.date) ? null : resolved.endValue;
  const event: EventDate = { start: resolved.value, end: lastDay ?? endValue, span };
  // "met on 5 May" in a release of 10 March: a day the release reports (it announces nothing)
  // lies before its publication, so a year left out is the last one that puts it there.
  if (reportedAfterPublication(choice, context)) {
    const start = yearBefore(event.start);
    const end = event.end === null ? null : yearBefore(event.end);
    if (start !== null && (event.end === null || end !== null)) {
      event.start = start;
      event.end = end;
      report(file, `The year of "${actual}" is the one before: the release reports it, and it would otherwise fall after the release's own date`, {
        ruleId: "date:year-inferred",
        span,
        actual,
        expected: [start],
      });
    }
  }
  // "today concluded a three-day visit", "began a two-day visit on 11 March", "a three-day visit
  // from 8 May"; else a headline's "wraps up three-day visit" over a body's "on 12 September".
  const first = event.end === null && event.start.length === 10 ? parseIsoDay(event.start) : null;
  const length = first === null ? null : (eventLengthOf(context.tokens, finding.date) ?? headlineEventLength(document, file.data.title ?? null));
  if (first !== null && length !== null) {
    const day = dayNumber(first.year, first.month, first.day);
    if (length.at === "end") {
      event.end = event.start;
      event.start = isoOf(fromDayNumber(day - length.days + 1)) as string;
    } else {
      event.end = isoOf(fromDayNumber(day + length.days - 1)) as string;
    }
  }
  if (resolved.inferred) event.inferred = true;
  return { date: event, choice };
}

/**
 * Days a reported event may fall after the release's own date and still be of its year: a
 * page dated the next morning, or a slip of a day or a week that `date:event-after-publication`
 * flags; further ahead, the release reports a day of the year before.
 */
const AHEAD_TOLERANCE = 14;

/**
 * The chosen date's year was left out and taken as the one nearest to the release's own
 * date, and that puts it more than {@link AHEAD_TOLERANCE} days after that date, though the
 * release reports it rather than announcing it.
 */
function reportedAfterPublication(choice: EventChoice, context: EventContext): boolean {
  const publishedDay = context.publishedDay ?? null;
  const { finding } = choice;
  const resolved = finding.resolved;
  if (publishedDay === null || resolved === null || resolved.yearInferred === null || choice.rule === "announcement") return false;
  if (finding.date.from.year !== null || finding.date.yearOffset !== undefined || finding.date.from.month === null) return false;
  const year = resolved.yearInferred.year;
  return dayNumber(year, finding.date.from.month, finding.date.from.day ?? 1) > publishedDay + AHEAD_TOLERANCE;
}

/** The same ISO day or month a year earlier, or null when that day does not exist (29 February). */
function yearBefore(value: string): string | null {
  const year = Number(value.slice(0, 4)) - 1;
  const shifted = `${String(year).padStart(4, "0")}${value.slice(4)}`;
  if (value.length < 10) return shifted;
  const day = parseIsoDay(shifted);
  return day !== null && isoOf(day) === shifted ? shifted : null;
}
