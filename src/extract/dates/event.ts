import type { VFile } from "vfile";
import type { ReleaseDocument } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { DateTokens } from "../../normalize/dates/tokens.js";
import type { EventDate } from "../../schema/date.js";
import { chooseEvent, type DateFinding } from "./choose-event.js";

/**
 * The date of the main event (span in the original text), chosen by {@link chooseEvent}, or
 * null. Reports `date:from-publication` when it is the page's publication day,
 * `date:unresolved` when a relative day of the lead has no reference day to count from,
 * and `date:none` when the text gives no date for the event.
 *
 * @example
 * ```ts
 * eventDateOf(file, document, findings, tokens); // { start: "2019-03-31", end: null, inferred: true, span: { ... } }
 * ```
 */
export function eventDateOf(file: VFile, document: ReleaseDocument, findings: readonly DateFinding[], tokens: DateTokens): EventDate | null {
  const choice = chooseEvent(findings, tokens);
  if (!choice || !choice.finding.resolved) {
    const unresolved = findings.find((finding) => finding.inHead && !finding.resolved && (finding.date.form === "relative" || finding.date.form === "weekday"));
    if (unresolved) {
      report(file, "A relative day in the lead cannot be resolved without a reference date", {
        ruleId: "date:unresolved",
        span: document.spanToOriginal(unresolved.date.start, unresolved.date.end),
        actual: document.originalText(unresolved.date.start, unresolved.date.end),
      });
    }
    report(file, "The text gives no date for the event", { ruleId: "date:none" });
    return null;
  }
  const { finding } = choice;
  const resolved = finding.resolved as NonNullable<DateFinding["resolved"]>;
  const span = document.spanToOriginal(finding.date.start, finding.date.end);
  if (choice.rule === "publication") {
    report(file, `The event date is the publication day ${resolved.value}`, {
      ruleId: "date:from-publication",
      span,
      actual: document.original.slice(span.start, span.end),
      note: "The lead gives no day for the event; releases are usually published on the day of the event.",
    });
  }
  const event: EventDate = { start: resolved.value, end: resolved.endValue, span };
  if (resolved.inferred) event.inferred = true;
  return event;
}
