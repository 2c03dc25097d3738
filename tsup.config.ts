import { defineConfig } from "tsup";

// unified, retext and vfile ship ESM only. The CommonJS build bundles them, because
// `require` of an ESM-only package hands back a namespace that `unified().use()` rejects.
const esmOnly = [/^unified$/, /^retext/, /^parse-latin$/, /^parse-english$/, /^nlcst-/, /^unist-/, /^vfile/, /^bail$/, /^devlop$/, /^extend$/, /^is-plain-obj$/, /^trough$/, /^array-iterate$/];

// The public entries: the whole library, and `communique/validate` (schema and validation
// without the parser and its gazetteers).
const entries = { index: "src/index.ts", validate: "src/validate-entry.ts" };

// No source maps are shipped: the code is not minified, so stack traces read as they are,
// and maps carrying the sources made up two thirds of the package.
// `import "./data.js"` (and the like) pulls a module that only augments vfile's DataMap into
// the declaration build; esbuild rightly drops it from the JavaScript (sideEffects: false) and
// would warn about each one on every build.
const quietTypeOnlyImports = (options: { logOverride?: Record<string, "silent"> }) => {
  options.logOverride = { ...options.logOverride, "ignored-bare-import": "silent" };
};

export default defineConfig([
  {
    // One ES module build for the library and the CLI, so they share their code in chunks
    // instead of the CLI carrying a second copy of the library. The CLI's `#!` line comes from
    // src/cli/main.ts; the worker threads of `communique parse` load dist/worker.js beside it.
    entry: { ...entries, cli: "src/cli/main.ts", worker: "src/cli/parse-worker.ts" },
    format: ["esm"],
    dts: { entry: entries },
    splitting: true,
    clean: true,
    target: "es2022",
    platform: "node",
    esbuildOptions: quietTypeOnlyImports,
  },
  {
    // The declarations' imports of ESM-only packages are made type-only imports with
    // `resolution-mode: import` by scripts/cts-types.mjs, run after this build.
    // Split too (experimental in tsup for CommonJS), so that requiring both entries loads one
    // copy of the schemas, not two.
    entry: entries,
    format: ["cjs"],
    dts: { entry: entries },
    splitting: true,
    target: "es2022",
    platform: "neutral",
    noExternal: esmOnly,
    esbuildOptions: quietTypeOnlyImports,
  },
]);
