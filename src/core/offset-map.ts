/**
 * Maps offsets in a derived (cleaned) text back to the original text. The cleaned text is
 * built left to right from pieces, each either copied from the original or a replacement
 * standing for a stretch of it, so one sorted list of piece starts answers every lookup.
 */
export class OffsetMap {
  readonly #derivedStarts: number[] = [];
  readonly #originalStarts: number[] = [];
  readonly #copied: boolean[] = [];
  readonly #originalEnds: number[] = [];
  #length = 0;

  /** Appends a piece copied verbatim from `original[start, end)`. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.#derivedStarts.length - 1;
    if (last >= 0 && this.#copied[last] && this.#originalEnds[last] === start) {
      this.#originalEnds[last] = end;
    } else {
      this.#push(start, end, true);
    }
    this.#length += end - start;
  }

  /** Appends `length` characters of replacement text standing for `original[start, end)`. */
  replace(length: number, start: number, end: number): void {
    if (length <= 0) return;
    this.#push(start, end, false);
    this.#length += length;
  }

  /** Length of the derived text built so far. */
  get length(): number {
    return this.#length;
  }

  /** The original offset of a derived offset (an offset inside a replacement maps to its start). */
  toOriginal(offset: number): number {
    const starts = this.#derivedStarts;
    if (starts.length === 0) return 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    const into = offset - (starts[low] as number);
    const origin = this.#originalStarts[low] as number;
    if (this.#copied[low]) return Math.min(origin + into, this.#originalEnds[low] as number);
    return into === 0 ? origin : (this.#originalEnds[low] as number);
  }

  /** The original span of a derived span. */
  spanToOriginal(start: number, end: number): { start: number; end: number } {
    const from = this.toOriginal(start);
    const to = end > start ? this.toOriginal(end - 1) + 1 : from;
    return { start: from, end: Math.max(from, to) };
  }

  #push(start: number, end: number, copied: boolean): void {
    this.#derivedStarts.push(this.#length);
    this.#originalStarts.push(start);
    this.#originalEnds.push(end);
    this.#copied.push(copied);
  }
}
