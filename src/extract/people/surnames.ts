import type { Word } from "../../core/word.js";
import type { MentionContext } from "./participation.js";
import type { PeopleVocabulary } from "./vocabulary.js";
import { endsInApostropheS } from "./words.js";

/**
 * Adds mentions by surname alone ("Mr Sullivan" is found by the honorific; plain "Putin",
 * "Japarov" in transcripts are found here) for surnames of people already found.
 * `sentenceWords` are the words of every sentence; `inTitles` and `inLeads` say where each
 * sentence stands, as the main pass read them.
 */
export function addSurnameMentions(
  sentenceWords: readonly (readonly Word[])[],
  contexts: MentionContext[],
  inTitles: readonly boolean[],
  inLeads: readonly boolean[],
  vocabulary: PeopleVocabulary,
): void {
  const surnames = new Set<string>();
  for (const { mention } of contexts) {
    const tokens = mention.tokens.filter((token) => !vocabulary.isNameSuffix(token));
    if (tokens.length >= 2) surnames.add(tokens[tokens.length - 1] as string);
  }
  if (surnames.size === 0) return;
  const covered = new Set(contexts.map(({ mention }) => mention.start));
  sentenceWords.forEach((words, position) => {
    const inTitle = inTitles[position] as boolean;
    const inLead = inLeads[position] as boolean;
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      if (!word.capitalized || !surnames.has(word.bare) || covered.has(word.start)) continue;
      const previous = index > 0 ? words[index - 1] : undefined;
      const next = words[index + 1];
      // Part of a longer name already found, or followed by another capitalised word: not a lone surname.
      if ((previous && previous.capitalized && previous.kind === "word") || (next && next.capitalized && next.kind === "word")) continue;
      // "Alexander Van der Bellen": after a particle, the word is the end of a longer name.
      if (previous !== undefined && previous.kind === "word" && vocabulary.isParticleWord(previous)) continue;
      contexts.push({
        mention: {
          tokens: [word.bare],
          name: word.bare,
          from: index,
          to: index + 1,
          start: word.start,
          end: endsInApostropheS(word) ? word.end - 2 : word.end,
          role: null,
          organization: null,
          country: null,
          titleKind: null,
          evidence: "weak",
          possessive: endsInApostropheS(word),
          speakerLine: next?.value === ":",
        },
        inTitle,
        inLead,
        words,
        signature: false,
        sentenceOrg: null,
      });
    }
  });
}
