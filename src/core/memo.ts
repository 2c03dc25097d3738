// Derived views of one document (its sentences, their words, the lead...) are computed once and
// shared by every plugin. They are kept on the object they derive from, not in a module-level
// WeakMap: V8's young-generation collector treats the entries of a long-lived WeakMap as live,
// so every cached view survived into the old generation and waited for a full mark-compact.
// Measured over the dev corpus: 750 ms of scavenges and 6 mark-compacts with WeakMaps, 120 ms
// and 1 mark-compact with views kept on their objects (and a WeakMap per memo still cost 4% more
// of a whole parse than memos kept on their objects).
//
// Every memo of an object shares one property: an array of the memos' values, indexed by memo.
// With a property per memo (a symbol each), the one look-up site that every memo shares saw
// dozens of keys and became a megamorphic keyed load, and the objects many memos read (the
// lexicon) took a property per memo (1.3% of a whole parse's CPU profile; one key and an array
// per object cost about 2% less CPU over the dev corpus).

/** The property under which an object keeps its memos' values, indexed by memo. */
const MEMOS: unique symbol = Symbol("memos");

/** How many memos there are: each takes the next index of the arrays. */
let memoCount = 0;

/**
 * A function of a short-lived object (a tree, a sentence, a list of words) whose result is
 * computed on first use and kept on the object under a private symbol, so it
 * dies with the object. Objects that cannot take a property (frozen ones) get the result
 * computed again on every call, which is correct, only slower.
 */
export function memoizeOn<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const index = memoCount++;
  return (key: K): V => {
    const holder = key as K & { [MEMOS]?: unknown[] };
    const values = holder[MEMOS];
    if (values !== undefined) {
      const known = values[index];
      // A plain read answers most calls; `in` only tells a cached undefined from a miss.
      if (known !== undefined || index in values) return known as V;
    }
    const value = compute(key);
    // Read again: computing may have run other memos of the same object, which made the array.
    const array = holder[MEMOS];
    if (array !== undefined) array[index] = value;
    // A plain assignment: Object.defineProperty costs dozens of times more, and a symbol key
    // stays out of Object.keys, for...in and JSON anyway.
    else if (Object.isExtensible(key)) {
      const created: unknown[] = [];
      created[index] = value;
      holder[MEMOS] = created;
    }
    return value;
  };
}

/**
 * A function of a string whose results are remembered for the inputs seen, up to `limit` of
 * them (the memory is emptied when full, so it stays bounded however long the process runs):
 * for lookups that the same words of every release ask again and again.
 */
export function memoizeByText<V>(compute: (text: string) => V, limit: number): (text: string) => V {
  const known = new Map<string, V>();
  return (text: string): V => {
    const cached = known.get(text);
    if (cached !== undefined || known.has(text)) return cached as V;
    const value = compute(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

/**
 * A value built on first use and kept: for module-level indexes (gazetteer tries, word sets
 * made from data) that cost something to build and that a parse may not need.
 *
 * @example
 * ```ts
 * const cityIndex = lazy(() => buildIndex(CITIES));
 * cityIndex().get("minsk");
 * ```
 */
export function lazy<V>(build: () => V): () => V {
  let built = false;
  let value: V | undefined;
  return (): V => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as V;
  };
}
