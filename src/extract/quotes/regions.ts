import type { CleanText } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";

/** A stretch of the cleaned text between quotation marks; `close` is null when never closed. */
export interface QuoteRegion {
  /** Offset of the opening mark in the cleaned text. */
  readonly open: number;
  /** Offset of the closing mark in the cleaned text (the line's end when unclosed). */
  readonly close: number;
  /** False when the line ended before a closing mark. */
  readonly closed: boolean;
}

const OPENING = new Set(["\u201c", "\u201e", "\u00ab"]);
const CLOSING = new Set(["\u201d", "\u00bb"]);

/**
 * The quotations of a release, line by line. The cleaning step straightens every double
 * quotation mark; the original character tells an opening mark from a closing one where it
 * is curly, and the neighbouring characters where it is straight. A quotation left open at
 * the end of its line runs to that end (speech continued in the next paragraph opens anew).
 * Computed once per cleaned text and shared by every caller.
 *
 * @example
 * ```ts
 * quoteRegions(file.data.clean); // [{ open: 12, close: 40, closed: true }]
 * ```
 */
export const quoteRegions: (clean: CleanText) => readonly QuoteRegion[] = memoizeOn(computeRegions);

function computeRegions(clean: CleanText): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  const text = clean.text;
  // The engine's search finds the next mark faster than a loop over every character; one
  // search runs on through the lines (sorted and disjoint), so the text is read once.
  let mark = text.indexOf('"');
  for (const line of clean.lines) {
    let open: number | null = null;
    let lowOpening = false;
    while (mark >= 0 && mark < line.start) mark = text.indexOf('"', mark + 1);
    for (; mark >= 0 && mark < line.end; mark = text.indexOf('"', mark + 1)) {
      const offset = mark;
      const original = originalMark(clean, offset);
      // „…“ (Russian and German): after a low opening mark, the high one closes.
      const direction = lowOpening && original === "\u201c" ? "close" : directionOf(clean, offset, original);
      if (open === null) {
        if (direction !== "close") {
          open = offset;
          lowOpening = original === "\u201e";
        }
      } else if (direction !== "open") {
        regions.push({ open, close: offset, closed: true });
        open = null;
        lowOpening = false;
      } else {
        // Two openings in a row: the first was a stray mark.
        open = offset;
        lowOpening = original === "\u201e";
      }
    }
    if (open !== null) regions.push({ open, close: line.end, closed: false });
  }
  return regions;
}

/** The mark the user's text has where the cleaned text has a straight quote. */
function originalMark(clean: CleanText, offset: number): string {
  return clean.original.charAt(clean.map.toOriginal(offset));
}

function directionOf(clean: CleanText, offset: number, original: string): "open" | "close" | "either" {
  if (OPENING.has(original)) return "open";
  if (CLOSING.has(original)) return "close";
  const before = clean.text.charAt(offset - 1);
  const after = clean.text.charAt(offset + 1);
  const wordBefore = before !== "" && /[\p{L}\p{N}.,!?;:)\u2026]/u.test(before);
  const wordAfter = after !== "" && /[\p{L}\p{N}(\u2026]/u.test(after);
  if (wordAfter && !wordBefore) return "open";
  if (wordBefore && !wordAfter) return "close";
  return "either";
}

/**
 * True when the offset lies inside a quotation (between its marks).
 *
 * @example
 * ```ts
 * insideQuote(regions, sentence.start);
 * ```
 */
export function insideQuote(regions: readonly QuoteRegion[], offset: number): boolean {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const region = regions[middle] as QuoteRegion;
    if (offset <= region.open) high = middle - 1;
    else if (offset >= region.close) low = middle + 1;
    else return true;
  }
  return false;
}
