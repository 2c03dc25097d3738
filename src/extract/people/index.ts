import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Organization } from "../../schema/organization.js";
import type { MentionedPerson, Participant } from "../../schema/person.js";
import { sentencesOf, type SentenceView } from "../../pipeline/document.js";
import "../../pipeline/data.js";
import { countWords } from "../lead.js";
import { buildPeople } from "./build.js";
import { chunkWords, mayHoldName, type Chunk, type OrgMention } from "./chunks.js";
import { findPersonMentions, type PersonMention } from "./mentions.js";
import type { OffsetMap } from "../../core/offset-map.js";
import { LEAD_EVENT_SENTENCES, type MentionContext } from "./participation.js";
import { attachRole, singularTitle, type TitleHint } from "./roles.js";
import { addSurnameMentions } from "./surnames.js";
import { collectUnnamedTitles, resolveUnnamedTitles } from "./unnamed-titles.js";
import { wordsOf, type Word } from "../words.js";

/**
 * unified plugin: finds the people a release names, merges every spelling of each (variants,
 * truncations, initials, surname-only mentions) into one entry, reads their role,
 * organisation and country, and tells those who took part in the main event
 * (`file.data.participants`) from those only mentioned (`file.data.mentionedPersons`).
 * Run it after the organisations plugin, whose mentions it reads.
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
    const clean = file.data.clean;
    if (!clean) return undefined;
    const sentences = sentencesOf(tree);
    const orgSpans = sortedOrgSpans(file.data.organizations ?? []);
    const title = file.data.title ?? null;
    const contexts: MentionContext[] = [];
    const unnamedTitles: string[] = [];
    // Where each sentence stands (headline, or its place in the body), read once for the surname pass too.
    const sentenceWords: (readonly Word[])[] = [];
    const inTitles: boolean[] = [];
    const bodyIndexes: number[] = [];
    let spanCursor = 0;
    let bodyIndex = -1;
    for (const sentence of sentences) {
      const words = wordsOf(sentence);
      sentenceWords.push(words);
      const sentenceStart = clean.map.toOriginal(sentence.start);
      const sentenceEnd = clean.map.toOriginal(sentence.end);
      while (spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).end <= sentenceStart) spanCursor++;
      const hasOrg = spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).start < sentenceEnd;
      const orgMentions = hasOrg ? orgMentionsOf(words, clean.map, orgSpans, spanCursor) : NO_ORG_MENTIONS;
      const inTitle = title !== null && sentenceStart >= title.start && sentenceStart < title.end;
      // Only whether a sentence is among the first body sentences matters: counting stops there.
      if (!inTitle && bodyIndex < LEAD_EVENT_SENTENCES && countWords(sentence) >= 4) bodyIndex++;
      inTitles.push(inTitle);
      bodyIndexes.push(inTitle ? -1 : bodyIndex);
      const lead = inTitle || bodyIndex < LEAD_EVENT_SENTENCES;
      // Most sentences name no one: outside the lead (where a title alone counts) a sentence
      // without a word that can become a name is not chunked at all.
      if (!lead && !mayHoldName(words, orgMentions)) continue;
      const chunks = chunkWords(words, orgMentions);
      const mentions = findPersonMentions(words, chunks);
      if (lead) collectUnnamedTitles(words, chunks, mentions, unnamedTitles);
      if (mentions.length === 0) continue;
      const plural = pluralTitle(chunks);
      const sentenceOrg = orgMentions[0]?.org ?? null;
      for (const mention of mentions) {
        attachRole(mention, words, chunks, plural);
        // A role read off the words around the name vouches for it as much as a title right before it.
        if (mention.evidence === "weak" && mention.role !== null) mention.evidence = "title";
        contexts.push({ mention, inTitle, bodyIndex: inTitle ? -1 : bodyIndex, words, signature: isSignature(sentence, words, mention), sentenceOrg });
      }
    }
    addSurnameMentions(sentenceWords, contexts, inTitles, bodyIndexes);
    const people = buildPeople(contexts, file);
    resolveUnnamedTitles(people, unnamedTitles);
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


interface OrgSpan {
  readonly start: number;
  readonly end: number;
  readonly org: Organization;
}

function sortedOrgSpans(organizations: readonly Organization[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  for (const org of organizations) for (const span of org.spans ?? []) spans.push({ start: span.start, end: span.end, org });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const NO_ORG_MENTIONS: readonly OrgMention[] = [];

/**
 * Turns organisation spans (original offsets) into word ranges of one sentence. The original
 * offsets of the words grow with them, so the words a span covers are found by halving,
 * without mapping every word.
 */
function orgMentionsOf(words: readonly Word[], map: OffsetMap, spans: readonly OrgSpan[], cursor: number): OrgMention[] {
  const mentions: OrgMention[] = [];
  const lastWord = words[words.length - 1];
  const last = lastWord === undefined ? -1 : map.toOriginal(lastWord.start);
  for (let index = cursor; index < spans.length; index++) {
    const span = spans[index] as OrgSpan;
    if (span.start > last) break;
    const from = firstWordFrom(words, map, span.start);
    const to = firstWordFrom(words, map, span.end);
    if (from < to && (mentions.length === 0 || (mentions[mentions.length - 1] as OrgMention).to <= from)) {
      mentions.push({ from, to, org: span.org });
    }
  }
  return mentions;
}

/** The first word whose original offset is `offset` or more (the number of words when none is). */
function firstWordFrom(words: readonly Word[], map: OffsetMap, offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (map.toOriginal((words[middle] as Word).start) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pluralTitle(chunks: readonly Chunk[]): TitleHint | null {
  for (const chunk of chunks) {
    if (chunk.kind === "title" && chunk.plural) return { title: singularTitle(chunk.title), kind: chunk.titleKind, from: chunk.from };
  }
  return null;
}

/** A line that is only a title and a name closes many releases ("The CSTO Press Secretary Vladimir Zaynetdinov"). */
function isSignature(sentence: SentenceView, words: readonly Word[], mention: PersonMention): boolean {
  if (sentence.indexInParagraph !== 0) return false;
  if (mention.to < words.length - (words[words.length - 1]?.kind === "punctuation" ? 1 : 0)) return false;
  for (let index = 0; index < mention.from; index++) {
    const word = words[index] as Word;
    if (!(word.capitalized || word.allCaps || word.lower === "the" || word.lower === "of")) return false;
  }
  return true;
}
