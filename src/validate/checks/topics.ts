import type { IssueDraft, PathSegment } from "../issue.js";
import { stringsAt } from "../read.js";

/** Topic ids outside the taxonomy, and ids listed twice. */
export function checkTopics(root: unknown, taxonomy: ReadonlySet<string>): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  const seen = new Map<string, PathSegment[]>();
  for (const { text, index } of stringsAt(root, "topics")) {
    const path = ["topics", index];
    const first = seen.get(text);
    if (first !== undefined) drafts.push({ code: "duplicate_topic", path, received: text, firstPath: first });
    else {
      seen.set(text, path);
      if (!taxonomy.has(text)) drafts.push({ code: "unknown_topic", path, received: text });
    }
  }
  return drafts;
}
