import type { Word } from "../../core/word.js";
import type { Person } from "./build.js";
import type { Chunk } from "./chunks.js";
import type { PersonMention } from "./mentions.js";
import { hasEventWord } from "./participation.js";
import type { PeopleVocabulary } from "./vocabulary.js";

/**
 * "The Secretary-General met today with President Obama": a title with no name, as the
 * subject of an event verb in the lead, stands for the one person the release names with
 * that title elsewhere (often only in the page's header).
 */
export function collectUnnamedTitles(
  words: readonly Word[],
  chunks: readonly Chunk[],
  mentions: readonly PersonMention[],
  vocabulary: PeopleVocabulary,
  out: string[],
): void {
  // Most sentences hold no title: that is cheaper to see than the want of an event word.
  if (!chunks.some((chunk) => chunk.kind === "title") || !hasEventWord(words, vocabulary)) return;
  const named = new Set(mentions.map((mention) => mention.from));
  chunks.forEach((chunk, index) => {
    if (chunk.kind !== "title" || chunk.plural) return;
    const next = chunks[index + 1];
    if (next && (next.kind === "name" || named.has(next.from))) return;
    if (words[chunk.from - 1]?.key !== "the") return;
    out.push(titleKey(chunk.title));
  });
}

/** Marks as participant the one person holding each unnamed title of the lead. */
export function resolveUnnamedTitles(people: Person[], titles: readonly string[]): void {
  if (titles.length === 0) return;
  for (const title of new Set(titles)) {
    const holders = people.filter((person) => person.entry.role !== null && titleKey(person.entry.role) === title);
    if (holders.length === 1) (holders[0] as Person).participant = true;
  }
}

function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^a-z]+/g, " ").trim();
}
