import type { ReleaseDocument } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import type { Word } from "../../core/word.js";
import { countryName, matchCountryAt } from "../../normalize/country.js";

/** A state named after a ministry's portfolio: its code and its name as the text writes it ("the Republic of Uzbekistan"). */
export interface PortfolioState {
  readonly code: string;
  readonly form: string;
  /** The form is the text's own, after "of" (else the gazetteer's name of the state). */
  readonly written: boolean;
}

/** How many words a state's name after "of" may hold ("the United Kingdom of Great Britain and Northern Ireland"). */
const STATE_WORDS = 9;

/** The states the text gives ministers of one portfolio (see {@link portfolioStates}). */
export interface PortfolioStates {
  /** Each state once, in text order. */
  readonly states: readonly PortfolioState[];
  /** Some minister of the portfolio is named with no state ("the Minister of Energy Daler Juma"). */
  readonly unstated: boolean;
}

/**
 * The states the text names for a minister of the portfolio of `ministry` ("Ministry of
 * Employment and Poverty Reduction" → "Minister of Employment and Poverty Reduction of the
 * Republic of Uzbekistan", "Uzbekistan's Minister of Employment and Poverty Reduction"), each
 * once by code, in text order, with the form the text writes after "of" (else the
 * gazetteer's). The portfolio's words compare in lower case, punctuation between them left
 * out. One pass over the release's words.
 *
 * @example
 * ```ts
 * portfolioStates(document, "Ministry of Energy and Water Resources");
 * // { states: [{ code: "TJ", form: "the Republic of Tajikistan" }], unstated: false }
 * // for "... the Minister of Energy and Water Resources of the Republic of Tajikistan ..."
 * ```
 */
export function portfolioStates(document: ReleaseDocument, ministry: string): PortfolioStates {
  const name = ministry.split(" ");
  // "Ministry of X": the minister's title reads "Minister" and the same words after it.
  if (name.length < 3 || name[0] !== "Ministry") return NONE;
  const portfolio = name
    .slice(1)
    .map((word) => word.replace(/[,;]$/, "").toLowerCase())
    .filter((word) => word.length > 0);
  const states: PortfolioState[] = [];
  let unstated = false;
  for (const { words, ministers } of ministerSites(document)) {
    for (const index of ministers) {
      if (index + portfolio.length >= words.length) break;
      let at = index + 1;
      while (at - index - 1 < portfolio.length && (words[at] as Word).lower === portfolio[at - index - 1]) at++;
      if (at - index - 1 < portfolio.length) continue;
      const state = (words[at]?.lower === "of" ? stateAt(words, at + 1) : null) ?? stateBefore(words, index);
      if (state === null) unstated = true;
      else {
        const known = states.findIndex((other) => other.code === state.code);
        if (known < 0) states.push(state);
        // The text's own form after "of" over the gazetteer's.
        else if (state.written && !(states[known] as PortfolioState).written) states[known] = state;
      }
    }
  }
  return { states, unstated };
}

const NONE: PortfolioStates = { states: [], unstated: false };

/** A sentence that names a minister: its word tokens, and where "minister" stands among them. */
interface MinisterSite {
  readonly words: readonly Word[];
  readonly ministers: readonly number[];
}

/**
 * The sentences of a release that name a minister, found once per release: every ministry
 * the organisations rules qualify asks for its portfolio's ministers, and most sentences name none.
 */
const ministerSites = memoizeOn((document: ReleaseDocument): readonly MinisterSite[] => {
  const sites: MinisterSite[] = [];
  for (const sentence of document.sentences) {
    let words: Word[] | null = null;
    let ministers: number[] | null = null;
    let position = 0;
    for (const word of sentence.words) {
      if (word.kind !== "word") continue;
      if (word.lower === "minister") {
        words ??= sentence.words.filter((each) => each.kind === "word");
        (ministers ??= []).push(position);
      }
      position++;
    }
    if (words !== null && ministers !== null) sites.push({ words, ministers });
  }
  return sites;
});

/** The state a word right before "Minister" names ("Botswana's", "Uzbek"), in the gazetteer's form, or null. */
function stateBefore(words: readonly Word[], minister: number): PortfolioState | null {
  const before = words[minister - 1];
  if (before === undefined || !before.capitalized) return null;
  const match = matchCountryAt([before.bare], 0);
  const form = match ? countryName(match.code) : null;
  return match && form !== null ? { code: match.code, form, written: false } : null;
}

/** The state named from `words[from]` on (a leading "the" kept in its form), or null; an adjective ("Uzbek") names none. */
function stateAt(words: readonly Word[], from: number): PortfolioState | null {
  const article = words[from]?.lower === "the" ? 1 : 0;
  const after = words.slice(from + article, from + article + STATE_WORDS);
  // "People's Republic of China": the official name keeps its possessive; "Uzbekistan's" does not.
  const match = matchCountryAt(after.map((word) => word.bare), 0) ?? matchCountryAt(after.map((word) => word.value), 0);
  if (!match || match.adjective) return null;
  const form = after
    .slice(0, match.length)
    .map((word, position) => (position === match.length - 1 ? word.bare : word.value))
    .join(" ");
  return { code: match.code, form: article === 1 ? `the ${form}` : form, written: true };
}
