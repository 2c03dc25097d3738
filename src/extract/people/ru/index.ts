import type { Word } from "../../../core/word.js";
import type { Lexicon } from "../../../lexicon/index.js";
import { englishNameOf, groupRussianNames, sameRussianPerson } from "../../../normalize/russian-names.js";
import type { OrgMention } from "../chunks.js";
import type { NameGrammar, PeopleGrammar } from "../types.js";
import { chunkRussianWords, hasInitials } from "./chunks.js";
import { findRussianMentions } from "./mentions.js";
import { addRussianSurnameMentions } from "./surnames.js";
import { russianVocabularyOf } from "./vocabulary.js";

/**
 * Russian names: forms of one person told by their name keys ("С.Лавровым", "Сергей
 * Лавров"), named in English (the officials gazetteer's spelling, else the romanized
 * nominative), every form the text writes an alias.
 */
const RUSSIAN_NAMES: NameGrammar = {
  samePerson: sameRussianPerson,
  group: groupRussianNames,
  naming(forms, day) {
    const aliases: string[] = [];
    for (const form of forms) if (!aliases.includes(form)) aliases.push(form);
    return { name: englishNameOf(aliases, day), aliases };
  },
  aliasesAsWritten: true,
};

/**
 * The Russian reading of people: names that decline ("с Министром обороны Республики Армения
 * Давидом Тонояном"), initials ("С.В.Лавров", "В. А. Руденка"), titles in any case and their
 * genitive complement ("Генерального секретаря ОДКБ"), read into English roles.
 */
export function russianPeopleGrammar(lexicon: Lexicon): PeopleGrammar {
  const vocabulary = russianVocabularyOf(lexicon);
  return {
    vocabulary: vocabulary.people,
    mayHoldName: (words, orgMentions) => mayHoldRussianName(words, orgMentions),
    readSentence({ words, orgMentions, day }) {
      const chunks = chunkRussianWords(words, orgMentions, vocabulary);
      return findRussianMentions(words, chunks, vocabulary, day);
    },
    addSurnameMentions: addRussianSurnameMentions,
    names: RUSSIAN_NAMES,
  };
}

/** A capitalised word of three letters or more, or initials, outside the organisations: a sentence without one names no one. */
function mayHoldRussianName(words: readonly Word[], orgMentions: readonly OrgMention[]): boolean {
  let mention = 0;
  for (let index = 0; index < words.length; index++) {
    while (mention < orgMentions.length && (orgMentions[mention] as OrgMention).to <= index) mention++;
    const org = orgMentions[mention];
    if (org && org.from <= index) continue;
    const word = words[index] as Word;
    if (word.kind !== "word" || !word.capitalized) continue;
    if (hasInitials(word) || (!word.allCaps && word.value.length >= 3)) return true;
  }
  return false;
}
