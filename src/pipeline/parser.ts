import type { Root } from "nlcst";
import type { Plugin, Processor } from "unified";
import type { VFile } from "vfile";
import { bindDocument, ReleaseDocument } from "../core/document.js";
import { detectLanguage } from "../core/language.js";
import { memoizeOn } from "../core/memo.js";
import { parseCleanText, type NlcstParser } from "../core/tokenize.js";
import { LANGUAGES, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { cleanText } from "./clean.js";

/**
 * unified parser plugin: cleans scraped release text (see the cleaning step) and parses it
 * into an nlcst tree with the parser of its language (parse-english for English), one line at
 * a time so that cost stays linear. The language is `file.data.language` when set, else told
 * by the text's script; the document model every concern reads is built here.
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
  (this as unknown as Processor<Root>).parser = (text: string, file: VFile): Root => {
    const clean = cleanText(text);
    file.data.clean = clean;
    // A language given by the caller (file.data.language) stands; else the script tells it.
    const language = file.data.language ?? knownLanguage(detectLanguage(text));
    file.data.language = language;
    const lexicon = lexiconFor(language);
    const tree = parseCleanText(clean.text, parserOf(lexicon));
    bindDocument(new ReleaseDocument(clean, tree, lexicon.language, lexicon.keyOf));
    return tree;
  };
};

/**
 * One tokenizer per lexicon, made on first use: parse-latin's parsers keep no state between
 * calls of `parse`, and making one copies its three plugin lists.
 */
const parserOf = memoizeOn((lexicon: Lexicon): NlcstParser => lexicon.createParser());

/** A detected language the parser has a lexicon for, else English. */
function knownLanguage(language: string): string {
  return LANGUAGES.includes(language) ? language : "en";
}

