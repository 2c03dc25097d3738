// Where the organisations plugin's mentions stand among a sentence's words.
import type { ReleaseDocument } from "../../core/document.js";
import type { Word } from "../../core/word.js";
import type { Organization } from "../../schema/organization.js";
import type { OrgMention } from "./chunks.js";

/** A span of an organisation's mention (original offsets). */
export interface OrgSpan {
  readonly start: number;
  readonly end: number;
  readonly org: Organization;
}

/** Every span of every organisation, in text order (the longer first where two start together). */
export function sortedOrgSpans(organizations: readonly Organization[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  for (const org of organizations) for (const span of org.spans ?? []) spans.push({ start: span.start, end: span.end, org });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** No organisation in a sentence: shared, never changed. */
export const NO_ORG_MENTIONS: readonly OrgMention[] = [];

/**
 * Turns organisation spans (original offsets) into word ranges of one sentence, from the span
 * at `cursor` on. The original offsets of the words grow with them, so the words a span
 * covers are found by halving, without mapping every word.
 */
export function orgMentionsOf(words: readonly Word[], document: ReleaseDocument, spans: readonly OrgSpan[], cursor: number): OrgMention[] {
  const mentions: OrgMention[] = [];
  const lastWord = words[words.length - 1];
  const last = lastWord === undefined ? -1 : document.toOriginal(lastWord.start);
  for (let index = cursor; index < spans.length; index++) {
    const span = spans[index] as OrgSpan;
    if (span.start > last) break;
    const from = firstWordFrom(words, document, span.start);
    let to = firstWordFrom(words, document, span.end);
    // "Ministry of Foreign Affairs D.Davaasuren": an initial glued to a surname ends no body's name.
    while (to - 1 > from && isGluedInitialName(words[to - 1] as Word)) to--;
    if (from < to && (mentions.length === 0 || (mentions[mentions.length - 1] as OrgMention).to <= from)) {
      mentions.push({ from, to, org: span.org });
    }
  }
  return mentions;
}

/** "D.Davaasuren", "T.Greminger": an initial and a surname written as one word. */
function isGluedInitialName(word: Word): boolean {
  const value = word.value;
  if (value.length < 4 || value.charAt(1) !== ".") return false;
  const initial = value.charAt(0);
  const next = value.charAt(2);
  return initial !== initial.toLowerCase() && next !== next.toLowerCase();
}

/** The first word whose original offset is `offset` or more (the number of words when none is). */
function firstWordFrom(words: readonly Word[], document: ReleaseDocument, offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.toOriginal((words[middle] as Word).start) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
