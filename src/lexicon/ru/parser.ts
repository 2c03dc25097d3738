import type { Paragraph, Sentence, SentenceContent } from "nlcst";
import { ParseLatin } from "parse-latin";

// parse-latin keeps a Latin initial ("T. Greminger") and its own abbreviations inside a
// sentence, but ends one at every other word followed by a full stop and a capital: a Cyrillic
// initial written apart from the surname ("В. А. Руденка", "Х. ЗАРИФИ") and the abbreviations
// of Russian prose ("в г. Пекине", "т.г.") would each cut a sentence in two.

/** A Cyrillic initial: one capital, or a capital and a small letter ("Дж", "Ш"). */
const INITIAL = /^\p{Lu}\p{Ll}?$/u;
/** Lower-case abbreviations that a full stop closes inside a Russian sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(["г", "гг", "им", "ул", "просп", "пл", "обл", "т.г", "с.г", "т.е", "т.к", "т.н", "напр", "ген"]);
/** Abbreviations of a year ("2017 г.") that may end a sentence when a number stands before them. */
const YEAR_ABBREVIATIONS: ReadonlySet<string> = new Set(["г", "гг"]);
/** Cyrillic letters, to tell a Cyrillic initial from a Latin one (which parse-latin handles). */
const CYRILLIC = /\p{Script=Cyrillic}/u;

function textOf(node: SentenceContent): string {
  if ("value" in node) return node.value;
  let text = "";
  for (const child of node.children) text += textOf(child as SentenceContent);
  return text;
}

/** The sentence ends with an initial or an abbreviation and its full stop. */
function endsInAbbreviation(sentence: Sentence): boolean {
  const children = sentence.children;
  const stop = children[children.length - 1];
  const word = children[children.length - 2];
  if (!stop || !word || stop.type !== "PunctuationNode" || stop.value !== "." || word.type !== "WordNode") return false;
  const value = textOf(word);
  if (!CYRILLIC.test(value)) return false;
  if (INITIAL.test(value)) return true;
  const lower = value.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  // "... в 2017 г. Стороны ...": after a year, "г." may close the sentence; "в г. Пекине" does not.
  return !(YEAR_ABBREVIATIONS.has(lower) && /^\d/u.test(textOf(previousWord(children) ?? word)));
}

/** The word before the sentence's last word, past white space. */
function previousWord(children: readonly SentenceContent[]): SentenceContent | undefined {
  for (let index = children.length - 3; index >= 0; index--) {
    const child = children[index] as SentenceContent;
    if (child.type !== "WhiteSpaceNode") return child;
  }
  return undefined;
}

/** The first word of a sentence, if a word comes before any punctuation. */
function startsWithWord(sentence: Sentence): boolean {
  for (const child of sentence.children) {
    if (child.type === "WordNode") return true;
    if (child.type !== "WhiteSpaceNode") return false;
  }
  return false;
}

/**
 * Joins a sentence that ends in a Cyrillic initial or abbreviation with the next, the full
 * stop becoming part of the word ("В." + "А." + "Руденка").
 */
function mergeRussianAbbreviations(paragraph: Paragraph): void {
  const children = paragraph.children;
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index];
    if (!sentence || sentence.type !== "SentenceNode" || !endsInAbbreviation(sentence)) continue;
    let nextIndex = index + 1;
    // A space between the sentences belongs inside the joined one.
    const between: SentenceContent[] = [];
    while (children[nextIndex]?.type === "WhiteSpaceNode") between.push(children[nextIndex++] as SentenceContent);
    const next = children[nextIndex];
    if (!next || next.type !== "SentenceNode" || !startsWithWord(next)) continue;
    const stop = sentence.children.pop() as SentenceContent;
    const word = sentence.children[sentence.children.length - 1];
    if (word?.type === "WordNode") {
      word.children.push(stop as never);
      if (word.position && stop.position) word.position = { start: word.position.start, end: stop.position.end };
    }
    sentence.children.push(...between, ...next.children);
    if (sentence.position && next.position) sentence.position = { start: sentence.position.start, end: next.position.end };
    children.splice(index + 1, nextIndex - index);
    // The joined sentence may end in another initial ("В. А. Руденка"): look at it again.
    index--;
  }
}

/**
 * parse-latin with one more rule for Russian text: a Cyrillic initial written apart from the
 * surname ("С. Зась", "В. А. Руденок") and the abbreviations of Russian prose ("г.", "т.г.",
 * "им.") do not end a sentence.
 *
 * @example
 * ```ts
 * new ParseRussian().parse("Встреча с В. А. Руденком прошла в г. Минске.").children[0]; // one paragraph, one sentence
 * ```
 */
export class ParseRussian extends ParseLatin {
  constructor(doc?: string | null, file?: unknown) {
    super(doc, file as never);
    const plugins = this.tokenizeParagraphPlugins;
    // Before parse-latin's own merges, which read the sentences this one joins.
    plugins.splice(0, 0, mergeRussianAbbreviations as (typeof plugins)[number]);
  }
}
