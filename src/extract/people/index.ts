import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type Sentence } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { lexiconFor } from "../../lexicon/index.js";
import type { MentionedPerson, Participant } from "../../schema/person.js";
import { isHeadline, isInLead, leadOfDocument, PEOPLE_LEAD } from "../lead.js";
import { buildPeople, type Person } from "./build.js";
import { peopleGrammarOf } from "./grammar.js";
import type { PersonMention } from "./mentions.js";
import { skipAfterName, valuesOf } from "./words.js";
import { NO_ORG_MENTIONS, orgMentionsOf, sortedOrgSpans, type OrgSpan } from "./org-mentions.js";
import type { MentionContext } from "./participation.js";
import { addTitleHolders, NamedOfficials, officialFor, resolveUnnamedTitles, type TitleHolder } from "./unnamed-titles.js";
import type { UnnamedTitle } from "./types.js";
import type { PeopleVocabulary } from "./vocabulary.js";

// What the people plugin hands on.
declare module "vfile" {
  interface DataMap {
    /** People taking part in the main event (people plugin). */
    participants: Participant[];
    /** People mentioned only (people plugin). */
    mentionedPersons: MentionedPerson[];
  }
}

/**
 * unified plugin: finds the people a release names, merges every spelling of each (variants,
 * truncations, initials, surname-only mentions) into one entry, reads their role,
 * organisation and country, and tells those who took part in the main event
 * (`file.data.participants`) from those only mentioned (`file.data.mentionedPersons`).
 * Run it after the title, dates and organisations plugins, whose results it reads.
 *
 * Messages: `person:merged-variant` when spellings were merged, `person:ambiguous-role` when
 * a person's mentions give different roles.
 *
 * @example
 * ```ts
 * import { parseRelease } from "communique";
 * const release = parseRelease("Russian Foreign Minister Sergey Lavrov met with OSCE Secretary General Thomas Greminger in Moscow.");
 * release.participants.map((person) => person.name); // ["Sergey Lavrov", "Thomas Greminger"]
 * ```
 *
 * @group Parsing
 */
export function extractPeople() {
  return (tree: Root, file: VFile): undefined => {
    if (!file.data.clean) return undefined;
    const document = documentOf(tree, file);
    const grammar = peopleGrammarOf(lexiconFor(document.language));
    const vocabulary = grammar.vocabulary;
    const day = file.data.date?.start ?? file.data.referenceDate ?? null;
    const lead = leadOfDocument(document, file, PEOPLE_LEAD);
    const orgSpans = sortedOrgSpans(file.data.organizations ?? []);
    const dates = datedSpans(file);
    let dateCursor = 0;
    const contexts: MentionContext[] = [];
    const unnamedTitles: UnnamedTitle[] = [];
    // Where each sentence stands (headline, lead), read once for the surname pass too.
    const sentenceWords: (readonly Word[])[] = [];
    const inTitles: boolean[] = [];
    const inLeads: boolean[] = [];
    let spanCursor = 0;
    // "Today I held a video conference with ...": a release in the first person, and where its headline starts.
    let headlineStart: number | null = null;
    let firstPersonEvent = false;
    // Lines that are only a name, and the index of the sentence after each ("The Hon X" / "Minister for Y").
    const nameLines: { mention: PersonMention; next: number }[] = [];
    // The next "@" of the cleaned text (the words' text), found once per document: a sentence
    // without one holds no e-mail address, and most releases have none at all.
    let nextAt = document.text.indexOf("@");
    for (const sentence of document.sentences) {
      const words = sentence.words;
      sentenceWords.push(words);
      const sentenceStart = document.toOriginal(sentence.start);
      const sentenceEnd = document.toOriginal(sentence.end);
      while (spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).end <= sentenceStart) spanCursor++;
      const hasOrg = spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).start < sentenceEnd;
      const orgMentions = hasOrg ? orgMentionsOf(words, document, orgSpans, spanCursor) : NO_ORG_MENTIONS;
      const inTitle = isHeadline(lead, sentence);
      const inLead = isInLead(lead, sentence);
      inTitles.push(inTitle);
      inLeads.push(inLead);
      if (inTitle && headlineStart === null) headlineStart = sentenceStart;
      if (inLead && !inTitle && !firstPersonEvent) firstPersonEvent = speaksInFirstPerson(words, vocabulary);
      // Most sentences name no one: outside the lead (where a title alone counts) a sentence
      // without a word that can become a name is not chunked at all.
      if (!inLead && !grammar.mayHoldName(words, orgMentions)) continue;
      // "In Geneva, Jane Doe, doe@unhcr.org": a press contact's line names no one of the release.
      if (nextAt !== -1 && nextAt < sentence.start) nextAt = document.text.indexOf("@", sentence.start);
      if (!inTitle && nextAt !== -1 && nextAt < sentence.end && hasEmailAddress(words)) continue;
      const mentions = grammar.readSentence({ words, orgMentions, inLead, day, unnamedTitles });
      if (mentions.length === 0) continue;
      const sentenceOrg = orgMentions[0]?.org ?? null;
      while (dateCursor < dates.length && (dates[dateCursor] as DateSpan).end <= sentenceStart) dateCursor++;
      const otherDate = datesAnotherDay(dates, dateCursor, sentenceEnd);
      for (const mention of mentions) {
        contexts.push({ mention, inTitle, inLead, words, signature: isSignature(sentence, mention, vocabulary), sentenceOrg, otherDate });
        if (mention.role === null && nameLine(words, mention, vocabulary)) nameLines.push({ mention, next: sentenceWords.length });
      }
    }
    for (const { mention, next } of nameLines) titleFromNextLine(mention, document.sentences[next]?.words, vocabulary);
    grammar.addSurnameMentions(sentenceWords, contexts, inTitles, inLeads);
    // The officials the lead's unnamed titles may stand for, looked up before the people are
    // built: a name written without a title ("Thorbjørn Jagland and ... agreed") counts then.
    const candidates: TitleHolder[] = [];
    if (day !== null && unnamedTitles.length > 0) {
      const named = new NamedOfficials(contexts, day);
      const seen = new Set<string>();
      for (const title of unnamedTitles) {
        if (seen.has(title.key)) continue;
        seen.add(title.key);
        const official = officialFor(title, day, named, file.data.organizations ?? []);
        if (official) candidates.push({ title, official });
      }
    }
    const people = buildPeople(contexts, document, grammar, file, candidates.map((candidate) => candidate.official.name));
    const unresolved = new Set(resolveUnnamedTitles(people, unnamedTitles));
    addTitleHolders(
      people,
      candidates.filter((candidate) => unresolved.has(candidate.title)),
      document,
    );
    if (firstPersonEvent && headlineStart !== null) markFirstPersonSpeaker(people, headlineStart);
    file.data.participants = people.filter((person) => person.participant).map((person) => person.entry);
    file.data.mentionedPersons = people
      .filter((person) => !person.participant)
      .map(({ entry }) => {
        const mentioned: MentionedPerson = { name: entry.name, aliases: entry.aliases };
        if (entry.spans) mentioned.spans = entry.spans;
        return mentioned;
      });
    return undefined;
  };
}

interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** The date falls on the main event's days. */
  readonly event: boolean;
}

/** Every date of the text (original offsets, in text order), and whether it is the main event's. */
function datedSpans(file: VFile): DateSpan[] {
  const event = file.data.date;
  if (!event) return [];
  return (file.data.dateMentions ?? []).map((mention) => ({
    start: mention.start,
    end: mention.end,
    event: overlapsEvent(mention.value, mention.endValue, event.start, event.end ?? event.start),
  }));
}

/**
 * The sentence ending at `end`, whose dates start at `from`, dates something to another day
 * than the main event's and names none of the event's days ("met him on 5 May 2019"; not "met
 * on 13 September to prepare the summit in July").
 */
function datesAnotherDay(dates: readonly DateSpan[], from: number, end: number): boolean {
  let other = false;
  for (let index = from; index < dates.length && (dates[index] as DateSpan).start < end; index++) {
    if ((dates[index] as DateSpan).event) return false;
    other = true;
  }
  return other;
}

/** A date (at any precision, perhaps a range) falls within the event's days, at the coarser of the two precisions. */
function overlapsEvent(value: string, endValue: string | null, start: string, end: string): boolean {
  const last = endValue ?? value;
  return atPrecision(value, end) <= atPrecision(end, value) && atPrecision(last, start) >= atPrecision(start, last);
}

/** `date` cut to the precision of `other` when that is coarser ("2024-03-05" at "2024" is "2024"). */
function atPrecision(date: string, other: string): string {
  return date.length > other.length ? date.slice(0, other.length) : date;
}

/** "I" followed (an adverb aside) by a verb of an event or act: the release speaks in the first person. */
function speaksInFirstPerson(words: readonly Word[], vocabulary: PeopleVocabulary): boolean {
  const pronouns = vocabulary.words.firstPerson ?? [];
  if (pronouns.length === 0) return false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as Word;
    if (word.kind !== "word" || !word.capitalized || !pronouns.includes(word.key)) continue;
    const next = vocabulary.actAdverbs.has(words[index + 1]?.key ?? "") ? index + 2 : index + 1;
    const verb = words[next]?.key ?? "";
    if (vocabulary.participationWords.has(verb) || vocabulary.actVerbs.has(verb)) return true;
  }
  return false;
}

/** The one person named only before the headline (the masthead's "The Hon X, Minister for ...") speaks as "I". */
function markFirstPersonSpeaker(people: Person[], headlineStart: number): void {
  const masthead = people.filter((person) => (person.entry.spans ?? []).length > 0 && (person.entry.spans ?? []).every((span) => span.end <= headlineStart));
  if (masthead.length === 1) (masthead[0] as Person).participant = true;
}

/** The sentence is the mention alone, honorifics before it aside ("The Hon Penny Wong"). */
function nameLine(words: readonly Word[], mention: PersonMention, vocabulary: PeopleVocabulary): boolean {
  const end = words[words.length - 1]?.kind === "punctuation" ? words.length - 1 : words.length;
  if (skipAfterName(words, mention.to, vocabulary) !== end) return false;
  for (let index = 0; index < mention.from; index++) {
    const word = words[index] as Word;
    if (!(word.capitalized || word.allCaps || vocabulary.titleJoiners.has(word.key))) return false;
  }
  return true;
}

/**
 * "The Hon Penny Wong" / "Minister for Foreign Affairs": a masthead's next line that is one
 * title, and nothing else, is the named person's role.
 */
function titleFromNextLine(mention: PersonMention, words: readonly Word[] | undefined, vocabulary: PeopleVocabulary): void {
  if (words === undefined || mention.role !== null) return;
  const end = words[words.length - 1]?.kind === "punctuation" ? words.length - 1 : words.length;
  const hit = vocabulary.titleAt(valuesOf(words), 0, words);
  if (hit === null || hit.kind === "honorific" || hit.plural || hit.length !== end) return;
  mention.role = hit.title;
  mention.titleKind = hit.kind;
}

/** A word of the sentence is an e-mail address ("press@mfa.gov"). */
function hasEmailAddress(words: readonly Word[]): boolean {
  for (const word of words) {
    const at = word.value.indexOf("@");
    if (at > 0 && word.value.indexOf(".", at) > at + 1) return true;
  }
  return false;
}

/** A line that is only a title and a name closes many releases ("The CSTO Press Secretary Vladimir Zaynetdinov"). */
function isSignature(sentence: Sentence, mention: PersonMention, vocabulary: PeopleVocabulary): boolean {
  const words = sentence.words;
  if (sentence.indexInParagraph !== 0) return false;
  if (mention.to < words.length - (words[words.length - 1]?.kind === "punctuation" ? 1 : 0)) return false;
  for (let index = 0; index < mention.from; index++) {
    const word = words[index] as Word;
    if (!(word.capitalized || word.allCaps || vocabulary.titleJoiners.has(word.key))) return false;
  }
  return true;
}
