import type { Root, Sentence, SentenceContent, Word } from "nlcst";
import { memoizeOn } from "../core/memo.js";

/** A token of a sentence: offsets into the cleaned text, end exclusive. */
export interface Token {
  readonly kind: "word" | "punctuation" | "symbol" | "space";
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence of the cleaned text with its tokens, the unit most extractors read. */
export interface SentenceView {
  /** Position of the sentence in the document, from 0. */
  readonly index: number;
  /** Position of its paragraph (line of the cleaned text), from 0. */
  readonly paragraph: number;
  /** Position of the sentence inside its paragraph, from 0. */
  readonly indexInParagraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The node in the tree, for plugins that want the nlcst structure. */
  readonly node: Sentence;
}


/**
 * The sentences of a tree made by {@link releaseParser}, computed once per tree and shared by
 * every plugin that asks.
 *
 * @example
 * ```ts
 * sentencesOf(parseCleanText("The sides met. They signed.")).map((sentence) => sentence.text);
 * // ["The sides met.", "They signed."]
 * ```
 */
export const sentencesOf: (tree: Root) => readonly SentenceView[] = memoizeOn(computeSentences);

function computeSentences(tree: Root): readonly SentenceView[] {
  const sentences: SentenceView[] = [];
  let paragraphIndex = -1;
  for (const child of tree.children) {
    if (child.type !== "ParagraphNode") continue;
    paragraphIndex++;
    let inParagraph = 0;
    for (const sentence of child.children) {
      if (sentence.type !== "SentenceNode") continue;
      const nodes = sentence.children;
      if (nodes.length === 0) continue;
      const tokens: Token[] = [];
      for (let at = 0; at < nodes.length; at++) tokens.push(tokenOf(nodes[at] as SentenceContent));
      sentences.push(new View(sentences.length, paragraphIndex, inParagraph++, tokens, sentence));
    }
  }
  return sentences;
}

/**
 * A sentence view. Its text is joined from the token values only when asked (few readers
 * want it), instead of being built for every sentence of every document.
 */
class View implements SentenceView {
  readonly index: number;
  readonly paragraph: number;
  readonly indexInParagraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly node: Sentence;
  #text: string | undefined;

  constructor(index: number, paragraph: number, indexInParagraph: number, tokens: readonly Token[], node: Sentence) {
    this.index = index;
    this.paragraph = paragraph;
    this.indexInParagraph = indexInParagraph;
    this.start = (tokens[0] as Token).start;
    this.end = (tokens[tokens.length - 1] as Token).end;
    this.tokens = tokens;
    this.node = node;
  }

  get text(): string {
    if (this.#text === undefined) {
      let text = "";
      for (const token of this.tokens) text += token.value;
      this.#text = text;
    }
    return this.#text;
  }
}

function tokenOf(node: SentenceContent): Token {
  const position = node.position;
  const start = position?.start.offset ?? 0;
  const end = position?.end.offset ?? start;
  const type = node.type;
  if (type === "WordNode") return { kind: "word", value: valueOf(node), start, end };
  const kind = type === "PunctuationNode" ? "punctuation" : type === "WhiteSpaceNode" ? "space" : "symbol";
  return { kind, value: node.value, start, end };
}

/** The text of a word: its parts joined. */
function valueOf(node: Word): string {
  const parts = node.children;
  if (parts.length === 1) return (parts[0] as { value: string }).value;
  let value = "";
  for (const part of parts) value += (part as { value: string }).value;
  return value;
}
