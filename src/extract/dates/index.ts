import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf } from "../../core/document.js";
import { lazy } from "../../core/memo.js";
import { report } from "../../core/report.js";
import { isoOf } from "../../normalize/dates/calendar.js";
import { dateTokensOf } from "../../normalize/dates/document-tokens.js";
import { readDates } from "../../normalize/dates/read.js";
import { resolveDate, type ResolveContext } from "../../normalize/dates/resolve.js";
import type { DateMention } from "../../normalize/dates/types.js";
import { collectYearEvidence, textYearOf } from "../../normalize/dates/year-evidence.js";
import type { EventDate } from "../../schema/date.js";
import { leadOf } from "../lead.js";
import type { DateFinding } from "./choose-event.js";
import { eventDateOf } from "./event.js";
import { mentionsOf } from "./mentions.js";
import { referenceDayOf } from "./reference.js";
import { rolesOf } from "./roles.js";

export type { DateMention, DateMentionKind } from "../../normalize/dates/types.js";

declare module "vfile" {
  interface DataMap {
    /** Every date expression found, in text order, spans in the original text (dates plugin). */
    dateMentions: DateMention[];
    /** Date of the main event (dates plugin). */
    date: EventDate | null;
  }
}

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
 */
export function extractDates() {
  return (tree: Root, file: VFile): undefined => {
    file.data.dateMentions = [];
    file.data.date = null;
    if (!file.data.clean) return undefined;
    try {
      runDates(tree, file);
    } catch (error) {
      report(file, `Could not read the dates: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: "date:internal-error",
      });
    }
    return undefined;
  };
}

function runDates(tree: Root, file: VFile): void {
  const document = documentOf(tree, file);
  const tokens = dateTokensOf(document);
  const { dates, contexts } = readDates(tokens);
  const title = file.data.title ?? null;
  const roles = rolesOf(tokens, dates, contexts, (date) => {
    const start = document.toOriginal(date.start);
    return title !== null && start >= title.start && start < title.end;
  });

  const reference = referenceDayOf(file.data.referenceDate, dates, roles);
  const referenceDate = reference && reference.source === "text" && reference.index !== null ? dates[reference.index] : undefined;
  if (reference && referenceDate) {
    report(file, `Reference day ${isoOf(reference.day)} read from the text`, {
      ruleId: "date:reference-from-text",
      span: document.spanToOriginal(referenceDate.start, referenceDate.end),
      actual: document.originalText(referenceDate.start, referenceDate.end),
      note: "No reference date was given; the release's dateline, date stamp or timestamp stands for its publication day.",
    });
  }

  const context: ResolveContext = {
    reference: reference?.day ?? null,
    referenceNote: reference ? `the reference day ${isoOf(reference.day)}${reference.source === "text" ? " (from the text)" : ""}` : "",
    textYear: lazy(() => {
      const images = document.artifacts.filter((artifact) => artifact.kind === "image");
      return textYearOf(collectYearEvidence({ text: document.text, tokens, dates, contexts, images }));
    }),
  };

  const headEnd = headEndOf(tree, file);
  const findings: DateFinding[] = dates.map((date, index) => ({
    date,
    resolved: resolveDate(date, context),
    role: roles[index] ?? null,
    inHead: date.start < headEnd,
  }));
  file.data.dateMentions = mentionsOf(file, document, findings);
  file.data.date = eventDateOf(file, document, findings, tokens);
}

/** Offset (cleaned text) where the lead ends: after the headline, datelines and first body sentences. */
function headEndOf(tree: Root, file: VFile): number {
  const lead = leadOf(tree, file);
  const last = lead.body[lead.body.length - 1] ?? lead.title[lead.title.length - 1];
  return last ? last.end : 0;
}
