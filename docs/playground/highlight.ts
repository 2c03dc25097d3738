// Turns the spans of a release's values into a tree of non-crossing pieces, so that the source
// text can be rendered as nested elements (one per piece) around plain text. No DOM here: the
// page renders the tree, and the tests check it in Node.

/** A value's place in the text, with the field it belongs to and the key that links it to its card entry. */
export interface Mark {
  /** The field, e.g. `participant`; one colour and underline style each. */
  readonly field: string;
  /** Links the pieces of this mark to the value on the card, e.g. `participant-0`. */
  readonly key: string;
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** A run of text, plain or inside one mark's piece. */
export type Node = string | Piece;

/** A piece of one mark: the part of it inside its parent piece; children are text and nested pieces. */
export interface Piece {
  readonly mark: Mark;
  readonly children: Node[];
}

interface Range {
  readonly mark: Mark;
  readonly start: number;
  readonly end: number;
}

/**
 * Nests the marks over `text`: a mark that starts inside another and ends after it is cut at
 * the outer one's end, so every piece lies inside its parent. Longer marks enclose shorter ones
 * that start at the same place. Marks outside the text or empty are dropped.
 */
export function nestMarks(text: string, marks: readonly Mark[]): Node[] {
  const ranges: Range[] = [];
  for (const mark of marks) {
    const start = Math.max(0, Math.min(mark.start, text.length));
    const end = Math.max(0, Math.min(mark.end, text.length));
    if (end > start) ranges.push({ mark, start, end });
  }
  return nest(text, 0, text.length, ranges);
}

function byPlace(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

function nest(text: string, from: number, to: number, ranges: Range[]): Node[] {
  const out: Node[] = [];
  let pending = [...ranges].sort(byPlace);
  let at = from;
  while (pending.length > 0) {
    const [outer, ...rest] = pending as [Range, ...Range[]];
    if (outer.start > at) out.push(text.slice(at, outer.start));
    const inside: Range[] = [];
    const after: Range[] = [];
    for (const range of rest) {
      if (range.start >= outer.end) {
        after.push(range);
        continue;
      }
      inside.push({ mark: range.mark, start: range.start, end: Math.min(range.end, outer.end) });
      if (range.end > outer.end) after.push({ mark: range.mark, start: outer.end, end: range.end });
    }
    out.push({ mark: outer.mark, children: nest(text, outer.start, outer.end, inside) });
    at = outer.end;
    pending = after.sort(byPlace);
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}
