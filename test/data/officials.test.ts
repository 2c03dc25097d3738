import { describe, expect, it } from "vitest";
import { OFFICIALS, type OfficialTerm } from "../../src/data/officials.js";
import { roleKey } from "../../src/normalize/official.js";

/**
 * Offices that have many holders at once: deputies, aides and advisers, envoys, commissioners,
 * members. Every other office of one state or organisation has one holder at a time.
 */
const SHARED_OFFICE = /\b(deputy|vice|assistant|aide|adviser|advisor|commissioner|member|judge|special|senior|co-chair|envoy|counsellor|spokesperson|secretary of state for)\b/iu;

interface Tenure {
  readonly name: string;
  readonly term: OfficialTerm;
}

/**
 * Whether `later` starts before `earlier` ends, each date read at the precision both give: a
 * term ending in "2007" and one starting on 2007-01-10 meet within a year the data does not
 * split, and a handover day may end one term and open the next.
 */
function overlaps(earlier: OfficialTerm, later: OfficialTerm): boolean {
  if (earlier.to === null) return true;
  const precision = Math.min(earlier.to.length, later.from.length);
  return later.from.slice(0, precision) < earlier.to.slice(0, precision);
}

describe("the officials gazetteer's terms", () => {
  it("give every term a start, and an end no earlier than it", () => {
    for (const { name, terms } of OFFICIALS) {
      for (const term of terms) {
        expect(term.from, name).toMatch(/^\d{4}(?:-\d{2}-\d{2})?$/u);
        if (term.to !== null) expect(term.to >= term.from.slice(0, term.to.length), `${name}: ${term.role}`).toBe(true);
      }
    }
  });

  it("never give an office of one holder two holders at once", () => {
    const byOffice = new Map<string, Tenure[]>();
    for (const { name, terms } of OFFICIALS) {
      for (const term of terms) {
        if (SHARED_OFFICE.test(term.role)) continue;
        const office = `${roleKey(term.role)} | ${term.country ?? term.organization}`;
        const tenures = byOffice.get(office) ?? [];
        tenures.push({ name, term });
        byOffice.set(office, tenures);
      }
    }
    const clashes: string[] = [];
    for (const [office, tenures] of byOffice) {
      const ordered = [...tenures].sort((a, b) => a.term.from.localeCompare(b.term.from));
      for (let first = 0; first < ordered.length; first++) {
        for (let second = first + 1; second < ordered.length; second++) {
          const a = ordered[first] as Tenure;
          const b = ordered[second] as Tenure;
          if (a.name !== b.name && overlaps(a.term, b.term)) clashes.push(`${office}: ${a.name} (${a.term.from}–${a.term.to}) and ${b.name} (${b.term.from}–${b.term.to})`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
