// Makes the CommonJS declarations (dist/*.d.cts) compile for CommonJS consumers under
// `module: node16` / `nodenext` with skipLibCheck off. They import types from packages that
// are ES modules only (unified, vfile), and a CommonJS file's plain import of such a package
// is TS1479. A type-only import that says `resolution-mode: import` is allowed (TypeScript
// 5.3 and later), and the types are the same: the CommonJS build bundles those packages at
// the versions package.json names. A CommonJS declaration file cannot augment an ES module
// at all (`declare module "vfile"` is TS1479 too, with no way to say how to resolve it), so
// the augmentation that types `file.data` per step is left to the ES module declarations.
// Runs after tsup: `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Whether a package can only be imported, not required: "type": "module" and no require condition. */
function esmOnly(name) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8"));
  } catch {
    return false; // not installed under that name (a types-only package such as nlcst): leave it
  }
  return manifest.type === "module" && !JSON.stringify(manifest.exports ?? {}).includes('"require"');
}

const IMPORT = /^import \{ ([^}]+) \} from '([^'.][^']*)';$/gm;
for (const name of readdirSync(join(root, "dist")).filter((file) => file.endsWith(".d.cts"))) {
  const path = join(root, "dist", name);
  const before = readFileSync(path, "utf8");
  const changed = [];
  const after = before.replace(IMPORT, (line, names, source) => {
    if (!esmOnly(source)) return line;
    changed.push(source);
    return `import type { ${names} } from '${source}' with { 'resolution-mode': 'import' };`;
  });
  const augmented = [];
  const final = after.replace(/^declare module ['"]([^'"]+)['"] \{\n[\s\S]*?\n\}\n/gm, (block, source) => {
    if (!esmOnly(source)) return block;
    augmented.push(source);
    return "";
  });
  writeFileSync(path, final);
  const list = (names) => (names.length > 0 ? names.join(", ") : "nothing");
  console.log(`dist/${name}: type-only imports of ${list(changed)} resolved as ES modules; augmentation of ${list(augmented)} left out`);
}
