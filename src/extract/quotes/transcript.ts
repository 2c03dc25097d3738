import { isUpperAt } from "../../core/text.js";
import type { Sentence } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import type { QuoteVocabulary } from "./vocabulary.js";

/** A speaker label of a transcript ("President of Russia Vladimir Putin:"). */
export interface SpeakerLabel {
  /** The label's words, offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  /** Offset just after the colon. */
  readonly speechStart: number;
  /** Index of the sentence holding it. */
  readonly sentence: number;
}

/** Where the transcript part of a release begins (cleaned offset, or null) and its labels. */
export interface Transcript {
  readonly start: number | null;
  readonly labels: readonly SpeakerLabel[];
}

/** Word tokens a speaker label may hold. */
const MAX_LABEL_WORDS = 16;

/**
 * Finds the transcript part of a release: the speeches a readout appends after a line of
 * asterisks ("* * *") or after a first speaker label ("Vladimir Putin: Thank you."). Every
 * sentence from that point on is speech, not the release's report of the event.
 *
 * @param vocabulary - The quote words of the release's language.
 * @param isKnownPerson - Says whether a label's words name a known person (optional help).
 *
 * @example
 * ```ts
 * transcriptOf(documentOf(tree, file).sentences, quoteVocabularyOf(lexicon)).start; // offset of "* * *", or null
 * ```
 */
export function transcriptOf(
  sentences: readonly Sentence[],
  vocabulary: QuoteVocabulary,
  isKnownPerson: (label: string) => boolean = () => false,
): Transcript {
  let start: number | null = null;
  const labels: SpeakerLabel[] = [];
  for (const { sentence, words, stars } of candidatesOf(sentences)) {
    if (stars > 0 && start === null) start = sentence.start;
    const label = labelOf(vocabulary, words, stars, isKnownPerson);
    if (label) {
      labels.push({ ...label, sentence: sentence.index });
      if (start === null) start = sentence.start;
    }
  }
  return { start, labels };
}

/** A sentence that may open a transcript or hold a label, with its tokens. */
interface Candidate {
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  /** Number of leading tokens of asterisks. */
  readonly stars: number;
}

/** Candidates per list of sentences: the agreements and the quotes plugins both ask. */
const candidatesOf = memoizeOn(findCandidates);

function findCandidates(sentences: readonly Sentence[]): readonly Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    if (!hasColonOrStar(sentence.words)) continue;
    found.push({ sentence, words: sentence.words, stars: leadingStars(sentence.words) });
  }
  return found;
}

/** Without a colon or a token of asterisks a sentence opens no transcript and holds no label. */
function hasColonOrStar(tokens: readonly Word[]): boolean {
  for (const token of tokens) {
    if (token.value === ":" || token.value.charCodeAt(0) === 42) return true;
  }
  return false;
}

function leadingStars(tokens: readonly Word[]): number {
  let count = 0;
  while (count < tokens.length && /^\*+$/.test((tokens[count] as Word).value)) count++;
  return count;
}

function labelOf(
  vocabulary: QuoteVocabulary,
  tokens: readonly Word[],
  from: number,
  isKnownPerson: (label: string) => boolean,
): Omit<SpeakerLabel, "sentence"> | null {
  let colon = -1;
  let words = 0;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index] as Word;
    if (token.value === ":") {
      colon = index;
      break;
    }
    if (token.kind === "word") words++;
    else if (token.value !== "-" && token.value !== "'") return null;
    if (words > MAX_LABEL_WORDS + 10) return null;
  }
  if (colon < 0 || colon + 1 >= tokens.length) return null;
  const after = tokens[colon + 1] as Word;
  if (after.kind !== "word" || !after.capitalized) return null;

  // The label is the capitalised run ending at the colon; after asterisks a heading may precede it.
  let first = colon;
  let capitalised = 0;
  let titled = false;
  const names: string[] = [];
  while (first - 1 >= from) {
    const token = tokens[first - 1] as Word;
    if (token.kind !== "word") break;
    const lower = token.value.toLowerCase();
    if (token.capitalized) {
      // "В.Путин", "С.В.Лавров": initials glued to a surname are a name of two words and more.
      const initials = initialsOf(token.value);
      capitalised += 1 + initials;
      names.push(initials > 0 ? lower.slice(lower.lastIndexOf(".") + 1) : lower);
      if (lower.split("-").some((part) => vocabulary.labelTitles.has(part)) || hasGluedTitle(vocabulary, token.value)) {
        titled = true;
      }
    } else if (!vocabulary.labelConnectors.has(lower)) {
      break;
    }
    first--;
  }
  while (first < colon && vocabulary.labelConnectors.has((tokens[first] as Word).value.toLowerCase())) first++;
  if (first === colon || capitalised < 2 || capitalised > MAX_LABEL_WORDS) return null;
  if (first !== from && from === 0) return null;
  const startToken = tokens[first] as Word;
  const endToken = tokens[colon - 1] as Word;
  const text = tokens.slice(first, colon).map((token) => token.value).join(" ");
  const plainName = capitalised <= 3 && names.every((name) => !vocabulary.notSpeakers.has(name) && /^[\p{L}'-]+$/u.test(name));
  if (!titled && !plainName && !isKnownPerson(text)) return null;
  return { start: startToken.start, end: endToken.end, speechStart: (tokens[colon] as Word).end };
}

/** Initials glued to a surname ("В.Путин" → 1, "С.В.Лавров" → 2), or 0: one or two capitals with a dot, then a capitalised word. */
function initialsOf(value: string): number {
  let at = 0;
  let initials = 0;
  while (initials < 2 && isUpperAt(value, at) && value.charAt(at + 1) === ".") {
    initials++;
    at += 2;
  }
  if (initials === 0 || !isUpperAt(value, at) || at + 1 >= value.length) return 0;
  for (let index = at + 1; index < value.length; index++) {
    const char = value.charAt(index);
    // Letters (a cased script's) and hyphens only: "Мирзиёев", "Касым-Жомарт".
    if (char !== "-" && char.toLowerCase() === char.toUpperCase()) return 0;
  }
  return initials;
}

/** A title glued to the word before it ("SadyrPresident"): a small letter, then the title. */
function hasGluedTitle(vocabulary: QuoteVocabulary, value: string): boolean {
  for (const title of vocabulary.words.gluedLabelTitles) {
    for (let at = value.indexOf(title, 1); at > 0; at = value.indexOf(title, at + 1)) {
      if (isAsciiLower(value.charCodeAt(at - 1))) return true;
    }
  }
  return false;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
