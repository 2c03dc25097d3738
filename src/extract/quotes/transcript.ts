import type { SentenceView, Token } from "../../pipeline/document.js";
import { memoizeOn } from "../../core/memo.js";

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

/** Words of titles that make a capitalised run before a colon a speaker label. */
const TITLE_WORDS = new Set([
  "president", "minister", "secretary", "chairman", "chairwoman", "chairperson", "chair", "chancellor", "king", "queen",
  "sultan", "emir", "prince", "governor", "ambassador", "director", "head", "spokesperson", "spokesman", "spokeswoman",
  "representative", "mayor", "speaker", "premier", "commissioner", "envoy", "general", "deputy", "advisor", "adviser",
]);

/** Capitalised words that head metadata lines, not speech ("Source:", "Press Release:"). */
const NOT_SPEAKERS = new Set([
  "source", "photo", "note", "tags", "topics", "date", "contact", "read", "more", "related", "main", "results",
  "meeting", "documents", "location", "place", "time", "subject", "press", "release", "news", "update", "updated",
  "category", "keywords", "theme", "agenda", "attachments", "see", "also", "website", "email", "phone", "tel", "fax",
]);

const CONNECTORS = new Set(["of", "the", "and", "for"]);

/** Word tokens a speaker label may hold. */
const MAX_LABEL_WORDS = 16;

/**
 * Finds the transcript part of a release: the speeches a readout appends after a line of
 * asterisks ("* * *") or after a first speaker label ("Vladimir Putin: Thank you."). Every
 * sentence from that point on is speech, not the release's report of the event.
 *
 * @param isKnownPerson - Says whether a label's words name a known person (optional help).
 *
 * @example
 * ```ts
 * transcriptOf(sentencesOf(tree)).start; // offset of "* * *", or null
 * ```
 */
export function transcriptOf(
  sentences: readonly SentenceView[],
  isKnownPerson: (label: string) => boolean = () => false,
): Transcript {
  let start: number | null = null;
  const labels: SpeakerLabel[] = [];
  for (const { sentence, words, stars } of candidatesOf(sentences)) {
    if (stars > 0 && start === null) start = sentence.start;
    const label = labelOf(words, stars, isKnownPerson);
    if (label) {
      labels.push({ ...label, sentence: sentence.index });
      if (start === null) start = sentence.start;
    }
  }
  return { start, labels };
}

/** A sentence that may open a transcript or hold a label, with its non-space tokens. */
interface Candidate {
  readonly sentence: SentenceView;
  readonly words: readonly Token[];
  /** Number of leading tokens of asterisks. */
  readonly stars: number;
}

/** Candidates per list of sentences: the agreements and the quotes plugins both ask. */
const candidatesOf = memoizeOn(findCandidates);

function findCandidates(sentences: readonly SentenceView[]): readonly Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    if (!hasColonOrStar(sentence.tokens)) continue;
    const words = sentence.tokens.filter((token) => token.kind !== "space");
    found.push({ sentence, words, stars: leadingStars(words) });
  }
  return found;
}

/** Without a colon or a token of asterisks a sentence opens no transcript and holds no label. */
function hasColonOrStar(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (token.value === ":" || token.value.charCodeAt(0) === 42) return true;
  }
  return false;
}

function leadingStars(tokens: readonly Token[]): number {
  let count = 0;
  while (count < tokens.length && /^\*+$/.test((tokens[count] as Token).value)) count++;
  return count;
}

function labelOf(
  tokens: readonly Token[],
  from: number,
  isKnownPerson: (label: string) => boolean,
): Omit<SpeakerLabel, "sentence"> | null {
  let colon = -1;
  let words = 0;
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.value === ":") {
      colon = index;
      break;
    }
    if (token.kind === "word") words++;
    else if (token.value !== "-" && token.value !== "'") return null;
    if (words > MAX_LABEL_WORDS + 10) return null;
  }
  if (colon < 0 || colon + 1 >= tokens.length) return null;
  const after = tokens[colon + 1] as Token;
  if (after.kind !== "word" || !isUpper(after.value)) return null;

  // The label is the capitalised run ending at the colon; after asterisks a heading may precede it.
  let first = colon;
  let capitalised = 0;
  let titled = false;
  const names: string[] = [];
  while (first - 1 >= from) {
    const token = tokens[first - 1] as Token;
    if (token.kind !== "word") break;
    const lower = token.value.toLowerCase();
    if (isUpper(token.value)) {
      capitalised++;
      names.push(lower);
      if (lower.split("-").some((part) => TITLE_WORDS.has(part)) || /[a-z](President|Minister|Secretary)/.test(token.value)) {
        titled = true;
      }
    } else if (!CONNECTORS.has(lower)) {
      break;
    }
    first--;
  }
  while (first < colon && CONNECTORS.has((tokens[first] as Token).value.toLowerCase())) first++;
  if (first === colon || capitalised < 2 || capitalised > MAX_LABEL_WORDS) return null;
  if (first !== from && from === 0) return null;
  const startToken = tokens[first] as Token;
  const endToken = tokens[colon - 1] as Token;
  const text = tokens.slice(first, colon).map((token) => token.value).join(" ");
  const plainName = capitalised <= 3 && names.every((name) => !NOT_SPEAKERS.has(name) && /^[\p{L}'-]+$/u.test(name));
  if (!titled && !plainName && !isKnownPerson(text)) return null;
  return { start: startToken.start, end: endToken.end, speechStart: (tokens[colon] as Token).end };
}

function isUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
