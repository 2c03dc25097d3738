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
  let line = 0;
  let clause = 0;
  let space = true;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      if (!(code === 10 && text.charCodeAt(index - 1) === 13)) line++;
      if (tokens.length > 0 && (tokens[tokens.length - 1] as DateToken).clause === clause) clause++;
      space = true;
      index++;
      continue;
    }
    if (isSpaceCode(code)) {
      space = true;
      index++;
      continue;
    }
    const kind = isDigitCode(code) ? "number" : isLetter(text, index) ? "word" : "punct";
    let end = index + 1;
    if (kind === "number") while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
    else if (kind === "word") while (end < text.length && isLetter(text, end)) end++;
    const value = text.slice(index, end);
    const previous = tokens[tokens.length - 1];
    if (previous && endsClause(previous, tokens[tokens.length - 2], value, space)) clause++;
    tokens.push({ kind, text: value, lower: value.toLowerCase(), start: index, end, spaceBefore: space, line, clause });
    space = false;
    index = end;
  }
  return tokens;
}

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

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2007 || code === 0x202f || code === 12 || code === 11 || code === 0x200b || code === 0xfeff;
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
