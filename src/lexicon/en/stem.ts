import type { Stemmer } from "../sections/topics.js";

/**
 * A small, conservative English stemmer for topic terms. It folds the inflections releases use
 * (plurals, -ing, -ed, British and American -ise/-ize) and a few derivations that name the
 * same subject ("terrorist"/"terrorism", "tourist"/"tourism", "peacekeeper"/"peacekeeping").
 * Terms and text go through the same function, so a stem only has to be consistent, not a
 * real word. It never touches words of three letters or fewer.
 */

/** Irregular forms the suffix rules would get wrong. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["crises", "crisis"],
  ["analyses", "analysis"],
  ["bases", "basis"],
  ["diagnoses", "diagnosis"],
  ["emphases", "emphasis"],
  ["hypotheses", "hypothesis"],
  ["theses", "thesis"],
  ["women", "woman"],
  ["men", "man"],
  ["children", "child"],
  ["people", "people"],
  ["data", "data"],
  ["media", "media"],
  ["criteria", "criterion"],
  ["phenomena", "phenomenon"],
]);

/**
 * The irregular forms the stemmer replaces whole; their keys do not begin like them.
 *
 * @example
 * ```ts
 * IRREGULAR_FORMS.includes("men"); // true
 * ```
 */
export const IRREGULAR_FORMS: readonly string[] = Object.freeze([...IRREGULAR.keys()]);

/** Endings that look plural but are not ("crisis", "virus", "process", "gas"). */
const SINGULAR_S = ["ss", "us", "is", "ys", "as", "os"];

/**
 * The stem of one lower-case word without hyphens.
 *
 * @example
 * ```ts
 * stem("terrorists"); // same as stem("terrorism")
 * stem("trafficking"); // same as stem("trafficked")
 * ```
 */
export function stem(word: string): string {
  let form = IRREGULAR.get(word) ?? word;
  if (form.length <= 3) return form;
  form = americanize(form);
  form = singular(form);
  form = withoutVerbEnding(form);
  if (form.length >= 7 && form.endsWith("ist")) form = `${form.slice(0, -3)}ism`;
  if (form.length >= 7 && form.endsWith("er")) form = form.slice(0, -2);
  if (form.length >= 5 && form.endsWith("e")) form = form.slice(0, -1);
  return form;
}

/** "organisation", "organised", "stabilising" take their -ize spelling. */
function americanize(word: string): string {
  for (const ending of ["isation", "isations", "ising", "ised", "ises", "ise"]) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return `${word.slice(0, -ending.length)}iz${ending.slice(2)}`;
    }
  }
  return word;
}

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  for (const ending of ["ches", "shes", "xes", "zes"]) {
    if (word.endsWith(ending)) return word.slice(0, -2);
  }
  // "areas", "ideas", "seas": a plural in -eas, though most words in -as are singular ("gas").
  if (word.endsWith("eas")) return word.slice(0, -1);
  if (word.endsWith("s") && !SINGULAR_S.some((ending) => word.endsWith(ending))) return word.slice(0, -1);
  return word;
}

function withoutVerbEnding(word: string): string {
  // "mining" keeps its ending: a base of three letters would meet unrelated short words ("min").
  if (word.endsWith("ing") && word.length >= 7) return undouble(word.slice(0, -3));
  if (word.endsWith("ied") && word.length >= 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ed") && word.length >= 6) return undouble(word.slice(0, -2));
  return word;
}

/** "stopping" → "stop", but "controlled" stays "controll" only if the base ends in ll. */
function undouble(base: string): string {
  const last = base.charAt(base.length - 1);
  if (base.length >= 4 && last === base.charAt(base.length - 2) && "bdgmnprt".includes(last)) return base.slice(0, -1);
  return base;
}

/**
 * The English stemmer of the topics section.
 *
 * @example
 * ```ts
 * ENGLISH_STEMMER.stem("peacekeepers") === ENGLISH_STEMMER.stem("peacekeeping"); // true
 * ```
 */
export const ENGLISH_STEMMER: Stemmer = { stem, irregularForms: IRREGULAR_FORMS };
