import { createScanner, findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
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
  | { readonly ok: true; readonly value: unknown; readonly locate: (path: readonly PathSegment[]) => Place }
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

function syntaxProblem(text: string, error: ParseError | undefined, fallback: string, find: (offset: number) => Place): JsonProblem {
  if (error === undefined) return { code: "json_syntax", message: `invalid JSON: ${fallback}`, place: { line: 1, column: 1 } };
  let message = SYNTAX_MESSAGES[error.error] ?? "invalid JSON";
  const here = text[error.offset];
  if (error.error === 1 && here !== undefined) message = `unexpected character ${JSON.stringify(here)}`;
  if ((here === "}" || here === "]") && text.slice(0, error.offset).trimEnd().endsWith(",")) {
    message = "trailing comma is not allowed in JSON";
  }
  return { code: "json_syntax", message: `invalid JSON: ${message}`, place: find(error.offset) };
}

/** The node a path points at, or its deepest existing ancestor (for a missing field). */
function nodeAt(root: Node, path: readonly PathSegment[]): Node {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length) as PathSegment[]);
    if (node !== undefined) {
      // Point at the key of a property, where readers look for it.
      const property = node.parent?.type === "property" ? node.parent : undefined;
      return length === path.length && property !== undefined ? property : node;
    }
  }
  return root;
}

/**
 * Parses JSON text into a value and a function that finds the line and column of a path in
 * it. Never throws: broken JSON (with its line and column), empty text and nesting deeper
 * than `maxDepth` come back as a problem. Values come from `JSON.parse`, which keeps
 * `__proto__` as a plain own key (no prototype is ever set from the data).
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
  const find = placeFinder(text);
  if (text.trim() === "") return { ok: false, problem: { code: "json_syntax", message: "empty: expected JSON", place: { line: 1, column: 1 } } };
  const deep = tooDeepAt(text, maxDepth);
  if (deep !== -1) {
    return {
      ok: false,
      problem: { code: "json_too_deep", message: `JSON nested deeper than ${maxDepth} levels`, place: find(deep) },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return { ok: false, problem: syntaxProblem(text, errors[0], error instanceof Error ? error.message : String(error), find) };
  }
  let root: Node | undefined;
  const locate = (path: readonly PathSegment[]): Place => {
    root ??= parseTree(text, [], { disallowComments: true });
    return root === undefined ? { line: 1, column: 1 } : find(nodeAt(root, path).offset);
  };
  return { ok: true, value, locate };
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
