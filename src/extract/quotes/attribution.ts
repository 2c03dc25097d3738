import type { ReleaseDocument, Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import type { QuoteVocabulary } from "./vocabulary.js";

/** A speaker phrase found next to a quotation, offsets into the cleaned text. */
export interface Attribution {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** How far after a closing mark and before an opening one a speaker phrase is looked for, in characters. */
const AFTER_REACH = 200;
const BEFORE_REACH = 400;

/** Most words of a speaker phrase after its verb, and before it in `“…,” X said`. */
const MAX_PHRASE_AFTER_VERB = 12;
const MAX_PHRASE_BEFORE_VERB = 8;

/**
 * The document's tokens that lie inside `[from, to)` of the cleaned text, found through the
 * sentences (sorted and disjoint) that overlap the stretch.
 *
 * @example
 * ```ts
 * tokensBetween(document, 120, 160).map((word) => word.value); // [",", "said", "the", "Minister", "."]
 * ```
 */
export function tokensBetween(document: ReleaseDocument, from: number, to: number): readonly Word[] {
  const sentences = document.sentences;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as Sentence).end <= from) low = middle + 1;
    else high = middle;
  }
  const tokens: Word[] = [];
  for (let at = low; at < sentences.length; at++) {
    const sentence = sentences[at] as Sentence;
    if (sentence.start >= to) break;
    for (const word of sentence.words) {
      if (word.start >= to) break;
      if (word.start >= from && word.end <= to) tokens.push(word);
    }
  }
  return tokens;
}

const isWord = (token: Word | undefined): token is Word => token !== undefined && token.kind === "word";

/** A mark made of dots only ("." or "..."): it ends a phrase. */
function isDot(token: Word): boolean {
  return /^\.+$/.test(token.value);
}

/** A mark that ends a sentence inside a line: . ! ? ; (or a run of them). */
function endsSentence(token: Word): boolean {
  return token.kind !== "word" && /^[.!?;]+$/.test(token.value);
}

/** A mark between a speaker's verb and the quotation: `said: “…”`, `said, “…”`, `said - “…”`. */
function isLeadInMark(token: Word): boolean {
  return token.kind !== "word" && /^[:,\-\u2014]+$/.test(token.value);
}

/**
 * The speaker phrase after a closing quotation mark: `“…,” said X`, `“…,” X said`,
 * `“…,” added the Secretary General`, read from the document's tokens between the mark and
 * the end of its line.
 *
 * @example
 * ```ts
 * attributionAfter(vocabulary, document, close + 1, line.end); // ', said the Minister.' → { phrase: "the Minister", ... }
 * ```
 */
export function attributionAfter(vocabulary: QuoteVocabulary, document: ReleaseDocument, from: number, lineEnd: number): Attribution | null {
  const words = tokensBetween(document, from, Math.min(lineEnd, from + AFTER_REACH));
  let index = 0;
  while (words[index] && !isWord(words[index]) && !isDot(words[index] as Word)) index++;
  const first = words[index];
  if (!isWord(first)) return null;
  if (vocabulary.speechVerbs.has(first.lower)) {
    let at = index + 1;
    if (vocabulary.verbParticles.has(words[at]?.lower ?? "")) at++;
    const phrase: Word[] = [];
    while (isWord(words[at]) && !vocabulary.phraseStops.has((words[at] as Word).lower) && phrase.length < MAX_PHRASE_AFTER_VERB) {
      phrase.push(words[at] as Word);
      at++;
    }
    return phraseOf(phrase);
  }
  // X said: a few words, then the verb.
  for (let at = index; at <= index + MAX_PHRASE_BEFORE_VERB && at < words.length; at++) {
    const word = words[at] as Word;
    if (!isWord(word)) return null;
    if (vocabulary.speechVerbs.has(word.lower) && at > index) return phraseOf(words.slice(index, at));
  }
  return null;
}

/**
 * The speaker phrase before an opening quotation mark: `X said: “…”`, `X noted that “…”`,
 * `According to X, “…”`, read from the document's tokens between the start of the mark's
 * line and the mark. Gives the nearest clause first and the whole sentence before the verb
 * as a second choice.
 *
 * @example
 * ```ts
 * attributionBefore(vocabulary, document, line.start, open)[0]?.phrase; // "The Minister said: “…" → "The Minister"
 * ```
 */
export function attributionBefore(vocabulary: QuoteVocabulary, document: ReleaseDocument, lineStart: number, open: number): Attribution[] {
  const words = tokensBetween(document, Math.max(lineStart, open - BEFORE_REACH), open);
  let end = words.length;
  while (end > 0 && isLeadInMark(words[end - 1] as Word)) end--;
  if (words[end - 1]?.lower === vocabulary.words.complementizer) end--;
  const verb = words[end - 1];
  if (!isWord(verb)) return [];
  let verbIndex = end - 1;
  if (vocabulary.verbParticles.has(verb.lower) && vocabulary.speechVerbs.has(words[end - 2]?.lower ?? "")) verbIndex = end - 2;
  const result: Attribution[] = [];
  const [according, to] = vocabulary.words.according;
  const at = words.findLastIndex((word) => word.lower === according);
  if (at >= 0 && words[at + 1]?.lower === to && at + 2 < end) {
    const attribution = phraseOf(words.slice(at + 2, end).filter(isWord));
    if (attribution) result.push(attribution);
    return result;
  }
  if (!vocabulary.speechVerbs.has((words[verbIndex] as Word).lower)) return [];
  let from = verbIndex;
  while (from > 0 && isWord(words[from - 1])) from--;
  const clause = phraseOf(words.slice(from, verbIndex));
  if (clause) result.push(clause);
  let sentenceStart = verbIndex;
  while (sentenceStart > 0 && !endsSentence(words[sentenceStart - 1] as Word)) sentenceStart--;
  const whole = phraseOf(words.slice(sentenceStart, verbIndex).filter(isWord));
  if (whole && whole.start !== clause?.start) result.push(whole);
  return result;
}

function phraseOf(words: readonly Word[]): Attribution | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { phrase: words.map((word) => word.value).join(" "), start: first.start, end: last.end };
}
