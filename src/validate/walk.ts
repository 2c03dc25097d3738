import { z } from "zod";
import type { PathSegment } from "./issue.js";

/** What {@link walkAlongSchema} calls back with. */
export interface SchemaVisitor {
  /** A value where the schema expects a string, and whether null is allowed there. */
  readonly string?: (value: unknown, path: PathSegment[], nullable: boolean) => void;
  /** A value where the schema expects an object of exactly these keys. */
  readonly object?: (value: Readonly<Record<string, unknown>>, keys: readonly string[], path: PathSegment[]) => void;
  /** A key present in the data that the schema does not have. */
  readonly unknownKey?: (key: string, path: PathSegment[]) => void;
}

/** Peels optional and nullable wrappers; says whether one of them allowed null. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    if (inner instanceof z.ZodNullable) nullable = true;
    inner = inner.unwrap() as z.ZodType;
  }
  return { inner, nullable };
}

/**
 * Walks `data` along `schema` (objects, arrays, strings) and calls the visitor at each
 * value. Only the parts the schema describes are visited, each once, so the cost is linear
 * in the known part of the data and the depth is the schema's.
 */
export function walkAlongSchema(schema: z.ZodType, data: unknown, visitor: SchemaVisitor): void {
  const walk = (node: z.ZodType, value: unknown, path: PathSegment[]): void => {
    const { inner, nullable } = unwrap(node);
    if (inner instanceof z.ZodString) {
      visitor.string?.(value, path, nullable);
    } else if (inner instanceof z.ZodObject) {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      const shape = inner.shape as Record<string, z.ZodType>;
      visitor.object?.(record, Object.keys(shape), path);
      for (const key of Object.keys(record)) {
        const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (field === undefined) visitor.unknownKey?.(key, [...path, key]);
        else walk(field, record[key], [...path, key]);
      }
    } else if (inner instanceof z.ZodArray) {
      if (!Array.isArray(value)) return;
      const element = inner.element as z.ZodType;
      for (let index = 0; index < value.length; index++) walk(element, value[index], [...path, index]);
    }
  };
  walk(schema, data, []);
}
