import { createScanner, visit } from "jsonc-parser";
import type { PathSegment } from "../validate/issue.js";

/** A 1-based place in a text. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** Why a text is not JSON, and where. */
export interface JsonProblem {
  readonly code: "json_syntax" | "json_too_deep";
  readonly message: string;
  readonly place: Place;
}

/** The outcome of {@link parseJsonText}. */
export type ParsedJson =
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly locate: (path: readonly PathSegment[]) => Place;
      readonly duplicateKeys: readonly DuplicateKey[];
    }
  | { readonly ok: false; readonly problem: JsonProblem };

/**
 * Deeper than any release needs (about 6 levels, more under a pointer) and shallow enough
 * that the recursive tree builder used for locations cannot overflow the stack.
 */
export const MAX_JSON_DEPTH = 256;

// jsonc-parser's const enums cannot be read under isolatedModules; their documented values.
const OPEN_BRACE = 1;
const OPEN_BRACKET = 3;
const CLOSE_BRACE = 2;
const CLOSE_BRACKET = 4;
const END_OF_FILE = 17;

const SYNTAX_MESSAGES: Readonly<Record<number, string>> = {
  1: "unexpected character",
  2: "invalid number",
  3: "expected a property name in double quotes",
  4: "expected a value",
  5: "expected ':' after the property name",
  6: "expected ',' between values",
  7: "expected '}' to close the object",
  8: "expected ']' to close the array",
  9: "unexpected content after the JSON value",
  10: "comments are not allowed in JSON",
  11: "unterminated comment",
  12: "unterminated string",
  13: "invalid number",
  14: "invalid \\u escape in string",
  15: "invalid escape character in string",
  16: "control character in string (escape it)",
};

/** Finds lines by offset: one pass to index line starts, then binary search. */
export function placeFinder(text: string): (offset: number) => Place {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

/** The offset where nesting first goes deeper than `maxDepth`, or -1. Linear, no recursion. */
function tooDeepAt(text: string, maxDepth: number): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== END_OF_FILE; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      depth++;
      if (depth > maxDepth) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1);
    }
  }
  return -1;
}

/** A stretch of the text holding one JSON value, and the place where it starts. */
export interface JsonRange {
  readonly start: number;
  readonly end: number;
  readonly place: Place;
}

/** A key written twice in one object: `JSON.parse` keeps the last value, silently. */
export interface DuplicateKey {
  readonly key: string;
  /** Path of the second (and later) occurrence. */
  readonly path: readonly PathSegment[];
  readonly place: Place;
}

/** The outcome of {@link scanJsonText}. */
export type JsonScan =
  | {
      readonly ok: true;
      /** The whole value. */
      readonly root: JsonRange;
      /** When the value is an array: each element's range, so elements can be parsed one at a time. */
      readonly elements: readonly JsonRange[] | null;
      readonly duplicateKeys: readonly DuplicateKey[];
    }
  | { readonly ok: false; readonly problem: JsonProblem };

/** Most duplicate keys listed for one text; the scan goes on, the rest are not kept. */
const MAX_DUPLICATES = 1000;

/**
 * Checks JSON text without building it: syntax (strict JSON: no comments, no trailing
 * commas), nesting depth, keys written twice in one object; and finds the ranges of a
 * top-level array's elements. Memory holds the text and one set of keys per open object,
 * never the parsed value, so a 100 MB array costs little more than itself; parse the
 * elements one at a time with `JSON.parse(text.slice(start, end))`.
 *
 * @example
 * ```ts
 * const scan = scanJsonText('[{"a": 1, "a": 2}, 3]');
 * if (scan.ok) scan.elements?.map((range) => range.start); // [1, 19]
 * if (scan.ok) scan.duplicateKeys[0]?.path; // [0, "a"]
 * ```
 */
export function scanJsonText(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  if (text.trim() === "") return { ok: false, problem: { code: "json_syntax", message: "empty: expected JSON", place: { line: 1, column: 1 } } };
  const deep = tooDeepAt(text, maxDepth);
  if (deep !== -1) {
    return { ok: false, problem: { code: "json_too_deep", message: `JSON nested deeper than ${maxDepth} levels`, place: placeFinder(text)(deep) } };
  }
  let error: { code: number; offset: number; place: Place } | undefined;
  const duplicateKeys: DuplicateKey[] = [];
  const keys: Set<string>[] = [];
  let depth = 0;
  let topIsArray = false;
  let root: JsonRange | undefined;
  let elements: JsonRange[] | null = null;
  let element: { start: number; place: Place } | undefined;
  const begin = (array: boolean, offset: number, line: number, character: number): void => {
    const place = { line: line + 1, column: character + 1 };
    if (depth === 0) {
      topIsArray = array;
      root = { start: offset, end: text.length, place };
      if (array) elements = [];
    } else if (depth === 1 && topIsArray) element = { start: offset, place };
    depth++;
  };
  const end = (offset: number, length: number): void => {
    depth--;
    if (depth === 1 && topIsArray && element !== undefined) {
      elements?.push({ start: element.start, end: offset + length, place: element.place });
      element = undefined;
    } else if (depth === 0 && root !== undefined) root = { ...root, end: offset + length };
  };
  visit(
    text,
    {
      onObjectBegin: (offset, _length, line, character) => {
        begin(false, offset, line, character);
        keys.push(new Set());
      },
      onObjectEnd: (offset, length) => {
        keys.pop();
        end(offset, length);
      },
      onArrayBegin: (offset, _length, line, character) => begin(true, offset, line, character),
      onArrayEnd: (offset, length) => end(offset, length),
      onObjectProperty: (property, _offset, _length, line, character, pathSupplier) => {
        const seen = keys.at(-1);
        if (seen === undefined) return;
        if (!seen.has(property)) seen.add(property);
        else if (duplicateKeys.length < MAX_DUPLICATES) {
          duplicateKeys.push({ key: property, path: [...(pathSupplier() as PathSegment[]), property], place: { line: line + 1, column: character + 1 } });
        }
      },
      onLiteralValue: (_value, offset, length, line, character) => {
        const place = { line: line + 1, column: character + 1 };
        if (depth === 0) root = { start: offset, end: offset + length, place };
        else if (depth === 1 && topIsArray) elements?.push({ start: offset, end: offset + length, place });
      },
      onError: (code, offset, _length, line, character) => {
        error ??= { code, offset, place: { line: line + 1, column: character + 1 } };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (error !== undefined) return { ok: false, problem: syntaxProblem(text, error.code, error.offset, error.place) };
  if (root === undefined) return { ok: false, problem: { code: "json_syntax", message: "invalid JSON: expected a value", place: { line: 1, column: 1 } } };
  return { ok: true, root, elements, duplicateKeys };
}

function syntaxProblem(text: string, code: number, offset: number, place: Place): JsonProblem {
  let message = SYNTAX_MESSAGES[code] ?? "invalid JSON";
  const here = text[offset];
  if (code === 1 && here !== undefined) message = `unexpected character ${JSON.stringify(here)}`;
  if ((here === "}" || here === "]") && text.slice(Math.max(0, offset - 256), offset).trimEnd().endsWith(",")) {
    message = "trailing comma is not allowed in JSON";
  }
  return { code: "json_syntax", message: `invalid JSON: ${message}`, place };
}

/** Whether a scan failed only because more JSON follows the first value (NDJSON read as JSON). */
export function isMoreThanOneValue(problem: JsonProblem): boolean {
  return problem.message === `invalid JSON: ${SYNTAX_MESSAGES[9]}`;
}

const pathKey = (path: readonly PathSegment[]): string => JSON.stringify(path);

/**
 * The line and column of each path inside one JSON value of the text (the whole text, or
 * an element found by {@link scanJsonText}): a key's path at the key, an index's at the value,
 * a path that does not exist at its deepest existing ancestor. One pass over the range,
 * remembering only the places asked for.
 *
 * @example
 * ```ts
 * const text = '{\n  "a": [10, 20]\n}';
 * locatePaths(text, { start: 0, end: text.length, place: { line: 1, column: 1 } }, [["a", 1], ["b"]]);
 * // [{ line: 2, column: 13 }, { line: 1, column: 1 }]
 * ```
 */
export function locatePaths(text: string, range: JsonRange, paths: readonly (readonly PathSegment[])[]): Place[] {
  if (paths.length === 0) return [];
  const wanted = new Set<string>();
  let longest = 0;
  for (const path of paths) {
    longest = Math.max(longest, path.length);
    for (let length = 0; length <= path.length; length++) wanted.add(pathKey(path.slice(0, length)));
  }
  const valueAt = new Map<string, Place>();
  const keyAt = new Map<string, Place>();
  const slice = range.start === 0 && range.end === text.length ? text : text.slice(range.start, range.end);
  const toPlace = (line: number, character: number): Place =>
    line === 0 ? { line: range.place.line, column: range.place.column + character } : { line: range.place.line + line, column: character + 1 };
  // Paths are asked of the parser only down to the depth of the longest path wanted.
  let depth = 0;
  const value = (line: number, character: number, pathSupplier: () => (string | number)[]): void => {
    if (depth > longest) return;
    const key = pathKey(pathSupplier());
    if (wanted.has(key) && !valueAt.has(key)) valueAt.set(key, toPlace(line, character));
  };
  visit(
    slice,
    {
      onObjectBegin: (_offset, _length, line, character, pathSupplier) => {
        value(line, character, pathSupplier);
        depth++;
      },
      onArrayBegin: (_offset, _length, line, character, pathSupplier) => {
        value(line, character, pathSupplier);
        depth++;
      },
      onObjectEnd: () => void depth--,
      onArrayEnd: () => void depth--,
      onLiteralValue: (_value, _offset, _length, line, character, pathSupplier) => value(line, character, pathSupplier),
      onObjectProperty: (property, _offset, _length, line, character, pathSupplier) => {
        if (depth > longest) return;
        const key = pathKey([...pathSupplier(), property]);
        if (wanted.has(key) && !keyAt.has(key)) keyAt.set(key, toPlace(line, character));
      },
    },
    { disallowComments: true },
  );
  return paths.map((path) => {
    const exact = typeof path.at(-1) === "string" ? keyAt.get(pathKey(path)) : valueAt.get(pathKey(path));
    if (exact !== undefined) return exact;
    for (let length = path.length; length >= 0; length--) {
      const found = valueAt.get(pathKey(path.slice(0, length)));
      if (found !== undefined) return found;
    }
    return range.place;
  });
}

/**
 * Parses JSON text into a value and a function that finds the line and column of a path in
 * it. Never throws: broken JSON (with its line and column), empty text and nesting deeper
 * than `maxDepth` come back as a problem. Values come from `JSON.parse`, which keeps
 * `__proto__` as a plain own key (no prototype is ever set from the data). Keys written
 * twice in one object are listed in `duplicateKeys`.
 *
 * @example
 * ```ts
 * const parsed = parseJsonText('{\n  "a": [1, 2]\n}');
 * if (parsed.ok) parsed.locate(["a", 1]); // { line: 2, column: 12 }
 * ```
 */
export function parseJsonText(source: string, maxDepth = MAX_JSON_DEPTH): ParsedJson {
  // A byte-order mark becomes a space, so offsets (and columns) stay those of the file.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const scan = scanJsonText(text, maxDepth);
  if (!scan.ok) return scan;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: "json_syntax", message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`, place: scan.root.place } };
  }
  const whole: JsonRange = { start: 0, end: text.length, place: { line: 1, column: 1 } };
  return { ok: true, value, duplicateKeys: scan.duplicateKeys, locate: (path) => locatePaths(text, whole, [path])[0] ?? whole.place };
}

/**
 * Splits an RFC 6901 JSON pointer (`/gold`, `/a~1b/0`) into its reference tokens; throws a
 * `TypeError` when the text is not a pointer.
 *
 * @example
 * ```ts
 * parsePointer("/gold/participants/0"); // ["gold", "participants", "0"]
 * parsePointer(""); // [] (the whole document)
 * ```
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new TypeError(`a JSON pointer starts with "/", got ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => {
      if (/~(?![01])/.test(token)) throw new TypeError(`"~" must be written ~0 or ~1 in a JSON pointer: ${JSON.stringify(pointer)}`);
      return token.replaceAll("~1", "/").replaceAll("~0", "~");
    });
}

/**
 * Follows pointer tokens into a value: own keys of objects, decimal indexes of arrays. The
 * path it returns has numbers for array indexes, so it can be located in the text.
 *
 * @example
 * ```ts
 * resolvePointer({ gold: [{ a: 1 }] }, ["gold", "0"]); // { found: true, value: { a: 1 }, path: ["gold", 0] }
 * ```
 */
export function resolvePointer(
  value: unknown,
  tokens: readonly string[],
): { readonly found: true; readonly value: unknown; readonly path: PathSegment[] } | { readonly found: false; readonly path: PathSegment[] } {
  let current = value;
  const path: PathSegment[] = [];
  for (const token of tokens) {
    if (Array.isArray(current)) {
      const index = /^(?:0|[1-9]\d{0,8})$/.test(token) ? Number(token) : -1;
      if (index < 0 || index >= current.length) return { found: false, path };
      current = current[index];
      path.push(index);
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
      path.push(token);
    } else {
      return { found: false, path };
    }
  }
  return { found: true, value: current, path };
}
