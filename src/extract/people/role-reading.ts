// Reading role, organisation and country off a title phrase.
import type { Word } from "../../core/word.js";
import { countryCode } from "../../normalize/country.js";
import type { Chunk } from "./chunks.js";
import { headsBody } from "./role-phrases.js";
import type { PersonMention } from "./mentions.js";
import type { PeopleVocabulary } from "./vocabulary.js";
import { textOfWords } from "./words.js";

/** "at the BRICS Summit President of Russia ...": a meeting of an organisation is no one's employer. */
function namesAnEvent(vocabulary: PeopleVocabulary, words: readonly Word[], chunk: Chunk): boolean {
  const last = words[chunk.to - 1]?.key ?? "";
  const next = words[chunk.to]?.key ?? "";
  return vocabulary.eventNouns.has(last) || vocabulary.eventNouns.has(next);
}

/** Kinds of title of a state's own office, whose "in <country>" names the state. */
const STATE_OFFICE_KINDS: ReadonlySet<string> = new Set(["official", "minister", "head-of-government", "head-of-state"]);

/**
 * Whether a country or organisation in a title phrase is the person's: one before the title
 * ("OSCE Secretary General", "Russian Foreign Minister") or after "of"/"to" ("President of
 * Kazakhstan", "Permanent Representative to the OSCE") is; one after "for" names a
 * portfolio ("Minister for EU Affairs", "Senior Director for Russia") and is not.
 */
function ownedByPerson(vocabulary: PeopleVocabulary, words: readonly Word[], phrase: readonly Chunk[], index: number, firstTitle: number): boolean {
  if (firstTitle < 0 || index < firstTitle) return true;
  for (let at = index - 1; at >= 0; at--) {
    const chunk = phrase[at] as Chunk;
    if (chunk.kind === "title") return true;
    if (chunk.kind !== "word") continue;
    const value = (words[chunk.from] as Word).key;
    if (value === "of") return true;
    // "Permanent Representative to the OSCE" serves the organisation; "Ambassador of the EU to
    // Georgia" is posted in the country, which is not the person's own.
    if (value === "to") return phrase[index]?.kind !== "country";
    // "Representative in Azerbaijan": where the post is, not the person's state; but a state
    // office "in" a country is that state's ("High Commissioner for Human Rights in the Russian Federation").
    if (value === "in") return phrase[index]?.kind === "country" && STATE_OFFICE_KINDS.has((phrase[firstTitle] as Extract<Chunk, { kind: "title" }>).titleKind);
    if (value === "for" || value === "and" || vocabulary.isPortfolioWord(value)) return false;
  }
  return true;
}

/**
 * Reads role, organisation and country off a title phrase. The role is the first title group
 * as written, without country words or organisation acronyms ("Director of the OSCE
 * Conflict Prevention Center" → "Director of the Conflict Prevention Center", organisation
 * OSCE); countries and organisations the person belongs to are read by {@link ownedByPerson}.
 */
export function applyPhrase(vocabulary: PeopleVocabulary, mention: PersonMention, words: readonly Word[], whole: readonly Chunk[]): void {
  let phrase = whole;
  let headPost = "";
  const firstTitle = phrase.findIndex((chunk) => chunk.kind === "title");
  phrase.forEach((chunk, index) => {
    // "Governor of St. Petersburg": the official of a city is a state official of its country.
    if (chunk.kind === "place" && mention.country === null) mention.country = chunk.country;
    if (chunk.kind !== "country" && chunk.kind !== "org") return;
    if (!ownedByPerson(vocabulary, words, phrase, index, firstTitle)) {
      if (chunk.kind === "country" && postingWord(words, phrase, index)) mention.postedToState = true;
      return;
    }
    if (chunk.kind === "country" && mention.country === null) mention.country = chunk.code;
    // "of the United Nations World Food Programme": the body named right after its family is the person's.
    const next = phrase[index + 1];
    if (chunk.kind === "org" && next?.kind === "org" && next.from === chunk.to && !next.acronymOnly) return;
    if (chunk.kind === "org" && mention.organization === null && !namesAnEvent(vocabulary, words, chunk)) mention.organization = chunk.org.acronym ?? chunk.org.name;
  });
  if (firstTitle < 0) return;
  // "Special Representative … for Iraq and head of UNSOM": the body the person heads is the
  // person's organisation (over one the first title named); the role is the title before it,
  // then the post as written.
  const headed = headedBody(vocabulary, words, phrase, firstTitle);
  if (headed !== null) {
    // As the organisations gazetteer resolves it: a mission that is an organ ("UNSOM") counts as its parent.
    mention.organization = headed.org.org.acronym ?? headed.org.org.name;
    phrase = phrase.slice(0, headed.and);
    headPost = textOfWords(words, (whole[headed.and] as Chunk).from, headed.org.to);
  }
  const title = phrase[firstTitle] as Extract<Chunk, { kind: "title" }>;
  mention.titleKind = title.titleKind;
  const parts: string[] = [];
  let pendingConnectors: string[] = [];
  let afterOwner = false;
  for (let index = firstTitle; index < phrase.length; index++) {
    const chunk = phrase[index] as Chunk;
    // "Chief of the Joint Staff of the CSTO Colonel General ...": a title after the
    // organisation or country that closed the first one is another title (a rank).
    if (chunk.kind === "title" && index > firstTitle && afterOwner) break;
    // "Deputy Minister ... – Chief of Armament Major General X": the rank before the name is no part of the post.
    if (chunk.kind === "title" && index > firstTitle && index === phrase.length - 1 && chunk.titleKind === "military" && title.titleKind !== "military") break;
    if (chunk.kind === "org" || chunk.kind === "country") afterOwner = ownedByPerson(vocabulary, words, phrase, index, firstTitle);
    else if (chunk.kind === "title") afterOwner = false;
    if (chunk.kind === "country") {
      // A country between two titles ends the first title group ("Chairperson-in-Office Slovak ... Minister").
      if (phrase.slice(index + 1).some((next) => next.kind === "title")) break;
      // "Head of the Swiss Delegation": a country's adjective before the body's noun stays in the role.
      const next = phrase[index + 1];
      if (next?.kind === "word" && (words[next.from] as Word).capitalized && !vocabulary.titleConnectors.has((words[next.from] as Word).key)) {
        parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
        pendingConnectors = [];
        continue;
      }
      // "for Central Asia" belongs to the title; "to Georgia", where an ambassador is posted, does not.
      // An envoy's "in Uzbekistan" is where he is posted too ("Ambassador ... in Russian Federation").
      const posted = pendingConnectors.some((word) => word.toLowerCase() === "to" || (title.titleKind === "diplomat" && word.toLowerCase() === "in"));
      if (!ownedByPerson(vocabulary, words, phrase, index, firstTitle) && !posted) {
        parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
      }
      pendingConnectors = [];
      continue;
    }
    if (chunk.kind === "word") {
      const word = words[chunk.from] as Word;
      const value = word.value;
      // "Chairman of the Committee ... under the Government of Tajikistan": the body's place in the state ends the role.
      if (index > firstTitle && vocabulary.subordination.has(word.key)) break;
      // A portfolio word, or a capitalised word of a body's name ("of the Executive Committee").
      if (vocabulary.isPortfolioWord(value) || (word.capitalized && !word.allCaps && !vocabulary.titleConnectors.has(word.key))) {
        parts.push(...pendingConnectors, value);
        pendingConnectors = [];
      } else {
        pendingConnectors.push(value);
      }
      continue;
    }
    if (chunk.kind === "honorific") continue;
    if (chunk.kind === "punct") {
      const value = (words[chunk.from] as Word).value;
      if (value === "-" || value === "–") pendingConnectors.push(value);
      // "Minister of Investment, Industry and Trade" keeps its comma.
      if (value === "," && parts.length > 0 && pendingConnectors.length === 0) parts[parts.length - 1] += ",";
      continue;
    }
    if (chunk.kind === "org" && chunk.acronymOnly) {
      // "Minister for EEA and EU Affairs": an acronym inside the portfolio stays.
      if (!ownedByPerson(vocabulary, words, phrase, index, firstTitle)) parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
      // "High Representative of the EU for ...": the person's organisation leaves the role with its "of the".
      pendingConnectors = [];
      continue;
    }
    if (chunk.kind === "org" && chunk.rest && countryCode(orgWordsWithoutAcronym(vocabulary, words, chunk)) !== null) {
      // The title holds the name's head; what is left ("of the Russian Federation") says whose.
      pendingConnectors = [];
      continue;
    }
    if (chunk.kind === "org") {
      // "Secretary General of the Association of Southeast Asian Nations": the organisation is
      // the person's, not part of the role; an organ ("of the CSTO Joint Staff") stays in it.
      const text = orgWordsWithoutAcronym(vocabulary, words, chunk);
      // Out of the role when what follows is no more of its own name: nothing, a portfolio
      // ("High Representative of the EU for Foreign Affairs"); in it when its name goes on
      // ("Chair of the General Committee on Political Affairs").
      const closes = !phrase.slice(index + 1).some((next) => next.kind === "title" || next.kind === "name") && !continuesName(vocabulary, words, phrase[index + 1]);
      if (text.length === 0 || (closes && text.toLowerCase() === chunk.org.name.toLowerCase())) {
        pendingConnectors = [];
        continue;
      }
      // "Chairman of the Senate" + "of the Oliy Majlis": what the title left of the name keeps its "of the".
      if (chunk.rest && pendingConnectors.length === 0) pendingConnectors = leadingConnectors(vocabulary, words, chunk);
      parts.push(...pendingConnectors, text);
      pendingConnectors = [];
      continue;
    }
    parts.push(...pendingConnectors, textOfWords(words, chunk.from, chunk.to));
    pendingConnectors = [];
  }
  const joined = parts.join(" ");
  const role = `${(joined.includes(" - ") ? joined.replace(/ - /g, " – ") : joined).trim()} ${headPost}`.trim();
  if (role.length > 0) mention.role = canonicalRole(title.plural ? singularTitle(role) : role);
}

/**
 * "… and head of UNSOM" after the first title: where its "and" stands and the organisation
 * headed, or null when the phrase names no such post.
 */
function headedBody(vocabulary: PeopleVocabulary, words: readonly Word[], phrase: readonly Chunk[], firstTitle: number): { and: number; org: Extract<Chunk, { kind: "org" }> } | null {
  for (let index = firstTitle + 2; index < phrase.length; index++) {
    const and = phrase[index - 1] as Chunk;
    if (and.kind !== "word" || (words[and.from] as Word).key !== "and" || !headsBody(vocabulary, words, phrase.slice(index))) continue;
    for (let at = index + 2; at < phrase.length; at++) {
      const chunk = phrase[at] as Chunk;
      // The body's whole name closes the phrase ("head of UNSOM"), not its start ("Head of the UN Mission ...").
      if (chunk.kind === "org") return at === phrase.length - 1 ? { and: index - 1, org: chunk } : null;
      if (chunk.kind !== "word" || (words[chunk.from] as Word).key !== "the") return null;
    }
    return null;
  }
  return null;
}

/** "to"/"in" (an article aside) just before a country of a title phrase: where the person is posted. */
function postingWord(words: readonly Word[], phrase: readonly Chunk[], index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const chunk = phrase[at] as Chunk;
    if (chunk.kind !== "word") return false;
    const key = (words[chunk.from] as Word).key;
    if (key === "the") continue;
    return key === "to" || key === "in";
  }
  return false;
}

/** The chunk after an organisation's name goes on with it: "on ..." or a capitalised word. */
function continuesName(vocabulary: PeopleVocabulary, words: readonly Word[], next: Chunk | undefined): boolean {
  if (next?.kind !== "word") return false;
  const word = words[next.from] as Word;
  return word.key === "on" || (word.capitalized && !word.allCaps && !vocabulary.titleConnectors.has(word.key));
}

/** The connectors an organisation chunk opens with ("of the" of "of the Oliy Majlis"). */
function leadingConnectors(vocabulary: PeopleVocabulary, words: readonly Word[], chunk: Chunk): string[] {
  const connectors: string[] = [];
  for (let index = chunk.from; index < chunk.to && vocabulary.titleConnectors.has((words[index] as Word).key); index++) connectors.push((words[index] as Word).value);
  return connectors;
}

function orgWordsWithoutAcronym(vocabulary: PeopleVocabulary, words: readonly Word[], chunk: Chunk): string {
  const kept: string[] = [];
  for (let index = chunk.from; index < chunk.to; index++) {
    const word = words[index] as Word;
    if (word.allCaps || word.value === "(" || word.value === ")") continue;
    kept.push(word.value);
  }
  // What a title already took of an organisation's name leaves connectors at its edges ("of the").
  while (kept.length > 0 && vocabulary.titleConnectors.has((kept[0] as string).toLowerCase())) kept.shift();
  while (kept.length > 0 && vocabulary.titleConnectors.has((kept[kept.length - 1] as string).toLowerCase())) kept.pop();
  return kept.join(" ");
}

/** "Foreign Ministers" → "Foreign Minister", "Heads of State" → "Head of State". */
export function singularTitle(title: string): string {
  const words = title.split(" ");
  const of = words.findIndex((word) => word === "of" || word === "for" || word === "to");
  const head = of > 0 ? of - 1 : words.length - 1;
  const word = words[head] ?? "";
  words[head] = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
  return words.join(" ");
}

/** Roles read as titles: capital first letter ("chief of the Joint Staff" → "Chief of the Joint Staff"). */
function canonicalRole(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
