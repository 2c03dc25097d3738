// The layering of src/, checked in CI by `npm run lint:deps` (dependency-cruiser).
// Imports point down only; a folder never imports one above it, and no file cycles:
//
//   cli ─┐
//   index ─ pipeline ─ extract ─ normalize ─ lexicon ─ data ─ core
//            validate ─────────────┘                        schema
//
// core: the document model, offsets, memo, messages; what every concern reads.
// data: language-free knowledge (gazetteers, officials, organisations, taxonomy).
// lexicon: the word lists of each language, as data.
// normalize: normalizers and grammars (dates, names, organisations) usable on their own.
// extract: one unified plugin per concern. pipeline: the processor and parseRelease.

/** Folders from the bottom up; each may import only the folders before it (and itself). */
const LAYERS = ["schema", "core", "data", "lexicon", "normalize", "extract", "validate", "pipeline", "cli"];

/** Layers that sit beside each other rather than on top: neither may import the other. */
const SIDE_BY_SIDE = [["extract", "validate"]];

const folder = (name) => `^src/${name}/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A file cycle makes load order matter and hides which module owns what.",
      from: {},
      to: { circular: true },
    },
    ...LAYERS.map((layer, index) => ({
      name: `${layer}-imports-down-only`,
      severity: "error",
      comment: `src/${layer} may import only ${LAYERS.slice(0, index).join(", ") || "nothing of the project"}.`,
      from: { path: folder(layer) },
      to: { path: `^src/(${LAYERS.slice(index + 1).join("|") || "(?!)"})/` },
    })),
    ...SIDE_BY_SIDE.flatMap(([a, b]) => [
      { name: `${a}-not-${b}`, severity: "error", from: { path: folder(a) }, to: { path: folder(b) } },
      { name: `${b}-not-${a}`, severity: "error", from: { path: folder(b) }, to: { path: folder(a) } },
    ]),
    {
      name: "core-is-browser-safe",
      severity: "error",
      comment: "Only the CLI may use Node's own modules: the library runs in browsers too.",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "index-only-reexports",
      severity: "error",
      comment: "Nothing imports the public barrel from inside; it is the top.",
      from: { path: "^src/", pathNot: "^src/index\\.ts$" },
      to: { path: "^src/index\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
