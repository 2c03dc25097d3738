import type { PathSegment } from "./issue.js";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path as a JSON path string: `["participants", 1, "country"]` becomes
 * `$.participants[1].country`; keys that are not identifiers use brackets (`$['a b']`).
 *
 * @example
 * ```ts
 * import { toJsonPath } from "communique";
 * toJsonPath(["participants", 1, "country"]); // "$.participants[1].country"
 * toJsonPath([]); // "$"
 * ```
 *
 * @group Validation
 */
export function toJsonPath(path: readonly PathSegment[]): string {
  let out = "$";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += `.${segment}`;
    else out += `['${segment.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}']`;
  }
  return out;
}
