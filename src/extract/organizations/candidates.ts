import {
  ADMINISTRATION_MODIFIERS,
  GENERIC_ORGANS,
  NEWS_AGENCY_WORDS,
  ORGANIZATIONS,
  ORGANIZATION_HEADS,
  type OrganizationKind,
} from "../../data/organizations.js";
import { organizationNameKey } from "../../normalize/organization.js";
import { findKnown, type KnownMatch } from "./matcher.js";
import { isHeadWord, isTitleWord, runsOf, type Run, type RunItem } from "./runs.js";
import type { AcronymDefinition, CleanSpan, Finding, KnownFinding } from "./types.js";
import type { Word } from "./words.js";

/** Keys of every organ phrase that names no organisation alone ("permanent council"), built on first use. */
let organKeys: ReadonlySet<string> | undefined;
const isOrganKey = (key: string): boolean =>
  (organKeys ??= new Set([...GENERIC_ORGANS.map(organizationNameKey), ...ORGANIZATIONS.flatMap((entry) => entry.organs.map(organizationNameKey))])).has(key);

/** Plural words for people that make "Council of *Ministers*" an organ, not a body of its own. */
const PLURAL_PERSONS = new Set([
  "ministers", "heads", "secretaries", "representatives", "chiefs", "leaders", "directors", "speakers", "presidents",
  "coordinators", "governors", "chairmen", "prosecutors", "ombudsmen", "commanders",
]);
/** Words that make a "Council of Ministers of …" a government. */
const STATE_WORDS = new Set(["republic", "kingdom", "federation", "state", "emirates", "sultanate", "principality"]);
/** Modifiers by which a national body of the gazetteer stays itself ("U.S. National Security Council"). */
const OWN_COUNTRY_WORDS = new Set(["us", "usa", "american", "united", "states", "white", "house"]);
/** Words of a company's legal form or kind, which name no company alone ("National Company", "Joint Stock Company"). */
const LEGAL_FORM_WORDS = new Set([
  "national", "state", "joint", "stock", "joint-stock", "open", "closed", "public", "private", "limited", "liability",
  "company", "companies", "corporation", "holding", "enterprise", "unitary", "federal", "municipal", "commercial",
]);
/** Modifiers that make an assembly a parliament of its own, not an organ of an organisation. */
const PARLIAMENTARY = new Set(["parliamentary", "interparliamentary", "inter-parliamentary"]);

/** Everything the candidate rules found in one sentence. */
export interface SentenceCandidates {
  readonly findings: readonly Finding[];
  readonly definitions: readonly AcronymDefinition[];
  /** Spans of the words that define acronyms, so they are not read as unknown acronyms. */
  readonly definitionSpans: readonly CleanSpan[];
}

/** What a sentence without a gazetteer name or a head noun yields: nothing (shared, never changed). */
const NO_CANDIDATES: SentenceCandidates = { findings: [], definitions: [], definitionSpans: [] };
const NO_FINDINGS: readonly Finding[] = [];

/**
 * Finds the organisations of a sentence: gazetteer names and acronyms, then names shaped
 * like organisations (capitalised words headed by "Ministry", "Council", "Service"…), with
 * organs credited to their parent and acronym definitions in parentheses.
 *
 * @example
 * ```ts
 * findCandidates(wordsOf(sentence), sentence.index, shouted);
 * // "the CSTO Permanent Council met" → [{ type: "known", entry: CSTO, organ: true, … }]
 * ```
 */
export function findCandidates(words: readonly Word[], sentence: number, shouted: boolean): SentenceCandidates {
  const known = findKnown(words, shouted);
  // Only a run holding a gazetteer name or a head noun ("Ministry", "Council") can name an
  // organisation: without either, the sentence's runs are not worth cutting.
  if (known.length === 0 && !words.some(isHeadWord)) return NO_CANDIDATES;
  const consumed = new Set<KnownMatch>();
  const findings: Finding[] = [];
  const definitions: AcronymDefinition[] = [];
  const definitionSpans: CleanSpan[] = [];
  const runs = runsOf(words, known);
  const runFindings: (readonly Finding[])[] = [];
  for (const run of runs) runFindings.push(analyzeRun(run, words, sentence, consumed));
  // The finding of each gazetteer match no run consumed, by the match's position in `known`.
  const knownFindings: (KnownFinding | undefined)[] = [];
  for (const match of known) {
    const finding = consumed.has(match) ? undefined : knownFinding(match, sentence, false, match);
    knownFindings.push(finding);
    if (finding) findings.push(finding);
  }
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run;
    const found = runFindings[index] ?? NO_FINDINGS;
    findings.push(...found);
    for (const acronym of run.acronyms) {
      const item = run.items[acronym.afterItem];
      if (!item) continue;
      const target = findingCovering(found, itemSpan(item)) ?? (item.type === "known" ? knownFindings[known.indexOf(item.match)] : undefined);
      if (!target) continue;
      definitions.push({ acronym: acronym.word.text, target, start: acronym.word.start, end: acronym.word.end });
      definitionSpans.push({ start: acronym.word.start, end: acronym.word.end });
    }
    // "ACR (Full Name)": the run opens inside parentheses right after an acronym.
    const firstItem = run.items[0];
    if (firstItem && found.length > 0) {
      const firstIndex = firstItem.type === "known" ? firstItem.match.firstWord : firstItem.index;
      const opening = words[firstIndex];
      const before = words[firstIndex - 1];
      if (opening?.before === "(" && before?.allCaps && !startsKnown(known, firstIndex - 1)) {
        definitions.push({ acronym: before.text, target: found[0] as Finding, start: before.start, end: before.end });
        definitionSpans.push({ start: before.start, end: before.end });
      }
    }
  }
  findings.sort(byStart);
  return { findings, definitions, definitionSpans };
}

const byStart = (a: CleanSpan, b: CleanSpan): number => a.start - b.start;

/** The first finding whose span covers `span`, if any. */
function findingCovering(found: readonly Finding[], span: CleanSpan): Finding | undefined {
  for (const finding of found) if (finding.start <= span.start && finding.end >= span.end) return finding;
  return undefined;
}

/** Whether a gazetteer match (whole or inside a compound) starts at word `index`. */
function startsKnown(known: readonly KnownMatch[], index: number): boolean {
  for (const match of known) if (match.firstWord === index) return true;
  return false;
}

function knownFinding(match: KnownMatch, sentence: number, organ: boolean, span: CleanSpan): KnownFinding {
  return { type: "known", entry: match.entry, organ: organ || match.organ, acronym: match.acronym, start: span.start, end: span.end, sentence };
}

function itemSpan(item: RunItem): CleanSpan {
  return item.type === "known" ? { start: item.match.start, end: item.match.end } : { start: item.word.start, end: item.word.end };
}

function itemText(item: RunItem): string {
  return item.type === "known" ? item.match.text : item.word.text;
}

function textOf(items: readonly RunItem[]): string {
  return items.map(itemText).join(" ");
}

/** A noun phrase of a run: the items between "of", "for" and "to". */
interface Phrase {
  readonly items: readonly RunItem[];
  /** The items without connectors, computed once: the rules ask for them often. */
  readonly content: readonly RunItem[];
}

function splitPhrases(items: readonly RunItem[]): Phrase[] {
  const phrases: Phrase[] = [];
  let current: RunItem[] = [];
  let content: RunItem[] = [];
  for (const item of items) {
    if (item.type === "connector" && (item.word.fold === "of" || item.word.fold === "for" || item.word.fold === "to")) {
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

const content = (phrase: Phrase): readonly RunItem[] => phrase.content;
const endsWithPluralPersons = (phrase: Phrase): boolean => {
  const last = phrase.content[phrase.content.length - 1];
  return last?.type === "word" && PLURAL_PERSONS.has(last.word.fold);
};
const headOf = (phrase: Phrase): RunItem | undefined => phrase.content[phrase.content.length - 1];
const headNoun = (phrase: Phrase): { organ: boolean; kind: string; plural: boolean } | null => {
  const head = headOf(phrase);
  if (head?.type !== "word" || !isHeadWord(head.word)) return null;
  const info = ORGANIZATION_HEADS.get(head.word.fold);
  if (!info) return null;
  return { organ: info.organ, kind: info.kind, plural: info.singular.toLowerCase() !== head.word.fold };
};

/** A gazetteer match or a head noun ("Ministry", "Council"): what an organisation's name needs. */
const mayHeadOrganization = (item: RunItem): boolean => item.type === "known" || (item.type === "word" && item.word.head);

/**
 * Reads one run: finds the first phrase headed by an organisation noun and decides what it
 * names (an organ of a known organisation, an organisation of its own, or nothing).
 */
function analyzeRun(run: Run, words: readonly Word[], sentence: number, consumed: Set<KnownMatch>): readonly Finding[] {
  // Most runs are names of people or places: without a gazetteer match or a head noun no
  // phrase of theirs can name an organisation. Checked here, before readRun's closures exist.
  if (!run.items.some(mayHeadOrganization)) return NO_FINDINGS;
  return readRun(run, words, sentence, consumed);
}

function readRun(run: Run, words: readonly Word[], sentence: number, consumed: Set<KnownMatch>): Finding[] {
  const trailing = trailingCountry(words, run.next);
  const items = expandNationalBodies(run.items, words, trailing !== null, consumed);
  const phrases = splitPhrases(items);
  const first = phrases.findIndex((phrase) => headNoun(phrase) !== null);
  if (first < 0) return [];
  const end = spanOf(phrases.slice(first)).end;
  // "SCO Heads of State Council": the council of the people the phrase before names, an organ
  // of the organisation named there.
  if (first > 0 && endsWithPluralPersons(phrases[first - 1] as Phrase)) {
    const owner = phrases.slice(0, first).flatMap(content).find((item) => item.type === "known");
    if (owner?.type !== "known") return [];
    consumed.add(owner.match);
    return [knownFinding(owner.match, sentence, true, { start: spanOf(phrases.slice(0, first)).start, end })];
  }
  return resolvePhrase(first);

  function isOrganization(index: number): boolean {
    const phrase = phrases[index] as Phrase;
    if (headOf(phrase)?.type === "known") return true;
    const noun = headNoun(phrase);
    if (!noun) return false;
    const last = index === phrases.length - 1;
    if (last && (noun.plural || content(phrase).length === 1)) return false;
    return true;
  }

  function resolvePhrase(index: number): Finding[] {
    const phrase = phrases[index] as Phrase;
    const span = { start: spanOf([phrase]).start, end };
    const head = headOf(phrase);
    if (head?.type === "known") {
      consumed.add(head.match);
      return [knownFinding(head.match, sentence, index > first, span)];
    }
    const noun = headNoun(phrase);
    if (!noun) return [];
    const modifiers = content(phrase).slice(0, -1);
    const parliamentary = modifiers.some((item) => item.type === "word" && PARLIAMENTARY.has(item.word.fold));
    // An organ of the organisation its complement names: "Department of the Ministry …".
    if (noun.organ && !parliamentary) {
      for (let next = index + 1; next < phrases.length; next++) {
        const parents = isOrganization(next) ? resolvePhrase(next) : namedAfterKnown(next);
        if (parents === null) continue;
        return parents.map((parent) => ({ ...parent, organ: true, start: span.start, end: span.end }) as Finding);
      }
    }
    // An organ named after its organisation: "CSTO Permanent Council", "OSCE Academy".
    const owner = [...modifiers].reverse().find((item) => item.type === "known");
    if (owner?.type === "known" && !parliamentary) {
      consumed.add(owner.match);
      return [knownFinding(owner.match, sentence, true, span)];
    }
    const complements = items.slice(items.indexOf(phrase.items[phrase.items.length - 1] as RunItem) + 1);
    // A unit inside a body: "Presidential Administration Communications Department of X".
    if (noun.organ) {
      const words = content(phrase);
      for (let inner = words.length - 2; inner >= 1; inner--) {
        const item = words[inner] as RunItem;
        if (item.type !== "word" || !isHeadWord(item.word)) continue;
        const parentItems = phrase.items.slice(0, phrase.items.indexOf(item) + 1);
        const name = joinName(textOf(trimThe(parentItems)), complements, trailing);
        return [{ type: "named", name, kind: kindOf(item.word), organ: true, start: span.start, end: span.end, sentence }];
      }
    }
    return ownOrganization(phrase, complements, span, noun);
  }

  /**
   * A complement without a head noun the rules know, named after a known organisation: "the
   * SCO Regional Anti-Terrorist Structure" in "Executive Committee of the SCO Regional
   * Anti-Terrorist Structure" is the SCO's. Null when no known name is in it.
   */
  function namedAfterKnown(index: number): Finding[] | null {
    const owner = content(phrases[index] as Phrase).find((item) => item.type === "known");
    if (owner?.type !== "known") return null;
    consumed.add(owner.match);
    return [knownFinding(owner.match, sentence, true, spanOf([phrases[index] as Phrase]))];
  }

  function ownOrganization(phrase: Phrase, complementItems: RunItem[], span: CleanSpan, noun: { organ: boolean; kind: string; plural: boolean }): Finding[] {
    const complements = dropGenericTail(complementItems);
    const words = content(phrase);
    const folds = [...words, ...complements].filter((item) => item.type === "word").map((item) => (item as { word: Word }).word.fold);
    const head = (headOf(phrase) as { word: Word }).word;
    if (head.fold === "administration" && complements.length === 0) {
      // "the Biden Administration" is a government; "Presidential Administration" an agency.
      const modifier = words[words.length - 2];
      if (modifier?.type !== "word" || !ADMINISTRATION_MODIFIERS.has(modifier.word.fold)) return [];
    }
    // "JSC National Company \"Kazakhstan Temir Zholy\"": a legal form's words name no one company.
    if (complements.length === 0 && words.every((item) => item.type === "word" && LEGAL_FORM_WORDS.has(item.word.fold))) return [];
    // "the XQZ Secretariat": an organ of an acronym the gazetteer lacks; the acronym speaks for it.
    const opening = words[0];
    if (noun.organ && opening?.type === "word" && opening.word.allCaps && words.length > 1) return [];
    if ((head.fold === "agency" || head.fold === "service") && folds.some((fold) => NEWS_AGENCY_WORDS.has(fold)) && !folds.includes("department")) {
      if (folds.includes("news")) return [];
    }
    let lead = trimThe(phrase.items);
    let possessor = "";
    const leading = lead[0];
    if (leading?.type === "word" && leading.word.possessive && lead.length > 1) {
      possessor = leading.word.text;
      lead = lead.slice(1);
    }
    let name = joinName(textOf(lead), complements, trailing);
    if (possessor) name += ` of ${possessor}`;
    const key = organizationNameKey(name);
    const organ: Finding = { type: "organ", phrase: name, key, start: span.start, end: span.end, sentence };
    if (words.length === 1 && complements.length === 0) return isOrganKey(key) ? [organ] : [];
    if (isOrganKey(key)) return [organ];
    if (folds.some((fold) => PLURAL_PERSONS.has(fold)) && /^(council|committee|commission|board|meeting)s?$/.test(words[0]?.type === "word" ? words[0].word.fold : "")) {
      return folds.some((fold) => STATE_WORDS.has(fold)) ? [] : [organ];
    }
    if (noun.plural) return coordinated(name, head, span);
    return [{ type: "named", name, kind: kindOf(head), organ: false, start: span.start, end: span.end, sentence }];
  }

  function coordinated(name: string, head: Word, span: CleanSpan): Finding[] {
    const singular = ORGANIZATION_HEADS.get(head.fold)?.singular ?? head.text;
    const single = name.replace(head.text, singular);
    const and = single.lastIndexOf(" and ");
    if (and < 0) return [];
    const before = single.slice(0, and);
    const after = single.slice(and + 5);
    const afterWords = after.split(" ");
    let cut = -1;
    if (afterWords[0] === "the" && afterWords[1]) cut = before.lastIndexOf(` the ${afterWords[1]}`);
    if (cut < 0) {
      const of = before.lastIndexOf(" of ");
      if (of >= 0) cut = before.slice(of + 4).startsWith("the ") ? of + 4 : of + 3;
    }
    if (cut < 0) return [];
    const prefix = before.slice(0, cut).trimEnd();
    const names = [before, `${prefix} ${after}`];
    return names.map((each) => ({ type: "named", name: each, kind: kindOf(head), organ: false, start: span.start, end: span.end, sentence }));
  }
}

function kindOf(word: Word): OrganizationKind {
  return ORGANIZATION_HEADS.get(word.fold)?.kind ?? "national-body";
}

function spanOf(phrases: readonly Phrase[]): CleanSpan {
  const first = phrases[0]?.items.find((item) => item.type !== "connector") ?? phrases[0]?.items[0];
  const lastPhrase = phrases[phrases.length - 1];
  const last = lastPhrase?.items[lastPhrase.items.length - 1];
  return { start: first ? itemSpan(first).start : 0, end: last ? itemSpan(last).end : 0 };
}

function trimThe(items: readonly RunItem[]): RunItem[] {
  let start = 0;
  while (items[start]?.type === "connector") start++;
  return items.slice(start);
}

/** "of the Organization" at the end refers back to the release's organisation: not part of a name. */
function dropGenericTail(items: RunItem[]): RunItem[] {
  const phrases = splitPhrases(items);
  const last = phrases[phrases.length - 1];
  if (!last) return items;
  const words = content(last);
  const only = words[0];
  if (words.length === 1 && only?.type === "word" && isHeadWord(only.word)) {
    let cut = items.indexOf(last.items[0] as RunItem);
    while (cut > 0 && items[cut - 1]?.type === "connector") cut--;
    return items.slice(0, cut);
  }
  return items;
}

function joinName(lead: string, complements: readonly RunItem[], trailing: string | null): string {
  const tail = complements.length > 0 ? ` ${textOf(complements)}` : "";
  const country = complements.length === 0 && trailing ? ` of ${trailing}` : "";
  return `${lead}${tail}${country}`;
}

/**
 * Gazetteer national bodies with a country of another state ("National Security Council of
 * Armenia", "Armenian National Security Council") are read as plain words.
 */
function expandNationalBodies(items: readonly RunItem[], words: readonly Word[], trailing: boolean, consumed: Set<KnownMatch>): RunItem[] {
  const result: RunItem[] = [];
  items.forEach((item, index) => {
    if (item.type !== "known" || item.match.entry.country === null) {
      result.push(item);
      return;
    }
    const previous = items[index - 1];
    const next = items[index + 1];
    const modified = previous?.type === "word" && !OWN_COUNTRY_WORDS.has(previous.word.plain);
    const complemented = next?.type === "connector" && next.word.fold === "of";
    const last = index === items.length - 1 && trailing;
    if (!modified && !complemented && !last) {
      result.push(item);
      return;
    }
    consumed.add(item.match);
    for (let at = item.match.firstWord; at <= item.match.lastWord; at++) {
      const word = words[at] as Word;
      result.push(word.capitalized ? { type: "word", word, index: at } : { type: "connector", word, index: at });
    }
  });
  return result;
}

/**
 * "National Security Council Secretary Armen Grigoryan of Armenia": the country a title and a
 * name after the run attach to the body the run names, or null.
 */
function trailingCountry(words: readonly Word[], start: number): string | null {
  let index = start;
  let titles = 0;
  while (index < words.length && (isTitleWord(words[index] as Word) || (titles > 0 && (words[index] as Word).fold === "general"))) {
    if (index > start && (words[index] as Word).before !== "") return null;
    titles++;
    index++;
  }
  if (titles === 0) return null;
  let names = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    if (word.before !== "" || !word.capitalized || isTitleWord(word) || isHeadWord(word)) break;
    names++;
    index++;
  }
  if (names === 0 || names > 4 || words[index]?.fold !== "of" || words[index]?.before !== "") return null;
  index++;
  if (words[index]?.fold === "the") index++;
  const country: string[] = [];
  while (index < words.length && country.length < 4) {
    const word = words[index] as Word;
    if (word.before !== "") break;
    if (word.capitalized && !isHeadWord(word) && !isTitleWord(word)) country.push(word.text);
    else if (word.fold === "of" && country.length > 0) country.push(word.text);
    else break;
    index++;
  }
  while (country.at(-1) === "of") country.pop();
  return country.length > 0 ? country.join(" ") : null;
}
