import type { Root } from "nlcst";
import type { VFile } from "vfile";
import type { Organization } from "../../schema/organization.js";
import type { MentionedPerson, Participant } from "../../schema/person.js";
import { sentencesOf, type SentenceView } from "../../pipeline/document.js";
import "../../pipeline/data.js";
import { groupNames, namesOfGroup, samePerson } from "../../normalize/person.js";
import { report } from "../../pipeline/report.js";
import { countWords } from "../lead.js";
import { matchCountryAt } from "../../normalize/country.js";
import { chunkWords, type Chunk, type OrgMention } from "./chunks.js";
import { findPersonMentions, type PersonMention } from "./mentions.js";
import { hasEventVerb, LEAD_EVENT_SENTENCES, showsParticipation, type MentionContext } from "./participation.js";
import { attachRole, singularTitle, type TitleHint } from "./roles.js";
import { completeFromGazetteer } from "./officials.js";
import { lowersOf, wordsOf, type Word } from "../words.js";

/** Kinds of titles held by state officials, who have a country. */
const STATE_KINDS = new Set(["head-of-state", "head-of-government", "minister", "staff", "military", "diplomat", "official"]);
/** Kinds of titles whose holders serve an organisation: envoys to it, its officials. */
const ORGANIZATION_KINDS = new Set(["diplomat", "io-official"]);

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
    const sentenceOrgs = new Map<PersonMention, Organization | null>();
    let spanCursor = 0;
    let bodyIndex = -1;
    for (const sentence of sentences) {
      const words = wordsOf(sentence);
      const sentenceStart = clean.map.toOriginal(sentence.start);
      const sentenceEnd = clean.map.toOriginal(sentence.end);
      while (spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).end <= sentenceStart) spanCursor++;
      // Original offsets of the words are needed only where an organisation is mentioned.
      const hasOrg = spanCursor < orgSpans.length && (orgSpans[spanCursor] as OrgSpan).start < sentenceEnd;
      const orgMentions = hasOrg ? orgMentionsOf(words.map((word) => clean.map.toOriginal(word.start)), orgSpans, spanCursor) : [];
      const chunks = chunkWords(words, orgMentions);
      const inTitle = title !== null && sentenceStart >= title.start && sentenceStart < title.end;
      if (!inTitle && countWords(sentence) >= 4) bodyIndex++;
      const plural = pluralTitle(chunks);
      const mentions = findPersonMentions(words, chunks);
      if (inTitle || bodyIndex < LEAD_EVENT_SENTENCES) collectUnnamedTitles(words, chunks, mentions, unnamedTitles);
      for (const mention of mentions) {
        attachRole(mention, words, chunks, plural);
        // A role read off the words around the name vouches for it as much as a title right before it.
        if (mention.evidence === "weak" && mention.role !== null) mention.evidence = "title";
        sentenceOrgs.set(mention, orgMentions[0]?.org ?? null);
        contexts.push({ mention, inTitle, bodyIndex: inTitle ? -1 : bodyIndex, words, signature: isSignature(sentence, words, mention) });
      }
    }
    addSurnameMentions(sentences, contexts, clean.map.toOriginal.bind(clean.map), title);
    const people = buildPeople(contexts, sentenceOrgs, file);
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

/**
 * "The Secretary-General met today with President Obama": a title with no name, as the
 * subject of an event verb in the lead, stands for the one person the release names with
 * that title elsewhere (often only in the page's header).
 */
function collectUnnamedTitles(words: readonly Word[], chunks: readonly Chunk[], mentions: readonly PersonMention[], out: string[]): void {
  const lower = lowersOf(words);
  if (!hasEventVerb(lower)) return;
  const named = new Set(mentions.map((mention) => mention.from));
  chunks.forEach((chunk, index) => {
    if (chunk.kind !== "title" || chunk.plural) return;
    const next = chunks[index + 1];
    if (next && (next.kind === "name" || named.has(next.from))) return;
    const before = lower[chunk.from - 1];
    if (before !== "the") return;
    out.push(titleKey(chunk.title));
  });
}

function resolveUnnamedTitles(people: Person[], titles: readonly string[]): void {
  for (const title of new Set(titles)) {
    const holders = people.filter((person) => person.entry.role !== null && titleKey(person.entry.role) === title);
    if (holders.length === 1) (holders[0] as Person).participant = true;
  }
}

function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z]+/g, " ").trim();
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

/** Turns organisation spans (original offsets) into word ranges of one sentence. */
function orgMentionsOf(original: readonly number[], spans: readonly OrgSpan[], cursor: number): OrgMention[] {
  const mentions: OrgMention[] = [];
  const last = original[original.length - 1] ?? -1;
  for (let index = cursor; index < spans.length; index++) {
    const span = spans[index] as OrgSpan;
    if (span.start > last) break;
    let from = -1;
    let to = -1;
    original.forEach((offset, word) => {
      if (offset >= span.start && offset < span.end) {
        if (from < 0) from = word;
        to = word + 1;
      }
    });
    if (from >= 0 && (mentions.length === 0 || (mentions[mentions.length - 1] as OrgMention).to <= from)) {
      mentions.push({ from, to, org: span.org });
    }
  }
  return mentions;
}

function pluralTitle(chunks: readonly Chunk[]): TitleHint | null {
  for (const chunk of chunks) {
    if (chunk.kind === "title" && chunk.plural) return { title: singular(chunk.title), kind: chunk.titleKind, from: chunk.from };
  }
  return null;
}

function singular(title: string): string {
  return singularTitle(title);
}

/** A line that is only a title and a name closes many releases ("The CSTO Press Secretary Vladimir Zaynetdinov"). */
function isSignature(sentence: SentenceView, words: readonly Word[], mention: PersonMention): boolean {
  if (sentence.indexInParagraph !== 0) return false;
  if (mention.to < words.length - (words[words.length - 1]?.kind === "punctuation" ? 1 : 0)) return false;
  return words.slice(0, mention.from).every((word) => word.capitalized || word.allCaps || word.bare.toLowerCase() === "the" || word.bare.toLowerCase() === "of");
}

/**
 * Adds mentions by surname alone ("Mr Sullivan" is found by the honorific; plain "Putin",
 * "Japarov" in transcripts are found here) for surnames of people already found.
 */
function addSurnameMentions(
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

/** The country a national body's name ends with ("National Security Council of Armenia" → AM). */
function countryInName(name: string): string | null {
  const words = name.split(" ");
  const of = words.lastIndexOf("of");
  if (of < 0) return null;
  let at = of + 1;
  if (words[at]?.toLowerCase() === "the") at++;
  const hit = matchCountryAt(words, at);
  return hit && at + hit.length === words.length ? hit.code : null;
}

/** Completing names from the gazetteer can reveal two entries as one person ("Moon" and "Moon Jae-in"). */
function mergeSameNames(people: Person[]): Person[] {
  const byName = new Map<string, Person>();
  const merged: Person[] = [];
  for (const person of people) {
    const key = person.entry.name.toLowerCase();
    const same = byName.get(key);
    if (!same) {
      byName.set(key, person);
      merged.push(person);
      continue;
    }
    const aliases = new Set([...same.entry.aliases, ...person.entry.aliases]);
    aliases.delete(same.entry.name);
    same.entry.aliases = [...aliases];
    same.entry.role ??= person.entry.role;
    same.entry.organization ??= person.entry.organization;
    same.entry.country ??= person.entry.country;
    same.entry.spans = [...(same.entry.spans ?? []), ...(person.entry.spans ?? [])];
    same.participant ||= person.participant;
  }
  return merged;
}

interface Person {
  entry: Participant;
  participant: boolean;
}

function buildPeople(contexts: readonly MentionContext[], sentenceOrgs: ReadonlyMap<PersonMention, Organization | null>, file: VFile): Person[] {
  const clean = file.data.clean;
  if (!clean) return [];
  // Weak mentions (no title, honorific or known given name) only count as spellings of someone found otherwise.
  const strong = contexts.filter((context) => context.mention.evidence !== "weak");
  const strongNames = [...new Set(strong.map((context) => context.mention.tokens.join(" ")))];
  const weakVerdicts = new Map<string, boolean>();
  const weak = contexts.filter((context) => {
    if (context.mention.evidence !== "weak") return false;
    const name = context.mention.tokens.join(" ");
    let verdict = weakVerdicts.get(name);
    if (verdict === undefined) {
      verdict = strongNames.some((other) => samePerson(other, name));
      weakVerdicts.set(name, verdict);
    }
    return verdict;
  });
  const kept = [...strong, ...weak].sort((a, b) => a.mention.start - b.mention.start);
  const names = kept.map((context) => context.mention.tokens.join(" "));
  const people: Person[] = [];
  for (const group of groupNames(names)) {
    const members = group.map((index) => kept[index] as MentionContext);
    const { name, aliases } = namesOfGroup(group.map((index) => names[index] as string));
    if (group.length > 1 && aliases.length > 0) {
      report(file, `Merged spellings of ${name}: ${aliases.join(", ")}`, { ruleId: "person:merged-variant" });
    }
    const titled = members.filter((member) => member.mention.role !== null);
    const roles = new Set(titled.map((member) => member.mention.role?.toLowerCase()));
    if (roles.size > 1) {
      report(file, `Different roles for ${name}: ${[...roles].join("; ")}`, { ruleId: "person:ambiguous-role" });
    }
    // The fullest title among the mentions ("Minister" in the headline, "Minister of Foreign Affairs" in the body).
    const best = titled.reduce<PersonMention | undefined>(
      (chosen, member) => (chosen === undefined || (member.mention.role?.length ?? 0) > (chosen.role?.length ?? 0) ? member.mention : chosen),
      undefined,
    );
    const role = best?.role ?? null;
    const kind = best?.titleKind ?? null;
    let organization = members.find((member) => member.mention.organization !== null)?.mention.organization ?? null;
    let country = members.find((member) => member.mention.country !== null)?.mention.country ?? null;
    if (organization === null && kind !== null && ORGANIZATION_KINDS.has(kind)) {
      const context = titled[0];
      const org = context ? sentenceOrgs.get(context.mention) : null;
      if (org) organization = org.acronym ?? org.name;
    }
    // "Head of ... Department of the Presidential Administration of Uzbekistan": a national body names the country.
    if (country === null && organization !== null) country = countryInName(organization);
    const spans = members.map((member) => clean.map.spanToOriginal(member.mention.start, member.mention.end));
    const entry: Participant = { name, aliases: [...aliases], role, organization, country, spans };
    people.push({ entry, participant: members.some((member) => showsParticipation(member)) });
    void STATE_KINDS;
  }
  const referenceDay = file.data.date?.start ?? file.data.referenceDate ?? null;
  for (const person of people) completeFromGazetteer(person.entry, referenceDay);
  return mergeSameNames(people);
}
