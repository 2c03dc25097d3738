import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { sentencesOf, type SentenceView } from "../pipeline/document.js";
import "../pipeline/data.js";
import { memoizeOn } from "../core/memo.js";

/** How many body sentences, after the headline, report the main event. */
const LEAD_SENTENCES = 3;

/** Body sentences shorter than this are page furniture, not the lead. */
const MIN_LEAD_WORDS = 6;

/**
 * The lead of a release: the headline's sentences, then the first body sentences of some
 * length. Releases state the main event's format, place and date there; what comes after
 * may recall other events.
 */
const leads = memoizeOn((_tree: Root) => ({ lead: null as Lead | null }));

/** The headline's sentences and the first body sentences. */
export interface Lead {
  readonly title: SentenceView[];
  readonly body: SentenceView[];
}

/** The lead of a tree, computed once (after the title plugin has run) and shared. */
export function leadOf(tree: Root, file: VFile): Lead {
  const memo = leads(tree);
  memo.lead ??= computeLead(tree, file);
  return memo.lead;
}

function computeLead(tree: Root, file: VFile): Lead {
  const sentences = sentencesOf(tree);
  const title = file.data.title;
  const clean = file.data.clean;
  const titleSentences: SentenceView[] = [];
  const body: SentenceView[] = [];
  for (const sentence of sentences) {
    const start = title && clean ? clean.map.toOriginal(sentence.start) : -1;
    if (title && start >= title.start && start < title.end) {
      titleSentences.push(sentence);
      continue;
    }
    // Site chrome above the headline ("News and press releases from ...") is not the lead.
    if (title && clean && start < title.start) continue;
    if (countWords(sentence) < MIN_LEAD_WORDS) continue;
    body.push(sentence);
    if (body.length >= LEAD_SENTENCES) break;
  }
  return { title: titleSentences, body };
}

/** Number of word tokens in a sentence. */
export function countWords(sentence: SentenceView): number {
  let count = 0;
  for (const token of sentence.tokens) if (token.kind === "word") count++;
  return count;
}
