import { z } from "zod";

/**
 * Throws a plain error when the `zod` this package resolves to is not zod 4. zod is a peer
 * dependency, so a project on zod 3 that forced the install (`--legacy-peer-deps`,
 * `--force`) hands its zod 3 to us; without this check validation would fail deep inside,
 * with a message about a missing function.
 */
export function assertZod4(): void {
  if (typeof (z as { toJSONSchema?: unknown }).toJSONSchema !== "function") {
    throw new Error(
      'communique needs zod 4 (peer dependency "zod": "^4.0.0"), but "zod" resolves to an older version here: ' +
        "install zod 4 in this project (npm install zod@^4).",
    );
  }
}
