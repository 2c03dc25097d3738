// Writes the JSON Schema of a release, generated from the zod schema by the built library,
// to schema/press-release.schema.json (shipped as "communique/schema.json").
// Runs after tsup: `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pressReleaseJsonSchema } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "schema", "press-release.schema.json");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(pressReleaseJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.slice(root.length + 1)}`);
