import { parseRelease } from "/work/wt-g7-ru/dist/index.js";
import { readFileSync } from "node:fs";
const f = process.argv[2];
const text = readFileSync(f, "utf8");
let ref; try { ref = JSON.parse(readFileSync(f.replace(/\.txt$/, ".json"), "utf8")).referenceDate; } catch {}
const r = parseRelease(text, ref ? { referenceDate: ref } : {});
const pick = process.argv[3] ? process.argv[3].split(",") : ["participants","mentionedPersons","organizations","topics"];
for (const k of pick) console.log(k, JSON.stringify(r[k], (key, v) => key === "spans" || key==="source" || key==="evidence" ? undefined : v));
if (process.argv[4]) console.log(JSON.stringify(r.diagnostics ?? r.messages, null, 0)?.slice(0, 3000));
