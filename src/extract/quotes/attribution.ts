/**
 * Verbs that introduce or close direct speech.
 *
 * @example
 * ```ts
 * SPEECH_VERBS.has("added"); // true
 * ```
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "added", "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
  "emphasizes", "emphasises", "stated", "states", "concluded", "concludes", "continued", "remarked", "explained",
  "recalled", "declared", "underlined", "underscored", "pointed", "told", "asked", "urged", "announced", "observed",
  "commented", "highlighted", "affirmed", "insisted", "warned", "replied", "answered", "wrote", "tweeted", "reiterated",
  "believes", "summed", "concluding", "adding", "saying", "noting", "stressing", "emphasizing", "emphasising",
]);

/** Words that end a speaker phrase after its verb ("said Mr Lavrov at the press conference"). */
const PHRASE_STOPS = new Set([
  "at", "during", "in", "on", "when", "while", "after", "before", "adding", "who", "which", "following", "to", "with",
  "and", "speaking", "addressing", "that", "as",
]);

/** A speaker phrase found next to a quotation, offsets into the cleaned text. */
export interface Attribution {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** Abbreviations whose dot does not end a phrase. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "prof", "h.e"]);

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A run of letters and digits, not a punctuation mark. */
  readonly word: boolean;
}

/** Words and single punctuation marks of a stretch of text, with offsets. */
function wordsIn(text: string, base: number): Word[] {
  const words: Word[] = [];
  // The group catches runs of letters and digits; a match without it is one punctuation mark.
  const pattern = /([\p{L}\p{N}][\p{L}\p{N}'.\u2019-]*)|[^\s\p{L}\p{N}]/gu;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const value = raw.length > 1 && raw.endsWith(".") && !keepsDot(raw) ? raw.slice(0, -1) : raw;
    const start = base + (match.index ?? 0);
    words.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, word: match[1] !== undefined });
    if (value.length < raw.length) words.push({ text: ".", lower: ".", start: start + value.length, end: start + raw.length, word: false });
  }
  return words;
}

/** A final dot that belongs to the word: initials ("U.S.") and honorifics ("Mr."). */
function keepsDot(raw: string): boolean {
  return INITIALS.test(raw) || HONORIFICS.has(raw.slice(0, -1).toLowerCase());
}

const INITIALS = /^(?:\p{Lu}\.)+$/u;

const isWord = (word: Word | undefined): word is Word => word !== undefined && word.word;

/**
 * The speaker phrase after a closing quotation mark: `“…,” said X`, `“…,” X said`,
 * `“…,” added the Secretary General`. `text` is what follows the mark up to the line's end.
 *
 * @example
 * ```ts
 * attributionAfter(', said the Minister.', 100); // { phrase: "the Minister", ... }
 * ```
 */
export function attributionAfter(text: string, base: number): Attribution | null {
  const words = wordsIn(text.slice(0, 200), base);
  let index = 0;
  while (words[index] && !isWord(words[index]) && words[index]?.text !== ".") index++;
  const first = words[index];
  if (!isWord(first)) return null;
  if (SPEECH_VERBS.has(first.lower)) {
    let at = index + 1;
    if (words[at]?.lower === "out") at++;
    const phrase: Word[] = [];
    while (isWord(words[at]) && !PHRASE_STOPS.has((words[at] as Word).lower) && phrase.length < 12) {
      phrase.push(words[at] as Word);
      at++;
    }
    return phraseOf(phrase);
  }
  // X said: up to eight words, then the verb.
  for (let at = index; at < index + 9 && at < words.length; at++) {
    const word = words[at] as Word;
    if (!isWord(word)) return null;
    if (SPEECH_VERBS.has(word.lower) && at > index) return phraseOf(words.slice(index, at));
  }
  return null;
}

/**
 * The speaker phrase before an opening quotation mark: `X said: “…”`, `X noted that “…”`,
 * `According to X, “…”`. `text` is the stretch from the sentence start to the mark. Gives
 * the nearest clause first and the whole stretch as a second choice.
 *
 * @example
 * ```ts
 * attributionBefore("The Minister said: ", 0)[0]?.phrase; // "The Minister"
 * ```
 */
export function attributionBefore(text: string, base: number): Attribution[] {
  const words = wordsIn(text.slice(-400), base + Math.max(0, text.length - 400));
  let end = words.length;
  while (end > 0 && !isWord(words[end - 1]) && [":", ",", "-", "\u2014"].includes((words[end - 1] as Word).text)) end--;
  if (words[end - 1]?.lower === "that") end--;
  const verb = words[end - 1];
  if (!isWord(verb)) return [];
  let verbIndex = end - 1;
  if (verb.lower === "out" && words[end - 2]?.lower === "pointed") verbIndex = end - 2;
  const result: Attribution[] = [];
  const according = words.findLastIndex((word) => word.lower === "according");
  if (according >= 0 && words[according + 1]?.lower === "to" && according + 2 < end) {
    const attribution = phraseOf(words.slice(according + 2, end).filter(isWord));
    if (attribution) result.push(attribution);
    return result;
  }
  if (!SPEECH_VERBS.has((words[verbIndex] as Word).lower)) return [];
  let from = verbIndex;
  while (from > 0 && isWord(words[from - 1])) from--;
  const clause = phraseOf(words.slice(from, verbIndex));
  if (clause) result.push(clause);
  let sentenceStart = verbIndex;
  while (sentenceStart > 0 && !/^[.!?;]$/.test((words[sentenceStart - 1] as Word).text)) sentenceStart--;
  const whole = phraseOf(words.slice(sentenceStart, verbIndex).filter(isWord));
  if (whole && whole.start !== clause?.start) result.push(whole);
  return result;
}

function phraseOf(words: readonly Word[]): Attribution | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  return { phrase: words.map((word) => word.text).join(" "), start: first.start, end: last.end };
}
