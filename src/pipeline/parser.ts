import type { Root } from "nlcst";
import type { Plugin, Processor } from "unified";
import type { VFile } from "vfile";
import { cleanText } from "./clean.js";
import { parseCleanText } from "../core/tokenize.js";
import { lexiconFor } from "../lexicon/index.js";

/**
 * unified parser plugin: cleans scraped release text (see the cleaning step) and parses it
 * into an nlcst tree with parse-english, one line at a time so that cost stays linear.
 * Positions in the tree are offsets into the cleaned text, `file.data.clean` maps them back
 * to the original.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser } from "communique";
 *
 * const processor = unified().use(releaseParser);
 * const tree = processor.parse("Back to the section\nThe sides met in Minsk.");
 * ```
 *
 * @group Parsing
 */
export const releaseParser: Plugin<[], string, Root> = function (this: Processor) {
  (this as unknown as Processor<Root>).parser = (document: string, file: VFile): Root => {
    const clean = cleanText(document);
    file.data.clean = clean;
    file.data.language ??= "en";
    return parseCleanText(clean.text, lexiconFor(file.data.language).createParser());
  };
};

