// Dev-only measurement of the topics and agreements plugins against the annotated corpus
// (../shared/corpus/dev): set F1 of topic ids and of agreement sentences (Jaccard >= 0.5 on
// word tokens, as score.mjs does). Usage: npx tsx scripts/dev-topics-agreements.ts [--verbose]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeRelease } from "../src/pipeline/processor.js";

const dir = process.env.CORPUS ?? "../shared/corpus/dev";
const verbose = process.argv.includes("--verbose");
const tokens = (text: string): string[] =>
  text.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
const jaccard = (a: string, b: string): number => {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1);
};
const count = { topics: [0, 0, 0], agreements: [0, 0, 0], kind: [0, 0] };
for (const name of readdirSync(dir).filter((file) => file.endsWith(".json")).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, name), "utf8"));
  const text = readFileSync(join(dir, name.replace(/\.json$/, ".txt")), "utf8");
  const file = analyzeRelease(text, { referenceDate: gold.referenceDate ?? undefined });
  const got = new Set((file.data.topics ?? []).map((topic) => topic.id));
  const want = new Set<string>(gold.gold.topics);
  const lines: string[] = [];
  for (const id of got) if (want.has(id)) count.topics[0]++; else { count.topics[1]++; lines.push(`  topic spurious ${id} ${JSON.stringify((file.data.topics ?? []).find((t) => t.id === id)?.spans.map((s) => text.slice(s.start, s.end)))}`); }
  for (const id of want) if (!got.has(id)) { count.topics[2]++; lines.push(`  topic missing ${id}`); }
  const preds = [...(file.data.agreements ?? [])];
  const used = new Set<number>();
  for (const g of gold.gold.agreements) {
    let best = -1;
    let score = 0.5;
    preds.forEach((p, i) => { const s = jaccard(g.text, p.text); if (!used.has(i) && s >= score) { best = i; score = s; } });
    if (best < 0) { count.agreements[2]++; lines.push(`  agreement missing (${g.kind}) ${g.text}`); continue; }
    used.add(best);
    count.agreements[0]++;
    count.kind[1]++;
    if (preds[best]?.kind === g.kind) count.kind[0]++; else lines.push(`  kind ${preds[best]?.kind} != ${g.kind}: ${g.text.slice(0, 60)}`);
  }
  preds.forEach((p, i) => { if (!used.has(i)) { count.agreements[1]++; lines.push(`  agreement spurious (${p.kind}) ${p.text}`); } });
  if (verbose) for (const p of preds) lines.push(`  ~ ${JSON.stringify({ kind: p.kind, parties: p.parties, object: p.object })}`);
  if (verbose) for (const q of file.data.quotes ?? []) lines.push(`  " ${q.speaker}: ${q.text.slice(0, 80)}`);
  if (verbose) for (const m of file.messages) if (/^(topic|agreement|quote)/.test(m.ruleId ?? "")) lines.push(`  ! ${m.ruleId} ${m.reason}`);
  if (lines.length) console.log(`${name}\n${lines.join("\n")}`);
}
const f1 = ([tp, fp, fn]: number[]) => { const p = tp! / (tp! + fp! || 1); const r = tp! / (tp! + fn! || 1); return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(2 * p * r / (p + r || 1)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`; };
console.log(`topics      ${f1(count.topics)}`);
console.log(`agreements  ${f1(count.agreements)}`);
console.log(`kinds       ${count.kind[0]}/${count.kind[1]}`);
