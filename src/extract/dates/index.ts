import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type ReleaseDocument, type Sentence } from "../../core/document.js";
import { lazy } from "../../core/memo.js";
import { eventWords, lexiconFor } from "../../lexicon/index.js";
import { report } from "../../core/report.js";
import { dayNumber, isoOf } from "../../normalize/dates/calendar.js";
import { dateTokensOf } from "../../normalize/dates/document-tokens.js";
import { readDates } from "../../normalize/dates/read.js";
import type { DateTokens } from "../../normalize/dates/tokens.js";
import type { RefinedDate } from "../../normalize/dates/refine.js";
import { resolveDate, type ResolveContext } from "../../normalize/dates/resolve.js";
import type { DateMention } from "../../normalize/dates/types.js";
import { collectYearEvidence, textYearOf } from "../../normalize/dates/year-evidence.js";
import type { EventDate, PublishedDate } from "../../schema/date.js";
import { EVENT_LEAD, leadOfDocument } from "../lead.js";
import type { DateFinding } from "./choose-event.js";
import { eventDateOf } from "./event.js";
import { WIDE_GAP } from "./publication.js";
import { mentionsOf } from "./mentions.js";
import { anchorOf, type ReferenceDay } from "./reference.js";
import { rolesOf } from "./roles.js";

export type { DateMention, DateMentionKind, DateRoleName } from "../../normalize/dates/types.js";

declare module "vfile" {
  interface DataMap {
    /** Every date expression found, in text order, spans in the original text (dates plugin). */
    dateMentions: DateMention[];
    /** Date of the main event (dates plugin). */
    date: EventDate | null;
    /** The date the text gives for the release itself: its dateline, headline date, stamp or timestamp (dates plugin). */
    published: PublishedDate | null;
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
 *
 * @group Parsing
 */
export function extractDates() {
  return (tree: Root, file: VFile): undefined => {
    file.data.dateMentions = [];
    file.data.date = null;
    file.data.published = null;
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
  const titleStart = title === null ? -1 : cleanedOffsetOf(document, tokens, title.start);
  const roles = rolesOf(
    tokens,
    dates,
    contexts,
    (date) => {
      const start = document.toOriginal(date.start);
      return title !== null && start >= title.start && start < title.end;
    },
    titleStart,
    (index) => index > 0 && lineBreakBetween(document, tokens.endAt(index - 1), tokens.startAt(index)),
  );

  const textYear = lazy(() => {
    const images = document.artifacts.filter((artifact) => artifact.kind === "image");
    return textYearOf(collectYearEvidence({ text: document.text, tokens, dates, contexts, images }));
  });
  const { reference, conflict } = anchorOf(file.data.referenceDate, dates, roles, Math.max(titleStart, 0), textYear);
  const anchorDate = reference && reference.index !== null ? (dates[reference.index] as RefinedDate) : undefined;
  if (reference && anchorDate) {
    const span = document.spanToOriginal(anchorDate.start, anchorDate.end);
    const actual = document.originalText(anchorDate.start, anchorDate.end);
    if (conflict) {
      report(file, `The release's own date ${isoOf(reference.day)} differs from the reference date ${isoOf(conflict)}`, {
        ruleId: "date:reference-conflict",
        span,
        actual,
        expected: [isoOf(conflict) as string],
        note: "Relative days and implicit years are read against the release's own date; the reference date only fills what the text leaves open.",
      });
    } else if (!file.data.referenceDate) {
      report(file, `Reference day ${isoOf(reference.day)} read from the text`, {
        ruleId: "date:reference-from-text",
        span,
        actual,
        note: `No reference date was given; the release's ${roles[reference.index as number]?.rule ?? "date"} stands for its publication day${reference.yearFrom ? ` (year from ${reference.yearFrom})` : ""}.`,
      });
    }
  }

  const anchorNote = reference
    ? reference.source === "text"
      ? `the release's own date ${isoOf(reference.day)}`
      : `the reference date ${isoOf(reference.day)}`
    : "";
  const context: ResolveContext = {
    reference: reference?.day ?? null,
    referenceNote: anchorNote,
    textYear,
  };

  const headEnd = headEndOf(document, file);
  const sentences = document.sentences;
  let sentence = 0;
  const findings: DateFinding[] = dates.map((date, index) => {
    while (sentence + 1 < sentences.length && (sentences[sentence + 1] as Sentence).start <= date.start) sentence++;
    const holder = sentences[sentence];
    return {
      date,
      resolved: resolveDate(date, context),
      role: roles[index] ?? null,
      inHead: date.start < headEnd,
      item: holder !== undefined && holder.indexInParagraph === 0 && holder.start <= date.start ? holder.paragraph : -1,
    };
  });
  const anchorIndex = reference?.source === "text" ? reference.index : null;
  const published = publishedOf(document, findings, anchorIndex, reference);
  const { date, choice } = eventDateOf(file, document, findings, { tokens, anchor: anchorIndex, visit: () => reportsVisit(document, file), publishedDay: reference ? dayNumber(reference.day.year, reference.day.month, reference.day.day) : null }, published, anchorNote);
  file.data.published = published;
  file.data.dateMentions = mentionsOf(file, document, findings, choice);
  file.data.date = date;
}

/**
 * Whether the white space between two cleaned offsets stood for a line break in the original
 * text: three spaces or more (which cleaning folds into one), or a line or paragraph
 * separator (which cleaning turns into spaces).
 */
function lineBreakBetween(document: ReleaseDocument, end: number, start: number): boolean {
  const from = document.toOriginal(end - 1) + 1;
  const to = document.toOriginal(start);
  if (to - from >= WIDE_GAP) return true;
  for (let at = from; at < to; at++) {
    const code = document.original.charCodeAt(at);
    if (code === 0x2028 || code === 0x2029 || code === 10 || code === 13) return true;
  }
  return false;
}

/** The release's own date (its anchor in the text), with the span of the words that state it. */
function publishedOf(document: ReleaseDocument, findings: readonly DateFinding[], index: number | null, reference: ReferenceDay | null): PublishedDate | null {
  if (index === null || reference === null) return null;
  const finding = findings[index] as DateFinding;
  return { date: isoOf(reference.day) as string, span: document.spanToOriginal(finding.date.start, finding.date.end) };
}

/** The cleaned-text offset of the first token at or after an original offset (the tokens carry no map back). */
function cleanedOffsetOf(document: ReleaseDocument, tokens: DateTokens, original: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.toOriginal(tokens.startAt(middle)) < original) low = middle + 1;
    else high = middle;
  }
  return low < tokens.length ? tokens.startAt(low) : document.text.length;
}

/** The headline or the lead names a visit (a word of the lexicon's `visit` event group: "visit", "визит"). */
function reportsVisit(document: ReleaseDocument, file: VFile): boolean {
  const words = eventWords(lexiconFor(document.language), "visit");
  const lead = leadOfDocument(document, file, EVENT_LEAD);
  return namesAny(lead.title, words) || namesAny(lead.body, words);
}

/** Some word of the sentences is one of `words` (by key). */
function namesAny(sentences: readonly Sentence[], words: ReadonlySet<string>): boolean {
  for (const sentence of sentences) for (const word of sentence.words) if (word.kind === "word" && words.has(word.key)) return true;
  return false;
}

/** Offset (cleaned text) where the lead ends: after the headline, datelines and first body sentences. */
function headEndOf(document: ReleaseDocument, file: VFile): number {
  const lead = leadOfDocument(document, file, EVENT_LEAD);
  const last = lead.body[lead.body.length - 1] ?? lead.title[lead.title.length - 1];
  return last ? last.end : 0;
}
