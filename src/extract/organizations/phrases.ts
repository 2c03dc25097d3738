import type { Word } from "../../core/word.js";
import { ORGANIZATION_HEADS, type OrganizationKind } from "../../data/organizations.js";
import type { RunItem } from "./runs.js";
import type { CleanSpan } from "./types.js";
import type { NameWords } from "./words.js";

/** A noun phrase of a run: the items between "of", "for" and "to". */
export interface Phrase {
  readonly items: readonly RunItem[];
  /** The items without connectors, computed once: the rules ask for them often. */
  readonly content: readonly RunItem[];
}

/** What the head noun of a phrase says ("Ministry": a ministry; "Departments": plural organs). */
export interface HeadNoun {
  /** The noun also names parts of an organisation (a department of a ministry). */
  readonly organ: boolean;
  readonly kind: OrganizationKind;
  readonly plural: boolean;
}

/**
 * Cuts a run's items into noun phrases at the connectors that open a complement ("of", "for",
 * "to"): "Ministry of Foreign Affairs of Belarus" gives "Ministry", "Foreign Affairs", "Belarus".
 *
 * @example
 * ```ts
 * splitPhrases(view, run.items).map((phrase) => phrase.content.length); // [1, 2, 1]
 * ```
 */
export function splitPhrases(view: NameWords, items: readonly RunItem[]): Phrase[] {
  const phrases: Phrase[] = [];
  let current: RunItem[] = [];
  let content: RunItem[] = [];
  for (const item of items) {
    if (item.type === "connector" && view.lexicon.complementConnectors.has(view.fold(item.word))) {
      if (current.length > 0) phrases.push({ items: current, content });
      current = [];
      content = [];
      continue;
    }
    current.push(item);
    if (item.type !== "connector") content.push(item);
  }
  if (current.length > 0) phrases.push({ items: current, content });
  return phrases;
}

/** The last item of a phrase's content: its head. */
export const headOf = (phrase: Phrase): RunItem | undefined => phrase.content[phrase.content.length - 1];

/** The phrase ends in a plural word for people (the "SCO Heads" of "SCO Heads of State Council"). */
export function endsWithPluralPersons(view: NameWords, phrase: Phrase): boolean {
  const last = headOf(phrase);
  return last?.type === "word" && view.lexicon.pluralPersons.has(view.fold(last.word));
}

/** The organisation noun heading a phrase ("Ministry", "Councils"), or null. */
export function headNoun(view: NameWords, phrase: Phrase): HeadNoun | null {
  const head = headOf(phrase);
  if (head?.type !== "word" || !view.isHead(head.word)) return null;
  if (view.lexicon.headAcronyms.has(view.text(head.word))) return ACRONYM_HEAD;
  const fold = view.fold(head.word);
  const info = ORGANIZATION_HEADS.get(fold);
  if (!info) return null;
  return { organ: info.organ, kind: info.kind, plural: info.singular.toLowerCase() !== fold };
}

/** What a ministry's acronym heading a name says ("the MFA of X"). */
const ACRONYM_HEAD: HeadNoun = { organ: false, kind: "ministry", plural: false };

/** The kind of organisation a head noun names ("national-body" for one the table lacks). */
export function kindOf(view: NameWords, word: Word): OrganizationKind {
  if (view.lexicon.headAcronyms.has(view.text(word))) return "ministry";
  return ORGANIZATION_HEADS.get(view.fold(word))?.kind ?? "national-body";
}

/** The span of an item: a gazetteer match's, or its word's (possessive ending off). */
export function itemSpan(view: NameWords, item: RunItem): CleanSpan {
  return item.type === "known" ? { start: item.match.start, end: item.match.end } : { start: item.word.start, end: view.end(item.word) };
}

/** The items' texts joined by spaces; a ministry's acronym spelled out ("MFA" → "Ministry of Foreign Affairs"). */
export function textOf(view: NameWords, items: readonly RunItem[]): string {
  let text = "";
  for (const item of items) {
    const written = item.type === "known" ? item.match.text : (view.lexicon.headAcronyms.get(view.text(item.word)) ?? view.text(item.word));
    // The commas of a portfolio list stay in the name ("Ministry of Energy, Water Resources and Irrigation").
    const comma = item.type !== "known" && view.before[item.index] === "," ? "," : "";
    text = text === "" ? written : `${text}${comma} ${written}`;
  }
  return text;
}

/** From the first phrase's first word (connectors before it left out) to the last phrase's end. */
export function spanOf(view: NameWords, phrases: readonly Phrase[]): CleanSpan {
  const first = phrases[0]?.items.find((item) => item.type !== "connector") ?? phrases[0]?.items[0];
  const lastPhrase = phrases[phrases.length - 1];
  const last = lastPhrase?.items[lastPhrase.items.length - 1];
  return { start: first ? itemSpan(view, first).start : 0, end: last ? itemSpan(view, last).end : 0 };
}

/** The items without the connectors that open them ("the"). */
export function trimThe(items: readonly RunItem[]): RunItem[] {
  let start = 0;
  while (items[start]?.type === "connector") start++;
  return items.slice(start);
}

/** "of the Organization" at the end refers back to the release's organisation: not part of a name. */
export function dropGenericTail(view: NameWords, items: RunItem[]): RunItem[] {
  const phrases = splitPhrases(view, items);
  const last = phrases[phrases.length - 1];
  if (!last) return items;
  const words = last.content;
  const only = words[0];
  if (words.length === 1 && only?.type === "word" && view.isHead(only.word)) {
    let cut = items.indexOf(last.items[0] as RunItem);
    while (cut > 0 && items[cut - 1]?.type === "connector") cut--;
    return items.slice(0, cut);
  }
  return items;
}

/** A name from its leading words, its complements, and the country a title after the run gave ("… of Armenia"). */
export function joinName(view: NameWords, lead: string, complements: readonly RunItem[], trailing: string | null): string {
  const tail = complements.length > 0 ? ` ${textOf(view, complements)}` : "";
  const country = complements.length === 0 && trailing ? ` of ${trailing}` : "";
  return `${lead}${tail}${country}`;
}
