import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type CleanText, type ReleaseDocument, type Sentence } from "../../core/document.js";
import { report } from "../../core/report.js";
import { lexiconFor } from "../../lexicon/index.js";
import type { Quote } from "../../schema/agreement.js";
import { attributionAfter, attributionBefore, type Attribution } from "./attribution.js";
import { quoteRegions, type QuoteRegion } from "./regions.js";
import { nameFormsOf, resolveSpeaker, wordsOf, type PersonEntry } from "./speaker.js";
import { transcriptOf, type SpeakerLabel } from "./transcript.js";
import { quoteVocabularyOf, type QuoteVocabulary } from "./vocabulary.js";

declare module "vfile" {
  interface DataMap {
    /** Direct speech (quotes plugin). */
    quotes: Quote[];
  }
}

/** Quotations this short without a speaker are titles or scare quotes, not speech. */
const MIN_UNATTRIBUTED_WORDS = 8;

/** Quotations shorter than this are never speech ("the so-called “Middle Corridor”"). */
const MIN_WORDS = 3;

interface Located {
  readonly quote: Quote;
  readonly at: number;
}

/**
 * unified plugin: finds direct speech and who said it. Quotations with an attribution
 * (`“…,” said X`, `X said: “…”`, `“…,” he said`, `According to X, “…”`) and the turns of a
 * transcript (`President of Russia Vladimir Putin: …`) become quotes; the speaker phrase is
 * resolved to the `name` of an entry of `file.data.participants` or
 * `file.data.mentionedPersons` (by the mention it covers, a name or surname it contains, the
 * role and organisation it gives, or, for a pronoun, the person last mentioned). Writes
 * `file.data.quotes` in text order. Run it after the people plugin.
 *
 * Messages: `quote:unresolved-speaker` when a quotation has an attribution that names no
 * known person.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease('“We agreed on a plan,” said the Minister.').quotes;
 * ```
 *
 * @group Parsing
 */
export function extractQuotes() {
  return (tree: Root, file: VFile): undefined => {
    file.data.quotes = [];
    const clean = file.data.clean;
    if (!clean) return undefined;
    const people: PersonEntry[] = [...(file.data.participants ?? []), ...(file.data.mentionedPersons ?? [])];
    const document = documentOf(tree, file);
    const vocabulary = quoteVocabularyOf(lexiconFor(document.language));
    const sentences = document.sentences;
    const transcript = transcriptOf(sentences, vocabulary, (label) => knownPerson(label, people));
    const found: Located[] = [];
    let previous: PersonEntry | null = null;

    for (const region of quoteRegions(clean)) {
      if (transcript.start !== null && region.open >= transcript.start) continue;
      const inner = innerSpan(clean.text, region);
      if (!inner) continue;
      const words = wordsOf(clean.text.slice(inner.start, inner.end)).length;
      if (words < MIN_WORDS) continue;
      const attributions = attributionsOf(vocabulary, document, region);
      if (attributions.length === 0 && words < MIN_UNATTRIBUTED_WORDS) continue;
      let speaker: PersonEntry | null = null;
      for (const attribution of attributions) {
        speaker = resolveSpeaker(vocabulary, attribution.phrase, toOriginal(clean, attribution), people, previous);
        if (speaker) break;
      }
      if (attributions.length > 0 && !speaker) {
        const first = attributions[0] as Attribution;
        report(file, `No known person for the speaker \`${first.phrase}\``, {
          ruleId: "quote:unresolved-speaker",
          span: toOriginal(clean, first),
        });
      }
      if (speaker) previous = speaker;
      found.push({ quote: quoteOf(clean, inner, speaker), at: inner.start });
    }

    transcript.labels.forEach((label, index) => {
      const next = transcript.labels[index + 1];
      const labelEnd = next ? turnEnd(sentences, next) : (sentences[sentences.length - 1]?.end ?? label.speechStart);
      const end = beforeParting(clean, label.speechStart, labelEnd);
      const inner = trimSpeech(clean.text, label.speechStart, end);
      if (!inner) return;
      const phrase = clean.text.slice(label.start, label.end);
      const speaker = resolveSpeaker(vocabulary, phrase, toOriginal(clean, label), people, null);
      found.push({ quote: quoteOf(clean, inner, speaker), at: inner.start });
    });

    file.data.quotes = found.sort((a, b) => a.at - b.at).map((entry) => entry.quote);
    return undefined;
  };
}

function knownPerson(label: string, people: readonly PersonEntry[]): boolean {
  const words = ` ${wordsOf(label).join(" ")} `;
  return nameFormsOf(people).some((form) => words.includes(` ${form.join(" ")} `));
}

function attributionsOf(vocabulary: QuoteVocabulary, document: ReleaseDocument, region: QuoteRegion): Attribution[] {
  const line = lineAt(document, region.open);
  if (!line) return [];
  const result: Attribution[] = [];
  if (region.closed) {
    const after = attributionAfter(vocabulary, document, region.close + 1, line.end);
    if (after) result.push(after);
  }
  result.push(...attributionBefore(vocabulary, document, line.start, region.open));
  return result;
}

/** The line holding a cleaned offset (binary search: lines are sorted and disjoint). */
function lineAt(document: ReleaseDocument, offset: number): ReleaseDocument["lines"][number] | undefined {
  let low = 0;
  let high = document.lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = document.lines[middle] as ReleaseDocument["lines"][number];
    if (offset < line.start) high = middle - 1;
    else if (offset >= line.end) low = middle + 1;
    else return line;
  }
  return undefined;
}

function innerSpan(text: string, region: QuoteRegion): { start: number; end: number } | null {
  let start = region.open + 1;
  let end = region.close;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /[\s,]/.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** A transcript turn ends where the next label's sentence begins (asterisks included). */
function turnEnd(sentences: readonly Sentence[], next: SpeakerLabel): number {
  const sentence = sentences[next.sentence];
  return sentence && sentence.start < next.start ? Math.min(sentence.start, next.start) : next.start;
}

/**
 * Where a turn ends when a line of asterisks parts it from what follows (the next section's
 * heading): the cleaning step drops such lines, so they are looked for in the user's text.
 */
function beforeParting(clean: CleanText, start: number, end: number): number {
  const from = clean.map.toOriginal(start);
  const to = clean.map.toOriginal(Math.max(start, end - 1)) + 1;
  const parting = partingLine(clean.original, from, to);
  if (parting < 0) return end;
  // The last cleaned offset that maps before the asterisks.
  const limit = parting;
  let cut = end;
  while (cut > start && clean.map.toOriginal(cut - 1) >= limit) cut--;
  return cut;
}

/** Where the first line of asterisks only ("* * *", "***") within [from, to) of a text starts, or -1. */
function partingLine(text: string, from: number, to: number): number {
  for (let newline = text.indexOf("\n", from); newline >= 0 && newline < to; newline = text.indexOf("\n", newline + 1)) {
    let stars = 0;
    let at = newline + 1;
    for (; at < text.length; at++) {
      const char = text.charAt(at);
      if (char === "*") stars++;
      else if (char !== " " && char !== "\t") break;
    }
    const lineEnd = at >= text.length || text.charAt(at) === "\n" || text.charAt(at) === "\r";
    if (stars >= 2 && lineEnd) return newline;
  }
  return -1;
}

function trimSpeech(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  let trimmed = true;
  while (trimmed && to > from) {
    trimmed = false;
    while (to > from && /[\s*]/.test(text.charAt(to - 1))) {
      to--;
      trimmed = true;
    }
    for (const marker of ["<\u2026>", "<...>", "[\u2026]", "[...]"]) {
      if (text.slice(to - marker.length, to) === marker) {
        to -= marker.length;
        trimmed = true;
      }
    }
  }
  return to > from ? { start: from, end: to } : null;
}

function toOriginal(clean: CleanText, span: { readonly start: number; readonly end: number }): { start: number; end: number } {
  return clean.map.spanToOriginal(span.start, span.end);
}

function quoteOf(clean: CleanText, inner: { start: number; end: number }, speaker: PersonEntry | null): Quote {
  const span = toOriginal(clean, inner);
  return { text: clean.original.slice(span.start, span.end), speaker: speaker?.name ?? null, span };
}
