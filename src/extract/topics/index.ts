import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { TOPIC_BLOCKERS, TOPIC_HEADS, TOPICS, type Topic } from "../../data/topics.js";
import type { TopicFinding } from "../../pipeline/data.js";
import "../../pipeline/data.js";
import { sentencesOf, type SentenceView } from "../../pipeline/document.js";
import { report } from "../../pipeline/report.js";
import { findMatches, type Match } from "./match.js";
import { subjectLinesOf } from "./metadata.js";
import { organNameRanges } from "./names.js";
import { compilePatterns } from "./patterns.js";
import { unitsWhereTermsStart } from "./units.js";

/**
 * Options of {@link extractTopics}.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser, extractTopics, type TopicsOptions } from "communique";
 *
 * const options: TopicsOptions = { weakEvidence: "keep" };
 * const processor = unified().use(releaseParser).use(extractTopics, options);
 * ```
 *
 * @group Parsing
 */
export interface TopicsOptions {
  /**
   * The taxonomy to find (default: the built-in {@link TOPICS}). Pass your own list to
   * replace it, or `extendTopics([...])` to add terms and topics to the built-in one.
   */
  readonly topics?: readonly Topic[] | null | undefined;
  /** Phrases that are not topics though they contain a term (default: {@link TOPIC_BLOCKERS}). */
  readonly blockers?: readonly string[] | null | undefined;
  /** Head sets named by `[name]` in terms (default: {@link TOPIC_HEADS}). */
  readonly heads?: Readonly<Record<string, readonly string[]>> | null | undefined;
  /**
   * What to do with a topic whose only evidence is one weak term: `"drop"` (default) leaves
   * it out, `"keep"` keeps it; both report `topic:weak-evidence`.
   */
  readonly weakEvidence?: "drop" | "keep" | null | undefined;
}

const emptyOptions: TopicsOptions = Object.freeze({});

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Evidence {
  readonly spans: Span[];
  strong: number;
  readonly weakTerms: string[];
}

/**
 * unified plugin: finds the subjects a release names as discussed, agreed or worked on,
 * matching the terms of a taxonomy on the word tree (stemmed, hyphen-insensitive, across
 * coordination such as "arms and people trafficking"). Words inside the name of a body ("the
 * CIS Anti-Terrorism Centre") do not count: the spans of `file.data.organizations` and
 * capitalised names ending in Council, Centre, Committee... are skipped. Writes
 * `file.data.topics` (in order of first mention, each with its supporting spans in the
 * original text). The subject line a site prints above a release ("What we do: Conflict
 * prevention and resolution"), which the cleaning step removes as chrome, counts too. Run
 * it after the organisations plugin.
 *
 * Messages: `topic:weak-evidence` when a topic rests on a single weak term.
 *
 * @param options - See {@link TopicsOptions}.
 *
 * @example
 * ```ts
 * import { unified } from "unified";
 * import { releaseParser, extractTopics, extendTopics } from "communique";
 *
 * const processor = unified()
 *   .use(releaseParser)
 *   .use(extractTopics, { topics: extendTopics([{ id: "energy", terms: ["hydrogen"] }]) });
 * ```
 *
 * @group Parsing
 */
export function extractTopics(options?: Readonly<TopicsOptions> | null) {
  const settings = options ?? emptyOptions;
  const topics = settings.topics ?? TOPICS;
  if (!Array.isArray(topics)) throw new TypeError(`Expected an array of topics, not \`${String(topics)}\``);
  const index = compilePatterns(topics, settings.blockers ?? TOPIC_BLOCKERS, settings.heads ?? TOPIC_HEADS);
  const keepWeak = settings.weakEvidence === "keep";

  return (tree: Root, file: VFile): undefined => {
    file.data.topics = [];
    const clean = file.data.clean;
    if (!clean) return undefined;
    const toOriginal = (start: number, end: number): Span => clean.map.spanToOriginal(start, end);
    const organSpans = spanIndex((file.data.organizations ?? []).flatMap((organization) => organization.spans ?? []));
    const evidence = new Map<string, Evidence>();

    const collect = (sentence: SentenceView, place: (start: number, end: number) => Span): void => {
      const units = unitsWhereTermsStart(sentence, index);
      if (units.length === 0) return;
      const matches = findMatches(units);
      if (matches.length === 0) return;
      const names = organNameRanges(units);
      const candidates = matches.filter(
        (match) => !insideName(match, names) && !insideSpan(place(match.start, match.end), organSpans),
      );
      for (const match of selectLongest(candidates)) {
        const topic = match.pattern.topic;
        if (topic === null) continue;
        let entry = evidence.get(topic);
        if (!entry) {
          entry = { spans: [], strong: 0, weakTerms: [] };
          evidence.set(topic, entry);
        }
        entry.spans.push(place(match.start, match.end));
        if (match.pattern.weak) entry.weakTerms.push(match.pattern.term);
        else entry.strong++;
      }
    };
    // The subject line a site prints above the release ("What we do: ...") comes first.
    for (const line of subjectLinesOf(clean)) {
      const shift = (start: number, end: number): Span => ({ start: start + line.offset, end: end + line.offset });
      for (const sentence of line.sentences) collect(sentence, shift);
    }
    for (const sentence of sentencesOf(tree)) collect(sentence, toOriginal);

    const findings: TopicFinding[] = [];
    for (const [id, entry] of evidence) {
      const weakOnly = entry.strong === 0 && entry.spans.length === 1;
      if (weakOnly) {
        const span = entry.spans[0] as Span;
        report(
          file,
          `Topic \`${id}\` rests on the single weak term \`${entry.weakTerms[0] ?? ""}\`${keepWeak ? "" : "; left out"}`,
          { ruleId: "topic:weak-evidence", span, actual: clean.original.slice(span.start, span.end) },
        );
        if (!keepWeak) continue;
      }
      findings.push({ id, spans: entry.spans });
    }
    file.data.topics = findings;
    return undefined;
  };
}

/**
 * Keeps the longest matches that share no unit. Among equals, blockers win, then plain
 * strong terms, then coordinated ones, then weak terms: "terrorism and terrorist financing"
 * is terrorism and terrorist financing, while "drug and human trafficking" is drug
 * trafficking rather than the weak "drug".
 */
function selectLongest(matches: readonly Match[]): Match[] {
  const rank = (match: Match): number =>
    match.pattern.topic === null ? 0 : match.pattern.weak ? 3 : match.elided ? 2 : 1;
  const ordered = [...matches].sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      rank(a) - rank(b) ||
      b.units.length - a.units.length ||
      a.start - b.start,
  );
  const taken = new Set<number>();
  const kept: Match[] = [];
  for (const match of ordered) {
    if (match.claims.some((unit) => taken.has(unit))) {
      // A term two topics share ("satellite" in a custom space topic and in science) counts for both.
      const shared = kept.some(
        (other) =>
          sameWords(other, match) &&
          other.pattern.topic !== null &&
          other.pattern.topic !== match.pattern.topic &&
          rank(other) === rank(match),
      );
      if (shared) kept.push(match);
      continue;
    }
    for (const unit of match.claims) taken.add(unit);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function sameWords(a: Match, b: Match): boolean {
  return a.units.length === b.units.length && a.units.every((unit, index) => b.units[index] === unit);
}

function insideName(match: Match, names: readonly [number, number][]): boolean {
  const first = match.units[0] as number;
  const last = match.units[match.units.length - 1] as number;
  return names.some(([from, to]) => first >= from && last <= to);
}

/** Spans sorted by start, with the furthest end reached so far, for containment queries in O(log n). */
interface SpanIndex {
  readonly starts: readonly number[];
  readonly furthestEnds: readonly number[];
}

function spanIndex(spans: readonly Span[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnds: number[] = [];
  let furthest = -1;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    furthestEnds.push(furthest);
  }
  return { starts: sorted.map((span) => span.start), furthestEnds };
}

/** True when some indexed span starts at or before `span` and ends at or after it. */
function insideSpan(span: Span, index: SpanIndex): boolean {
  let low = 0;
  let high = index.starts.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((index.starts[middle] as number) <= span.start) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return last >= 0 && (index.furthestEnds[last] as number) >= span.end;
}

