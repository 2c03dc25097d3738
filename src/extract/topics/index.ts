import type { Root } from "nlcst";
import type { VFile } from "vfile";
import { documentOf, type Sentence } from "../../core/document.js";
import { memoizeOn } from "../../core/memo.js";
import { report } from "../../core/report.js";
import type { Topic } from "../../data/topics.js";
import { lexiconFor, type Lexicon } from "../../lexicon/index.js";
import type { ConceptCue } from "../../lexicon/sections/topics.js";
import { topicsOf } from "../../lexicon/topics.js";
import { findMatches, type Match } from "./match.js";
import { subjectLinesOf } from "./metadata.js";
import { organNameRanges } from "./names.js";
import { countriesAmong } from "./places.js";
import { compilePatterns, type PatternIndex } from "./patterns.js";
import { unitsWhereTermsStart, type Unit } from "./units.js";
import { topicVocabularyOf, type TopicVocabulary } from "./vocabulary.js";

/** A topic found by the topics plugin, with the spans (original offsets) that support it. */
export interface TopicFinding {
  readonly id: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

declare module "vfile" {
  interface DataMap {
    /** Topics with their evidence (topics plugin). */
    topics: TopicFinding[];
  }
}

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
   * The taxonomy to find (default: the taxonomy with the cue terms of the release's language;
   * `TOPICS` for English). Pass your own list to replace it, or `extendTopics([...])` to add
   * terms and topics to the built-in one.
   */
  readonly topics?: readonly Topic[] | null | undefined;
  /**
   * Phrases that are not topics though they contain a term (default: the blockers of the
   * release's language; `TOPIC_BLOCKERS` for English).
   */
  readonly blockers?: readonly string[] | null | undefined;
  /**
   * Head sets named by `[name]` in terms (default: the heads of the release's language;
   * `TOPIC_HEADS` for English).
   */
  readonly heads?: Readonly<Record<string, readonly string[]>> | null | undefined;
  /**
   * What to do with a topic whose only evidence is one weak term: `"drop"` (default) leaves
   * it out, `"keep"` keeps it; both report `topic:weak-evidence`.
   */
  readonly weakEvidence?: "drop" | "keep" | null | undefined;
  /**
   * Concept cues: topics named by a relation rather than a term ("the situation in Syria"),
   * see `ConceptCue` (default: the concept cues of the release's language, for the topics of
   * the taxonomy; `[]` turns them off).
   */
  readonly concepts?: readonly ConceptCue[] | null | undefined;
}

const emptyOptions: TopicsOptions = Object.freeze({});

/** The taxonomy a plugin was given; a null part is the release language's own. */
interface Taxonomy {
  readonly topics: readonly Topic[] | null;
  readonly blockers: readonly string[] | null;
  readonly heads: Readonly<Record<string, readonly string[]>> | null;
  readonly concepts: readonly ConceptCue[] | null;
}

/** The taxonomy of a plugin given no options (kept unfrozen: the compiled patterns are kept on it). */
const DEFAULT_TAXONOMY: Taxonomy = { topics: null, blockers: null, heads: null, concepts: null };

/**
 * The patterns of a taxonomy in a language, compiled on first use: per lexicon, then per
 * taxonomy (the default one is shared by every processor; one from options lives as long as
 * its plugin).
 */
const patternsOf = memoizeOn((lexicon: Lexicon) =>
  memoizeOn((taxonomy: Taxonomy): PatternIndex => {
    const words = lexicon.topics;
    return compilePatterns(
      taxonomy.topics ?? topicsOf(lexicon),
      taxonomy.blockers ?? words.blockers,
      taxonomy.heads ?? words.heads,
      topicVocabularyOf(lexicon),
      taxonomy.concepts ?? words.concepts,
    );
  }),
);

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
  const topics = settings.topics ?? null;
  if (topics !== null && !Array.isArray(topics)) throw new TypeError(`Expected an array of topics, not \`${String(topics)}\``);
  const taxonomy: Taxonomy =
    topics === null && settings.blockers == null && settings.heads == null && settings.concepts == null
      ? DEFAULT_TAXONOMY
      : { topics, blockers: settings.blockers ?? null, heads: settings.heads ?? null, concepts: settings.concepts ?? null };
  const keepWeak = settings.weakEvidence === "keep";

  return (tree: Root, file: VFile): undefined => {
    file.data.topics = [];
    const clean = file.data.clean;
    if (!clean) return undefined;
    const document = documentOf(tree, file);
    const lexicon = lexiconFor(document.language);
    const index = patternsOf(lexicon)(taxonomy);
    const vocabulary = index.vocabulary;
    const toOriginal = (start: number, end: number): Span => document.spanToOriginal(start, end);
    const organSpans = spanIndex((file.data.organizations ?? []).flatMap((organization) => organization.spans ?? []));
    const evidence = new Map<string, Evidence>();
    const sides = new Set<string>();
    for (const participant of file.data.participants ?? []) if (participant.country) sides.add(participant.country);
    // The host is a side too, when the people plugin could not tell its official's country.
    const host = file.data.venue?.country;
    if (host) sides.add(host);
    // "negotiations between Russia and Ukraine" names a conflict unless both are the event's sides.
    const voidForSides = (units: Parameters<typeof countriesAmong>[0], match: Match): boolean => {
      if (!match.pattern.otherThanSides) return false;
      if (sides.size === 0) return true;
      return countriesAmong(units, match.units, vocabulary).every((code) => sides.has(code));
    };

    const collect = (sentence: Sentence, place: (start: number, end: number) => Span): void => {
      const units = unitsWhereTermsStart(sentence, index);
      if (units.length === 0) return;
      const matches = findMatches(units, vocabulary);
      if (matches.length === 0) return;
      const names = organNameRanges(units, vocabulary);
      const candidates = matches.filter(
        (match) => !insideName(match, names) && !insideSpan(place(match.start, match.end), organSpans) && !voidForSides(units, match),
      );
      const kept = selectLongest(candidates);
      const listed = weakListItems(units, kept, vocabulary);
      for (const match of kept) {
        const topic = match.pattern.topic;
        if (topic === null) continue;
        // A list term alone names nothing ("the defence of rights").
        if (match.pattern.listOnly && !listed.has(match)) continue;
        let entry = evidence.get(topic);
        if (!entry) {
          entry = { spans: [], strong: 0, weakTerms: [] };
          evidence.set(topic, entry);
        }
        entry.spans.push(place(match.start, match.end));
        if (match.pattern.weak && !listed.has(match)) entry.weakTerms.push(match.pattern.term);
        else entry.strong++;
      }
    };
    // The subject line a site prints above the release ("What we do: ...") comes first.
    for (const line of subjectLinesOf(document, lexicon)) {
      const shift = (start: number, end: number): Span => ({ start: start + line.offset, end: end + line.offset });
      for (const sentence of line.sentences) collect(sentence, shift);
    }
    for (const sentence of document.sentences) collect(sentence, toOriginal);

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

/** Most words a list item may hold besides its term ("clean" in "infrastructure, clean energy"). */
const MAX_ITEM_WORDS = 3;

/**
 * The weak matches (and list terms) that are items of a list of fields next to a strong
 * term of another topic ("trade, investment, defence and renewable energy"; "sustainable
 * infrastructure, renewable energy"): in such a list the weak word names a field as plainly
 * as its neighbours. The matches are those kept, in order.
 */
function weakListItems(units: readonly Unit[], matches: readonly Match[], vocabulary: TopicVocabulary): ReadonlySet<Match> {
  const listed = new Set<Match>();
  for (let at = 0; at < matches.length; at++) {
    const match = matches[at] as Match;
    if (!match.pattern.weak) continue;
    const before = matches[at - 1];
    const after = matches[at + 1];
    if ((before && listNeighbours(units, before, match, vocabulary)) || (after && listNeighbours(units, match, after, vocabulary))) {
      listed.add(match);
    }
  }
  return listed;
}

/**
 * True when `second` is the item of a list right after the one `first` ends, and one of the
 * two is a strong term of another topic. The first item must end at the separator (a comma
 * or a conjunction); the second may open with a few modifiers ("and renewable energy").
 */
function listNeighbours(units: readonly Unit[], first: Match, second: Match, vocabulary: TopicVocabulary): boolean {
  const weak = first.pattern.weak ? first : second;
  const strong = weak === first ? second : first;
  if (strong.pattern.weak || strong.pattern.topic === null || strong.pattern.topic === weak.pattern.topic) return false;
  const after = (first.units[first.units.length - 1] as number) + 1;
  const to = second.units[0] as number;
  if (after > to) return false;
  const separator = units[after] as Unit;
  // "A, B": a comma before the unit after the first item; "A and B", "A, and B": a conjunction.
  let at = after;
  if (at < to && vocabulary.conjunctions.has(separator.key) && separator.gap !== "break") at++;
  else if (separator.gap !== "comma") return false;
  // What stands between the separator and the second term are its modifiers ("and renewable energy").
  if (to - at > MAX_ITEM_WORDS) return false;
  for (let index = at; index <= to; index++) {
    if (index === after) continue;
    const unit = units[index] as Unit;
    if (unit.gap !== "space" || vocabulary.conjunctions.has(unit.key)) return false;
  }
  return true;
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

