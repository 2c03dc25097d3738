import { defineConfig } from "tsup";

// unified, retext and vfile ship ESM only. The CommonJS build bundles them, because
// `require` of an ESM-only package hands back a namespace that `unified().use()` rejects.
const esmOnly = [/^unified$/, /^retext/, /^parse-latin$/, /^parse-english$/, /^nlcst-/, /^unist-/, /^vfile/, /^bail$/, /^devlop$/, /^extend$/, /^is-plain-obj$/, /^trough$/, /^array-iterate$/];

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    noExternal: esmOnly,
  },
  {
    // The worker threads of `communique parse` load dist/worker.js, found beside dist/cli.js.
    entry: { cli: "src/cli/main.ts", worker: "src/cli/parse-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
