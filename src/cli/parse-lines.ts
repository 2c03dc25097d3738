import { StringDecoder } from "node:string_decoder";

/** One line of a stream, without its line break, and its 1-based number. */
export interface NumberedLine {
  readonly text: string;
  readonly line: number;
}

/**
 * Splits a byte stream into lines as it arrives, so memory holds one chunk and one line at a
 * time however large the stream. Pulling with `for await` means the stream is only read as
 * fast as the consumer asks for lines: that is the backpressure. A line's pieces are joined
 * once at its end, so a 10 MB line costs one copy, not one per chunk. Accepts `\n` and `\r\n`
 * and drops a leading byte-order mark.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { linesOf } from "./parse-lines.js";
 *
 * for await (const { text, line } of linesOf(createReadStream("releases.ndjson"))) {
 *   console.log(line, text.length);
 * }
 * ```
 */
export async function* linesOf(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder("utf8");
  let pieces: string[] = [];
  let line = 1;
  let first = true;
  const take = (tail: string): NumberedLine => {
    pieces.push(tail);
    let text = pieces.length === 1 ? tail : pieces.join("");
    pieces = [];
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    return { text, line: line++ };
  };
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let from = 0;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", from)) {
      yield take(text.slice(from, at));
      from = at + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest) pieces.push(rest);
  if (pieces.length > 0) yield take("");
}
