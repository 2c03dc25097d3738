import type { SentenceView } from "../../pipeline/document.js";
import { countWords } from "../lead.js";
import type { MentionContext } from "./participation.js";
import { wordsOf } from "../words.js";

/**
 * Adds mentions by surname alone ("Mr Sullivan" is found by the honorific; plain "Putin",
 * "Japarov" in transcripts are found here) for surnames of people already found.
 */
export function addSurnameMentions(
  sentences: readonly SentenceView[],
  contexts: MentionContext[],
  toOriginal: (offset: number) => number,
  title: { start: number; end: number } | null,
): void {
  const surnames = new Map<string, string>();
  for (const { mention } of contexts) {
    const tokens = mention.tokens.filter((token) => !/^(Jr|Sr|II|III|IV)\.?$/.test(token));
    if (tokens.length >= 2) surnames.set(tokens[tokens.length - 1] as string, tokens.join(" "));
  }
  if (surnames.size === 0) return;
  const covered = new Set(contexts.map(({ mention }) => mention.start));
  let bodyIndex = -1;
  for (const sentence of sentences) {
    const words = wordsOf(sentence);
    const start = toOriginal(sentence.start);
    const inTitle = title !== null && start >= title.start && start < title.end;
    if (!inTitle && countWords(sentence) >= 4) bodyIndex++;
    words.forEach((word, index) => {
      if (!word.capitalized || !surnames.has(word.bare) || covered.has(word.start)) return;
      const previous = words[index - 1];
      const next = words[index + 1];
      // Part of a longer name already found, or followed by another capitalised word: not a lone surname.
      if ((previous && previous.capitalized && previous.kind === "word") || (next && next.capitalized && next.kind === "word")) return;
      contexts.push({
        mention: {
          tokens: [word.bare],
          name: word.bare,
          from: index,
          to: index + 1,
          start: word.start,
          end: word.possessive ? word.end - 2 : word.end,
          role: null,
          organization: null,
          country: null,
          titleKind: null,
          evidence: "weak",
          possessive: word.possessive,
          speakerLine: next?.value === ":",
        },
        inTitle,
        bodyIndex: inTitle ? -1 : bodyIndex,
        words,
        signature: false,
      });
    });
  }
}
