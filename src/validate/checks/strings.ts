import { PressReleaseSchema } from "../../schema/release.js";
import type { IssueDraft, PathSegment } from "../issue.js";
import { walkAlongSchema } from "../walk.js";

// Fields copied exactly from the release text keep its spacing; every other string is
// whitespace-normalised (see the annotation guidelines).
const VERBATIM_FIELDS: ReadonlySet<string> = new Set(["agreements.text", "agreements.object", "quotes.text"]);

// A single scan: any whitespace other than one plain space between non-space characters.
function isTidy(text: string): boolean {
  let previousSpace = true;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x20) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (char === 0x09 || char === 0x0a || char === 0x0d || char === 0xa0 || char === 0x0b || char === 0x0c) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace;
}

function fieldName(path: readonly PathSegment[]): string {
  return path.filter((segment) => typeof segment === "string").join(".");
}

/** Blank strings anywhere in the release, and untidy whitespace in normalised fields. */
export function checkStrings(root: unknown): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  walkAlongSchema(PressReleaseSchema, root, {
    string: (value, path, nullable) => {
      if (typeof value !== "string") return;
      if (value.trim() === "") drafts.push({ code: "blank_string", path, nullable });
      else if (!VERBATIM_FIELDS.has(fieldName(path)) && !isTidy(value)) {
        drafts.push({ code: "untidy_whitespace", path, received: value });
      }
    },
  });
  return drafts;
}
