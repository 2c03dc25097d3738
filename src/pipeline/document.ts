import type { Root, Sentence, SentenceContent } from "nlcst";
import { memoizeOn } from "./memo.js";

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
      const tokens = sentence.children.map(tokenOf);
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) continue;
      let text = "";
      for (const token of tokens) text += token.value;
      sentences.push({
        index: sentences.length,
        paragraph: paragraphIndex,
        indexInParagraph: inParagraph++,
        start: first.start,
        end: last.end,
        text,
        tokens,
        node: sentence,
      });
    }
  }
  return sentences;
}

function tokenOf(node: SentenceContent): Token {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const kind =
    node.type === "WordNode"
      ? "word"
      : node.type === "PunctuationNode"
        ? "punctuation"
        : node.type === "WhiteSpaceNode"
          ? "space"
          : "symbol";
  return { kind, value: valueOf(node), start, end };
}

/** The text of a sentence child: a word's parts joined, else the node's own value. */
function valueOf(node: SentenceContent): string {
  if (node.type !== "WordNode") return node.value;
  const parts = node.children;
  if (parts.length === 1) return (parts[0] as { value: string }).value;
  let value = "";
  for (const part of parts) value += (part as { value: string }).value;
  return value;
}
