import { PressReleaseSchema } from "../../schema/release.js";
import type { IssueDraft } from "../issue.js";
import { walkAlongSchema } from "../walk.js";

/** Spans (objects of exactly `start` and `end`) that end before they start. */
export function checkSpans(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  walkAlongSchema(PressReleaseSchema, root, {
    object: (value, keys, path) => {
      if (keys.length !== 2 || !keys.includes("start") || !keys.includes("end")) return;
      const { start, end } = value;
      if (typeof start === "number" && typeof end === "number" && end < start) {
        drafts.push({ code: "span_reversed", path, start, end });
      }
    },
  });
  return drafts;
}
