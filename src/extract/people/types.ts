import type { Word } from "../../core/word.js";
import type { PersonNames } from "../../normalize/person.js";
import type { Organization } from "../../schema/organization.js";
import type { OrgMention } from "./chunks.js";
import type { PersonMention } from "./mentions.js";
import type { MentionContext } from "./participation.js";
import type { PeopleVocabulary } from "./vocabulary.js";

/** What the people plugin hands a grammar about one sentence. */
export interface SentenceInput {
  readonly words: readonly Word[];
  readonly orgMentions: readonly OrgMention[];
  /** The sentence is in the lead, where a title alone may stand for its holder. */
  readonly inLead: boolean;
  /** The main event's day (or the reference date), for the officials gazetteer. */
  readonly day: string | null;
  /** Where the grammar puts the lead's titles without a name ("The Secretary-General met ..."). */
  readonly unnamedTitles: UnnamedTitle[];
}

/**
 * How a language's people are read: the sentence reader that finds mentions with their roles
 * (word order and declension are the language's), the surname pass, and how spellings of one
 * person are grouped and named. The participation rules are shared, with the language's words.
 */
export interface PeopleGrammar {
  /** The words the participation rules read. */
  readonly vocabulary: PeopleVocabulary;
  /** A cheap test that a sentence (outside the lead) may name someone. */
  mayHoldName(words: readonly Word[], orgMentions: readonly OrgMention[]): boolean;
  /** The people a sentence names, with role, organisation and country. */
  readSentence(input: SentenceInput): PersonMention[];
  /** Adds mentions of people by surname alone, for surnames of people already found. */
  addSurnameMentions(sentenceWords: readonly (readonly Word[])[], contexts: MentionContext[], inTitles: readonly boolean[], inLeads: readonly boolean[]): void;
  readonly names: NameGrammar;
}

/** How spellings of one person are told, grouped and named. */
export interface NameGrammar {
  /** Two spellings may be one person. */
  samePerson(a: string, b: string): boolean;
  /** Groups spellings of the same people: indexes into `names`, in order of first mention. */
  group(names: readonly string[]): number[][];
  /** The `name` and `aliases` of one group of spellings, in text order; `day` for the officials gazetteer. */
  naming(forms: readonly string[], day: string | null): PersonNames;
  /** Aliases are only the forms the text writes: completing a name from the gazetteer keeps the old one out of them. */
  readonly aliasesAsWritten: boolean;
}

/** A title with no name, the subject of an event in the lead ("The Secretary-General met ..."). */
export interface UnnamedTitle {
  /** The role key of the title. */
  readonly key: string;
  /** The title as written. */
  readonly title: string;
  /** The organisation written with it ("the CSTO Secretary General"), or null. */
  readonly org: Organization | null;
  /** Offsets of the title in the cleaned text. */
  readonly start: number;
  readonly end: number;
}
