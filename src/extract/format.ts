import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { MeetingFormat } from "../schema/venue.js";
import { documentOf, type Sentence } from "../core/document.js";
import { memoizeOn } from "../core/memo.js";
import { eventWords, lexiconFor, type Lexicon } from "../lexicon/index.js";
import { leadOfDocument, type ReleaseLead } from "./lead.js";
import { phraseContextOf } from "./venue/context.js";
import { headlinePlaces } from "./venue/headline.js";

declare module "vfile" {
  interface DataMap {
    /** Meeting format (format plugin). */
    format: MeetingFormat | null;
  }
}

/** A meeting held without the sides in one place. */
export type RemoteFormat = "video" | "phone";

/**
 * Says whether the lead reports a remote meeting: "video" or "phone", or null. The headline
 * speaks first: its remote words decide, and a place it names ("..., St. Petersburg, November
 * 8, 2022") makes the meeting one in person, whatever calls the body recalls. Else the body
 * sentences of the lead decide. Shared by the format and venue plugins (a call has no venue,
 * even under a dateline); worked out once per lead.
 *
 * @example
 * ```ts
 * // "The presidents held a videoconference."
 * remoteFormatOf(tree, file); // "video"
 * ```
 */
export function remoteFormatOf(tree: Root, file: VFile): RemoteFormat | null {
  const document = documentOf(tree, file);
  const lead = leadOfDocument(document, file);
  const memo = remoteFormats(lead);
  if (memo.format === undefined) {
    const lexicon = lexiconFor(document.language);
    const phrases = formatPhrases(lexicon);
    const headline = computeRemoteFormat(lead.title, phrases);
    // The headline's places are asked only when the body reports a remote meeting (they can
    // only overrule it): most leads report none, and a Russian lead's venue never reads them.
    const body = headline === null ? computeRemoteFormat(lead.body, phrases) : null;
    if (headline !== null) memo.format = headline;
    else if (body === null || headlinePlaces(lead, lexicon, phraseContextOf(document, file)).length > 0) memo.format = null;
    else memo.format = body;
  }
  return memo.format;
}

const remoteFormats = memoizeOn((_lead: ReleaseLead) => ({ format: undefined as RemoteFormat | null | undefined }));

function computeRemoteFormat(sentences: readonly Sentence[], phrases: FormatPhrases): RemoteFormat | null {
  for (const sentence of sentences) {
    // Most sentences hold no cue word at all: told without an array of their words.
    if (!holdsCueWord(sentence, phrases)) continue;
    const words = lowerWordsOf(sentence);
    // A video phrase anywhere in the sentence wins over a phone word before it.
    let phone = false;
    let future = false;
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string;
      // Most words are none of the words below: one look-up turns them away, not four.
      if (!phrases.cueWords.has(word)) continue;
      // "..., которое пройдёт в режиме видеоконференции": what follows is a coming event's.
      if (phrases.futureWords.has(word)) future = true;
      if (future) continue;
      for (const phrase of phrases.byFirstWord.get(word) ?? NO_PHRASES) {
        if (!startsAt(words, index, phrase.words)) continue;
        if (phrase.format === "video") return "video";
        phone = true;
      }
      if (phrases.remoteModifiers.has(word) && qualifiesMeeting(words[index + 1], phrases)) return "video";
      // "called on the parties" is an appeal; "a courtesy call" a visit.
      if (phrases.callWords.has(word) && !phrases.appealFollowers.has(words[index + 1] ?? "") && !phrases.visitCallModifiers.has(words[index - 1] ?? "")) phone = true;
    }
    if (phone) return "phone";
  }
  return null;
}

/**
 * A remote modifier ("online", "virtual") qualifies the meeting when nothing follows it, or a
 * meeting word, a form of meeting or a function word does ("held online", "an online summit",
 * "online on 3 May"); before another noun it names a subject ("online scams").
 */
function qualifiesMeeting(next: string | undefined, phrases: FormatPhrases): boolean {
  return next === undefined || phrases.modifierFollowers.has(next);
}

/** Some word of the sentence is one the loop of {@link computeRemoteFormat} acts on. */
function holdsCueWord(sentence: Sentence, phrases: FormatPhrases): boolean {
  for (const word of sentence.words) if (word.kind === "word" && phrases.cueWords.has(word.lower)) return true;
  return false;
}

/** The lower-cased word tokens of a sentence (punctuation and symbols left out). */
function lowerWordsOf(sentence: Sentence): readonly string[] {
  const words: string[] = [];
  for (const word of sentence.words) if (word.kind === "word") words.push(word.lower);
  return words;
}

interface FormatPhrase {
  readonly words: readonly string[];
  readonly format: RemoteFormat;
}

/** A lexicon's format words, ready for matching. */
interface FormatPhrases {
  /** The video and phone phrases by their first word: a word of the lead costs one look-up, not one comparison per phrase. */
  readonly byFirstWord: ReadonlyMap<string, readonly FormatPhrase[]>;
  readonly callWords: ReadonlySet<string>;
  readonly appealFollowers: ReadonlySet<string>;
  readonly visitCallModifiers: ReadonlySet<string>;
  readonly futureWords: ReadonlySet<string>;
  readonly remoteModifiers: ReadonlySet<string>;
  /** Words after which a remote modifier still qualifies the meeting: meeting and event words, forms of meeting, function words. */
  readonly modifierFollowers: ReadonlySet<string>;
  /** Every word the loop of {@link computeRemoteFormat} acts on: future words, phrase openers, remote modifiers, call words. */
  readonly cueWords: ReadonlySet<string>;
}

const NO_PHRASES: readonly FormatPhrase[] = [];

const formatPhrases = memoizeOn((lexicon: Lexicon): FormatPhrases => {
  const byFirstWord = new Map<string, FormatPhrase[]>();
  const add = (words: readonly string[], format: RemoteFormat): void => {
    const first = words[0] as string;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, format }]);
  };
  for (const words of lexicon.formats.videoPhrases) add(words, "video");
  for (const words of lexicon.formats.phonePhrases) add(words, "phone");
  const futureWords = lexicon.formats.futureWords ?? [];
  const remoteModifiers = lexicon.formats.remoteModifiers ?? [];
  return {
    byFirstWord,
    cueWords: new Set([...futureWords, ...byFirstWord.keys(), ...remoteModifiers, ...lexicon.formats.callWords]),
    callWords: new Set(lexicon.formats.callWords),
    appealFollowers: new Set(lexicon.formats.appealFollowers),
    visitCallModifiers: new Set(lexicon.formats.visitCallModifiers),
    futureWords: new Set(futureWords),
    remoteModifiers: new Set(remoteModifiers),
    modifierFollowers: new Set([
      ...(lexicon.formats.remoteModifierFollowers ?? []),
      ...Object.values(lexicon.events).flat(),
      ...lexicon.topics.stopWords,
      ...lexicon.topics.conjunctions,
    ]),
  };
});

/** The words from `index` on begin with the phrase. */
function startsAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (words[index + offset] !== phrase[offset]) return false;
  return true;
}

/**
 * unified plugin: decides how the main event was held. "phone" or "video" when the lead
 * says so; "in-person" when the venue plugin found a place or the lead reports a visit; else
 * null (the text says only that a meeting was held). Run it after the venue plugin.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * parseRelease("The ministers held a videoconference on 3 May 2021.").format; // "video"
 * ```
 *
 * @group Parsing
 */
export function extractFormat() {
  return (tree: Root, file: VFile): undefined => {
    let format: MeetingFormat | null = remoteFormatOf(tree, file);
    if (format === null && (file.data.venue || reportsVisit(tree, file))) format = "in-person";
    file.data.format = format;
    return undefined;
  };
}

/** The lead reports a visit, an arrival or a host receiving guests: the sides met in one place. */
function reportsVisit(tree: Root, file: VFile): boolean {
  const visitWords = eventWords(lexiconFor(documentOf(tree, file).language), "visit", "visiting", "arrival", "hosting", "receiving");
  const lead = leadOfDocument(documentOf(tree, file), file);
  return [...lead.title, ...lead.body].some((sentence) => sentence.words.some((word) => word.kind === "word" && visitWords.has(word.lower)));
}
