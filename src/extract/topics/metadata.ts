import { ReleaseDocument, type CleanText, type Sentence } from "../../core/document.js";
import { OffsetMap } from "../../core/offset-map.js";
import { parseCleanText } from "../../core/tokenize.js";
import type { Lexicon } from "../../lexicon/index.js";

/** A subject line's sentences, with the offset of its value in the original text. */
export interface SubjectLine {
  readonly sentences: readonly Sentence[];
  /** Add to the sentences' offsets to get offsets into the original text. */
  readonly offset: number;
}

/** Longest subject line value read. */
const MAX_VALUE = 500;

/**
 * The subject lines a site prints above a release ("What we do: Conflict prevention and
 * resolution") that the cleaning step removed as chrome, each tokenized on its own with the
 * lexicon's parser. Their labels are the lexicon's `chrome.subjectLabels`.
 *
 * @example
 * ```ts
 * subjectLinesOf(document, lexiconFor(document.language)); // [{ sentences: [...], offset: 412 }]
 * ```
 */
export function subjectLinesOf(document: ReleaseDocument, lexicon: Lexicon): SubjectLine[] {
  const lines: SubjectLine[] = [];
  for (const artifact of document.artifacts) {
    if (artifact.kind !== "noise") continue;
    const lower = artifact.text.toLowerCase();
    const label = lexicon.chrome.subjectLabels.find((candidate) => lower.startsWith(candidate));
    if (label === undefined) continue;
    const value = artifact.text.slice(label.length);
    if (value.trim().length === 0 || value.length > MAX_VALUE) continue;
    const tree = parseCleanText(value, lexicon.createParser());
    const line = new ReleaseDocument(ownText(value), tree, lexicon.language);
    lines.push({ sentences: line.sentences, offset: artifact.start + label.length });
  }
  return lines;
}

/** A text as its own cleaned text: offsets map to themselves. */
function ownText(text: string): CleanText {
  const map = new OffsetMap();
  map.copy(0, text.length);
  return { original: text, text, map, lines: [{ start: 0, end: text.length, afterBlank: true }], artifacts: [] };
}
