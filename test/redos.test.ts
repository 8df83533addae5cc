/**
 * No regular expression in the checker may backtrack catastrophically: the checker reads whatever
 * a buyer pastes (a 1 MB thread included) synchronously inside Outlook. Every pattern the checker
 * builds is registered in src/checker/patterns.ts; each one must get status "safe" from recheck.
 *
 * recheck runs here on its pure JavaScript backend: no Java, no native agent process, no network,
 * and the same answer on every machine (its fuzzer's random seed is fixed).
 */
// Choose the backend before recheck is loaded; an explicit RECHECK_BACKEND from the caller wins.
process.env.RECHECK_BACKEND ??= "pure";

import { check } from "recheck";
import type { Diagnostics } from "recheck";
import { analyze } from "../src/checker";
import { allPatterns } from "../src/checker/patterns";
import type { Policy } from "../src/checker/types";

const PARAMS = {
  timeout: 20_000, // per pattern; a timeout yields status "unknown", which fails the test
  randomSeed: 0,
};

function describeDiagnostics(d: Diagnostics): string {
  if (d.status === "vulnerable") {
    const attack = d.attack ? ` attack ${JSON.stringify(d.attack.pattern ?? d.attack.string).slice(0, 120)}` : "";
    return `vulnerable (${d.complexity.type}${d.complexity.type === "polynomial" ? `, degree ${d.complexity.degree}` : ""}) at ${JSON.stringify(d.hotspot.map((h) => d.source.slice(h.start, h.end)))}${attack}`;
  }
  if (d.status === "unknown") return `unknown (${d.error.kind}${"message" in d.error ? `: ${d.error.message}` : ""})`;
  return d.status;
}

/** Loads every checker module and exercises the paths that build patterns on demand. */
function collectPatterns(): RegExp[] {
  const policy: Policy = {
    bannedPhrases: [{ phrase: "as discussed" }, { phrase: "ASAP!" }, { phrase: "(see below)" }],
    approvers: [{ name: "Dana Ortiz", role: "Purchasing Manager" }],
    materials: ["PA12-CF"],
    units: ["kits"],
  };
  const samples = [
    "",
    "Hi Marek,\n\nPlease release lot 1 for 25 units from revision C7 in black PETG. Do not start the remaining 125 units; they stay on hold until install feedback from lot 1. Only Dana Ortiz (Purchasing Manager) can release lot 2.\n\nThanks,\nDana",
    "Go ahead with the first batch, as discussed.\n\n-----Original Message-----\nFrom: Marek\nSent: Monday\nSubject: PO 4512\n\n> shall we run all 150?",
  ];
  for (const s of samples) {
    analyze(s);
    analyze(s, { policy });
  }
  const seen = new Map<string, RegExp>();
  for (const p of allPatterns()) seen.set(`/${p.source}/${p.flags}`, p);
  return [...seen.values()];
}

describe("ReDoS safety of the checker's regular expressions", () => {
  it("recheck works offline on its pure backend and catches a known bad pattern", async () => {
    const bad = await check("^(a+)+$", "", PARAMS);
    expect(bad.status).toBe("vulnerable");
    const good = await check("^\\d{1,6}\\s*(?:pcs|units)\\b", "i", PARAMS);
    expect(good.status).toBe("safe");
  }, 60_000);

  it("the checker registers its patterns", () => {
    const patterns = collectPatterns();
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p).toBeInstanceOf(RegExp);
  });

  it("every registered pattern is safe", async () => {
    const patterns = collectPatterns();
    const problems: string[] = [];
    for (const p of patterns) {
      const d = await check(p.source, p.flags, PARAMS);
      if (d.status !== "safe") problems.push(`/${p.source.length > 160 ? `${p.source.slice(0, 160)}…` : p.source}/${p.flags}: ${describeDiagnostics(d)}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
