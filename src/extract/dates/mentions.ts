import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { DateMention } from "../../normalize/dates/types.js";
import type { DateFinding } from "./choose-event.js";

/**
 * The date mentions of a release (spans in the original text), in text order: every date
 * with a value. A publication mark with a day is a mention of its kind (`dateline`, `stamp`,
 * `timestamp`). Reports `date:year-inferred` for a year worked out (the note gives the
 * evidence) and `date:weekday-mismatch` for a weekday that does not fit the date beside it.
 *
 * @example
 * ```ts
 * mentionsOf(file, document, findings)[0]?.kind; // "dateline"
 * ```
 */
export function mentionsOf(file: VFile, document: ReleaseDocument, findings: readonly DateFinding[]): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { date, resolved, role } of findings) {
    if (!resolved) continue;
    const span = document.spanToOriginal(date.start, date.end);
    const text = document.original.slice(span.start, span.end);
    const publication = role !== null && (role.name === "publication" || role.name === "revision");
    mentions.push({
      start: span.start,
      end: span.end,
      text,
      value: resolved.value,
      endValue: resolved.endValue,
      inferred: resolved.inferred,
      kind: publication && resolved.day ? (role.rule as DateMention["kind"]) : resolved.kind,
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
  }
  return mentions;
}
