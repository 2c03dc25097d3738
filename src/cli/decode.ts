import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";

/**
 * Text encodings the command line reads. `utf8` is the default and the only one JSON allows;
 * a file that starts with a UTF-16 byte-order mark is read as UTF-16 whatever is asked.
 * `latin1` is decoded as browsers do (the WHATWG "latin1" label is windows-1252), so the
 * curly quotes of Windows text come out right.
 */
export const ENCODINGS = ["utf8", "latin1", "utf16le"] as const;

/** One of {@link ENCODINGS}. */
export type Encoding = (typeof ENCODINGS)[number];

/** The encoding a byte-order mark announces, and the mark's length; null without one. */
export function byteOrderMark(bytes: Uint8Array): { readonly encoding: "utf-8" | "utf-16le" | "utf-16be"; readonly length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** The outcome of {@link decodeText}. */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      /** Offset of the first byte that is not valid in the encoding, from the start of `bytes`. */
      readonly offset: number;
      /** Why, for people: `not valid UTF-8: byte 0xFC at byte offset 1234`. */
      readonly reason: string;
    };

/**
 * Decodes bytes strictly: invalid UTF-8 is an error naming the byte and its offset, never a
 * silent U+FFFD. A byte-order mark is honoured (UTF-8 or UTF-16) and removed; `latin1` and
 * `utf16le` decode as asked when there is none.
 *
 * @example
 * ```ts
 * decodeText(Buffer.from("Düsseldorf")); // { ok: true, text: "Düsseldorf" }
 * decodeText(Buffer.from([0x44, 0xfc, 0x73])); // { ok: false, offset: 1, reason: "not valid UTF-8: byte 0xFC at byte offset 1" }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding: Encoding = "utf8"): Decoded {
  const mark = byteOrderMark(bytes);
  if (mark !== null && mark.encoding !== "utf-8") {
    try {
      return { ok: true, text: new TextDecoder(mark.encoding, { fatal: true }).decode(bytes.subarray(mark.length)) };
    } catch {
      return { ok: false, offset: mark.length, reason: `not valid ${mark.encoding.toUpperCase()} (an odd number of bytes or a lone surrogate)` };
    }
  }
  const body = mark === null ? bytes : bytes.subarray(mark.length);
  if (encoding === "latin1") return { ok: true, text: decodeWindows1252(body) };
  if (encoding === "utf16le") return { ok: true, text: new TextDecoder("utf-16le").decode(body) };
  if (isUtf8(body)) return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8") };
  const offset = invalidUtf8At(body) + (mark?.length ?? 0);
  return { ok: false, offset, reason: `not valid UTF-8: ${describeByte(bytes[offset])} at byte offset ${offset}` };
}

// Bytes 0x80-0x9F of windows-1252 (what "latin1" means on the web and in Windows text);
// the five it leaves unassigned stay C1 controls, as in the WHATWG Encoding Standard. Node's
// own TextDecoder("windows-1252") reads all 32 as C1 controls.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Decodes windows-1252 bytes: ISO-8859-1 with printable characters (curly quotes, dashes,
 * the euro sign) at 0x80-0x9F.
 *
 * @example
 * ```ts
 * decodeWindows1252(Buffer.from([0x93, 0x41, 0x94])); // "“A”"
 * ```
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return text.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

function describeByte(byte: number | undefined): string {
  return byte === undefined ? "the text ends inside a character" : `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * The offset of the first byte where `bytes` stops being well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of it is. A broken
 * or cut sequence is reported at its first byte.
 *
 * @example
 * ```ts
 * invalidUtf8At(Buffer.from([0x61, 0xc3, 0x28])); // 1
 * ```
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const first = bytes[index] as number;
    if (first < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (first >= 0xc2 && first <= 0xdf) length = 2;
    else if (first >= 0xe0 && first <= 0xef) {
      length = 3;
      if (first === 0xe0) low = 0xa0; // overlong
      if (first === 0xed) high = 0x9f; // surrogates
    } else if (first >= 0xf0 && first <= 0xf4) {
      length = 4;
      if (first === 0xf0) low = 0x90; // overlong
      if (first === 0xf4) high = 0x8f; // above U+10FFFF
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * The 1-based line and column of a byte offset in bytes that are valid UTF-8 up to it (the
 * column counts characters, as editors do).
 *
 * @example
 * ```ts
 * placeOfByte(Buffer.from("ab\ncd"), 4); // { line: 2, column: 2 }
 * ```
 */
export function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) {
    line++;
    lineStart = index + 1;
  }
  const before = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, offset - lineStart).toString("utf8");
  return { line, column: [...before].length + 1 };
}
