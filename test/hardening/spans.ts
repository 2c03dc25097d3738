/** A `{start, end}` pair of numbers found somewhere in a value, with its JSON path. */
export interface FoundSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every object with numeric `start` and `end` anywhere in a value (dates have string
 * `start`/`end` and are not spans), so a test can check all of them without knowing where
 * the plugins put spans.
 */
export function spansIn(value: unknown, path = "$", out: FoundSpan[] = []): FoundSpan[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => spansIn(item, `${path}[${index}]`, out));
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number") {
      out.push({ path, start: record.start, end: record.end });
    }
    for (const [key, child] of Object.entries(record)) spansIn(child, `${path}.${key}`, out);
  }
  return out;
}

/** The spans of a value that do not lie inside a text of `length` UTF-16 units. */
export function spansOutside(value: unknown, length: number): FoundSpan[] {
  return spansIn(value).filter(
    (span) =>
      !Number.isInteger(span.start) ||
      !Number.isInteger(span.end) ||
      span.start < 0 ||
      span.start > span.end ||
      span.end > length,
  );
}
