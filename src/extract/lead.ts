import type { VFile } from "vfile";
import type { ReleaseDocument, Sentence } from "../core/document.js";
import { memoizeOn } from "../core/memo.js";

/**
 * How much of a release's beginning reports its main event: the headline, then this many body
 * sentences of at least this many words (shorter lines are page furniture or datelines).
 */
export interface LeadRule {
  /** Body sentences that make the lead. */
  readonly sentences: number;
  /** Fewest words a body sentence needs to count. */
  readonly minWords: number;
}

/** The lead where the main event's date, place and format are stated: three body sentences of six words or more. */
export const EVENT_LEAD: LeadRule = { sentences: 3, minWords: 6 };

/**
 * The lead where the main event's people are introduced: four body sentences of four words
 * or more, as readouts often name each participant in a short sentence of their own.
 */
export const PEOPLE_LEAD: LeadRule = { sentences: 4, minWords: 4 };

/**
 * The lead of a release under one {@link LeadRule}: the headline's sentences, then the first
 * body sentences that count. Site chrome above the headline is not the lead.
 */
export interface ReleaseLead {
  /** The headline's sentences. */
  readonly title: readonly Sentence[];
  /** The first body sentences of the rule's length, in order. */
  readonly body: readonly Sentence[];
  /**
   * Where the lead ends: the position (in the document's sentences) of the first body
   * sentence that counts but is past the lead, or the number of sentences. Short sentences
   * between the lead's body sentences stand inside it.
   */
  readonly end: number;
  /** Where the lead begins (a sentence's position): the sentences before the headline are site chrome. */
  readonly start: number;
}

/**
 * The lead of a release under a rule, computed once per document and rule (after the title
 * plugin has run, whose headline it reads from `file.data.title`).
 *
 * @example
 * ```ts
 * const lead = leadOfDocument(documentOf(tree, file), file);
 * lead.body.map((sentence) => sentence.text); // the first three body sentences of six words or more
 * isInLead(leadOfDocument(document, file, PEOPLE_LEAD), document.sentences[2]); // true or false
 * ```
 */
export function leadOfDocument(document: ReleaseDocument, file: VFile, rule: LeadRule = EVENT_LEAD): ReleaseLead {
  const leads = leadsOf(document);
  let lead = leads.get(rule);
  if (lead === undefined) {
    lead = computeLead(document, file, rule);
    leads.set(rule, lead);
  }
  return lead;
}

const leadsOf = memoizeOn((_document: ReleaseDocument) => new Map<LeadRule, ReleaseLead>());

/** The sentence is one of the headline's. */
export function isHeadline(lead: ReleaseLead, sentence: Sentence): boolean {
  const title = lead.title;
  return title.length > 0 && sentence.index >= (title[0] as Sentence).index && sentence.index <= (title[title.length - 1] as Sentence).index;
}

/** The sentence is in the lead: a headline sentence, or a body sentence before the lead's end. */
export function isInLead(lead: ReleaseLead, sentence: Sentence): boolean {
  if (isHeadline(lead, sentence)) return true;
  return sentence.index >= lead.start && sentence.index < lead.end;
}

function computeLead(document: ReleaseDocument, file: VFile, rule: LeadRule): ReleaseLead {
  const headline = file.data.title ?? null;
  const title: Sentence[] = [];
  const body: Sentence[] = [];
  let leadStart = 0;
  let end = document.sentences.length;
  for (const sentence of document.sentences) {
    const start = headline === null ? -1 : document.toOriginal(sentence.start);
    if (headline !== null && start >= headline.start && start < headline.end) {
      title.push(sentence);
      continue;
    }
    // Site chrome above the headline ("News and press releases from ...") is not the lead.
    if (headline !== null && start < headline.start) {
      leadStart = sentence.index + 1;
      continue;
    }
    if (sentence.wordCount < rule.minWords) continue;
    if (body.length >= rule.sentences) {
      end = sentence.index;
      break;
    }
    body.push(sentence);
  }
  return { title, body, end, start: leadStart };
}
