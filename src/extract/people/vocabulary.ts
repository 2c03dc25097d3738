// The people extractor's view of the lexicon and the gazetteers: one place where titles,
// countries, honorifics, given names and the words of participation are looked up, so the
// chunker and the rules read as grammar, not as data access. Built once per lexicon.
import { Word } from "../../core/word.js";
import { lazy, memoizeByText, memoizeOn } from "../../core/memo.js";
import { COUNTRIES } from "../../data/countries.js";
import { ORGANIZATION_HEADS } from "../../data/organizations.js";
import type { Lexicon, PeopleWords, TitleKind, WordPhrase } from "../../lexicon/index.js";
import { matchCityAt } from "../../normalize/city.js";
import { matchCountryAt } from "../../normalize/country.js";
import { isGivenName as knownGivenName } from "../../normalize/given-name.js";
import { foldedParts } from "../../normalize/phrase-index.js";
import { titleGrammarOf, type TitleGrammar } from "../../normalize/title.js";

export type { TitleKind } from "../../lexicon/index.js";

/** A title found at a word. */
export interface TitleHit {
  readonly title: string;
  readonly kind: TitleKind;
  /** Number of words it spans. */
  readonly length: number;
  /** A plural title ("Foreign Ministers"). */
  readonly plural: boolean;
}

/**
 * What the chunker asks about a capitalised word token, answered once per spelling: most
 * capitalised words start no title and no country, and one lookup here spares the walks of
 * both gazetteers.
 */
export interface CapitalizedWord {
  /** A title may start at the word ({@link PeopleVocabulary.titleAt} decides). */
  readonly mayStartTitle: boolean;
  /** A country may start at the word ({@link countryAt} decides). */
  readonly mayStartCountry: boolean;
  /** The word without its possessive ending is an honorific. */
  readonly honorific: boolean;
  /** The word is never part of a personal name ({@link PeopleVocabulary.isNonNameWord}). */
  readonly nonName: boolean;
  /**
   * The word alone is a title ("President", "Mr"): {@link PeopleVocabulary.titleAt} finds one
   * there whatever follows, so the word is never a name but inside one ("Hossein Amir Abdollahian").
   */
  readonly title: boolean;
}

/**
 * The word lists the participation rules look for in a sentence, one bit each: a sentence's
 * words are looked up once ({@link PeopleVocabulary.cueClasses}), and a rule whose words the
 * sentence lacks is decided without walking it.
 */
export const SentenceCue = {
  /** {@link PeopleVocabulary.participationWords}. */
  event: 1,
  /** The first word of a participation cue ({@link PeopleVocabulary.cuesByFirstWord}). */
  participantCueStart: 2,
  messageNoun: 4,
  recallVerb: 8,
  futureWord: 16,
  earlierWord: 32,
  /** The last word of one of the lexicon's `otherMeetings` phrases. */
  otherMeetingEnd: 64,
  invertedSpeechVerb: 128,
  /** A passive or perfect auxiliary. */
  auxiliary: 256,
  /** The first word of an absence cue. */
  absenceCueStart: 512,
  actVerb: 1024,
  /** One of the lexicon's `voiceTitles`. */
  voiceTitle: 2048,
} as const;

/** Releases share most of their capitalised words; the facts of the last few thousand are kept. */
const MAX_CAPITALIZED_WORDS = 20000;

/**
 * The words of one lexicon as the people extractor looks them up: sets of the lexicon's lists,
 * participation cues by their first word, and the title, honorific and name lookups.
 *
 * @example
 * ```ts
 * const vocabulary = vocabularyOf(lexiconFor(document.language));
 * vocabulary.actVerbs.has("stressed"); // true
 * vocabulary.capitalizedWord(word).mayStartTitle; // true for "Deputy", false for "Moscow"
 * ```
 */
export class PeopleVocabulary {
  readonly lexicon: Lexicon;
  readonly words: PeopleWords;
  readonly participationWords: ReadonlySet<string>;
  readonly actVerbs: ReadonlySet<string>;
  readonly actAdverbs: ReadonlySet<string>;
  /** Most lower-case words between a name and its verb of acting ({@link PeopleWords.actGap}). */
  readonly actGap: number;
  readonly invertedSpeechVerbs: ReadonlySet<string>;
  readonly recallVerbs: ReadonlySet<string>;
  readonly messageNouns: ReadonlySet<string>;
  readonly listJoiners: ReadonlySet<string>;
  readonly authoredNouns: ReadonlySet<string>;
  readonly authoredParticiples: ReadonlySet<string>;
  readonly questionMarkers: ReadonlySet<string>;
  readonly passiveAuxiliaries: ReadonlySet<string>;
  readonly passiveParticiples: ReadonlySet<string>;
  readonly perfectAuxiliaries: ReadonlySet<string>;
  readonly eventNouns: ReadonlySet<string>;
  readonly futureWords: ReadonlySet<string>;
  readonly earlierWords: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly partnerPrepositions: ReadonlySet<string>;
  readonly partnerVerbs: ReadonlySet<string>;
  readonly titleConnectors: ReadonlySet<string>;
  /** Lower-case words before a title that are not part of it ("newly appointed", "outgoing"). */
  readonly titleModifiers: ReadonlySet<string>;
  /** Titles used as a form of address ("Ambassador"), lower case. */
  readonly courtesyTitles: ReadonlySet<string>;
  readonly titleJoiners: ReadonlySet<string>;
  readonly wordsBeforePlace: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly partyNouns: ReadonlySet<string>;
  /** Words that tie a body to the one it is under ("under the Government of ..."): a role ends before them. */
  readonly subordination: ReadonlySet<string>;
  /** {@link PeopleWords.placeNouns}, or none. */
  readonly placeNouns: ReadonlySet<string>;
  /** {@link PeopleWords.namedThingHeads}, or none. */
  readonly namedThingHeads: ReadonlySet<string>;
  /** {@link PeopleWords.eponymCues}, or none. */
  readonly eponymCues: readonly WordPhrase[];
  /** {@link PeopleWords.gappedActs}, or none. */
  readonly gappedActs: readonly WordPhrase[];
  /** {@link PeopleWords.absenceCues}, or none. */
  readonly absenceCues: readonly WordPhrase[];
  /** The absence cues by their first word. */
  readonly absenceCuesByFirstWord: ReadonlyMap<string, readonly WordPhrase[]>;
  /** The participation cues by their first word: a word of a sentence costs one lookup. */
  readonly cuesByFirstWord: ReadonlyMap<string, readonly WordPhrase[]>;
  /** The {@link SentenceCue} bits of a word key: the participation rules' lists it is in. */
  readonly cueClasses: ReadonlyMap<string, number>;
  /**
   * {@link SentenceCue} bits every sentence counts as having: a list holding the empty key,
   * which a rule looks up for a word past the sentence's end, is never ruled out.
   */
  readonly cueClassesAlways: number;
  readonly #titles: TitleGrammar;
  readonly #unitHeads: ReadonlySet<string>;
  readonly #bodyHeads: ReadonlySet<string>;
  /** First words of the military ranks, lower case: where a rank written in lower case may start. */
  readonly #rankStarts: ReadonlySet<string>;
  readonly #portfolio: ReadonlySet<string>;
  readonly #particles: ReadonlySet<string>;
  readonly #nonName: ReadonlySet<string>;
  readonly #generationSuffixes: ReadonlySet<string>;
  readonly #nameSuffixes: ReadonlySet<string>;
  readonly #postNominals: ReadonlySet<string>;
  readonly #regnalNumbers: ReadonlySet<string>;
  /** {@link CapitalizedWord} facts by spelling. */
  readonly #capitalized: (value: string) => CapitalizedWord;

  constructor(lexicon: Lexicon) {
    const words = lexicon.people;
    this.lexicon = lexicon;
    this.words = words;
    this.participationWords = new Set(words.participationWords);
    this.actVerbs = new Set(words.actVerbs);
    this.actAdverbs = new Set(words.actAdverbs);
    this.actGap = words.actGap ?? 0;
    this.invertedSpeechVerbs = new Set(words.invertedSpeechVerbs);
    this.recallVerbs = new Set(words.recallVerbs);
    this.messageNouns = new Set(words.messageNouns);
    this.listJoiners = new Set(words.listJoiners);
    this.authoredNouns = new Set(words.authoredNouns);
    this.authoredParticiples = new Set(words.authoredParticiples ?? []);
    this.questionMarkers = new Set(words.questionMarkers);
    this.passiveAuxiliaries = new Set(words.passive.auxiliaries);
    this.passiveParticiples = new Set(words.passive.participles);
    this.perfectAuxiliaries = new Set(words.passive.perfectAuxiliaries);
    this.eventNouns = new Set(words.eventNouns);
    this.futureWords = new Set(words.futureWords);
    this.earlierWords = new Set(words.earlierWords);
    this.speechVerbs = new Set(words.reportingVerbs);
    this.partnerPrepositions = new Set(words.partnerPrepositions);
    this.partnerVerbs = new Set(words.partnerVerbs);
    this.titleConnectors = new Set(words.connectors.titlePhrase);
    this.subordination = new Set(words.connectors.subordination ?? []);
    this.titleModifiers = new Set(lexicon.titles.modifiers);
    this.courtesyTitles = new Set(lexicon.titles.courtesy.map((title) => title.toLowerCase()));
    this.titleJoiners = new Set(words.connectors.titleJoiners);
    this.wordsBeforePlace = new Set(words.connectors.beforePlace);
    this.prepositions = new Set(words.connectors.prepositions);
    this.partyNouns = new Set(words.partyNouns);
    this.absenceCues = words.absenceCues ?? [];
    this.absenceCuesByFirstWord = byFirstWord(this.absenceCues);
    this.placeNouns = new Set(words.placeNouns ?? []);
    this.namedThingHeads = new Set(words.namedThingHeads ?? []);
    this.eponymCues = words.eponymCues ?? [];
    this.gappedActs = words.gappedActs ?? [];
    this.cuesByFirstWord = byFirstWord(words.participationCues);
    const classes = new Map<string, number>();
    const mark = (keys: Iterable<string | undefined>, bit: number): void => {
      for (const key of keys) if (key !== undefined) classes.set(key, (classes.get(key) ?? 0) | bit);
    };
    mark(this.participationWords, SentenceCue.event);
    mark(this.cuesByFirstWord.keys(), SentenceCue.participantCueStart);
    mark(this.messageNouns, SentenceCue.messageNoun);
    mark(this.recallVerbs, SentenceCue.recallVerb);
    mark(this.futureWords, SentenceCue.futureWord);
    mark(this.earlierWords, SentenceCue.earlierWord);
    mark(words.otherMeetings.map((phrase) => phrase[phrase.length - 1]), SentenceCue.otherMeetingEnd);
    mark(this.invertedSpeechVerbs, SentenceCue.invertedSpeechVerb);
    mark(this.passiveAuxiliaries, SentenceCue.auxiliary);
    mark(this.perfectAuxiliaries, SentenceCue.auxiliary);
    mark(words.passive.pastPerfectAuxiliaries ?? [], SentenceCue.auxiliary);
    mark(this.absenceCuesByFirstWord.keys(), SentenceCue.absenceCueStart);
    mark(this.actVerbs, SentenceCue.actVerb);
    mark(words.voiceTitles, SentenceCue.voiceTitle);
    this.cueClasses = classes;
    // Only these rules look the empty key up, for a word past the sentence's end.
    this.cueClassesAlways = (classes.get("") ?? 0) & (SentenceCue.auxiliary | SentenceCue.absenceCueStart | SentenceCue.actVerb);
    this.#titles = titleGrammarOf(lexicon);
    this.#unitHeads = new Set(lexicon.titles.unitHeads);
    this.#bodyHeads = new Set(lexicon.titles.bodyHeads ?? []);
    this.#rankStarts = new Set(lexicon.titles.byKind.military.map((rank) => (rank.split(" ")[0] as string).toLowerCase()));
    this.#portfolio = new Set(lexicon.titles.portfolioWords);
    this.#particles = new Set(lexicon.names.particles);
    this.#nonName = new Set(lexicon.names.nonNameWords);
    this.#generationSuffixes = new Set(lexicon.names.generationSuffixes);
    this.#nameSuffixes = new Set([...lexicon.names.generationSuffixes, ...lexicon.names.regnalNumbers]);
    this.#postNominals = new Set(lexicon.names.postNominals);
    this.#regnalNumbers = new Set(lexicon.names.regnalNumbers);
    this.#capitalized = memoizeByText((value) => this.#factsOf(value), MAX_CAPITALIZED_WORDS);
  }

  /**
   * The title starting at word `index`, if any. Titles in running text are capitalised; a
   * lower-case one ("chief of the Joint Staff") counts only where the caller allows it, in an
   * apposition after a name.
   */
  titleAt(values: readonly string[], index: number, words: readonly Word[], options: { readonly allowLowerCase?: boolean } = {}): TitleHit | null {
    const first = words[index];
    if (!first || first.kind !== "word") return null;
    if (!first.capitalized && !options.allowLowerCase) return null;
    const hit = this.#titles.matchAt(values, index);
    if (!hit) {
      // "chief of the CSTO Joint Staff", "head of the department": a post named by its unit.
      const head = (values[index] ?? "").toLowerCase();
      if (this.#unitHeads.has(head) && (values[index + 1] ?? "").toLowerCase() === "of") {
        return { title: values[index] as string, kind: "io-official", length: 1, plural: false };
      }
      return null;
    }
    // The title matcher's answer carries every field of a TitleHit: handed on as it is.
    return hit;
  }

  /**
   * A rank written in lower case right before a name, as machine translation from Russian
   * leaves it ("... of the Republic of Belarus major general Konstantin Molostov"), or null.
   */
  lowerCaseRankAt(values: readonly string[], index: number, words: readonly Word[]): TitleHit | null {
    if (!this.#rankStarts.has((words[index] as Word).key)) return null;
    const hit = this.titleAt(values, index, words, { allowLowerCase: true });
    if (hit === null || hit.kind !== "military") return null;
    // One word alone ("general") is a rank only after the title phrase it follows ("... of Latvia general X"), not in "in general".
    if (hit.length === 1 && (index < 2 || words[index - 1]?.capitalized !== true)) return null;
    const next = words[index + hit.length];
    // "in general Mr. X": a name, not a form of address or another title, follows a rank.
    return next !== undefined && next.kind === "word" && next.capitalized && this.titleAt(values, index + hit.length, words) === null ? hit : null;
  }

  /** A word that names heading a whole body ("head", "chief" of a mission), by its lower-case form. */
  isBodyHead(lower: string): boolean {
    return this.#bodyHeads.has(lower);
  }

  /** A title used as a form of address ("Ambassador"), whatever post its holder has. */
  isCourtesyTitle(title: string | null): boolean {
    return title !== null && this.courtesyTitles.has(title.toLowerCase());
  }

  /** A word of a ministerial portfolio ("Foreign", "Affairs", "Defence"), which titles are made of. */
  isPortfolioWord(value: string): boolean {
    return this.#portfolio.has(value.toLowerCase());
  }

  /** A particle that stands inside names ("le", "van", "bin"), read from the word's key. */
  isParticleWord(word: Word): boolean {
    return this.#particles.has(word.key);
  }

  /** A particle joined to a surname by a hyphen ("al-Burhan", "el-Sisi"): a name's last word in lower case. */
  isParticleCompound(word: Word): boolean {
    const value = word.value;
    const hyphen = value.indexOf("-");
    if (hyphen <= 0 || hyphen + 1 >= value.length) return false;
    const next = value.charAt(hyphen + 1);
    return next !== next.toLowerCase() && this.#particles.has(value.slice(0, hyphen).toLowerCase());
  }

  /** A capitalised word (given by its key) that is never part of a personal name. */
  isNonNameWord(key: string): boolean {
    // Head nouns of organisations' names ("Board", "Commission", "Service") end a body's name, not a person's.
    return this.#nonName.has(key) || this.#portfolio.has(key) || ORGANIZATION_HEADS.has(key);
  }

  /**
   * A capitalised head noun of a named thing or body ("Programme", "Company"): a run of
   * capitalised words right before it is the thing's name, not a person's.
   */
  isNamedThingHead(word: Word | undefined): boolean {
    return word !== undefined && word.kind === "word" && word.capitalized && !word.allCaps && (this.namedThingHeads.has(word.key) || ORGANIZATION_HEADS.has(word.key));
  }

  /** A suffix of generation after a name ("Jr.", "Sr"). */
  isGenerationSuffix(word: Word): boolean {
    return this.#generationSuffixes.has(withoutFinalDot(word.key));
  }

  /** Letters after a name for a seat, an order or a degree, written in capitals ("MP", "EGH"). */
  isPostNominal(word: Word): boolean {
    return word.allCaps && this.#postNominals.has(withoutFinalDot(word.key));
  }

  /** A regnal number after a name, in capitals ("Mohammed VI", "Charles III"). */
  isRegnalNumber(word: Word): boolean {
    return word.allCaps && this.#regnalNumbers.has(word.key);
  }

  /** A suffix of generation or a regnal number after a name ("Jr.", "III"), as written in a name's tokens. */
  isNameSuffix(token: string): boolean {
    return this.#nameSuffixes.has(withoutFinalDot(token.toLowerCase()));
  }

  /**
   * The facts of a capitalised word token (kind "word"), remembered by spelling.
   *
   * @example
   * ```ts
   * vocabulary.capitalizedWord(sentence.words[0]).mayStartTitle; // true for "Deputy", false for "Moscow"
   * ```
   */
  capitalizedWord(word: Word): CapitalizedWord {
    return this.#capitalized(word.value);
  }

  #factsOf(value: string): CapitalizedWord {
    // The facts of a spelling: any word token written so has the same bare form and key.
    const word = new Word(value, "word", 0, value.length, true, 0);
    const mayTitle = this.#titles.mayStart(value) || this.#unitHeads.has(word.key);
    return {
      mayStartTitle: mayTitle,
      mayStartCountry: mayStartCountry(value),
      honorific: this.#titles.isHonorific(word.bare),
      nonName: this.isNonNameWord(word.key),
      title: mayTitle && this.#titles.matchAt([value], 0) !== null,
    };
  }
}

/**
 * The people vocabulary of a lexicon, built once.
 *
 * @example
 * ```ts
 * vocabularyOf(lexiconFor("en")).participationWords.has("met"); // true
 * ```
 */
export const vocabularyOf: (lexicon: Lexicon) => PeopleVocabulary = memoizeOn((lexicon: Lexicon) => new PeopleVocabulary(lexicon));

function byFirstWord(phrases: readonly WordPhrase[]): ReadonlyMap<string, readonly WordPhrase[]> {
  const byFirst = new Map<string, WordPhrase[]>();
  for (const phrase of phrases) {
    const first = phrase[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(phrase);
    else byFirst.set(first, [phrase]);
  }
  return byFirst;
}

function withoutFinalDot(text: string): string {
  return text.endsWith(".") ? text.slice(0, -1) : text;
}

/** The country (name or adjective) starting at word `index`, if any. */
export function countryAt(values: readonly string[], index: number): { code: string; length: number } | null {
  return matchCountryAt(values, index);
}

/** The city starting at word `index`, if any. */
export function cityAt(values: readonly string[], index: number): { readonly length: number; readonly country: string } | null {
  return matchCityAt(values, index);
}

/** A known given name ("Sergey", "Kassym-Jomart"). */
export function isGivenName(value: string): boolean {
  return knownGivenName(value);
}

// The first folded word of every name the country matcher is built from (normalize/country.ts
// indexes each record's name, official name, other names, adjectives and acronyms; blocking
// phrases only ever take matches away). A token whose first part is none of these starts no
// country. Keep in step with that index.
const countryStarts = lazy((): ReadonlySet<string> => {
  const starts = new Set<string>();
  const add = (name: string): void => {
    const first = foldedParts(name)[0];
    if (first !== undefined) starts.add(first);
  };
  for (const country of COUNTRIES) {
    add(country.name);
    add(country.official);
    for (const name of country.names) add(name);
    for (const adjective of country.adjectives) add(adjective);
    for (const acronym of country.acronyms) add(acronym);
  }
  return starts;
});

/** False when no country name starts at this token whatever follows (possessives read both ways, as the matcher does). */
function mayStartCountry(token: string): boolean {
  const starts = countryStarts();
  const first = foldedParts(token)[0];
  if (first !== undefined && starts.has(first)) return true;
  if (!/['\u2019][sS]$/u.test(token)) return false;
  const owner = foldedParts(token.slice(0, -2))[0];
  return owner !== undefined && starts.has(owner);
}
