// The Russian people reader's view of the lexicon and the gazetteers: titles (with their
// English roles), countries, cities and the organisations it needs, looked up by word keys so
// that declined forms ("Министром обороны", "Республики Армения") meet the nominative lists.
// Built once per lexicon.
import { memoizeByText, memoizeOn } from "../../../core/memo.js";
import { lowerCaseOf } from "../../../core/text.js";
import type { Word } from "../../../core/word.js";
import { ORGANIZATIONS } from "../../../data/organizations.js";
import type { Lexicon, TitleKind, TranslatedQualifier, TranslatedTitle } from "../../../lexicon/index.js";
import { RU_CITIES } from "../../../lexicon/ru/data/cities.js";
import { RU_COUNTRIES } from "../../../lexicon/ru/data/countries.js";
import { RU_ORGANIZATIONS } from "../../../lexicon/ru/data/organizations.js";
import { russianNameKeys } from "../../../normalize/russian-names.js";
import type { Organization } from "../../../schema/organization.js";
import { vocabularyOf, type PeopleVocabulary } from "../vocabulary.js";

/** A title found at a word: its English role and kind, and the words it spans. */
export interface RussianTitleHit {
  /** The titles, in order, a double title holds ("Заместитель Премьер-Министра – Министр иностранных дел"). */
  readonly titles: readonly QualifiedTitle[];
  readonly kind: TitleKind;
  /** Number of words it spans. */
  readonly length: number;
}

/** One title with the qualifier before it ("Заместитель" + "Министр иностранных дел"). */
export interface QualifiedTitle {
  readonly title: TranslatedTitle;
  /** The English qualifier ("Deputy", "Acting First Deputy"), or null. */
  readonly qualifier: string | null;
  /** The qualifier keeps the office ("Acting"). */
  readonly sameOffice: boolean;
}

/** A match of a gazetteer at a word. */
export interface PlaceHit {
  /** ISO 3166-1 alpha-2 code. */
  readonly code: string;
  readonly length: number;
}

/** An organisation the reader's own small gazetteer finds (until the organisations plugin reads Russian). */
export interface OrganizationHit {
  readonly org: Organization;
  readonly length: number;
}

/** A body of one state, by its English name. */
export interface NationalBody {
  readonly name: string;
  readonly acronym: string | null;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/** How a token of a gazetteer name is compared with a word of the text. */
type TokenKeys = readonly string[];

/** A trie over word keys: each step tries every key of the text word. */
class KeyTrie<T> {
  readonly #root: TrieNode<T> = { next: new Map(), value: undefined };

  add(tokens: readonly TokenKeys[], value: T): void {
    let nodes: TrieNode<T>[] = [this.#root];
    for (const keys of tokens) {
      const next: TrieNode<T>[] = [];
      for (const node of nodes) {
        for (const key of keys) {
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = { next: new Map(), value: undefined }));
          if (!next.includes(child)) next.push(child);
        }
      }
      nodes = next;
    }
    for (const node of nodes) node.value ??= value;
  }

  /** The first-word keys of every entry. */
  starts(): ReadonlySet<string> {
    return new Set(this.#root.next.keys());
  }

  /** The longest entry starting at `index`, each word asked for its keys. */
  matchAt(words: readonly Word[], index: number, keysOf: (word: Word) => TokenKeys): { value: T; length: number } | null {
    let best: { value: T; length: number } | null = null;
    let frontier: TrieNode<T>[] = [this.#root];
    for (let at = index; at < words.length && frontier.length > 0; at++) {
      const word = words[at] as Word;
      const keys = keysOf(word);
      const next: TrieNode<T>[] = [];
      for (const node of frontier) {
        for (const key of keys) {
          const child = node.next.get(key);
          if (child && !next.includes(child)) next.push(child);
        }
      }
      for (const node of next) {
        if (node.value !== undefined) {
          best = { value: node.value, length: at - index + 1 };
          break;
        }
      }
      frontier = next;
    }
    return best;
  }
}

interface TrieNode<T> {
  readonly next: Map<string, TrieNode<T>>;
  value: T | undefined;
}

/** Dashes that join the two titles of a double title. */
const DASHES: ReadonlySet<string> = new Set(["–", "—", "-", "‒"]);
const DASH_KEY = "–";
/** Titles whose case forms a stemmer does not bring to one key ("посол" / "посла"): their case forms, listed. */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = { посол: ["посол", "посла", "послу", "послом"] };
/** Kinds that take no qualifier ("Заместитель генерала" is no title). */
const UNQUALIFIED: ReadonlySet<TitleKind> = new Set(["honorific", "military"]);
const CYRILLIC_CAPITAL = /^\p{Lu}/u;
/** Adjectival endings of a country's adjective ("казахстанск" + "ий", "ой", "ого"...). */
const ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)$/u;

/**
 * The words of one Russian lexicon as the people reader looks them up.
 *
 * @example
 * ```ts
 * const vocabulary = russianVocabularyOf(lexiconFor("ru"));
 * vocabulary.titleAt(sentence.words, 0)?.titles[0]?.title.role; // "Minister of Defence" for "Министром обороны ..."
 * ```
 */
export class RussianPeopleVocabulary {
  readonly lexicon: Lexicon;
  /** The participation rules' vocabulary (the lexicon's people words). */
  readonly people: PeopleVocabulary;
  readonly #keyOf: (lower: string) => string;
  readonly #titles = new KeyTrie<TranslatedTitle>();
  readonly #qualifiers = new KeyTrie<TranslatedQualifier>();
  readonly #prefixQualifiers: readonly TranslatedQualifier[];
  readonly #titleStarts: ReadonlySet<string>;
  readonly #qualifierStarts: ReadonlySet<string>;
  readonly #sameOffice: ReadonlySet<string>;
  readonly #honorifics = new KeyTrie<true>();
  readonly #modifiers: ReadonlySet<string>;
  readonly #countries = new KeyTrie<string>();
  readonly #countryAcronyms: ReadonlyMap<string, string>;
  readonly #adjectives: ReadonlyMap<string, string>;
  /** The country of a lower-case word that is a country's adjective, remembered per word. */
  readonly #adjectiveCountry: (lower: string) => string | null;
  readonly #cities = new KeyTrie<string>();
  readonly #organizations = new KeyTrie<Organization>();
  readonly #nationalBodies = new Map<string, NationalBody>();
  readonly #nonNames: ReadonlySet<string>;
  readonly #particles: ReadonlySet<string>;
  readonly #connectors: ReadonlySet<string>;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    this.people = vocabularyOf(lexicon);
    const keyOf = lexicon.keyOf ?? ((lower: string) => lower);
    this.#keyOf = keyOf;
    const parser = lexicon.createParser();
    const tokensOf = (text: string): string[] => {
      const tokens: string[] = [];
      const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
        if (node.type === "WordNode") {
          tokens.push(wordText(node));
          return;
        }
        if (node.type === "PunctuationNode" || node.type === "SymbolNode") {
          tokens.push(node.value ?? "");
          return;
        }
        for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      };
      walk(parser.parse(text) as never);
      return tokens;
    };
    const keysOfToken = (token: string): TokenKeys => {
      if (DASHES.has(token)) return [DASH_KEY];
      const lower = lowerCaseOf(token);
      const irregular = IRREGULAR_FORMS[lower];
      if (irregular) return irregular.map((form) => `=${form}`);
      return [keyOf(lower)];
    };
    const english = lexicon.titles.english;
    for (const title of english?.titles ?? []) this.#titles.add(tokensOf(title.title).map(keysOfToken), title);
    const prefixes: TranslatedQualifier[] = [];
    for (const qualifier of english?.qualifiers ?? []) {
      if (qualifier.qualifier.endsWith("-")) prefixes.push(qualifier);
      else this.#qualifiers.add(tokensOf(qualifier.qualifier).map(keysOfToken), qualifier);
    }
    this.#prefixQualifiers = prefixes.sort((a, b) => b.qualifier.length - a.qualifier.length);
    this.#titleStarts = this.#titles.starts();
    this.#qualifierStarts = this.#qualifiers.starts();
    this.#sameOffice = new Set(lexicon.titles.sameOfficeQualifiers);
    const honorifics = lexicon.honorifics;
    for (const honorific of [...honorifics.address, ...honorifics.academic, ...honorifics.knighthood, ...honorifics.styles, ...honorifics.ranks]) {
      this.#honorifics.add(tokensOf(honorific).map(keysOfToken), true);
    }
    this.#modifiers = new Set(lexicon.titles.modifiers.map((modifier) => keyOf(modifier)));
    const acronyms = new Map<string, string>();
    const adjectives = new Map<string, string>();
    for (const country of RU_COUNTRIES) {
      for (const name of country.names) this.#countries.add(name.split(" ").map(nameTokenKeys), country.code);
      for (const acronym of country.acronyms) acronyms.set(acronym, country.code);
      for (const adjective of country.adjectives) adjectives.set(adjective.replaceAll("ё", "е"), country.code);
    }
    this.#countryAcronyms = acronyms;
    this.#adjectives = adjectives;
    this.#adjectiveCountry = memoizeByText((lower: string) => adjectiveCountry(adjectives, lower), 20000);
    for (const city of RU_CITIES) {
      for (const name of city.ru) if (!city.ambiguous.includes(name)) this.#cities.add(name.split(" ").map(nameTokenKeys), city.country);
    }
    for (const entry of RU_ORGANIZATIONS) {
      const org = organizationOf(entry.target);
      if (org === null) continue;
      for (const acronym of entry.acronyms) this.#organizations.add(acronym.split(" ").map((token) => [`=${token}`]), org);
      for (const name of entry.ru) this.#organizations.add(tokensOf(name).map(organizationTokenKeys), org);
      if (entry.country !== null && typeof entry.target !== "string") this.#nationalBodies.set(entry.target.name.toLowerCase(), { ...org, country: entry.country });
    }
    this.#nonNames = new Set(lexicon.names.nonNameWords.map((word) => word.replaceAll("ё", "е")));
    this.#particles = new Set(lexicon.names.particles);
    this.#connectors = new Set(lexicon.people.connectors.titlePhrase);
  }

  /** The keys a word of the text offers the title indexes: its stem, and its form for titles that decline irregularly. */
  #titleKeys = (word: Word): TokenKeys => {
    if (word.kind !== "word") return DASHES.has(word.value) ? [DASH_KEY] : [word.value];
    return [word.key, `=${word.lower}`];
  };

  /**
   * The title starting at word `index`, in any case ("министра", "Министром"): a title of the
   * lexicon, with a qualifier before it ("Заместитель Министра", "и.о. Министра",
   * "Вице-спикер") and a second title after a dash ("Заместитель Премьер-Министра – Министр
   * иностранных дел").
   */
  titleAt(words: readonly Word[], index: number): RussianTitleHit | null {
    const first = this.#qualifiedAt(words, index);
    if (!first) return null;
    const titles = [first.title];
    let length = first.length;
    const dash = words[index + length];
    if (dash !== undefined && dash.kind !== "word" && DASHES.has(dash.value)) {
      const second = this.#qualifiedAt(words, index + length + 1);
      if (second && !UNQUALIFIED.has(second.title.title.kind)) {
        titles.push(second.title);
        length += 1 + second.length;
      }
    }
    const head = titles[0] as QualifiedTitle;
    return { titles, kind: qualifiedKind(head), length };
  }

  /** A word may start a title or its qualifier (one lookup spares the walk for most words). */
  mayStartTitle(word: Word): boolean {
    if (word.kind !== "word") return false;
    const lower = word.lower;
    return this.#titleStarts.has(word.key) || this.#qualifierStarts.has(word.key) || this.#titleStarts.has(`=${lower}`) || this.#prefixOf(lower) !== null;
  }

  #qualifiedAt(words: readonly Word[], index: number): { title: QualifiedTitle; length: number } | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word") return null;
    const direct = this.#titles.matchAt(words, index, this.#titleKeys);
    let best: { title: QualifiedTitle; length: number } | null = direct ? { title: { title: direct.value, qualifier: null, sameOffice: false }, length: direct.length } : null;
    const qualifier = this.#qualifierStarts.has(word.key) || this.#qualifierStarts.has(`=${word.lower}`) ? this.#qualifiers.matchAt(words, index, this.#titleKeys) : null;
    if (qualifier) {
      const base = this.#titles.matchAt(words, index + qualifier.length, this.#titleKeys);
      if (base && !UNQUALIFIED.has(base.value.kind) && (!best || qualifier.length + base.length > best.length)) {
        best = { title: { title: base.value, qualifier: qualifier.value.english, sameOffice: this.#sameOffice.has(qualifier.value.qualifier) }, length: qualifier.length + base.length };
      }
    }
    if (best) return best;
    // "Вице-спикер": a prefix glued to a title by a hyphen.
    const prefix = this.#prefixOf(word.lower);
    if (prefix === null) return null;
    const rest = word.lower.slice(prefix.qualifier.length);
    const restKeys: TokenKeys = [this.#keyOf(rest), `=${rest}`];
    const base = this.#titles.matchAt(words, index, (other) => (other === word ? restKeys : this.#titleKeys(other)));
    if (!base || UNQUALIFIED.has(base.value.kind)) return null;
    return { title: { title: base.value, qualifier: prefix.english, sameOffice: false }, length: base.length };
  }

  #prefixOf(lower: string): TranslatedQualifier | null {
    for (const prefix of this.#prefixQualifiers) {
      const text = prefix.qualifier.toLowerCase();
      if (lower.length > text.length + 2 && lower.startsWith(text)) return prefix;
    }
    return null;
  }

  /** An honorific or a modifier before a title or a name ("господин", "Его Превосходительство", "уважаемого", "вновь назначенным"): how many words it spans, or 0. */
  honorificAt(words: readonly Word[], index: number): number {
    const word = words[index];
    if (word === undefined || word.kind !== "word") return 0;
    if (this.#modifiers.has(word.key)) return 1;
    return this.#honorifics.matchAt(words, index, this.#titleKeys)?.length ?? 0;
  }

  /** The country named at word `index`: a name in any case ("Республики Армения", "Казахстана"), an acronym ("США", "РФ") or an adjective ("казахстанский"). */
  countryAt(words: readonly Word[], index: number): PlaceHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word") return null;
    const acronym = this.#countryAcronyms.get(word.value);
    if (acronym !== undefined) return { code: acronym, length: 1 };
    if (CYRILLIC_CAPITAL.test(word.value)) {
      const name = this.#countries.matchAt(words, index, placeWordKeys);
      if (name) return { code: name.value, length: name.length };
    }
    const adjective = this.#adjectiveCountry(word.lower);
    return adjective === null ? null : { code: adjective, length: 1 };
  }

  /** The city named at word `index`, capitalised ("Москвы", "в Бишкеке"), with its country. */
  cityAt(words: readonly Word[], index: number): PlaceHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word" || !CYRILLIC_CAPITAL.test(word.value)) return null;
    const city = this.#cities.matchAt(words, index, placeWordKeys);
    return city ? { code: city.value, length: city.length } : null;
  }

  /**
   * An organisation the reader's own small gazetteer finds at word `index`: an acronym as
   * written ("ОДКБ", "ШОС") or a name in any case ("Шанхайской организации сотрудничества").
   * A stopgap until the organisations plugin reads Russian (its spans come first).
   */
  organizationAt(words: readonly Word[], index: number): OrganizationHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word" || !CYRILLIC_CAPITAL.test(word.value)) return null;
    const hit = this.#organizations.matchAt(words, index, organizationWordKeys);
    return hit ? { org: hit.value, length: hit.length } : null;
  }

  /** A national body by its English name ("State Duma"), with its acronym and state. */
  nationalBody(name: string): NationalBody | null {
    return this.#nationalBodies.get(name.toLowerCase()) ?? null;
  }

  /** A capitalised word that is never part of a personal name ("Организации", "Совета"). */
  isNonName(word: Word): boolean {
    return this.#nonNames.has(word.lower.replaceAll("ё", "е"));
  }

  /** A particle inside names ("бин", "аль"). */
  isParticle(word: Word): boolean {
    return word.kind === "word" && this.#particles.has(word.lower);
  }

  /** A lower-case word of a title phrase ("иностранных", "дел", "обороны", "и", "при"). */
  isConnector(word: Word): boolean {
    return this.#connectors.has(word.key);
  }
}

function wordText(node: { value?: string; children?: unknown[] }): string {
  if (node.value !== undefined) return node.value;
  let text = "";
  for (const child of (node.children ?? []) as { value?: string; children?: unknown[] }[]) text += wordText(child);
  return text;
}

/** The kind of office a qualified title names: a deputy of a head of government is a minister. */
function qualifiedKind(title: QualifiedTitle): TitleKind {
  const kind = title.title.kind;
  if (title.qualifier === null || title.sameOffice) return kind;
  if (kind === "head-of-government") return "minister";
  if (kind === "head-of-state") return "official";
  return kind;
}

/**
 * A word of a gazetteer name as the place index keys it: lower-case words (the "и" of "Босния
 * и Герцеговина") as they are; a plural word ("Соединённые Штаты", "Соединённых Штатов") by
 * its plural keys, marked, so that a singular name never meets a plural form ("Китай" is not
 * "Китаев").
 */
function nameTokenKeys(token: string): TokenKeys {
  if (token === token.toLowerCase()) return [`=${token}`];
  if (/(?:ы|и|ые|ие)$/u.test(token)) return [...russianNameKeys(token), ...russianNameKeys(token, { plural: true }).map((key) => `p:${key}`)];
  return russianNameKeys(token);
}

const placeWordKeys = (word: Word): TokenKeys => (word.kind !== "word" ? [] : word.value === word.lower ? [`=${word.lower}`, ...placeKeysOf(word.value)] : placeKeysOf(word.value));

/** The keys of a word of the text for the place indexes: singular keys, and plural keys marked. */
const placeKeysOf = memoizeByText((value: string): readonly string[] => [...russianNameKeys(value), ...russianNameKeys(value, { plural: true }).map((key) => `p:${key}`)], 20000);

/** A word of an organisation's name: prepositions as they are, other words by their name keys (with the neuter "-о"). */
function organizationTokenKeys(token: string): TokenKeys {
  const lower = token.toLowerCase();
  if (lower.length <= 2) return [`=${lower}`];
  return russianNameKeys(token, { plural: true });
}

const organizationWordKeys = (word: Word): TokenKeys => {
  if (word.kind !== "word") return [];
  const keys = word.lower.length <= 2 ? [`=${word.lower}`] : russianNameKeys(word.value, { plural: true });
  return word.allCaps ? [`=${word.value}`, ...keys] : keys;
};

function adjectiveCountry(adjectives: ReadonlyMap<string, string>, lower: string): string | null {
  if (lower.includes("-")) return null;
  const match = ADJECTIVE_ENDING.exec(lower);
  if (!match) return null;
  return adjectives.get(lower.slice(0, match.index).replaceAll("ё", "е")) ?? null;
}

/** The organisation a Russian name's target stands for: the gazetteer entry's English name and acronym. */
function organizationOf(target: string | { readonly name: string; readonly acronym: string | null }): Organization | null {
  if (typeof target !== "string") return { name: target.name, acronym: target.acronym };
  const entry = ORGANIZATIONS.find((organization) => organization.id === target);
  return entry ? { name: entry.name, acronym: entry.acronym } : null;
}

/**
 * The Russian people vocabulary of a lexicon, built once.
 *
 * @example
 * ```ts
 * russianVocabularyOf(lexiconFor("ru")).countryAt(words, 3)?.code; // "AM" for "... Республики Армения ..."
 * ```
 */
export const russianVocabularyOf: (lexicon: Lexicon) => RussianPeopleVocabulary = memoizeOn((lexicon: Lexicon) => new RussianPeopleVocabulary(lexicon));
