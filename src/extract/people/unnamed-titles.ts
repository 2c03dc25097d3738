import type { ReleaseDocument } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import { officeHoldings, roleKey, type OfficeHolding, type OfficialMatch } from "../../normalize/official.js";
import { samePerson } from "../../normalize/person.js";
import type { Organization } from "../../schema/organization.js";
import type { Person } from "./build.js";
import { officialNamed } from "./officials.js";
import type { Chunk } from "./chunks.js";
import type { PersonMention } from "./mentions.js";
import type { MentionContext } from "./participation.js";
import { hasEventWord } from "./participation.js";
import type { UnnamedTitle } from "./types.js";
import type { PeopleVocabulary } from "./vocabulary.js";

/**
 * "The Secretary-General met today with President Obama": a title with no name, as the
 * subject of an event verb in the lead, stands for the one person holding that title: the one
 * the release names with it elsewhere (often only in the page's header), else the holder of
 * that office on the event's day ({@link officialFor}).
 */
export function collectUnnamedTitles(
  words: readonly Word[],
  chunks: readonly Chunk[],
  mentions: readonly PersonMention[],
  vocabulary: PeopleVocabulary,
  out: UnnamedTitle[],
): void {
  // Most sentences hold no title: that is cheaper to see than the want of an event word.
  if (!chunks.some((chunk) => chunk.kind === "title") || !hasEventWord(words, vocabulary)) return;
  const named = new Set(mentions.map((mention) => mention.from));
  chunks.forEach((chunk, index) => {
    if (chunk.kind !== "title" || chunk.plural || chunk.titleKind === "honorific") return;
    // "The Ombudsman of the Kyrgyz Republic X": the title phrase runs on to a name.
    const next = chunks[titlePhraseEnd(chunks, words, index + 1, vocabulary)];
    if (next && (next.kind === "name" || named.has(next.from))) return;
    // "the Secretary-General", "the CSTO Secretary General".
    const before = chunks[index - 1];
    const org = before?.kind === "org" ? before.org : null;
    const article = org !== null && before ? before.from - 1 : chunk.from - 1;
    if (words[article]?.key !== "the") return;
    // "the Special Representative of the UN Secretary-General": a title's complement, not a person.
    if (vocabulary.titleConnectors.has(words[article - 1]?.key ?? "")) return;
    const first = words[chunk.from] as Word;
    const last = words[chunk.to - 1] as Word;
    out.push({ key: roleKey(chunk.title), title: chunk.title, org, start: first.start, end: last.end });
  });
}

/** Most chunks a title's complement runs before the name it introduces ("of the Kyrgyz Republic"). */
const MAX_COMPLEMENT = 12;

/** Past a title's complement from chunk `at`: countries, organisations, places, titles and the title's function words. */
function titlePhraseEnd(chunks: readonly Chunk[], words: readonly Word[], at: number, vocabulary: PeopleVocabulary): number {
  let end = at;
  for (; end < chunks.length && end - at < MAX_COMPLEMENT; end++) {
    const chunk = chunks[end] as Chunk;
    if (chunk.kind === "country" || chunk.kind === "org" || chunk.kind === "place" || chunk.kind === "title") continue;
    // Not "and": "the Secretary-General and Minister X" are two people.
    const key = chunk.kind === "word" ? (words[chunk.from] as Word).key : "";
    if (key !== "and" && vocabulary.titleConnectors.has(key)) continue;
    break;
  }
  return end;
}

/** The titles of the lead that no person of the release holds, after marking as participant the one person holding each. */
export function resolveUnnamedTitles(people: Person[], titles: readonly UnnamedTitle[]): UnnamedTitle[] {
  const unresolved: UnnamedTitle[] = [];
  const seen = new Set<string>();
  for (const title of titles) {
    if (seen.has(title.key)) continue;
    seen.add(title.key);
    const holders = people.filter((person) => person.entry.role !== null && roleKey(person.entry.role) === title.key);
    if (holders.length === 1) (holders[0] as Person).participant = true;
    else if (holders.length === 0) unresolved.push(title);
  }
  return unresolved;
}

/** An unnamed title and the official it stands for. */
export interface TitleHolder {
  readonly title: UnnamedTitle;
  readonly official: OfficialMatch;
}

/**
 * The official an unnamed title stands for on the event's day, from the officials gazetteer:
 * among the holders of that title that day, the one the release names (perhaps only by name,
 * without a title: "Thorbjørn Jagland and Catherine Ashton agreed ..."), else the one whose
 * organisation the release names ("the United Nations") when exactly one is. Null otherwise:
 * a state office ("the President") is never guessed from organisations.
 */
export function officialFor(title: UnnamedTitle, day: string, named: NamedOfficials, organizations: readonly Organization[]): OfficialMatch | null {
  // "President" has dozens of holders on any day: only the one chosen is made a match.
  const holders = officeHoldings(title.title, day);
  if (holders.length === 0) return null;
  const inText = holders.filter((holder) => named.names(holder));
  if (inText.length === 1) return (inText[0] as OfficeHolding).match();
  if (inText.length > 1) return null;
  const orgs = title.org ? [title.org] : organizations;
  const ofNamedOrg = holders.filter((holder) => holder.organization !== null && orgs.some((org) => sameOrganization(org, holder.organization as string)));
  return ofNamedOrg.length === 1 ? (ofNamedOrg[0] as OfficeHolding).match() : null;
}

/**
 * The people a release names, as asked about each holder of an office: each distinct name of
 * two words or more is looked up in the gazetteer once.
 */
export class NamedOfficials {
  readonly #names: readonly string[];
  readonly #day: string;
  #officials: ReadonlySet<string> | undefined;

  constructor(contexts: readonly MentionContext[], day: string) {
    this.#names = [...new Set(contexts.map(({ mention }) => mention.name).filter((name) => name.includes(" ")))];
    this.#day = day;
  }

  /** The release names this holder (in the gazetteer's spelling or another it knows). */
  names(holder: { readonly name: string }): boolean {
    this.#officials ??= new Set(this.#names.map((name) => officialNamed(name, this.#day)?.name).filter((name): name is string => name !== undefined));
    return this.#officials.has(holder.name);
  }
}

function sameOrganization(org: Organization, name: string): boolean {
  const key = name.toLowerCase();
  return org.name.toLowerCase() === key || org.acronym?.toLowerCase() === key;
}

/**
 * Adds the officials that unnamed titles stand for to the people: the person of the release
 * with that name becomes a participant (with the office, when the text gave none), or a new
 * participant is made from the gazetteer, found at the title.
 */
export function addTitleHolders(people: Person[], holders: readonly TitleHolder[], document: ReleaseDocument): void {
  for (const { title, official } of holders) {
    const person = people.find((candidate) => [candidate.entry.name, ...candidate.entry.aliases].some((name) => samePerson(name, official.name)));
    if (person) {
      person.participant = true;
      if (person.entry.role === null) {
        person.entry.role = title.title;
        person.entry.organization ??= official.organization;
        person.entry.country ??= official.country;
      }
      continue;
    }
    people.push({
      entry: {
        name: official.name,
        aliases: [],
        role: title.title,
        organization: official.organization,
        country: official.country,
        spans: [document.spanToOriginal(title.start, title.end)],
      },
      participant: true,
    });
  }
}
