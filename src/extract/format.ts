import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { MeetingFormat } from "../schema/venue.js";
import type { SentenceView } from "../pipeline/document.js";
import "../pipeline/data.js";
import { leadOf, type Lead } from "./lead.js";
import { lowerCaseOf } from "./words.js";
import { memoizeOn } from "../core/memo.js";

/** Phrases (lower-case word sequences) that say the meeting was held by telephone. */
const PHONE_PHRASES = [["telephone"], ["phone"], ["phoned"], ["teleconference"]];

/** "call" is a phone call unless it is an appeal ("called on", "calls for"). */
const CALL_WORDS = new Set(["call", "calls"]);
const APPEAL_FOLLOWERS = new Set(["for", "on", "upon", "to"]);

/** Phrases that say the meeting was held by video link. */
const VIDEO_PHRASES = [
  ["videoconference"], ["videoconferences"], ["videoconferencing"], ["video", "conference"], ["video", "link"],
  ["video", "call"], ["videocall"], ["online"], ["virtual"], ["virtually"], ["video-conference"], ["video", "format"],
  ["video-link"], ["vks"],
];

/** Words that say people came together in one place. */
const VISIT_WORDS = new Set(["visit", "visited", "visiting", "visits", "arrived", "arrives", "hosted", "welcomed", "received"]);

/**
 * Says whether the lead reports a remote meeting: "video" or "phone", or null. Shared by the
 * format and venue plugins (a call has no venue, even under a dateline).
 */
export const remoteFormatOf: (lead: Lead) => "video" | "phone" | null = memoizeOn((lead: Lead) =>
  computeRemoteFormat([...lead.title, ...lead.body]),
);

function computeRemoteFormat(sentences: readonly SentenceView[]): "video" | "phone" | null {
  for (const sentence of sentences) {
    const words = lowerWordsOf(sentence);
    // A video phrase anywhere in the sentence wins over a phone word before it.
    let phone = false;
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string;
      for (const phrase of PHRASES_BY_FIRST_WORD.get(word) ?? NO_PHRASES) {
        if (!startsAt(words, index, phrase.words)) continue;
        if (phrase.format === "video") return "video";
        phone = true;
      }
      if (CALL_WORDS.has(word) && !APPEAL_FOLLOWERS.has(words[index + 1] ?? "")) phone = true;
    }
    if (phone) return "phone";
  }
  return null;
}

interface FormatPhrase {
  readonly words: readonly string[];
  readonly format: "video" | "phone";
}

/** The video and phone phrases by their first word: a word of the lead costs one look-up, not one comparison per phrase. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly FormatPhrase[]> = phrasesByFirstWord();
const NO_PHRASES: readonly FormatPhrase[] = [];

function phrasesByFirstWord(): Map<string, FormatPhrase[]> {
  const byFirst = new Map<string, FormatPhrase[]>();
  const add = (words: readonly string[], format: "video" | "phone"): void => {
    const first = words[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), { words, format }]);
  };
  for (const words of VIDEO_PHRASES) add(words, "video");
  for (const words of PHONE_PHRASES) add(words, "phone");
  return byFirst;
}

/** The words from `index` on begin with the phrase. */
function startsAt(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  for (let offset = 0; offset < phrase.length; offset++) if (words[index + offset] !== phrase[offset]) return false;
  return true;
}

/**
 * The lower-cased word tokens of a sentence, kept on the sentence: the venue and format
 * plugins both read the lead's.
 *
 * @example
 * ```ts
 * lowerWordsOf(sentence); // ["the", "presidents", "held", "a", "videoconference"]
 * ```
 */
export const lowerWordsOf: (sentence: SentenceView) => readonly string[] = memoizeOn(computeLowerWords);

function computeLowerWords(sentence: SentenceView): string[] {
  const words: string[] = [];
  for (const token of sentence.tokens) if (token.kind === "word") words.push(lowerCaseOf(token.value));
  return words;
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
    const lead = leadOf(tree, file);
    const sentences = [...lead.title, ...lead.body];
    let format: MeetingFormat | null = remoteFormatOf(lead);
    if (format === null) {
      const visited = sentences.some((sentence) => lowerWordsOf(sentence).some((word) => VISIT_WORDS.has(word)));
      if (file.data.venue || visited) format = "in-person";
    }
    file.data.format = format;
    return undefined;
  };
}
