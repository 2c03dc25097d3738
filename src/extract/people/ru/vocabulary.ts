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
import { RU_REPUBLICS } from "../../../lexicon/ru/data/regions.js";
import { RU_ORGANIZATIONS } from "../../../lexicon/ru/data/organizations.js";
import { isRussianGivenName, russianNameKeys } from "../../../normalize/russian-names.js";
import type { Organization } from "../../../schema/organization.js";
import { vocabularyOf, type PeopleVocabulary } from "../vocabulary.js";
import { startsWithInitials } from "./initials.js";
import { KeyIndex, type TokenKeys } from "../../key-index.js";

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
  /** The city's English name, for a city. */
  readonly name?: string;
}

/** An organisation the reader's own small gazetteer finds (until the organisations plugin reads Russian). */
export interface OrganizationHit {
  readonly org: Organization;
  readonly length: number;
}

/**
 * What the chunker asks about a word token, answered once per spelling: most words start no
 * title, honorific, country, city or organisation, and one lookup here spares the walks.
 */
export interface RussianWordFacts {
  /** The word is initials, alone or glued to a surname ("С.", "С.Лавровым"). */
  readonly initials: boolean;
  readonly mayStartTitle: boolean;
  readonly mayStartHonorific: boolean;
  /** A country's name may start at the word (capitalised). */
  readonly mayStartCountry: boolean;
  /** The country the word names alone: an acronym ("США") or an adjective ("казахстанский"). */
  readonly country: string | null;
  readonly mayStartCity: boolean;
  readonly mayStartOrganization: boolean;
  /** A known given name in any case ("Сергея"). */
  readonly givenName: boolean;
  /** A capitalised word of prose or of a body's name, never a name's ("Организации", "Также"). */
  readonly nonName: boolean;
}


/** A body of one state, by its English name. */
export interface NationalBody {
  readonly name: string;
  readonly acronym: string | null;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
}

/** Dashes that join the two titles of a double title. */
const DASHES: ReadonlySet<string> = new Set(["–", "—", "-", "‒"]);
const DASH_KEY = "–";
/** Titles whose case forms a stemmer does not bring to one key ("посол" / "посла"): their case forms, listed. */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = { посол: ["посол", "посла", "послу", "послом"] };
/** A word that ends in a hard consonant: a masculine noun's nominative, whose stem its case forms may not share. */
const HARD_END = /\p{L}{3}[бвгджзклмнпрстфхцчшщ]$/u;

/**
 * The keys of a title's word: its stem, and for a masculine noun the stem of its case forms
 * where the stemmer reads the nominative's last letters as an ending ("Аким" is "ак", "акимом"
 * "аким"; "генерал" / "генералом", "султан" / "султаном").
 */
function declinedKeys(lower: string, keyOf: (lower: string) => string): TokenKeys {
  const key = keyOf(lower);
  if (!HARD_END.test(lower)) return [key];
  return [...new Set([key, keyOf(`${lower}а`), keyOf(`${lower}ом`)])];
}

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
  readonly #titles = new KeyIndex<TranslatedTitle>();
  readonly #qualifiers = new KeyIndex<TranslatedQualifier>();
  readonly #prefixQualifiers: readonly TranslatedQualifier[];
  readonly #titleStarts: ReadonlySet<string>;
  readonly #qualifierStarts: ReadonlySet<string>;
  readonly #sameOffice: ReadonlySet<string>;
  readonly #honorifics = new KeyIndex<true>();
  readonly #modifiers: ReadonlySet<string>;
  readonly #countries = new KeyIndex<string>();
  readonly #countryAcronyms: ReadonlyMap<string, string>;
  readonly #adjectives: ReadonlyMap<string, string>;
  readonly #cities = new KeyIndex<{ readonly code: string; readonly name: string }>();
  readonly #organizations = new KeyIndex<Organization>();
  readonly #nationalBodies = new Map<string, NationalBody>();
  readonly #nonNames: ReadonlySet<string>;
  readonly #particles: ReadonlySet<string>;
  readonly #connectors: ReadonlySet<string>;
  readonly #honorificStarts: ReadonlySet<string>;
  readonly #countryStarts: ReadonlySet<string>;
  readonly #cityStarts: ReadonlySet<string>;
  readonly #organizationStarts: ReadonlySet<string>;
  readonly #prefixTexts: readonly string[];
  /** {@link RussianWordFacts} by spelling. */
  readonly #facts: (value: string) => RussianWordFacts;

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
      return declinedKeys(lower, keyOf);
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
    for (const city of RU_CITIES) {
      for (const name of city.ru) if (!city.ambiguous.includes(name)) this.#cities.add(name.split(" ").map(nameTokenKeys), { code: city.country, name: city.name });
    }
    // "Глава Республики Башкортостан": a republic after a head's title is a place of Russia, no name.
    for (const republic of RU_REPUBLICS) {
      for (const name of republic.ru) this.#cities.add(name.split(" ").map(nameTokenKeys), { code: "RU", name: republic.name });
    }
    for (const entry of RU_ORGANIZATIONS) {
      const org = organizationOf(entry.target);
      if (org === null) continue;
      for (const acronym of entry.acronyms) this.#organizations.add(acronym.split(" ").map((token) => [`=${token}`]), org);
      for (const name of entry.ru) this.#organizations.add(tokensOf(name).map(organizationTokenKeys), org);
      if (entry.country !== null && typeof entry.target !== "string") {
        const body = { ...org, country: entry.country };
        this.#nationalBodies.set(entry.target.name.toLowerCase(), body);
        // "Head of Rossotrudnichestvo": a role may name the body by its short English name.
        if (entry.target.acronym !== null) this.#nationalBodies.set(entry.target.acronym.toLowerCase(), body);
      }
    }
    this.#nonNames = new Set(lexicon.names.nonNameWords.map((word) => word.replaceAll("ё", "е")));
    this.#particles = new Set(lexicon.names.particles);
    this.#connectors = new Set(lexicon.people.connectors.titlePhrase);
    this.#honorificStarts = this.#honorifics.starts();
    this.#countryStarts = this.#countries.starts();
    this.#cityStarts = this.#cities.starts();
    this.#organizationStarts = this.#organizations.starts();
    this.#prefixTexts = this.#prefixQualifiers.map((prefix) => prefix.qualifier.toLowerCase());
    this.#facts = memoizeByText((value) => this.#factsOf(value), 20000);
  }

  /**
   * The facts of a word token (kind "word"), remembered by spelling.
   *
   * @example
   * ```ts
   * vocabulary.factsOf(word).mayStartTitle; // true for "Министром", false for "Москве"
   * ```
   */
  factsOf(word: Word): RussianWordFacts {
    return this.#facts(word.value);
  }

  #factsOf(value: string): RussianWordFacts {
    const lower = lowerCaseOf(value);
    const key = this.#keyOf(lower);
    const capitalized = CYRILLIC_CAPITAL.test(value);
    const exact = `=${lower}`;
    const placeKeys = capitalized ? placeKeysOf(value) : [];
    const organizationKeys = capitalized ? organizationKeysOf(value) : [];
    return {
      initials: startsWithInitials(value),
      mayStartTitle: this.#titleStarts.has(key) || this.#qualifierStarts.has(key) || this.#titleStarts.has(exact) || this.#qualifierStarts.has(exact) || this.#prefixTexts.some((prefix) => lower.length > prefix.length + 2 && lower.startsWith(prefix)),
      mayStartHonorific: this.#modifiers.has(key) || this.#honorificStarts.has(key) || this.#honorificStarts.has(exact),
      mayStartCountry: placeKeys.some((placeKey) => this.#countryStarts.has(placeKey)),
      country: this.#countryAcronyms.get(value) ?? adjectiveCountry(this.#adjectives, lower),
      mayStartCity: placeKeys.some((placeKey) => this.#cityStarts.has(placeKey)),
      mayStartOrganization: this.#organizationStarts.has(`=${value}`) || organizationKeys.some((organizationKey) => this.#organizationStarts.has(organizationKey)),
      givenName: capitalized && isRussianGivenName(value),
      nonName: this.#nonNames.has(lower.replaceAll("ё", "е")),
    };
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
    return word.kind === "word" && this.factsOf(word).mayStartTitle;
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
    if (word === undefined || word.kind !== "word" || !this.factsOf(word).mayStartHonorific) return 0;
    if (this.#modifiers.has(word.key)) return 1;
    return this.#honorifics.matchAt(words, index, this.#titleKeys)?.length ?? 0;
  }

  /** The country named at word `index`: a name in any case ("Республики Армения", "Казахстана"), an acronym ("США", "РФ") or an adjective ("казахстанский"). */
  countryAt(words: readonly Word[], index: number): PlaceHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word") return null;
    const facts = this.factsOf(word);
    if (facts.mayStartCountry) {
      const name = this.#countries.matchAt(words, index, placeWordKeys);
      if (name) return { code: name.value, length: name.length };
    }
    return facts.country === null ? null : { code: facts.country, length: 1 };
  }

  /** The city named at word `index`, capitalised ("Москвы", "в Бишкеке"), with its country. */
  cityAt(words: readonly Word[], index: number): PlaceHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word" || !this.factsOf(word).mayStartCity) return null;
    const city = this.#cities.matchAt(words, index, placeWordKeys);
    return city ? { code: city.value.code, name: city.value.name, length: city.length } : null;
  }

  /**
   * An organisation the reader's own small gazetteer finds at word `index`: an acronym as
   * written ("ОДКБ", "ШОС") or a name in any case ("Шанхайской организации сотрудничества").
   * A stopgap until the organisations plugin reads Russian (its spans come first).
   */
  organizationAt(words: readonly Word[], index: number): OrganizationHit | null {
    const word = words[index];
    if (word === undefined || word.kind !== "word" || !this.factsOf(word).mayStartOrganization) return null;
    const hit = this.#organizations.matchAt(words, index, organizationWordKeys);
    return hit ? { org: hit.value, length: hit.length } : null;
  }

  /** A national body by its English name or acronym ("State Duma", "Rossotrudnichestvo"), with its acronym and state. */
  nationalBody(name: string): NationalBody | null {
    return this.#nationalBodies.get(name.toLowerCase()) ?? null;
  }

  /** A capitalised word that is never part of a personal name ("Организации", "Совета"). */
  isNonName(word: Word): boolean {
    return word.kind === "word" && this.factsOf(word).nonName;
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

const organizationWordKeys = (word: Word): TokenKeys => (word.kind === "word" ? organizationKeysOf(word.value) : []);

/** The keys of a word of the text for the organisations index: short words as they are, others by name keys, words in capitals also as written. */
const organizationKeysOf = memoizeByText((value: string): readonly string[] => {
  const lower = lowerCaseOf(value);
  const keys = lower.length <= 2 ? [`=${lower}`] : russianNameKeys(value, { plural: true });
  return value.length > 1 && value === value.toUpperCase() && value !== lower ? [`=${value}`, ...keys] : keys;
}, 20000);

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
