import { memoizeOn } from "../core/memo.js";
import { TOPIC_TAXONOMY, type Topic, type TopicExtension } from "../data/topics.js";
import { en } from "./en/index.js";
import type { Lexicon } from "./types.js";

/**
 * The taxonomy with the cue terms of a lexicon's language, built once per lexicon: every
 * topic of the taxonomy, in its order, with the terms the lexicon gives for its id (none
 * when it gives none).
 *
 * @example
 * ```ts
 * topicsOf(lexiconFor("en")).find((topic) => topic.id === "trade")?.terms.includes("exports"); // true
 * ```
 */
export const topicsOf: (lexicon: Lexicon) => readonly Topic[] = memoizeOn((lexicon: Lexicon): readonly Topic[] =>
  Object.freeze(
    TOPIC_TAXONOMY.map((scope): Topic => {
      const cues = lexicon.topics.cues[scope.id];
      return {
        ...scope,
        terms: cues?.terms ?? [],
        ...(cues?.weakTerms === undefined ? {} : { weakTerms: cues.weakTerms }),
        ...(cues?.listTerms === undefined ? {} : { listTerms: cues.listTerms }),
      };
    }),
  ),
);

/**
 * Every topic of the taxonomy with its English terms, in the order of the guidelines: a
 * view of the English lexicon (`topicsOf(lexiconFor("en"))`).
 *
 * @example
 * ```ts
 * import { TOPICS } from "communique";
 * TOPICS.find((topic) => topic.id === "trade")?.terms.includes("exports"); // true
 * ```
 *
 * @group Topics
 */
export const TOPICS: readonly Topic[] = topicsOf(en);

/**
 * English head words that turn a modifier into a topic: `[field]` (a field of cooperation,
 * as in "scientific and cultural ties") and `[need]` (what humanitarian aid answers: "the
 * humanitarian situation", "humanitarian implications"). A view of the English lexicon.
 *
 * @example
 * ```ts
 * import { TOPIC_HEADS } from "communique";
 * TOPIC_HEADS.field?.includes("sphere"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_HEADS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(Object.entries(en.topics.heads).map(([name, words]) => [name, Object.freeze([...words])])),
);

/**
 * English phrases that look like a topic term but are not one ("transcend borders", "sound
 * health", "the energy of cooperation"). They are matched like terms and, being longer, take
 * the words away from the shorter term inside them. A view of the English lexicon.
 *
 * @example
 * ```ts
 * import { TOPIC_BLOCKERS } from "communique";
 * TOPIC_BLOCKERS.includes("sound health"); // true
 * ```
 *
 * @group Topics
 */
export const TOPIC_BLOCKERS: readonly string[] = Object.freeze([...en.topics.blockers]);

/**
 * Extends a taxonomy (the built-in one by default): an extension with a known id adds its
 * terms to that topic (and replaces the label, group or description it gives); one with a
 * new id becomes a new topic at the end. The base is left untouched.
 *
 * @param extensions - Topics to add or enrich.
 * @param base - The taxonomy to start from; default {@link TOPICS}.
 * @returns A new, frozen taxonomy.
 *
 * @example
 * ```ts
 * import { extendTopics, extractTopics } from "communique";
 *
 * const topics = extendTopics([
 *   { id: "energy", terms: ["hydrogen"] },
 *   { id: "space", label: "Space", description: "Space exploration.", terms: ["outer space", "satellite"] },
 * ]);
 * // processor.use(extractTopics, { topics })
 * ```
 *
 * @group Topics
 */
export function extendTopics(extensions: readonly TopicExtension[], base: readonly Topic[] = TOPICS): readonly Topic[] {
  const result: Topic[] = base.map((topic) => ({ ...topic }));
  for (const extension of extensions) {
    const index = result.findIndex((topic) => topic.id === extension.id);
    const existing = index >= 0 ? result[index] : undefined;
    const merged: Topic = {
      id: extension.id,
      label: extension.label ?? existing?.label ?? extension.id,
      group: extension.group ?? existing?.group ?? "custom",
      description: extension.description ?? existing?.description ?? "",
      terms: [...(existing?.terms ?? []), ...(extension.terms ?? [])],
      weakTerms: [...(existing?.weakTerms ?? []), ...(extension.weakTerms ?? [])],
      listTerms: [...(existing?.listTerms ?? []), ...(extension.listTerms ?? [])],
    };
    if (index >= 0) result[index] = merged;
    else result.push(merged);
  }
  return Object.freeze(result.map((topic) => Object.freeze(topic)));
}
