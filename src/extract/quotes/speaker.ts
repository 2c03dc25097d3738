import type { MentionedPerson, Participant } from "../../schema/person.js";

/** A person entry of the people plugin, as the quotes plugin reads it. */
export type PersonEntry = Participant | MentionedPerson;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Pronouns that stand for the last person named. */
const PRONOUNS = new Set(["he", "she", "him", "her", "his"]);

/** Words that carry no identity in a speaker phrase. */
const FILLER = new Set(["the", "a", "an", "of", "mr", "mrs", "ms", "dr", "h.e", "he", "she", "also", "then", "and"]);

/**
 * Lower-case word tokens of a phrase, hyphens and dots folded ("Secretary-General" → secretary general).
 *
 * @example
 * ```ts
 * wordsOf("the CSTO Secretary-General"); // ["the", "csto", "secretary", "general"]
 * ```
 */
export function wordsOf(phrase: string): string[] {
  return phrase
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['\u2019]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

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

function formsOf(person: PersonEntry): string[][] {
  return [person.name, ...person.aliases].map(wordsOf).filter((form) => form.length > 0);
}

/** The latest mention of a person that starts before `offset`, or -1. */
function lastMentionBefore(person: PersonEntry, offset: number): number {
  let latest = -1;
  for (const span of person.spans ?? []) if (span.start < offset && span.start > latest) latest = span.start;
  return latest;
}

/**
 * The person entry a speaker phrase refers to, or null: the entry whose mention the phrase
 * covers; else the one whose name or an alias (surname included) it contains; else the one
 * whose role (and organisation, when the phrase names one) it gives, the most recently
 * mentioned first; a pronoun stands for the most recently mentioned person, or `previous`.
 *
 * @example
 * ```ts
 * resolveSpeaker("the CSTO Secretary General", { start: 90, end: 116 }, people, null);
 * ```
 */
export function resolveSpeaker(
  phrase: string,
  span: Span,
  people: readonly PersonEntry[],
  previous: PersonEntry | null,
): PersonEntry | null {
  const words = wordsOf(phrase);
  if (words.length === 0) return null;

  const covered = people.find((person) =>
    (person.spans ?? []).some((mention) => mention.start < span.end && mention.end > span.start),
  );
  if (covered) return covered;

  let best: PersonEntry | null = null;
  let bestLength = 0;
  for (const person of people) {
    for (const form of formsOf(person)) {
      if (form.length > bestLength && containsSequence(words, form)) {
        best = person;
        bestLength = form.length;
      }
    }
  }
  if (best) return best;

  for (const person of people) {
    const surname = wordsOf(person.name).at(-1);
    if (surname && surname.length > 2 && words.includes(surname)) return person;
  }

  const byRole = people
    .filter((person) => roleFits(words, person))
    .sort((a, b) => lastMentionBefore(b, span.start) - lastMentionBefore(a, span.start));
  if (byRole[0]) return byRole[0];

  if (words.some((word) => PRONOUNS.has(word)) && words.every((word) => PRONOUNS.has(word) || FILLER.has(word))) {
    const recent = [...people].sort((a, b) => lastMentionBefore(b, span.start) - lastMentionBefore(a, span.start))[0];
    if (recent && lastMentionBefore(recent, span.start) >= 0) return recent;
    return previous;
  }
  return null;
}

/** The phrase gives the person's role, and the organisation too when it names one. */
function roleFits(words: readonly string[], person: PersonEntry): boolean {
  const role = person.role ? wordsOf(person.role) : [];
  if (role.length === 0 || !containsSequence(words, role)) return false;
  const rest = words.filter((word) => !role.includes(word) && !FILLER.has(word));
  if (rest.length === 0) return true;
  const organization = person.organization ? wordsOf(person.organization) : [];
  return organization.length > 0 && rest.every((word) => organization.includes(word) || isAcronymOf(word, organization));
}

function isAcronymOf(word: string, organization: readonly string[]): boolean {
  return organization.length === 1 && organization[0] === word;
}
