import type { Word } from "../../core/word.js";
import type { Lexicon } from "../../lexicon/index.js";
import { groupNames, namesOfGroup, samePerson, withCapitalizedSurname } from "../../normalize/person.js";
import { chunkWords, mayHoldName, type Chunk } from "./chunks.js";
import { findPersonMentions } from "./mentions.js";
import { singularTitle } from "./role-reading.js";
import { attachRole, type TitleHint } from "./roles.js";
import { addSurnameMentions } from "./surnames.js";
import type { NameGrammar, PeopleGrammar } from "./types.js";
import { collectUnnamedTitles } from "./unnamed-titles.js";
import { vocabularyOf, type PeopleVocabulary } from "./vocabulary.js";
import { valuesOf } from "./words.js";

/** English names: spellings merged by {@link samePerson}, the fullest one the name. */
const ENGLISH_NAMES: NameGrammar = {
  samePerson,
  group: groupNames,
  naming(forms) {
    const written = namesOfGroup(forms);
    // "Mr. SUZUKI Kenji" is Kenji Suzuki; the form as written stays an alias.
    const name = withCapitalizedSurname(written.name);
    return { name, aliases: name === written.name ? written.aliases : [written.name, ...written.aliases] };
  },
  aliasesAsWritten: false,
};

/**
 * The English reading of people (and of any language written in English word order): title
 * phrases before a name ("Russian Foreign Minister Sergey Lavrov"), appositions after it,
 * honorifics, the lead's titles without a name.
 */
export function englishPeopleGrammar(lexicon: Lexicon): PeopleGrammar {
  const vocabulary = vocabularyOf(lexicon);
  return {
    vocabulary,
    mayHoldName: (words, orgMentions) => mayHoldName(words, orgMentions, vocabulary),
    readSentence({ words, orgMentions, inLead, unnamedTitles }) {
      const chunks = chunkWords(words, orgMentions, vocabulary);
      const mentions = findPersonMentions(words, chunks, vocabulary);
      if (inLead) collectUnnamedTitles(words, chunks, mentions, vocabulary, unnamedTitles);
      let plurals: TitleHint[] | undefined;
      const pluralBefore = (from: number): TitleHint | null => nearestBefore((plurals ??= pluralTitles(words, chunks, vocabulary)), from);
      for (const mention of mentions) {
        attachRole(vocabulary, mention, words, chunks, pluralBefore);
        // A role read off the words around the name vouches for it as much as a title right before it.
        if (mention.evidence === "weak" && mention.role !== null) mention.evidence = "title";
      }
      return mentions;
    },
    addSurnameMentions: (sentenceWords, contexts, inTitles, inLeads) => addSurnameMentions(sentenceWords, contexts, inTitles, inLeads, vocabulary),
    names: ENGLISH_NAMES,
  };
}

/**
 * The plural titles of a sentence, in word order: capitalised ones the chunker found ("the
 * Foreign Ministers of ...") and lower-case ones after "the" ("attended by the presidents of
 * Brazil, X; of Uruguay, Y"), which the chunker leaves as words. Most sentences have none.
 */
function pluralTitles(words: readonly Word[], chunks: readonly Chunk[], vocabulary: PeopleVocabulary): TitleHint[] {
  const hints: TitleHint[] = [];
  for (const chunk of chunks) {
    if (chunk.kind === "title" && chunk.plural) {
      hints.push({ title: singularTitle(chunk.title), kind: chunk.titleKind, from: chunk.from });
      continue;
    }
    if (chunk.kind !== "word") continue;
    const word = words[chunk.from] as Word;
    if (word.capitalized || words[chunk.from - 1]?.key !== "the" || !vocabulary.capitalizedWord(word).mayStartTitle) continue;
    const hit = vocabulary.titleAt(valuesOf(words), chunk.from, words, { allowLowerCase: true });
    if (hit?.plural) {
      // As a title is written before a name: "foreign ministers" → "Foreign Minister".
      const title = singularTitle(hit.title)
        .split(" ")
        .map((part) => (vocabulary.titleConnectors.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
        .join(" ");
      hints.push({ title, kind: hit.kind, from: chunk.from });
    }
  }
  return hints;
}

/** The last plural title before word `from` ("the Summit of Heads of State, ... the presidents of Brazil, X": "President"). */
function nearestBefore(hints: readonly TitleHint[], from: number): TitleHint | null {
  let nearest: TitleHint | null = null;
  for (const hint of hints) if (hint.from < from) nearest = hint;
  return nearest;
}
