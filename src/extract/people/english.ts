import type { Lexicon } from "../../lexicon/index.js";
import { groupNames, namesOfGroup, samePerson, withCapitalizedSurname } from "../../normalize/person.js";
import { chunkWords, mayHoldName, type Chunk } from "./chunks.js";
import { findPersonMentions } from "./mentions.js";
import { singularTitle } from "./role-reading.js";
import { attachRole, type TitleHint } from "./roles.js";
import { addSurnameMentions } from "./surnames.js";
import type { NameGrammar, PeopleGrammar } from "./types.js";
import { collectUnnamedTitles } from "./unnamed-titles.js";
import { vocabularyOf } from "./vocabulary.js";

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
      const plural = pluralTitle(chunks);
      for (const mention of mentions) {
        attachRole(vocabulary, mention, words, chunks, plural);
        // A role read off the words around the name vouches for it as much as a title right before it.
        if (mention.evidence === "weak" && mention.role !== null) mention.evidence = "title";
      }
      return mentions;
    },
    addSurnameMentions: (sentenceWords, contexts, inTitles, inLeads) => addSurnameMentions(sentenceWords, contexts, inTitles, inLeads, vocabulary),
    names: ENGLISH_NAMES,
  };
}

function pluralTitle(chunks: readonly Chunk[]): TitleHint | null {
  for (const chunk of chunks) {
    if (chunk.kind === "title" && chunk.plural) return { title: singularTitle(chunk.title), kind: chunk.titleKind, from: chunk.from };
  }
  return null;
}
