import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import { byteOrderMark, decodeWindows1252, invalidUtf8At, type Encoding } from "./decode.js";

/** One line of a stream, without its line break, with its 1-based number. */
export interface NumberedLine {
  /** The line's text; empty when it has a `problem`. */
  readonly text: string;
  readonly line: number;
  /** Byte offset of the line's first byte in the stream. */
  readonly offset: number;
  /** Why the line could not be read (bytes not valid in the encoding, a line too long); the lines after it still come. */
  readonly problem?: string;
}

/** Options of {@link linesOf}. */
export interface LinesOptions {
  /** How bytes are decoded when no byte-order mark says otherwise. Default: `utf8`. */
  readonly encoding?: Encoding | undefined;
  /** Longest line kept, in bytes; a longer one is skipped and reported. Default: no limit. */
  readonly maxLineBytes?: number | undefined;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines as it arrives, so memory holds one chunk and one line at a
 * time however large the stream. Pulling with `for await` means the stream is only read as
 * fast as the consumer asks for lines: that is the backpressure. A line's pieces are joined
 * once at its end, so a 10 MB line costs one copy, not one per chunk. Accepts `\n` and `\r\n`.
 *
 * Lines are split on bytes and decoded one by one, strictly: a line that is not valid UTF-8
 * comes with a `problem` naming the byte offset, and the next lines still come. A byte-order
 * mark is dropped; a UTF-16 one switches to UTF-16 for the whole stream.
 *
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * import { linesOf } from "./parse-lines.js";
 *
 * for await (const { text, line, problem } of linesOf(createReadStream("releases.ndjson"))) {
 *   console.log(line, problem ?? text.length);
 * }
 * ```
 */
export async function* linesOf(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: LinesOptions = {},
): AsyncGenerator<NumberedLine> {
  const encoding = options.encoding ?? "utf8";
  const maxLineBytes = options.maxLineBytes ?? Number.POSITIVE_INFINITY;
  let mode: "bytes" | "utf-16le" | "utf-16be" | undefined = encoding === "utf16le" ? "utf-16le" : undefined;
  let head: Buffer = Buffer.alloc(0);
  let textLines: TextLines | undefined;
  const bytesLines = new ByteLines(encoding === "latin1" ? "latin1" : "utf8", maxLineBytes);
  for await (const chunk of stream) {
    let bytes: Buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (mode === undefined) {
      // The byte-order mark decides how the stream is read: wait for its three bytes.
      head = head.length === 0 ? bytes : Buffer.concat([head, bytes]);
      if (head.length < 3) continue;
      bytes = head;
      head = Buffer.alloc(0);
      const mark = byteOrderMark(bytes);
      mode = mark?.encoding === "utf-16le" || mark?.encoding === "utf-16be" ? mark.encoding : "bytes";
      if (mark !== null) {
        bytes = bytes.subarray(mark.length);
        bytesLines.skip(mark.length);
      }
    }
    if (mode === "bytes") yield* bytesLines.push(bytes);
    else {
      textLines ??= new TextLines(mode, maxLineBytes, encoding === "utf16le" ? 0 : 2);
      yield* textLines.push(bytes);
    }
  }
  if (mode === undefined && head.length > 0) {
    const mark = byteOrderMark(head);
    if (mark !== null) bytesLines.skip(mark.length);
    yield* bytesLines.push(mark === null ? head : head.subarray(mark.length));
  }
  yield* textLines ? textLines.end() : bytesLines.end();
}

/** Byte-level splitting for UTF-8 and latin1: a line break is always the byte 0x0A there. */
class ByteLines {
  #pieces: Buffer[] = [];
  #size = 0;
  #tooLong = false;
  #line = 1;
  #offset = 0;
  #lineStart = 0;
  constructor(
    private readonly encoding: "utf8" | "latin1",
    private readonly maxLineBytes: number,
  ) {}

  /** Bytes before the first line (a byte-order mark). */
  skip(count: number): void {
    this.#offset += count;
    this.#lineStart = this.#offset;
  }

  *push(bytes: Buffer): Generator<NumberedLine> {
    let from = 0;
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, from)) {
      this.#add(bytes.subarray(from, at));
      this.#offset += at - from + 1;
      yield this.#take();
      from = at + 1;
    }
    if (from < bytes.length) {
      this.#add(bytes.subarray(from));
      this.#offset += bytes.length - from;
    }
  }

  *end(): Generator<NumberedLine> {
    if (this.#size > 0 || this.#tooLong) yield this.#take();
  }

  #add(piece: Buffer): void {
    if (this.#tooLong || piece.length === 0) return;
    this.#size += piece.length;
    if (this.#size > this.maxLineBytes) {
      // Past the limit the line is dropped as it comes, so memory stays bounded.
      this.#tooLong = true;
      this.#pieces = [];
      return;
    }
    this.#pieces.push(piece);
  }

  #take(): NumberedLine {
    const line = this.#line++;
    const offset = this.#lineStart;
    this.#lineStart = this.#offset;
    const tooLong = this.#tooLong;
    let bytes = this.#pieces.length === 1 ? (this.#pieces[0] as Buffer) : Buffer.concat(this.#pieces);
    this.#pieces = [];
    this.#size = 0;
    this.#tooLong = false;
    if (tooLong) return { text: "", line, offset, problem: `line is longer than ${formatBytes(this.maxLineBytes)}` };
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
    if (this.encoding === "latin1") return { text: decodeWindows1252(bytes), line, offset };
    if (isUtf8(bytes)) return { text: bytes.toString("utf8"), line, offset };
    const at = offset + invalidUtf8At(bytes);
    return { text: "", line, offset, problem: `not valid UTF-8 at byte offset ${at} (use --encoding latin1 for Latin-1 text)` };
  }
}

/** Splitting after decoding, for UTF-16 (where a line break is two bytes). */
class TextLines {
  readonly #decoder: TextDecoder;
  #pieces: string[] = [];
  /** Characters of the current line so far, kept or not. */
  #chars = 0;
  #line = 1;
  #failed = false;

  constructor(
    encoding: "utf-16le" | "utf-16be",
    private readonly maxLineBytes: number,
    private offset: number,
  ) {
    this.#decoder = new TextDecoder(encoding, { fatal: true });
  }

  *push(bytes: Buffer): Generator<NumberedLine> {
    if (this.#failed) return;
    let text: string;
    try {
      text = this.#decoder.decode(bytes, { stream: true });
    } catch {
      yield this.#fail();
      return;
    }
    yield* this.#split(text);
  }

  *end(): Generator<NumberedLine> {
    if (this.#failed) return;
    let text: string;
    try {
      text = this.#decoder.decode();
    } catch {
      yield this.#fail();
      return;
    }
    yield* this.#split(text);
    if (this.#chars > 0) yield this.#take(0);
  }

  #fail(): NumberedLine {
    this.#failed = true;
    return { text: "", line: this.#line, offset: this.offset, problem: "not valid UTF-16 from here on (a lone surrogate or an odd byte)" };
  }

  *#split(text: string): Generator<NumberedLine> {
    let from = 0;
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", from)) {
      this.#add(text.slice(from, at));
      yield this.#take(1);
      from = at + 1;
    }
    if (from < text.length) this.#add(text.slice(from));
  }

  #add(piece: string): void {
    this.#chars += piece.length;
    if (this.#chars * 2 <= this.maxLineBytes) this.#pieces.push(piece);
  }

  #take(breakLength: number): NumberedLine {
    const line = this.#line++;
    const offset = this.offset;
    const tooLong = this.#chars * 2 > this.maxLineBytes;
    let text = tooLong ? "" : this.#pieces.join("");
    this.offset += (this.#chars + breakLength) * 2;
    this.#pieces = [];
    this.#chars = 0;
    if (tooLong) return { text: "", line, offset, problem: `line is longer than ${formatBytes(this.maxLineBytes)}` };
    if (text.endsWith("\r")) text = text.slice(0, -1);
    return { text, line, offset };
  }
}

/** A size for people, in units of 1024: `512 KB`, `1.05 MB`, `34 MB`. */
export function formatBytes(bytes: number): string {
  const shown = (value: number): string => String(Number(value.toFixed(value < 10 ? 2 : 1)));
  if (bytes >= 1024 * 1024) return `${shown(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${shown(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
