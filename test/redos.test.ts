/**
 * No regular expression in the checker may backtrack catastrophically: the checker reads whatever
 * a buyer pastes (a 1 MB thread included) synchronously inside Outlook. Every pattern the checker
 * builds is registered in src/checker/patterns.ts; each one must get status "safe" from recheck.
 *
 * Backend: recheck's native agent when its npm package for this platform is installed (it ships
 * inside node_modules; nothing is downloaded), else its pure JavaScript backend. Neither touches
 * the network. The fuzzer's random seed is fixed.
 *
 * Cost: recheck needs roughly 0.5–15 s per pattern (the pure backend several times more), so
 * "safe" verdicts are cached in node_modules/.cache/release-guard-redos.json, keyed by recheck's
 * version, the parameters and the exact pattern; a changed pattern is always checked again.
 * RELEASE_GUARD_REDOS_NO_CACHE=1 checks everything from scratch.
 */
import * as fs from "fs";
import * as path from "path";

function chooseBackend(): string {
  if (process.env.RECHECK_BACKEND) return process.env.RECHECK_BACKEND;
  const platform = ({ linux: "linux", darwin: "macos", win32: "windows" } as Record<string, string>)[process.platform];
  try {
    if (platform) {
      require.resolve(`recheck-${platform}-${process.arch}/package.json`);
      return "native";
    }
  } catch {
    // not installed for this platform: fall through to the pure backend
  }
  return "pure";
}
const BACKEND = chooseBackend();
process.env.RECHECK_BACKEND = BACKEND; // read by recheck on every check() call

import { check } from "recheck";
import type { Diagnostics, Parameters } from "recheck";
import { analyze } from "../src/checker";
import { allPatterns } from "../src/checker/patterns";
import type { Policy } from "../src/checker/types";

const PARAMS: Parameters = {
  timeout: 30_000, // per pattern; a timeout yields status "unknown", which fails the test
  randomSeed: 0,
};

const RECHECK_VERSION = (JSON.parse(fs.readFileSync(require.resolve("recheck/package.json"), "utf8")) as { version: string }).version;
const CACHE_FILE = path.resolve(__dirname, "../node_modules/.cache/release-guard-redos.json");
const useCache = process.env.RELEASE_GUARD_REDOS_NO_CACHE !== "1";
const cacheKey = (p: RegExp) => `${RECHECK_VERSION} ${JSON.stringify(PARAMS)} /${p.source}/${p.flags}`;

function readCache(): Set<string> {
  if (!useCache) return new Set();
  try {
    return new Set(JSON.parse(fs.readFileSync(CACHE_FILE, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}

function writeCache(safe: Set<string>): void {
  if (!useCache) return;
  try {
    fs.mkdirSync(path.dirname(CACHE_FILE), { recursive: true });
    fs.writeFileSync(CACHE_FILE, JSON.stringify([...safe].sort(), null, 0));
  } catch {
    // a cache that cannot be written only costs time
  }
}

function describeDiagnostics(d: Diagnostics): string {
  if (d.status === "vulnerable") {
    const degree = d.complexity.type === "polynomial" ? `, degree ${d.complexity.degree}` : "";
    const hotspot = d.hotspot.map((h) => d.source.slice(h.start, h.end));
    return `vulnerable (${d.complexity.type}${degree}) at ${JSON.stringify(hotspot)}; attack ${JSON.stringify(d.attack.pattern)}`;
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
  const unique = new Map<string, RegExp>();
  for (const p of allPatterns()) unique.set(`/${p.source}/${p.flags}`, p);
  return [...unique.values()];
}

describe(`ReDoS safety of the checker's regular expressions (recheck ${RECHECK_VERSION}, ${BACKEND} backend)`, () => {
  it("recheck works offline and catches a known bad pattern", async () => {
    const bad = await check("^(a+)+$", "", PARAMS);
    expect(bad.status).toBe("vulnerable");
    const good = await check("^\\d{1,6}\\s*(?:pcs|units)\\b", "i", PARAMS);
    expect(good.status).toBe("safe");
  }, 120_000);

  it("the checker registers its patterns", () => {
    const patterns = collectPatterns();
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p).toBeInstanceOf(RegExp);
  });

  it("every registered pattern is safe", async () => {
    const patterns = collectPatterns();
    const safe = readCache();
    const problems: string[] = [];
    let checked = 0;
    try {
      for (const p of patterns) {
        const key = cacheKey(p);
        if (safe.has(key)) continue;
        checked++;
        const d = await check(p.source, p.flags, PARAMS);
        if (d.status === "safe") safe.add(key);
        else problems.push(`/${p.source.length > 160 ? `${p.source.slice(0, 160)}…` : p.source}/${p.flags}: ${describeDiagnostics(d)}`);
      }
    } finally {
      writeCache(safe);
    }
    console.log(`ReDoS: ${patterns.length} patterns, ${patterns.length - checked} safe from the cache, ${checked} checked now, ${problems.length} not safe`);
    expect(problems).toEqual([]);
  }, 30 * 60_000);
});
