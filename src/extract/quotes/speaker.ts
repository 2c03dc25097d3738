import type { MentionedPerson, Participant } from "../../schema/person.js";
import { memoizeByText, memoizeOn } from "../../core/memo.js";
import { matchCountryAt } from "../../normalize/country.js";
import { wordsOf, type QuoteVocabulary } from "./vocabulary.js";

export { wordsOf } from "./vocabulary.js";

/** A person entry of the people plugin, as the quotes plugin reads it. */
export type PersonEntry = Participant | MentionedPerson;

interface Span {
  readonly start: number;
  readonly end: number;
}

// The same names, aliases, roles and organisations come back in release after release:
// remember the words of the last few thousand.
const NAME_WORDS_LIMIT = 5000;

/** {@link wordsOf} of a person's name, alias, role or organisation, remembered (never changed by callers). */
const wordsOfName: (phrase: string) => readonly string[] = memoizeByText(wordsOf, NAME_WORDS_LIMIT);

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0) return false;
  for (let start = 0; start + sequence.length <= words.length; start++) {
    let matches = true;
    for (let offset = 0; offset < sequence.length; offset++) {
      if (words[start + offset] !== sequence[offset]) {
        matches = false;
        break;
      }
    }
    if (matches) return true;
  }
  return false;
}

/** What the resolver reads of each person, worked out once per list of people. */
interface PersonFacts {
  readonly forms: readonly (readonly string[])[];
  readonly surname: string | undefined;
  readonly role: readonly string[];
  readonly organization: readonly string[];
  /** Starts of the person's mentions, ascending. */
  readonly starts: readonly number[];
}

/** The people's facts and every mention sorted by start, for overlap queries in O(log n). */
interface SpeakerIndex {
  readonly facts: ReadonlyMap<PersonEntry, PersonFacts>;
  readonly mentionStarts: readonly number[];
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly person: number }[];
  readonly longestMention: number;
}

/** The index of a list of people, built on first use and kept while the list lives. */
const indexOf = memoizeOn(buildIndex);

function buildIndex(people: readonly PersonEntry[]): SpeakerIndex {
  const facts = new Map<PersonEntry, PersonFacts>();
  const mentions: { start: number; end: number; person: number }[] = [];
  let longestMention = 0;
  people.forEach((person, position) => {
    const spans = person.spans ?? [];
    for (const span of spans) {
      mentions.push({ start: span.start, end: span.end, person: position });
      longestMention = Math.max(longestMention, span.end - span.start);
    }
    if (facts.has(person)) return;
    facts.set(person, {
      forms: [person.name, ...person.aliases].map(wordsOfName).filter((form) => form.length > 0),
      surname: wordsOfName(person.name).at(-1),
      role: person.role ? wordsOfName(person.role) : [],
      organization: person.organization ? wordsOfName(person.organization) : [],
      starts: spans.map((span) => span.start).sort((a, b) => a - b),
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { facts, mentionStarts: mentions.map((mention) => mention.start), mentions, longestMention };
}

function factsOf(index: SpeakerIndex, person: PersonEntry): PersonFacts {
  return index.facts.get(person) as PersonFacts;
}

/** The first person (in list order) with a mention overlapping the span, or undefined. */
function coveringPerson(index: SpeakerIndex, people: readonly PersonEntry[], span: Span): PersonEntry | undefined {
  // A mention overlapping the span starts after span.start - longestMention and before span.end.
  let low = 0;
  let high = index.mentionStarts.length;
  const from = span.start - index.longestMention;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((index.mentionStarts[middle] as number) <= from) low = middle + 1;
    else high = middle;
  }
  let first = -1;
  for (let at = low; at < index.mentions.length; at++) {
    const mention = index.mentions[at] as SpeakerIndex["mentions"][number];
    if (mention.start >= span.end) break;
    if (mention.end > span.start && (first < 0 || mention.person < first)) first = mention.person;
  }
  return first < 0 ? undefined : people[first];
}

/** The latest mention of a person that starts before `offset`, or -1. */
function lastMentionBefore(facts: PersonFacts, offset: number): number {
  let low = 0;
  let high = facts.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((facts.starts[middle] as number) < offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? (facts.starts[low - 1] as number) : -1;
}

/** The people sorted by their latest mention before `offset`, the latest first (stable). */
function byRecency(index: SpeakerIndex, people: readonly PersonEntry[], offset: number): PersonEntry[] {
  const latest = new Map<PersonEntry, number>();
  for (const person of people) if (!latest.has(person)) latest.set(person, lastMentionBefore(factsOf(index, person), offset));
  return [...people].sort((a, b) => (latest.get(b) as number) - (latest.get(a) as number));
}

/**
 * The person entry a speaker phrase refers to, or null: the entry whose mention the phrase
 * covers; else the one whose name or an alias (surname included) it contains; else the one
 * whose role (and organisation, when the phrase names one) it gives, the most recently
 * mentioned first; a pronoun stands for the most recently mentioned person, or `previous`.
 * What it reads of the people is worked out once per list, so each call costs about the
 * number of people, not the number of their mentions.
 *
 * @example
 * ```ts
 * resolveSpeaker(vocabulary, "the CSTO Secretary General", { start: 90, end: 116 }, people, null);
 * ```
 */
export function resolveSpeaker(
  vocabulary: QuoteVocabulary,
  phrase: string,
  span: Span,
  people: readonly PersonEntry[],
  previous: PersonEntry | null,
): PersonEntry | null {
  const words = wordsOf(phrase);
  if (words.length === 0) return null;
  const index = indexOf(people);

  const covered = coveringPerson(index, people, span);
  if (covered) return covered;

  let best: PersonEntry | null = null;
  let bestLength = 0;
  for (const person of people) {
    for (const form of factsOf(index, person).forms) {
      if (form.length > bestLength && containsSequence(words, form)) {
        best = person;
        bestLength = form.length;
      }
    }
  }
  if (best) return best;

  for (const person of people) {
    const surname = factsOf(index, person).surname;
    if (surname && surname.length > 2 && words.includes(surname)) return person;
  }

  // A title in the language of the text stands for its English role ("министр иностранных дел").
  const roleWords = englishRoleOf(vocabulary, words) ?? words;
  const fitting = people.filter((person) => roleFits(vocabulary, roleWords, factsOf(index, person)));
  const byRole = fitting.length > 1 ? byRecency(index, fitting, span.start) : fitting;
  if (byRole[0]) return byRole[0];

  // "the Minister said" for the Minister of Foreign Affairs: a shortened title that fits one person.
  const shortened = people.filter((person) => shortenedRoleFits(vocabulary, roleWords, factsOf(index, person)));
  if (shortened.length === 1) return shortened[0] as PersonEntry;

  // "the Belarusian leader", "the Kazakh head of state": the one participant of that country.
  const country = descriptorCountry(vocabulary, phrase, words);
  if (country !== null) {
    const same = people.filter((person) => "country" in person && person.country === country);
    if (same.length === 1) return same[0] as PersonEntry;
  }

  const { pronouns, fillers } = vocabulary;
  if (words.some((word) => pronouns.has(word)) && words.every((word) => pronouns.has(word) || fillers.has(word))) {
    const recent = byRecency(index, people, span.start)[0];
    if (recent && lastMentionBefore(factsOf(index, recent), span.start) >= 0) return recent;
    return previous;
  }
  return null;
}

/**
 * The English role words of the longest title of the lexicon's `titleRoles` among a phrase's
 * words, in any case ("министра иностранных дел" → minister of foreign affairs), or null.
 */
function englishRoleOf(vocabulary: QuoteVocabulary, words: readonly string[]): readonly string[] | null {
  if (vocabulary.titleRoles.size === 0) return null;
  const keys = words.map(vocabulary.keyOf);
  for (let length = Math.min(vocabulary.longestTitle, keys.length); length > 0; length--) {
    for (let start = 0; start + length <= keys.length; start++) {
      const role = vocabulary.titleRoles.get(keys.slice(start, start + length).join(" "));
      if (role) return role;
    }
  }
  return null;
}

/**
 * The name forms of the people (name and aliases, as lower-case words), from the same
 * per-list index the resolver uses.
 *
 * @example
 * ```ts
 * nameFormsOf(people); // [["vladimir", "putin"], ["putin"], ...]
 * ```
 */
export function nameFormsOf(people: readonly PersonEntry[]): readonly (readonly string[])[] {
  const index = indexOf(people);
  return people.flatMap((person) => factsOf(index, person).forms);
}

/**
 * The country of a speaker phrase made of a nationality and a leader noun ("the Belarusian
 * leader", "the Russian head of state"), or null.
 */
function descriptorCountry(vocabulary: QuoteVocabulary, phrase: string, words: readonly string[]): string | null {
  const { leaderWords, fillers } = vocabulary;
  if (!words.some((word) => leaderWords.has(word))) return null;
  const written = phrase.split(/\s+/).filter((part) => part.length > 0);
  for (let at = 0; at < written.length; at++) {
    const match = matchCountryAt(written, at);
    if (!match) continue;
    const rest = words.filter((word) => !fillers.has(word) && !leaderWords.has(word));
    // Only the nationality besides the leader noun: "the Belarusian leader", not "the Belarusian Foreign Minister Ivanov".
    return rest.length <= match.length ? match.code : null;
  }
  return null;
}

/** The phrase gives the person's role, and the organisation too when it names one. */
function roleFits(vocabulary: QuoteVocabulary, words: readonly string[], person: PersonFacts): boolean {
  const role = person.role;
  if (role.length === 0 || !containsSequence(words, role)) return false;
  const rest = words.filter((word) => !role.includes(word) && !vocabulary.fillers.has(word));
  if (rest.length === 0) return true;
  const organization = person.organization;
  return organization.length > 0 && rest.every((word) => organization.includes(word) || isAcronymOf(word, organization));
}

/** The phrase's words (fillers aside) are all words of the person's role. */
function shortenedRoleFits(vocabulary: QuoteVocabulary, words: readonly string[], person: PersonFacts): boolean {
  const rest = words.filter((word) => !vocabulary.fillers.has(word) && !vocabulary.pronouns.has(word));
  return rest.length > 0 && person.role.length > rest.length && rest.every((word) => person.role.includes(word));
}

function isAcronymOf(word: string, organization: readonly string[]): boolean {
  return organization.length === 1 && organization[0] === word;
}
