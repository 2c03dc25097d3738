/**
 * Initials at the start of a word ("С.", "Т.И.", "Дж.", "С.Лавровым"): a capital, at most
 * one small letter, a dot, repeated. Scanned by hand so the test is linear however the word
 * runs on (a repeated group with an optional letter is what backtracking checkers flag).
 */
function initialsEnd(word: string): number {
  let index = 0;
  let end = 0;
  while (index < word.length && isUpper(word[index]!)) {
    let next = index + 1;
    if (next < word.length && isLower(word[next]!)) next += 1;
    if (word[next] !== ".") break;
    index = next + 1;
    end = index;
  }
  return end;
}

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const isUpper = (char: string): boolean => UPPER.test(char);
const isLower = (char: string): boolean => LOWER.test(char);

/** The word is initials alone ("С.", "Т.И.", "Дж."). */
export function isInitials(word: string): boolean {
  const end = initialsEnd(word);
  return end > 0 && end === word.length;
}

/** The word is initials alone or initials glued to a capitalised surname ("С.Лавровым"). */
export function startsWithInitials(word: string): boolean {
  const end = initialsEnd(word);
  return end > 0 && (end === word.length || isUpper(word[end]!));
}
