// Defensive readers: meaning checks run on data whose shape may be wrong elsewhere, so
// every access checks the type it needs and skips what does not fit.

import type { PathSegment } from "./issue.js";

/** A plain object, or undefined. */
export function recordOf(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string field of an object, or undefined. */
export function stringAt(value: unknown, key: string): string | undefined {
  const record = recordOf(value);
  if (record === undefined || !Object.hasOwn(record, key)) return undefined;
  const field = record[key];
  return typeof field === "string" ? field : undefined;
}

/** The objects in an array field of the root, each with its index. */
export function* entriesAt(root: unknown, key: string): Generator<{ entry: Readonly<Record<string, unknown>>; path: PathSegment[] }> {
  const record = recordOf(root);
  if (record === undefined || !Object.hasOwn(record, key)) return;
  const list = record[key];
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const entry = recordOf(list[index]);
    if (entry !== undefined) yield { entry, path: [key, index] };
  }
}

/** The strings in an array field of an object, each with its index. */
export function* stringsAt(value: unknown, key: string): Generator<{ text: string; index: number }> {
  const record = recordOf(value);
  if (record === undefined || !Object.hasOwn(record, key)) return;
  const list = record[key];
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const text: unknown = list[index];
    if (typeof text === "string") yield { text, index };
  }
}

/**
 * The key two spellings of one name share: case, accents, dots and spacing do not count,
 * so "T. Greminger", "t.greminger" and "T Greminger" meet.
 */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s.]+/g, " ").trim();
}
