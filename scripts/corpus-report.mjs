#!/usr/bin/env node
// Scores the built checker (dist/lib) on the public corpus and prints the figures that
// test/corpus.test.ts enforces, with every mismatch spelled out for whoever tunes the rules.
//
//   npm run corpus                          # build, then score every case
//   node scripts/corpus-report.mjs          # score with the current build
//   node scripts/corpus-report.mjs --no-evidence   # leave the evidence snippets out
//   node scripts/corpus-report.mjs pub-fl-010 pub-pt-002   # full detail for these cases only
//   node scripts/corpus-report.mjs --json   # machine-readable scores
//
// The corpus path is $RELEASE_GUARD_CORPUS, else <repo>/../shared/corpus/cases.jsonl.
// Keep the scoring in step with test/corpus.test.ts (same thresholds, same definitions).
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const THRESHOLDS = { reportAccuracy: 0.95, labelAgreement: 0.92, falseClean: 0 };
/** Corpus label key → report detail key. */
const LABELS = [
  ["lot", "lot"],
  ["balance", "balance"],
  ["trigger", "trigger"],
  ["revision_material", "revisionMaterial"],
  ["approver", "approver"],
];
const VERDICTS = ["clean", "incomplete", "vague", "not-a-release"];

function parseArgs(argv) {
  const opts = { json: false, ids: [], evidence: true };
  for (const a of argv) {
    if (a === "--json") opts.json = true;
    else if (a === "--no-evidence") opts.evidence = false;
    else if (a === "--help" || a === "-h") opts.help = true;
    else if (a.startsWith("-")) throw new Error(`unknown option ${a}`);
    else opts.ids.push(a);
  }
  return opts;
}

function loadCases(path) {
  return readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${path}:${i + 1}: not JSON (${e.message})`);
      }
    });
}

/** Runs analyze on every case and gathers the figures. */
export function scoreCorpus(cases, analyze) {
  const rows = cases.map((c) => {
    let got = null;
    let error = null;
    try {
      got = analyze(c.body);
    } catch (e) {
      error = e instanceof Error ? e.stack ?? e.message : String(e);
    }
    const expected = c.report;
    const reportOk = !!got && got.kind === expected.kind && got.verdict === expected.verdict;
    const isRelease = expected.kind !== "not-a-release";
    const labels = LABELS.map(([corpusKey, reportKey]) => {
      const exp = c.labels[corpusKey];
      const detail = got?.details?.[reportKey];
      const g = detail?.status ?? "(none)";
      return { key: reportKey, expected: exp, got: g, agree: exp === g, evidence: detail?.evidence ?? [] };
    });
    return { id: c.id, case: c, expected, got, error, reportOk, isRelease, labels };
  });

  const total = rows.length;
  const reportCorrect = rows.filter((r) => r.reportOk).length;
  const kindCorrect = rows.filter((r) => r.got && r.got.kind === r.expected.kind).length;
  const verdictCorrect = rows.filter((r) => r.got && r.got.verdict === r.expected.verdict).length;
  const release = rows.filter((r) => r.isRelease);
  const perLabel = LABELS.map(([, key]) => {
    const pairs = release.map((r) => r.labels.find((l) => l.key === key));
    const agree = pairs.filter((p) => p.agree).length;
    const confusion = {};
    for (const p of pairs) if (!p.agree) confusion[`${p.expected}→${p.got}`] = (confusion[`${p.expected}→${p.got}`] ?? 0) + 1;
    return { key, agree, total: pairs.length, confusion };
  });
  const labelAgree = perLabel.reduce((s, l) => s + l.agree, 0);
  const labelTotal = perLabel.reduce((s, l) => s + l.total, 0);
  const verdictConfusion = {};
  for (const e of VERDICTS) verdictConfusion[e] = Object.fromEntries([...VERDICTS, "error"].map((g) => [g, 0]));
  for (const r of rows) {
    const g = r.got ? r.got.verdict : "error";
    verdictConfusion[r.expected.verdict] ??= {};
    verdictConfusion[r.expected.verdict][g] = (verdictConfusion[r.expected.verdict][g] ?? 0) + 1;
  }
  const falseClean = rows.filter(
    (r) => (r.expected.verdict === "vague" || r.expected.verdict === "incomplete") && r.got?.verdict === "clean",
  );
  return {
    total,
    reportCorrect,
    reportAccuracy: total ? reportCorrect / total : 0,
    kindCorrect,
    verdictCorrect,
    releaseCases: release.length,
    labelAgree,
    labelTotal,
    labelAgreement: labelTotal ? labelAgree / labelTotal : 0,
    perLabel,
    verdictConfusion,
    falseClean: falseClean.map((r) => r.id),
    errors: rows.filter((r) => r.error).map((r) => r.id),
    rows,
  };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const q = (s, max = 70) => {
  const one = String(s).replace(/\s+/g, " ").trim();
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
};

function describeRow(r, { evidence }) {
  const out = [];
  const exp = `${r.expected.kind} / ${r.expected.verdict}`;
  const got = r.got ? `${r.got.kind} / ${r.got.verdict}` : "THREW";
  const tags = [];
  if (r.falseClean) tags.push("FALSE CLEAN");
  if (r.got && r.got.kind !== r.expected.kind) tags.push("kind");
  if (r.got && r.got.verdict !== r.expected.verdict) tags.push("verdict");
  out.push(`  ${pad(r.id, 11)} expected ${pad(exp, 34)} got ${got}${tags.length ? `   [${tags.join(", ")}]` : ""}`);
  if (r.error) {
    out.push(`      error: ${r.error.split("\n").slice(0, 3).join(" | ")}`);
    return out;
  }
  for (const l of r.labels) {
    if (l.agree) continue;
    const ev = evidence && l.evidence.length ? `   evidence: ${l.evidence.slice(0, 3).map((e) => q(e.text, 50)).join(", ")}` : "";
    out.push(`      ${pad(l.key, 17)} expected ${pad(l.expected, 8)} got ${pad(l.got, 8)}${ev}`);
  }
  const expVague = r.case.vague_phrases ?? [];
  const findings = r.got.findings ?? [];
  if (expVague.length || findings.length) {
    out.push(`      vague phrases expected: ${expVague.length ? expVague.map((v) => q(v, 50)).join(", ") : "(none)"}`);
    if (findings.length) {
      for (const f of findings.slice(0, 8)) {
        out.push(`      finding ${f.ruleId}${f.messageId ? `/${f.messageId}` : ""} (${f.severity}) [${f.range[0]},${f.range[1]}) ${q(f.text, 50)}`);
      }
      if (findings.length > 8) out.push(`      … ${findings.length - 8} more findings`);
    } else out.push("      findings: (none)");
  }
  const qt = r.got.quantities;
  if (qt) out.push(`      quantities: released ${qt.released} · on hold ${qt.onHold} · total ${qt.total} · unit ${qt.unit}`);
  const note = (r.case.notes ?? "").replace(/\s+/g, " ");
  if (note) out.push(`      notes: ${note.length > 220 ? `${note.slice(0, 219)}…` : note}`);
  return out;
}

/** The human-readable report (the same lines the jest test prints). */
export function formatScore(s, corpusPath, opts = { evidence: true }) {
  const L = [];
  const mark = (ok) => (ok ? "PASS" : "MISS");
  L.push(`Release Guard corpus: ${s.total} cases (${corpusPath})`);
  L.push("");
  L.push(`| figure | value | target | |`);
  L.push(`|---|---|---|---|`);
  L.push(`| report accuracy (kind + verdict) | ${s.reportCorrect}/${s.total} = ${pct(s.reportAccuracy)} | ≥ ${pct(THRESHOLDS.reportAccuracy)} | ${mark(s.reportAccuracy >= THRESHOLDS.reportAccuracy)} |`);
  L.push(`| kind correct | ${s.kindCorrect}/${s.total} | | |`);
  L.push(`| verdict correct | ${s.verdictCorrect}/${s.total} | | |`);
  L.push(`| label agreement (${s.releaseCases} release cases × 5) | ${s.labelAgree}/${s.labelTotal} = ${pct(s.labelAgreement)} | ≥ ${pct(THRESHOLDS.labelAgreement)} | ${mark(s.labelAgreement >= THRESHOLDS.labelAgreement)} |`);
  L.push(`| vague/incomplete judged clean | ${s.falseClean.length}${s.falseClean.length ? ` (${s.falseClean.join(", ")})` : ""} | 0 | ${mark(s.falseClean.length === 0)} |`);
  if (s.errors.length) L.push(`| analyze threw | ${s.errors.length} (${s.errors.join(", ")}) | 0 | MISS |`);
  L.push("");
  L.push("Per-label agreement on release cases (expected→got for disagreements):");
  for (const l of s.perLabel) {
    const conf = Object.entries(l.confusion)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ×${n}`)
      .join(", ");
    L.push(`  ${pad(l.key, 17)} ${lpad(`${l.agree}/${l.total}`, 6)} ${lpad(pct(l.total ? l.agree / l.total : 0), 6)}   ${conf}`);
  }
  L.push("");
  L.push("Verdict confusion (rows: expected, columns: got):");
  const cols = [...VERDICTS, "error"];
  L.push(`  ${pad("", 15)}${cols.map((c) => lpad(c, 14)).join("")}`);
  for (const e of Object.keys(s.verdictConfusion)) {
    L.push(`  ${pad(e, 15)}${cols.map((c) => lpad(s.verdictConfusion[e][c] ?? 0, 14)).join("")}`);
  }
  const falseClean = new Set(s.falseClean);
  const reportMiss = s.rows.filter((r) => !r.reportOk);
  const labelOnly = s.rows.filter((r) => r.reportOk && r.labels.some((l) => !l.agree));
  L.push("");
  L.push(`Report mismatches (${reportMiss.length}):`);
  if (!reportMiss.length) L.push("  (none)");
  for (const r of reportMiss) L.push(...describeRow({ ...r, falseClean: falseClean.has(r.id) }, opts));
  L.push("");
  L.push(`Right report, label disagreements (${labelOnly.length}):`);
  if (!labelOnly.length) L.push("  (none)");
  for (const r of labelOnly) L.push(...describeRow(r, opts));
  return L.join("\n");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log("usage: node scripts/corpus-report.mjs [--json] [--no-evidence] [CASE-ID...]");
    return 0;
  }
  const corpusPath = process.env.RELEASE_GUARD_CORPUS
    ? resolve(process.env.RELEASE_GUARD_CORPUS)
    : resolve(here, "../../shared/corpus/cases.jsonl");
  if (!existsSync(corpusPath)) {
    console.error(`corpus not found at ${corpusPath} (set RELEASE_GUARD_CORPUS to its path)`);
    return 2;
  }
  const libPath = resolve(here, "../dist/lib/index.js");
  if (!existsSync(libPath)) {
    console.error(`${libPath} is missing: run "npm run build:lib" first (or "npm run corpus")`);
    return 2;
  }
  const { analyze } = require(libPath);
  let cases = loadCases(corpusPath);
  if (opts.ids.length) {
    const want = new Set(opts.ids);
    const unknown = opts.ids.filter((id) => !cases.some((c) => c.id === id));
    if (unknown.length) console.error(`unknown case id(s): ${unknown.join(", ")}`);
    cases = cases.filter((c) => want.has(c.id));
  }
  const s = scoreCorpus(cases, analyze);
  if (opts.json) {
    const { rows, ...figures } = s;
    console.log(
      JSON.stringify(
        {
          ...figures,
          cases: rows.map((r) => ({
            id: r.id,
            expected: r.expected,
            got: r.got ? { kind: r.got.kind, verdict: r.got.verdict } : null,
            error: r.error,
            labels: Object.fromEntries(r.labels.map((l) => [l.key, { expected: l.expected, got: l.got }])),
          })),
        },
        null,
        2,
      ),
    );
  } else if (opts.ids.length) {
    // Full detail for the chosen cases, matching or not.
    const falseClean = new Set(s.falseClean);
    for (const r of s.rows) {
      console.log(describeRow({ ...r, falseClean: falseClean.has(r.id) }, opts).join("\n"));
      if (r.got) {
        for (const l of r.labels) {
          const ev = l.evidence.map((e) => `${q(e.text, 60)} [${e.range[0]},${e.range[1]})`).join(", ");
          console.log(`      · ${pad(l.key, 17)} ${pad(l.got, 8)} ${l.agree ? "ok " : "≠ " + l.expected}  ${r.got.details[l.key]?.message ?? ""}${ev ? `  ${ev}` : ""}`);
        }
      }
      console.log("");
    }
  } else {
    console.log(formatScore(s, corpusPath, opts));
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 2;
    },
  );
}
