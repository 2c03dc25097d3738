import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { DateMention } from "../../normalize/dates/types.js";
import type { DateFinding, EventChoice } from "./choose-event.js";

/**
 * The date mentions of a release (spans in the original text), in text order: every date
 * with a value, with its role (the chosen one is the `event`). A publication mark with a day
 * is a mention of its kind (`dateline`, `stamp`, `timestamp`; a headline date is a `stamp`). Reports `date:year-inferred` for a year worked out (the note gives the
 * evidence) and `date:weekday-mismatch` for a weekday that does not fit the date beside it.
 *
 * @example
 * ```ts
 * mentionsOf(file, document, findings, null)[0]?.kind; // "dateline"
 * ```
 */
export function mentionsOf(file: VFile, document: ReleaseDocument, findings: readonly DateFinding[], choice: EventChoice | null): DateMention[] {
  const mentions: DateMention[] = [];
  for (const finding of findings) {
    const { date, resolved, role } = finding;
    if (!resolved) continue;
    const told = finding === choice?.finding ? { name: "event" as const, rule: choice.rule } : role ? { name: role.name, rule: role.rule } : { name: "other-event" as const, rule: "not-chosen" };
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
      kind: publication && resolved.day ? mentionKindOf(role.rule) : resolved.kind,
      role: told,
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

/** The mention kind of a publication mark: a headline date is a stamp the headline carries. */
function mentionKindOf(rule: string): DateMention["kind"] {
  return rule === "dateline" || rule === "timestamp" ? rule : "stamp";
}
