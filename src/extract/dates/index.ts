import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { EventDate } from "../../schema/date.js";
import type { CleanText } from "../../pipeline/clean.js";
import { report } from "../../pipeline/report.js";
import "../../pipeline/data.js";
import { leadOf } from "../lead.js";
import { isoOf } from "./calendar.js";
import { chooseEvent, type DateFinding } from "./choose-event.js";
import { publicationRoleOf, type PublicationRole } from "./publication.js";
import { readDates } from "./read.js";
import { referenceDayOf } from "./reference.js";
import { resolveDate, type ResolveContext } from "./resolve.js";
import type { DateMention } from "./types.js";
import { collectYearEvidence, textYearOf, type TextYear } from "./year-evidence.js";

export type { DateMention, DateMentionKind } from "./types.js";

/**
 * unified plugin: finds every date expression of the release (`file.data.dateMentions`,
 * spans in the original text) and the date of the main event (`file.data.date`).
 *
 * The reference day is the caller's `referenceDate`, else the release's own dateline, date
 * stamp or timestamp. Implicit years come from the reference day (the year that puts the
 * date nearest to it), else from evidence in the text: explicit years, Unix-time image
 * names, numbered sessions, names with a year. The event date is the first day the lead
 * gives that is not an anniversary, an announced meeting, a document's date or a period's
 * bound; else the publication day the release is stamped with. Run it after the title plugin.
 *
 * Messages: `date:reference-from-text` (the reference day was read from the text),
 * `date:year-inferred` (a year was worked out; the note gives the evidence),
 * `date:from-publication` (the event date is the release's publication day),
 * `date:weekday-mismatch` (a weekday does not fit the date beside it),
 * `date:unresolved` (a relative day in the lead without a reference day),
 * `date:none` (the text gives no date for the event).
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 *
 * parseRelease("VIENNA, 1 April 2019 - The Minister yesterday met the envoys in Bratislava.").date;
 * // { start: "2019-03-31", end: null, inferred: true, span: { ... } }
 * ```
 *
 * @group Parsing
 */
export function extractDates() {
  return (tree: Root, file: VFile): undefined => {
    file.data.dateMentions = [];
    file.data.date = null;
    const clean = file.data.clean;
    if (!clean) return undefined;
    try {
      runDates(tree, file, clean);
    } catch (error) {
      report(file, `Could not read the dates: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: "date:internal-error",
      });
    }
    return undefined;
  };
}

function runDates(tree: Root, file: VFile, clean: CleanText): void {
  const { tokens, dates, contexts } = readDates(clean.text);
  const headEnd = headEndOf(tree, file);
  const title = file.data.title ?? null;
  const toOriginal = (start: number, end: number) => clean.map.spanToOriginal(start, end);
  const roles: (PublicationRole | null)[] = dates.map((date) => {
    const span = toOriginal(date.start, date.end);
    const inTitle = title !== null && span.start >= title.start && span.start < title.end;
    return publicationRoleOf(tokens, date, inTitle);
  });

  const reference = referenceDayOf(file.data.referenceDate, dates, roles);
  if (reference && reference.source === "text" && reference.index !== null) {
    const date = dates[reference.index];
    if (date) {
      const span = toOriginal(date.start, date.end);
      report(file, `Reference day ${isoOf(reference.day)} read from the text`, {
        ruleId: "date:reference-from-text",
        span,
        actual: clean.original.slice(span.start, span.end),
        note: "No reference date was given; the release's dateline, date stamp or timestamp stands for its publication day.",
      });
    }
  }

  let textYear: TextYear | null | undefined;
  const context: ResolveContext = {
    reference: reference?.day ?? null,
    referenceNote: reference ? `the reference day ${isoOf(reference.day)}${reference.source === "text" ? " (from the text)" : ""}` : "",
    textYear: () => {
      if (textYear === undefined) {
        const images = clean.artifacts.filter((artifact) => artifact.kind === "image");
        textYear = textYearOf(collectYearEvidence({ text: clean.text, tokens, dates, contexts, images }));
      }
      return textYear;
    },
  };

  const mentions: DateMention[] = [];
  const findings: DateFinding[] = [];
  dates.forEach((date, index) => {
    const resolved = resolveDate(date, context);
    const role = roles[index] ?? null;
    const finding: DateFinding = { date, resolved, role, context: contexts[index] ?? null, inHead: date.start < headEnd };
    findings.push(finding);
    if (!resolved) return;
    const span = toOriginal(date.start, date.end);
    const text = clean.original.slice(span.start, span.end);
    mentions.push({
      start: span.start,
      end: span.end,
      text,
      value: resolved.value,
      endValue: resolved.endValue,
      inferred: resolved.inferred,
      kind: role && resolved.day ? role.kind : resolved.kind,
    });
    if (resolved.yearInferred) {
      report(file, `Year ${resolved.yearInferred.year} worked out for "${text}"`, {
        ruleId: "date:year-inferred",
        span,
        actual: text,
        expected: [resolved.value],
        note: resolved.yearInferred.note,
      });
    }
    if (date.statedWeekday !== undefined && resolved.day) {
      const { year, month, day } = resolved.day;
      const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      if (weekday !== date.statedWeekday) {
        report(file, `The weekday does not fit ${resolved.value}`, { ruleId: "date:weekday-mismatch", span, actual: text });
      }
    }
  });
  file.data.dateMentions = mentions;
  file.data.date = eventDateOf(file, findings, tokens, clean);
}

function eventDateOf(file: VFile, findings: readonly DateFinding[], tokens: Parameters<typeof chooseEvent>[1], clean: CleanText): EventDate | null {
  const choice = chooseEvent(findings, tokens);
  if (!choice || !choice.finding.resolved) {
    const unresolved = findings.find((finding) => finding.inHead && !finding.resolved && (finding.date.form === "relative" || finding.date.form === "weekday"));
    if (unresolved) {
      const span = clean.map.spanToOriginal(unresolved.date.start, unresolved.date.end);
      report(file, "A relative day in the lead cannot be resolved without a reference date", {
        ruleId: "date:unresolved",
        span,
        actual: clean.original.slice(span.start, span.end),
      });
    }
    report(file, "The text gives no date for the event", { ruleId: "date:none" });
    return null;
  }
  const { finding } = choice;
  const resolved = finding.resolved as NonNullable<DateFinding["resolved"]>;
  const span = clean.map.spanToOriginal(finding.date.start, finding.date.end);
  if (choice.rule === "publication") {
    report(file, `The event date is the publication day ${resolved.value}`, {
      ruleId: "date:from-publication",
      span,
      actual: clean.original.slice(span.start, span.end),
      note: "The lead gives no day for the event; releases are usually published on the day of the event.",
    });
  }
  const event: EventDate = { start: resolved.value, end: resolved.endValue, span };
  if (resolved.inferred) event.inferred = true;
  return event;
}

/** Offset (cleaned text) where the lead ends: after the headline, datelines and first body sentences. */
function headEndOf(tree: Root, file: VFile): number {
  const lead = leadOf(tree, file);
  const last = lead.body[lead.body.length - 1] ?? lead.title[lead.title.length - 1];
  return last ? last.end : 0;
}
