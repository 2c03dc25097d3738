import type { Word } from "../../core/word.js";
import type { NamedFinding } from "./types.js";
import type { NameWords } from "./words.js";

/** How many qualifiers may stand between the compound and the head ("joint intergovernmental commission"). */
const QUALIFIERS = 2;

/**
 * "the 14th Franco-Kazakh joint commission", "the Uzbek-Turkish intergovernmental committee":
 * a body of two states named by a compound of their names in capitals and a joint body's
 * words in lower case, which the runs of capitalised words cannot read.
 *
 * @example
 * ```ts
 * jointBodies(nameWordsOf(sentence, lexicon), sentence.index);
 * // "the Franco-Kazakh joint commission met" → [{ type: "named", name: "Franco-Kazakh joint commission", ... }]
 * ```
 */
export function jointBodies(view: NameWords, sentence: number): NamedFinding[] {
  const words = view.words;
  let found: NamedFinding[] | null = null;
  for (let index = 0; index < words.length; index++) {
    if (!view.capitalizedCompoundAt(index)) continue;
    const word = words[index] as Word;
    if (!everyPartCapitalized(view, word)) continue;
    let at = index + 1;
    let qualifiers = 0;
    while (at < words.length && qualifiers < QUALIFIERS && view.before[at] === "" && view.lexicon.jointWords.has(view.fold(words[at] as Word))) {
      at++;
      qualifiers++;
    }
    const head = words[at];
    if (qualifiers === 0 || head === undefined || view.before[at] !== "" || !view.lexicon.jointHeads.has(view.fold(head))) continue;
    const name = words
      .slice(index, at + 1)
      .map((each) => view.text(each))
      .join(" ");
    (found ??= []).push({ type: "named", name, kind: "national-body", organ: false, start: word.start, end: view.end(head), sentence });
    index = at;
  }
  return found ?? NO_BODIES;
}

const NO_BODIES: NamedFinding[] = [];

/** Every hyphen part of the word opens in a capital ("Franco-Kazakh", not "Co-operation"'s "operation"). */
function everyPartCapitalized(view: NameWords, word: Word): boolean {
  const parts = view.parts(word);
  if (parts.length < 2) return false;
  for (const part of parts) {
    const first = part.text.charAt(0);
    if (first === first.toLowerCase()) return false;
  }
  return true;
}
