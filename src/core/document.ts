import "./data.js";
import type { Root, Sentence as SentenceNode, SentenceContent } from "nlcst";
import type { VFile } from "vfile";
import type { CleaningArtifact, CleanLine, CleanText } from "./clean-text.js";
import { memoizeOn } from "./memo.js";
import { OffsetMap } from "./offset-map.js";
import { Word, type WordKeyFunction, type WordKind } from "./word.js";

export type { CleaningArtifact, CleanLine, CleanText } from "./clean-text.js";

/** A span of the user's (original) text, end exclusive. */
export interface OriginalSpan {
  start: number;
  end: number;
}

/**
 * A sentence of the cleaned text and its tokens as {@link Word}s, the unit most concerns read.
 *
 * @example
 * ```ts
 * const sentence = documentOf(tree, file).sentences[0];
 * sentence.words.map((word) => word.value); // ["The", "sides", "met", "."]
 * ```
 */
export class Sentence {
  /** Position of the sentence in the document, from 0. */
  readonly index: number;
  /** Position of its paragraph (line of the cleaned text), from 0. */
  readonly paragraph: number;
  /** Position of the sentence inside its paragraph, from 0. */
  readonly indexInParagraph: number;
  /** Offsets into the cleaned text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Every token but white space, in order: words, punctuation and symbols. */
  readonly words: readonly Word[];
  /** The node in the tree, for plugins that want the nlcst structure. */
  readonly node: SentenceNode;
  readonly #source: string;
  #text: string | undefined;

  constructor(index: number, paragraph: number, indexInParagraph: number, words: readonly Word[], node: SentenceNode, source: string, start: number, end: number) {
    this.index = index;
    this.paragraph = paragraph;
    this.indexInParagraph = indexInParagraph;
    this.words = words;
    this.node = node;
    this.#source = source;
    this.start = start;
    this.end = end;
    this.#text = undefined;
  }

  /** The sentence as it stands in the cleaned text. */
  get text(): string {
    return (this.#text ??= this.#source.slice(this.start, this.end));
  }

  /** The number of word tokens (punctuation and symbols left out). */
  get wordCount(): number {
    let count = 0;
    for (const word of this.words) if (word.kind === "word") count++;
    return count;
  }
}

/**
 * The document model of one release, built once and read by every concern: the cleaned
 * text with the way back to the user's text, its lines, what cleaning took out, the nlcst
 * tree, and its sentences of {@link Word}s.
 *
 * @example
 * ```ts
 * const document = documentOf(tree, file);
 * for (const sentence of document.sentences) {
 *   for (const word of sentence.words) if (word.capitalized) console.log(document.spanToOriginal(word.start, word.end));
 * }
 * ```
 */
export class ReleaseDocument {
  /** The cleaned text the tree was parsed from. */
  readonly text: string;
  /** The user's text. */
  readonly original: string;
  /** Cleaned offsets to original ones. */
  readonly offsets: OffsetMap;
  readonly lines: readonly CleanLine[];
  readonly artifacts: readonly CleaningArtifact[];
  readonly tree: Root;
  /** The language the release is read in (an ISO 639-1 code, "en" unless told otherwise). */
  readonly language: string;
  readonly #keyOf: WordKeyFunction | undefined;
  #sentences: readonly Sentence[] | undefined;

  /**
   * @param keyOf - The language's key function for {@link Word.key} (default: the lower-case
   * form as it is).
   */
  constructor(clean: CleanText, tree: Root, language: string, keyOf?: WordKeyFunction) {
    this.text = clean.text;
    this.original = clean.original;
    this.offsets = clean.map;
    this.lines = clean.lines;
    this.artifacts = clean.artifacts;
    this.tree = tree;
    this.language = language;
    this.#keyOf = keyOf;
    this.#sentences = undefined;
  }

  /** The sentences of the tree, in order. */
  get sentences(): readonly Sentence[] {
    return (this.#sentences ??= sentencesOfTree(this.tree, this.text, this.#keyOf));
  }

  /** The original offset of a cleaned offset. */
  toOriginal(offset: number): number {
    return this.offsets.toOriginal(offset);
  }

  /** The original span of a cleaned span. */
  spanToOriginal(start: number, end: number): OriginalSpan {
    return this.offsets.spanToOriginal(start, end);
  }

  /** The user's text of a cleaned span. */
  originalText(start: number, end: number): string {
    const span = this.offsets.spanToOriginal(start, end);
    return this.original.slice(span.start, span.end);
  }
}

/**
 * The document of a tree and its file, built on first use and shared by every plugin that asks.
 * The release parser leaves the cleaned text in `file.data.clean`; a tree parsed some other way
 * is read as it is, with offsets that map to themselves.
 *
 * @example
 * ```ts
 * import { documentOf } from "../core/document.js";
 * const sentences = documentOf(tree, file).sentences;
 * ```
 */
export function documentOf(tree: Root, file: VFile): ReleaseDocument {
  const slot = documents(tree);
  return (slot.document ??= new ReleaseDocument(file.data.clean ?? identityClean(String(file.value ?? "")), tree, file.data.language ?? "en"));
}

/**
 * Makes `document` the document of its tree: the parser, which knows the language and its key
 * function, builds it as it parses, and every plugin then reads this one.
 *
 * @example
 * ```ts
 * bindDocument(new ReleaseDocument(clean, tree, "ru", stemRussian));
 * ```
 */
export function bindDocument(document: ReleaseDocument): void {
  documents(document.tree).document = document;
}

const documents = memoizeOn((_tree: Root) => ({ document: undefined as ReleaseDocument | undefined }));

function identityClean(text: string): CleanText {
  const map = new OffsetMap();
  map.copy(0, text.length);
  return { original: text, text, map, lines: [{ start: 0, end: text.length, afterBlank: true }], artifacts: [] };
}

function sentencesOfTree(tree: Root, source: string, keyOf: WordKeyFunction | undefined): readonly Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  for (const child of tree.children) {
    if (child.type !== "ParagraphNode") continue;
    paragraph++;
    let inParagraph = 0;
    for (const node of child.children) {
      if (node.type !== "SentenceNode" || node.children.length === 0) continue;
      const words: Word[] = [];
      let spaceBefore = true;
      let start = -1;
      let end = 0;
      for (const content of node.children) {
        const from = content.position?.start.offset ?? 0;
        const to = content.position?.end.offset ?? from;
        if (start < 0) start = from;
        end = to;
        if (content.type === "WhiteSpaceNode") {
          spaceBefore = true;
          continue;
        }
        words.push(new Word(valueOf(content), kindOf(content), from, to, spaceBefore, words.length, keyOf));
        spaceBefore = false;
      }
      sentences.push(new Sentence(sentences.length, paragraph, inParagraph++, words, node, source, start, end));
    }
  }
  return sentences;
}

function kindOf(node: SentenceContent): WordKind {
  return node.type === "WordNode" ? "word" : node.type === "PunctuationNode" ? "punctuation" : "symbol";
}

/** The text of a token: a word's parts joined. */
function valueOf(node: SentenceContent): string {
  if (node.type !== "WordNode") return (node as { value: string }).value;
  const parts = node.children;
  if (parts.length === 1) return (parts[0] as { value: string }).value;
  let value = "";
  for (const part of parts) value += (part as { value: string }).value;
  return value;
}
