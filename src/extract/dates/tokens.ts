/** A token of the date scanner: offsets into the scanned text, end exclusive. */
export interface DateToken {
  readonly kind: "word" | "number" | "punct";
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** White space (or a line break) stands before the token. */
  readonly spaceBefore: boolean;
  /** Line of the text, from 0. */
  readonly line: number;
  /** Clause of the text, from 0: a new one starts after a sentence end, a semicolon or a line break. */
  readonly clause: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "h.e", "e", "u.s", "u", "s", "gen", "col", "lt", "prof", "jr", "vs",
]);

/**
 * Splits a text into words (runs of letters), numbers (runs of digits) and single
 * punctuation marks, in one linear pass; white space is recorded on the next token.
 *
 * @example
 * ```ts
 * tokenizeDates("On 7–8 June").map((token) => token.text); // ["On", "7", "–", "8", "June"]
 * ```
 */
export function tokenizeDates(text: string): DateToken[] {
  const tokens: DateToken[] = [];
  const length = text.length;
  let line = 0;
  let clause = 0;
  let space = true;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const type = code < 128 ? (ASCII_TYPES[code] as number) : SPACE_CODES.has(code) ? SPACE : isLetter(text, index) ? UPPER : PUNCT;
    if (type === NEWLINE) {
      if (!(code === 10 && text.charCodeAt(index - 1) === 13)) line++;
      if (tokens.length > 0 && (tokens[tokens.length - 1] as DateToken).clause === clause) clause++;
      space = true;
      index++;
      continue;
    }
    if (type === SPACE) {
      space = true;
      index++;
      continue;
    }
    let end = index + 1;
    let kind: DateToken["kind"];
    // A capital or a non-ASCII letter anywhere means the word needs lower-casing; else it is its own lower case.
    let folds = code > 127;
    if (type === DIGIT) {
      kind = "number";
      while (end < length && isDigitCode(text.charCodeAt(end))) end++;
    } else if (type === PUNCT) {
      kind = "punct";
    } else {
      kind = "word";
      if (type === UPPER) folds = true;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next < 128) {
          const nextType = ASCII_TYPES[next];
          if (nextType === UPPER) folds = true;
          else if (nextType !== LOWER) break;
        } else if (isLetter(text, end)) {
          folds = true;
        } else {
          break;
        }
        end++;
      }
    }
    const value = text.slice(index, end);
    const previous = tokens[tokens.length - 1];
    if (previous && previous.kind === "punct" && endsClause(previous, tokens[tokens.length - 2], value, space)) clause++;
    tokens.push({ kind, text: value, lower: folds ? value.toLowerCase() : value, start: index, end, spaceBefore: space, line, clause });
    space = false;
    index = end;
  }
  return tokens;
}

/** Character types of the tokenizer; a non-ASCII letter counts as a capital (it may need lower-casing). */
const PUNCT = 0;
const NEWLINE = 1;
const SPACE = 2;
const DIGIT = 3;
const UPPER = 4;
const LOWER = 5;

/** Type of each ASCII character, looked up once per character. */
const ASCII_TYPES: Uint8Array = (() => {
  const types = new Uint8Array(128);
  types[10] = NEWLINE;
  types[13] = NEWLINE;
  for (const code of [32, 9, 12, 11]) types[code] = SPACE;
  for (let code = 48; code <= 57; code++) types[code] = DIGIT;
  for (let code = 65; code <= 90; code++) types[code] = UPPER;
  for (let code = 97; code <= 122; code++) types[code] = LOWER;
  return types;
})();

/** White space beyond ASCII: no-break, figure and narrow spaces, zero-width space, byte order mark. */
const SPACE_CODES: ReadonlySet<number> = new Set([0xa0, 0x2007, 0x202f, 0x200b, 0xfeff]);

/** A sentence end or a semicolon before this token closes the previous clause. */
function endsClause(previous: DateToken, beforePrevious: DateToken | undefined, next: string, space: boolean): boolean {
  if (previous.kind !== "punct") return false;
  if (previous.text === ";") return true;
  if (previous.text !== "." && previous.text !== "!" && previous.text !== "?") return false;
  if (!space) return false;
  if (previous.text === "." && beforePrevious && beforePrevious.kind === "word") {
    if (ABBREVIATIONS.has(beforePrevious.lower) || beforePrevious.text.length === 1) return false;
  }
  const first = next.charAt(0);
  return first !== first.toLowerCase() || isDigitCode(next.charCodeAt(0)) || first === '"' || first === "(";
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const char = text.charAt(index);
  return char.toLowerCase() !== char.toUpperCase();
}
