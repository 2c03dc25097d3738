import type { Word } from "../../../core/word.js";
import { readRussianName, sameRussianNameWord } from "../../../normalize/russian-names.js";
import type { MentionContext } from "../participation.js";

/**
 * Adds mentions by surname alone, in any case ("Лавров", "Мирзоян отметил", "поздравил
 * Зася"), for surnames of people already found by a fuller name. `sentenceWords` are the
 * words of every sentence; `inTitles` and `inLeads` say where each sentence stands.
 */
export function addRussianSurnameMentions(
  sentenceWords: readonly (readonly Word[])[],
  contexts: MentionContext[],
  inTitles: readonly boolean[],
  inLeads: readonly boolean[],
): void {
  const surnames: string[] = [];
  for (const { mention } of contexts) {
    const parts = readRussianName(mention.name);
    if (parts.surname === null || (parts.given === null && parts.initials.length === 0)) continue;
    const words = parts.surname.split(" ");
    const surname = words[words.length - 1] as string;
    if (!surnames.includes(surname)) surnames.push(surname);
  }
  if (surnames.length === 0) return;
  const covered = new Set(contexts.map(({ mention }) => mention.start));
  sentenceWords.forEach((words, position) => {
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as Word;
      if (word.kind !== "word" || !word.capitalized || word.value.length < 3 || covered.has(word.start)) continue;
      const previous = words[index - 1];
      const next = words[index + 1];
      // Part of a longer name, or of a body's name: another capitalised word beside it.
      if ((previous && previous.kind === "word" && previous.capitalized) || (next && next.kind === "word" && next.capitalized)) continue;
      if (!surnames.some((surname) => sameRussianNameWord(surname, word.value))) continue;
      contexts.push({
        mention: {
          tokens: [word.value],
          name: word.value,
          from: index,
          to: index + 1,
          start: word.start,
          end: word.end,
          role: null,
          organization: null,
          country: null,
          titleKind: null,
          evidence: "weak",
          possessive: false,
          speakerLine: next?.value === ":",
        },
        inTitle: inTitles[position] as boolean,
        inLead: inLeads[position] as boolean,
        words,
        signature: false,
        sentenceOrg: null,
      });
    }
  });
}
