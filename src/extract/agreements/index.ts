import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type CleanText, type Sentence } from "../../core/document.js";
import { report } from "../../core/report.js";
import type { Word } from "../../core/word.js";
import { lexiconFor } from "../../lexicon/index.js";
import type { Agreement } from "../../schema/agreement.js";
import { transcriptOf } from "../quotes/transcript.js";
import { quoteVocabularyOf } from "../quotes/vocabulary.js";
import { agreementGrammarFor } from "./grammar.js";
import { mayHoldTrigger, triggersOf } from "./trigger.js";
import type { AgreementGrammar, Phrase, Trigger } from "./types.js";
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
 * agreed and the span. The sentence is copied from the original text, without a list number
 * or a speaker label before it. Outcomes are read in the whole release, speech included
 * (quotations and transcripts: "We agreed to ..."), and in the present forms of joint texts
 * ("We agree to ...", "The two sides agree to ...") and of a communiqué's operative
 * paragraphs ("Decides to ...", "5. Endorses the Roadmap ..."). Not outcomes: the headline,
 * a document's caption ("Adopted by the Council at its 1156th meeting"), preambular
 * paragraphs ("Recalling ...;"), hedged or conditional candidates ("will sign", "plans to
 * sign", "I propose that we adopt"), negated ones, standing policy ("is committed to"), an
 * opinion ("we agree that ..."), a decision one person reports as his own, and recalls of
 * earlier events ("the implementation of the agreements reached", "adopted at the summit in
 * 2018", "have always agreed"). Writes `file.data.agreements`. Run it after the title and
 * dates plugins (it reads the title's span and the event's year).
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
 *
 * @group Parsing
 */
export function extractAgreements() {
  return (tree: Root, file: VFile): undefined => {
    file.data.agreements = [];
    const clean = file.data.clean;
    if (!clean) return undefined;
    const document = documentOf(tree, file);
    const lexicon = lexiconFor(document.language);
    const vocabulary = vocabularyOf(lexicon);
    const grammar = agreementGrammarFor(document.language);
    const sentences = document.sentences;
    // Where a speaker label opens a sentence ("Vladimir Putin: We agreed ..."), the speech starts after it.
    // Read only once a sentence reports an outcome: most releases' sentences report none.
    let speechStarts: Map<number, number> | null = null;
    const speechStartOf = (sentence: Sentence): number => {
      if (speechStarts === null) {
        speechStarts = new Map();
        for (const label of transcriptOf(sentences, quoteVocabularyOf(lexicon)).labels) speechStarts.set(label.sentence, label.speechStart);
      }
      return speechStarts.get(sentence.index) ?? sentence.start;
    };
    const eventYear = yearOf(file.data.date?.start ?? file.data.referenceDate ?? null);
    const title = file.data.title ?? null;
    const agreements: Agreement[] = [];

    for (const sentence of sentences) {
      if (!mayHoldTrigger(vocabulary, sentence)) continue;
      const span = clean.map.spanToOriginal(sentence.start, sentence.end);
      if (title && span.start < title.end && span.end > title.start) continue;
      const run = pausedWordsOf(sentence);
      const triggers = triggersOf(grammar, vocabulary, run, eventYear);
      const outcome = triggers.find((trigger) => trigger.verdict === "outcome");
      if (outcome) {
        // A list number ("5.") numbers the paragraph and a speaker label names who speaks: no part of the sentence.
        const speech = speechStartOf(sentence);
        const numbered = grammar.textStart(run);
        const first = run.words.findIndex((word, at) => word.start >= speech && at >= numbered);
        const textSpan = first > 0 ? clean.map.spanToOriginal((run.words[first] as Word).start, sentence.end) : span;
        agreements.push(agreementOf(clean, grammar, vocabulary, run, outcome, textSpan));
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
  grammar: AgreementGrammar,
  vocabulary: ReturnType<typeof vocabularyOf>,
  run: PausedWords,
  trigger: Trigger,
  span: { start: number; end: number },
): Agreement {
  const roles = grammar.rolesOf(vocabulary, run, trigger);
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
