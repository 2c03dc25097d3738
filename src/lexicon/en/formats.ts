import type { FormatWords } from "../sections/formats.js";

/**
 * English words of a meeting's format. Video phrases win over phone words in the same
 * sentence ("a phone and video call" was a video call).
 *
 * @example
 * ```ts
 * FORMAT_WORDS.callWords; // ["call", "calls"]
 * ```
 */
export const FORMAT_WORDS: FormatWords = {
  videoPhrases: [
    ["videoconference"], ["videoconferences"], ["videoconferencing"], ["video", "conference"], ["video", "link"],
    ["video", "call"], ["videocall"], ["virtually"], ["video-conference"], ["video", "format"],
    ["video-link"],
    // Russian "ВКС" (videoconference) as transliterated in machine translations.
    ["vks"],
    // A video teleconference, as military and US releases write it.
    ["vtc"], ["video", "teleconference"], ["video-teleconference"], ["video", "conferencing"],
  ],
  phonePhrases: [["telephone"], ["phone"], ["phoned"], ["teleconference"], ["telephonic"], ["telephonically"], ["phone-call"], ["telephone-call"]],
  callWords: ["call", "calls"],
  appealFollowers: ["for", "on", "upon", "to"],
  visitCallModifiers: ["courtesy", "farewell", "introductory", "port"],
  // "held online", "an online meeting" are video; "online scams", "virtual assets" are subjects.
  remoteModifiers: ["online", "virtual"],
  remoteModifierFollowers: [
    "format", "formats", "mode", "platform", "platforms", "event", "events", "exchange", "round", "rounds", "participation",
    "basis", "segment", "dialogue", "sessions", "meetings", "summits", "conferences", "consultation", "consultations",
    "gathering", "ceremony", "contacts", "contact", "interaction", "discussions", "discussion", "launch", "presentation",
  ],
};
