import type { Paragraph, Root, RootContent } from "nlcst";
import { ParseEnglish } from "parse-english";
import type { Plugin, Processor } from "unified";
import type { VFile } from "vfile";
import { cleanText } from "./clean.js";

/**
 * Longest stretch handed to the tokenizer at once. parse-latin merges tokens with array
 * splices over the whole input it is given, so its cost grows with the square of a chunk;
 * lines longer than this are cut at a sentence end (or a space) before tokenizing.
 */
const MAX_CHUNK = 2048;

/**
 * unified parser plugin: cleans scraped release text (see the cleaning step) and parses it
 * into an nlcst tree with parse-english, one line at a time so that cost stays linear.
 * Positions in the tree are offsets into the cleaned text, `file.data.clean` maps them back
 * to the original.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser } from "communique";
 *
 * const processor = unified().use(releaseParser);
 * const tree = processor.parse("Back to the section\nThe sides met in Minsk.");
 * ```
 *
 * @group Parsing
 */
export const releaseParser: Plugin<[], string, Root> = function (this: Processor) {
  (this as unknown as Processor<Root>).parser = (document: string, file: VFile): Root => {
    const clean = cleanText(document);
    file.data.clean = clean;
    return parseCleanText(clean.text);
  };
};

/**
 * Texts up to this length are tokenized in one call, exactly as retext-english would: the
 * quadratic part of parse-latin is negligible at this size, and no positions need moving.
 */
const WHOLE_TEXT_LIMIT = 8192;

/** Parses cleaned text into an nlcst root; long texts are tokenized a line (or chunk) at a time. */
export function parseCleanText(text: string): Root {
  const parser = new ParseEnglish();
  if (text.length <= WHOLE_TEXT_LIMIT) return parser.parse(text);
  const children: RootContent[] = [];
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && text.charCodeAt(index) !== 10) continue;
    for (const [start, end] of chunksOf(text, lineStart, index)) {
      const paragraph = parser.tokenizeParagraph(text.slice(start, end));
      shiftPositions(paragraph, start, line, start - lineStart);
      children.push(paragraph as Paragraph);
    }
    if (index < text.length) {
      children.push({
        type: "WhiteSpaceNode",
        value: "\n",
        position: {
          start: { line, column: index - lineStart + 1, offset: index },
          end: { line: line + 1, column: 1, offset: index + 1 },
        },
      });
    }
    line++;
    lineStart = index + 1;
  }
  return {
    type: "RootNode",
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: text.length - lineStart + 1, offset: text.length },
    },
  };
}


function* chunksOf(text: string, start: number, end: number): Generator<[number, number]> {
  let from = start;
  while (end - from > MAX_CHUNK) {
    const cut = cutPoint(text, from, from + MAX_CHUNK);
    yield [from, cut];
    from = cut;
  }
  if (end > from) yield [from, end];
}

/** The last sentence end (". " before a capital) in the window, else its last space, else its end. */
function cutPoint(text: string, from: number, limit: number): number {
  let space = -1;
  for (let index = limit - 1; index > from + MAX_CHUNK / 2; index--) {
    const char = text.charCodeAt(index);
    if (char !== 32) continue;
    if (space < 0) space = index + 1;
    const before = text[index - 1];
    if ((before === "." || before === "!" || before === "?") && /[A-Z"(]/.test(text[index + 1] ?? "")) return index + 1;
  }
  return space > 0 ? space : limit;
}

interface Positioned {
  position?: { start: Point; end: Point } | undefined;
  children?: Positioned[];
}
interface Point {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** Moves a chunk's positions to where the chunk stands; points are copied because parse-latin shares them between nodes. */
function shiftPositions(node: Positioned, offset: number, line: number, column: number): void {
  const position = node.position;
  if (position) {
    node.position = { start: shiftPoint(position.start, offset, line, column), end: shiftPoint(position.end, offset, line, column) };
  }
  if (node.children) for (const child of node.children) shiftPositions(child, offset, line, column);
}

function shiftPoint(point: Point, offset: number, line: number, column: number): Point {
  return { line, column: point.column + column, offset: (point.offset ?? 0) + offset };
}
