import type { Word } from "../../core/word.js";
import type { HeadNoun } from "./phrases.js";
import type { RunItem } from "./runs.js";
import type { NameWords } from "./words.js";

/** What the rules see of a phrase that may name an organisation of its own. */
export interface OwnNameCandidate {
  readonly view: NameWords;
  /** The phrase's words, connectors left out; the last is the head noun. */
  readonly words: readonly RunItem[];
  readonly head: Word;
  readonly noun: HeadNoun;
  /** The complements after the phrase ("of Foreign Affairs of Belarus"), a generic tail dropped. */
  readonly complements: readonly RunItem[];
  /** Folds of the words of the phrase and its complements (gazetteer matches left out). */
  readonly folds: readonly string[];
}

/** A reason why a phrase headed by an organisation noun names no organisation. */
export interface OwnNameRule {
  /** Stable id a test or a debugger can cite. */
  readonly id: string;
  readonly rejects: (candidate: OwnNameCandidate) => boolean;
}

/**
 * Phrases that look like an organisation's name but are not one, tried in order before the
 * name is made. Each has an id a test can cite.
 *
 * @example
 * ```ts
 * OWN_NAME_RULES.map((rule) => rule.id); // ["government-named-after-leader", ...]
 * ```
 */
export const OWN_NAME_RULES: readonly OwnNameRule[] = [
  {
    // "the Biden Administration" is a government; "Presidential Administration" an agency.
    id: "government-named-after-leader",
    rejects: ({ view, words, head, complements }) => {
      if (!view.lexicon.administrationHeads.has(view.fold(head)) || complements.length > 0) return false;
      const modifier = words[words.length - 2];
      return modifier?.type !== "word" || !view.lexicon.administrationModifiers.has(view.fold(modifier.word));
    },
  },
  {
    // "Minister of the Interior and Administration of the Republic of Poland": a head noun after
    // "and" in a minister's portfolio is a portfolio too, and the title names no body.
    id: "portfolio-of-a-title",
    rejects: ({ view, words, head }) => {
      const first = words[0];
      if (first === undefined || first.type === "known" || !view.lexicon.portfolioWords.has(view.fold(head))) return false;
      return inTitlePortfolio(view, first.index);
    },
  },
  {
    // "JSC National Company \"Kazakhstan Temir Zholy\"": a legal form's words name no one company.
    id: "legal-form-alone",
    rejects: ({ view, words, complements }) =>
      complements.length === 0 && words.every((item) => item.type === "word" && view.lexicon.legalFormWords.has(view.fold(item.word))),
  },
  {
    // "the XQZ Secretariat": an organ of an acronym the gazetteer lacks; the acronym speaks for it.
    id: "organ-of-unknown-acronym",
    rejects: ({ view, words, noun }) => {
      const opening = words[0];
      return noun.organ && opening?.type === "word" && view.allCaps(opening.word) && words.length > 1;
    },
  },
  {
    // "TASS News Agency", "the news service": a news agency republishes the release, it is not in it.
    id: "news-agency",
    rejects: ({ view, head, folds }) =>
      view.lexicon.newsAgencyHeads.has(view.fold(head)) &&
      folds.some((fold) => view.lexicon.newsWords.has(fold)) &&
      !folds.some((fold) => view.lexicon.unitWords.has(fold)),
  },
  {
    // "Coalition Forces", "Security Forces": forces named by what they are, not a body of their
    // own; "Afghan-ISAF Forces": the forces of two sides together.
    id: "generic-forces",
    rejects: ({ view, words, head, complements }) => {
      if (!view.lexicon.forceHeads.has(view.fold(head)) || complements.length > 0) return false;
      const modifiers = words.slice(0, -1);
      if (modifiers.some((item) => item.type === "word" && item.word.hyphenated)) return true;
      return modifiers.every((item) => item.type === "word" && view.lexicon.genericForceWords.has(view.fold(item.word)));
    },
  },
  {
    // "the City Council", "the Regional Assembly": a local body without the place it governs names no one body.
    id: "local-body-unnamed",
    rejects: ({ view, words, complements }) =>
      complements.length === 0 &&
      words.length >= 2 &&
      words.slice(0, -1).every((item) => item.type === "word" && view.lexicon.localBodyWords.has(view.fold(item.word))),
  },
  {
    // "the African Group" (of the WTO), "the Latin American and Caribbean Group": the states of a
    // region inside a body, not a body of their own.
    id: "group-of-a-region",
    rejects: ({ view, words, head, complements }) =>
      complements.length === 0 &&
      words.length >= 2 &&
      view.lexicon.stateGroupHeads.has(view.fold(head)) &&
      words.slice(0, -1).every((item) => item.type === "word" && view.lexicon.regionWords.has(view.fold(item.word))),
  },
  {
    // "the Cape Town International Convention Centre", "Congress Hall": a building where the
    // event is held, not a body ("the Climate Change Centre" is one).
    id: "building",
    rejects: ({ view, words, head, complements }) => {
      if (complements.length > 0 || !view.lexicon.buildingHeads.has(view.fold(head))) return false;
      const before = words[words.length - 2];
      return before?.type === "word" && view.lexicon.buildingWords.has(view.fold(before.word));
    },
  },
];

/**
 * The id of the first rule that rejects the candidate, or null when it may name an
 * organisation.
 *
 * @example
 * ```ts
 * rejectionOf(candidate); // "government-named-after-leader" for "the Biden Administration"
 * ```
 */
export function rejectionOf(candidate: OwnNameCandidate): string | null {
  for (const rule of OWN_NAME_RULES) if (rule.rejects(candidate)) return rule.id;
  return null;
}

/** How many words back from a phrase a title's portfolio may start ("Minister of Digital Development, Innovation and ..."). */
const PORTFOLIO_REACH = 8;

/**
 * The word at `index` follows "and" in a title's portfolio: back from it, "and", then
 * capitalised words, at least one a portfolio word, none a head noun (commas between them
 * allowed), then "of" or "for" (and "the"), then a title a portfolio follows ("Minister").
 */
function inTitlePortfolio(view: NameWords, index: number): boolean {
  const words = view.words;
  const and = words[index - 1];
  if (and === undefined || view.before[index] !== "" || (view.fold(and) !== "and" && view.fold(and) !== "&")) return false;
  let at = index - 2;
  let portfolio = 0;
  for (; at >= 0 && index - at <= PORTFOLIO_REACH; at--) {
    const word = words[at] as Word;
    const after = view.before[at + 1];
    if (after !== "" && after !== ",") return false;
    const fold = view.fold(word);
    if (view.lexicon.portfolioWords.has(fold)) {
      portfolio++;
      continue;
    }
    // "Public Order": a portfolio's other words.
    if (fold === "the" || fold === "and" || fold === "&" || (view.isNameWordAt(at) && !view.isHead(word))) continue;
    break;
  }
  if (portfolio === 0 || at < 1) return false;
  const preposition = words[at] as Word;
  const title = words[at - 1] as Word;
  return (
    view.before[at + 1] === "" &&
    view.before[at] === "" &&
    view.lexicon.portfolioPrepositions.has(view.fold(preposition)) &&
    view.lexicon.portfolioHeads.has(view.fold(title))
  );
}
