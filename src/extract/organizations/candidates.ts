import { quotedCompanies } from "./companies.js";
import { jointBodies } from "./joint-bodies.js";
import { findKnown, type KnownMatch } from "./matcher.js";
import { itemSpan } from "./phrases.js";
import { knownFinding, RunReader } from "./run-reader.js";
import { runsOf, type Run, type RunItem } from "./runs.js";
import type { AcronymDefinition, CleanSpan, Finding, KnownFinding } from "./types.js";
import type { NameWords } from "./words.js";

/** Everything the candidate rules found in one sentence. */
export interface SentenceCandidates {
  readonly findings: readonly Finding[];
  readonly definitions: readonly AcronymDefinition[];
  /** Spans of the words that define acronyms, so they are not read as unknown acronyms. */
  readonly definitionSpans: readonly CleanSpan[];
}

/** What a sentence without a gazetteer name or a head noun yields: nothing (shared, never changed). */
const NO_CANDIDATES: SentenceCandidates = { findings: [], definitions: [], definitionSpans: [] };
const NO_FINDINGS: readonly Finding[] = [];

/**
 * Finds the organisations of a sentence: gazetteer names and acronyms, then names shaped
 * like organisations (capitalised words headed by "Ministry", "Council", "Service"…), with
 * organs credited to their parent and acronym definitions in parentheses.
 *
 * @example
 * ```ts
 * findCandidates(nameWordsOf(sentence, lexicon), sentence.index, false);
 * // "the CSTO Permanent Council met" → [{ type: "known", entry: CSTO, organ: true, … }]
 * ```
 */
export function findCandidates(view: NameWords, sentence: number, shouted: boolean): SentenceCandidates {
  const words = view.words;
  const known = findKnown(view, shouted);
  const bodies = jointBodies(view, sentence);
  const companies = quotedCompanies(view, sentence);
  const joint = companies.length === 0 ? bodies : [...bodies, ...companies];
  // Only a run holding a gazetteer name or a head noun ("Ministry", "Council") can name an
  // organisation: without either, the sentence's runs are not worth cutting.
  if (known.length === 0 && !view.hasHead) return joint.length === 0 ? NO_CANDIDATES : { ...NO_CANDIDATES, findings: joint };
  const consumed = new Set<KnownMatch>();
  const findings: Finding[] = [...joint];
  const definitions: AcronymDefinition[] = [];
  const definitionSpans: CleanSpan[] = [];
  const runs = runsOf(view, known);
  const runFindings: (readonly Finding[])[] = [];
  for (const run of runs) runFindings.push(analyzeRun(view, run, sentence, consumed));
  // The finding of each gazetteer match no run consumed, by the match's position in `known`.
  const knownFindings: (KnownFinding | undefined)[] = [];
  for (const match of known) {
    const finding = consumed.has(match) ? undefined : knownFinding(match, sentence, false, match);
    knownFindings.push(finding);
    if (finding) findings.push(finding);
  }
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run;
    const found = runFindings[index] ?? NO_FINDINGS;
    findings.push(...found);
    for (const acronym of run.acronyms) {
      const item = run.items[acronym.afterItem];
      if (!item) continue;
      const target = findingCovering(found, itemSpan(view, item)) ?? (item.type === "known" ? knownFindings[known.indexOf(item.match)] : undefined);
      if (!target) continue;
      const end = view.end(acronym.word);
      definitions.push({ acronym: view.text(acronym.word), target, start: acronym.word.start, end });
      definitionSpans.push({ start: acronym.word.start, end });
    }
    // "ACR (Full Name)": the run opens inside parentheses right after an acronym.
    const firstItem = run.items[0];
    if (firstItem && found.length > 0) {
      const firstIndex = firstItem.type === "known" ? firstItem.match.firstWord : firstItem.index;
      const opening = words[firstIndex];
      const before = words[firstIndex - 1];
      if (opening !== undefined && view.before[firstIndex] === "(" && before !== undefined && view.allCaps(before) && !startsKnown(known, firstIndex - 1)) {
        const end = view.end(before);
        definitions.push({ acronym: view.text(before), target: found[0] as Finding, start: before.start, end });
        definitionSpans.push({ start: before.start, end });
      }
    }
  }
  findings.sort(byStart);
  return { findings, definitions, definitionSpans };
}

const byStart = (a: CleanSpan, b: CleanSpan): number => a.start - b.start;

/** The first finding whose span covers `span`, if any. */
function findingCovering(found: readonly Finding[], span: CleanSpan): Finding | undefined {
  for (const finding of found) if (finding.start <= span.start && finding.end >= span.end) return finding;
  return undefined;
}

/** Whether a gazetteer match (whole or inside a compound) starts at word `index`. */
function startsKnown(known: readonly KnownMatch[], index: number): boolean {
  for (const match of known) if (match.firstWord === index) return true;
  return false;
}

/**
 * Reads one run. Most runs are names of people or places: without a gazetteer match or a
 * head noun no phrase of theirs can name an organisation, so they are dropped before any
 * reading is set up.
 */
function analyzeRun(view: NameWords, run: Run, sentence: number, consumed: Set<KnownMatch>): readonly Finding[] {
  if (!mayNameOrganization(view, run.items)) return NO_FINDINGS;
  return new RunReader(view, run, sentence, consumed).read();
}

/** A gazetteer match or a head noun ("Ministry", "Council") among the items: what an organisation's name needs. */
function mayNameOrganization(view: NameWords, items: readonly RunItem[]): boolean {
  for (const item of items) if (item.type === "known" || (item.type === "word" && view.isHead(item.word))) return true;
  return false;
}
