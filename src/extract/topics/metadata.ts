import type { CleanText } from "../../pipeline/clean.js";
import { sentencesOf, type SentenceView } from "../../pipeline/document.js";
import { parseCleanText } from "../../core/tokenize.js";
import { ParseEnglish } from "parse-english";

/**
 * Labels of the subject lines release sites print above a release ("What we do: Conflict
 * prevention and resolution", "Topics: Energy; Trade"). The cleaning step takes those lines
 * out as page chrome, but they name the release's subjects.
 */
const SUBJECT_LABELS = ["what we do:", "topics:", "topic:", "tags:", "themes:", "theme:", "subjects:", "subject:", "keywords:", "issues:"];

/** A subject line's sentences, with the offset of its value in the original text. */
export interface SubjectLine {
  readonly sentences: readonly SentenceView[];
  /** Add to the sentences' offsets to get offsets into the original text. */
  readonly offset: number;
}

/**
 * The subject lines the cleaning step removed, tokenized on their own.
 *
 * @example
 * ```ts
 * subjectLinesOf(file.data.clean); // [{ sentences: [...], offset: 412 }]
 * ```
 */
export function subjectLinesOf(clean: CleanText): SubjectLine[] {
  const lines: SubjectLine[] = [];
  for (const artifact of clean.artifacts) {
    if (artifact.kind !== "noise") continue;
    const lower = artifact.text.toLowerCase();
    const label = SUBJECT_LABELS.find((candidate) => lower.startsWith(candidate));
    if (label === undefined) continue;
    const value = artifact.text.slice(label.length);
    if (value.trim().length === 0 || value.length > 500) continue;
    lines.push({ sentences: sentencesOf(parseCleanText(value, new ParseEnglish())), offset: artifact.start + label.length });
  }
  return lines;
}
