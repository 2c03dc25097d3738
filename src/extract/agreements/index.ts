import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type CleanText } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { Word } from "../../core/word.js";
import { lexiconFor } from "../../lexicon/index.js";
import type { Agreement } from "../../schema/agreement.js";
import { insideQuote, quoteRegions } from "../quotes/regions.js";
import { transcriptOf } from "../quotes/transcript.js";
import { quoteVocabularyOf } from "../quotes/vocabulary.js";
import { rolesOf, type Phrase } from "./roles.js";
import { mayHoldTrigger, triggersOf, type Trigger } from "./trigger.js";
import { vocabularyOf } from "./vocabulary.js";
import { pausedWordsOf, type PausedWords } from "./words.js";

declare module "vfile" {
  interface DataMap {
    /** Outcomes of the main event (agreements plugin). */
    agreements: Agreement[];
  }
}

/**
 * unified plugin: finds every sentence that reports an outcome reached in the main event
 * (agreed, signed, adopted, approved, decided, concluded, committed, pledged, endorsed,
 * ratified, reached consensus...), with its kind, the parties the sentence names, what was
 * agreed and the span. The sentence is copied from the original text. Not outcomes: the
 * headline, speech (quotations and the transcript after "* * *" or a speaker label),
 * hedged or conditional candidates ("will sign", "plans to sign"), negated ones, standing
 * policy ("is committed to") and recalls of earlier events ("the implementation of the
 * agreements reached", "adopted at the summit in 2018"). Writes `file.data.agreements`.
 * Run it after the title and dates plugins (it reads the title's span and the event's year).
 *
 * Messages: `agreement:hedged` (a hedged or conditional candidate left out),
 * `agreement:negated` (a negated one), `agreement:other-event` (an outcome of an earlier
 * event left out).
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease("Talks in Minsk\n\nThe ministers met in Minsk. They agreed to meet again.").agreements;
 * // [{ text: "They agreed to meet again.", kind: "agreed", ... }]
 * ```
 */
export function extractAgreements() {
  return (tree: Root, file: VFile): undefined => {
    file.data.agreements = [];
    const clean = file.data.clean;
    if (!clean) return undefined;
    const document = documentOf(tree, file);
    const lexicon = lexiconFor(document.language);
    const vocabulary = vocabularyOf(lexicon);
    const sentences = document.sentences;
    const regions = quoteRegions(clean);
    const transcript = transcriptOf(sentences, quoteVocabularyOf(lexicon));
    const eventYear = yearOf(file.data.date?.start ?? file.data.referenceDate ?? null);
    const title = file.data.title ?? null;
    const agreements: Agreement[] = [];

    for (const sentence of sentences) {
      if (transcript.start !== null && sentence.start >= transcript.start) break;
      if (!mayHoldTrigger(vocabulary, sentence)) continue;
      const span = clean.map.spanToOriginal(sentence.start, sentence.end);
      if (title && span.start < title.end && span.end > title.start) continue;
      if (insideQuote(regions, sentence.start)) continue;
      const run = pausedWordsOf(sentence);
      const triggers = triggersOf(vocabulary, run, eventYear).filter((trigger) => !insideQuote(regions, (run.words[trigger.verb] as Word).start));
      const outcome = triggers.find((trigger) => trigger.verdict === "outcome");
      if (outcome) {
        agreements.push(agreementOf(clean, vocabulary, run, outcome, span));
        continue;
      }
      reportDropped(file, clean, triggers, span);
    }
    file.data.agreements = agreements;
    return undefined;
  };
}

function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

function agreementOf(
  clean: CleanText,
  vocabulary: ReturnType<typeof vocabularyOf>,
  run: PausedWords,
  trigger: Trigger,
  span: { start: number; end: number },
): Agreement {
  const roles = rolesOf(vocabulary, run, trigger);
  const agreement: Agreement = {
    text: clean.original.slice(span.start, span.end),
    kind: trigger.kind ?? "agreed",
    object: roles.object ? textOf(clean, roles.object) : null,
    span,
  };
  const parties = roles.parties.map((party) => textOf(clean, party)).filter((party) => party.length > 0);
  if (parties.length > 0) agreement.parties = parties;
  return agreement;
}

/** The original text of a phrase, its white space folded. */
function textOf(clean: CleanText, phrase: Phrase): string {
  const span = clean.map.spanToOriginal(phrase.start, phrase.end);
  return clean.original.slice(span.start, span.end).replace(/\s+/g, " ").trim();
}

function reportDropped(
  file: VFile,
  clean: CleanText,
  triggers: readonly Trigger[],
  span: { start: number; end: number },
): void {
  const dropped = triggers.find((trigger) => trigger.verdict === "other-event" || trigger.verdict === "hedged" || trigger.verdict === "negated");
  if (!dropped) return;
  const excerpt = clean.original.slice(span.start, span.end).replace(/\s+/g, " ").slice(0, 80);
  if (dropped.verdict === "other-event") {
    report(file, `Outcome of an earlier event left out: \`${excerpt}\``, {
      ruleId: "agreement:other-event",
      span,
      ...(dropped.note ? { note: dropped.note } : {}),
    });
  } else if (dropped.verdict === "hedged") {
    report(file, `Hedged or conditional outcome left out: \`${excerpt}\``, { ruleId: "agreement:hedged", span });
  } else {
    report(file, `Negated outcome left out: \`${excerpt}\``, { ruleId: "agreement:negated", span });
  }
}
