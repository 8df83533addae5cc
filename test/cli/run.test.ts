import { promises as fsp } from "fs";
import * as path from "path";
import { USAGE, runCli } from "../../src/cli/run";
import type { CliDeps, CliIO } from "../../src/cli/run";
import { decodeInput } from "../../src/cli/input";
import { DETAIL_KEYS, RELEASE_KINDS } from "../../src/checker/types";
import type { AnalyzeOptions, Detail, Policy, Report, ReleaseKind, Verdict } from "../../src/checker/types";

const FIXTURES = path.join(__dirname, "../fixtures/cli");
const fx = (name: string) => path.join(FIXTURES, name);

interface Captured {
  io: CliIO;
  out: () => string;
  err: () => string;
}

function makeIO(opts: { isTTY?: boolean; env?: Record<string, string | undefined>; stdin?: string | Buffer; files?: Record<string, string | Buffer> } = {}): Captured {
  let out = "";
  let err = "";
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: async () => (typeof opts.stdin === "string" ? Buffer.from(opts.stdin) : (opts.stdin ?? Buffer.alloc(0))),
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    readFile: async (p: string) => {
      if (opts.files && p in opts.files) {
        const v = opts.files[p];
        return typeof v === "string" ? Buffer.from(v) : v;
      }
      return fsp.readFile(p);
    },
  };
  return { io, out: () => out, err: () => err };
}

const missing: Detail = { status: "missing", evidence: [], message: "Name it" };

/** A report for stubbed analyze calls: verdict and kind as given, evidence pointing at the text's first word. */
function fakeReport(text: string, verdict: Verdict, kind: ReleaseKind = verdict === "not-a-release" ? "not-a-release" : "first-lot"): Report {
  const word = /\S+/.exec(text);
  const lotEvidence = word ? [{ range: [word.index, word.index + word[0].length] as [number, number], text: word[0] }] : [];
  return {
    kind,
    verdict,
    details: {
      lot: { status: "vague", evidence: lotEvidence, message: "Give the lot an exact quantity" },
      balance: { status: "present", evidence: [], message: "Rest on hold" },
      trigger: missing,
      revisionMaterial: missing,
      approver: missing,
    },
    findings:
      verdict === "vague" && word
        ? [
            {
              ruleId: "vague-release",
              severity: "error",
              message: "The release instruction leaves the quantity open",
              range: [word.index, word.index + word[0].length],
              text: word[0],
              suggestions: [{ message: "Name the lot and its quantity", replacement: "release lot 1 for 25 units" }],
            },
          ]
        : [],
    quantities: { released: 25, onHold: 125, total: 150, unit: "units" },
  };
}

/** analyze stub: the verdict is the first word of the text (clean / incomplete / vague / not-a-release). */
function stubDeps(): { deps: CliDeps; calls: Array<{ text: string; options?: AnalyzeOptions }> } {
  const calls: Array<{ text: string; options?: AnalyzeOptions }> = [];
  const deps: CliDeps = {
    analyze: (text, options) => {
      calls.push({ text, options });
      const first = (/\S+/.exec(text)?.[0] ?? "not-a-release") as Verdict;
      const verdict: Verdict = ["clean", "incomplete", "vague", "not-a-release"].includes(first) ? first : "not-a-release";
      return fakeReport(text, verdict);
    },
    loadPolicyFile: () => ({ ok: true, policy: {} }),
  };
  return { deps, calls };
}

const files = {
  "clean.txt": "clean release of lot 1\n",
  "clean2.txt": "clean again\n",
  "incomplete.txt": "incomplete release\n",
  "vague.txt": "vague go ahead\n",
  "nar.txt": "not-a-release thanks\n",
};

describe("exit status", () => {
  it.each<[string[], number]>([
    [["clean.txt"], 0],
    [["nar.txt"], 0],
    [["clean.txt", "nar.txt", "clean2.txt"], 0],
    [["clean.txt", "incomplete.txt"], 1],
    [["vague.txt", "clean.txt"], 1],
    [["nar.txt", "vague.txt", "incomplete.txt"], 1],
    [["clean.txt", "does-not-exist.txt"], 2],
    [["vague.txt", "does-not-exist.txt"], 2],
  ])("for %j is %i", async (inputs, code) => {
    const { io } = makeIO({ files });
    expect(await runCli(["check", ...inputs], io, stubDeps().deps)).toBe(code);
  });
});

describe("usage errors", () => {
  it.each<[string, string[], RegExp]>([
    ["no command", [], /no command given/],
    ["an unknown command", ["lint", "a.txt"], /unknown command "lint"/],
    ["no files", ["check"], /no files to check/],
    ["only options", ["check", "--json"], /no files to check/],
    ["an unknown flag", ["check", "--fast", "clean.txt"], /unknown option --fast/],
    ["an unknown short flag", ["check", "-x", "clean.txt"], /unknown option -x/],
    ["a bad --kind", ["check", "--kind", "first-batch", "clean.txt"], /unknown kind "first-batch" \(expected one of: first-lot, sample-only/],
    ["--kind without a value", ["check", "clean.txt", "--kind"], /--kind needs a value/],
    ["--policy without a value", ["check", "clean.txt", "--policy"], /--policy needs a value/],
    ["a value given to --json", ["check", "--json=yes", "clean.txt"], /--json takes no value/],
  ])("on %s: exit 2, the reason and the usage on stderr, nothing checked", async (_name, argv, message) => {
    const c = makeIO({ files });
    const { deps, calls } = stubDeps();
    expect(await runCli(argv, c.io, deps)).toBe(2);
    expect(c.err()).toMatch(message);
    expect(c.err()).toContain("Usage: release-guard check [--json] [--kind KIND] [--policy FILE] FILE...");
    expect(c.out()).toBe("");
    expect(calls).toHaveLength(0);
  });

  it.each([["--help"], ["-h"], ["help"], ["check", "--help"], ["check", "-h", "clean.txt"]])("prints the usage on stdout for %j and exits 0", async (...argv) => {
    const c = makeIO({ files });
    const { deps, calls } = stubDeps();
    expect(await runCli(argv, c.io, deps)).toBe(0);
    expect(c.out()).toBe(USAGE);
    expect(c.err()).toBe("");
    expect(calls).toHaveLength(0);
  });

  it("names every release kind in the usage", () => {
    for (const k of RELEASE_KINDS) expect(USAGE).toContain(k);
  });
});

describe("--kind and --policy", () => {
  it("passes the kind to analyze, in both spellings", async () => {
    for (const argv of [["check", "--kind", "sample-only", "clean.txt"], ["check", "--kind=sample-only", "clean.txt"]]) {
      const { deps, calls } = stubDeps();
      await runCli(argv, makeIO({ files }).io, deps);
      expect(calls).toEqual([{ text: files["clean.txt"], options: { kind: "sample-only" } }]);
    }
  });

  it("passes no options when none are given", async () => {
    const { deps, calls } = stubDeps();
    await runCli(["check", "clean.txt"], makeIO({ files }).io, deps);
    expect(calls[0].options).toEqual({});
  });

  it("loads the policy file once and passes the policy with the kind", async () => {
    const policy: Policy = { bannedPhrases: [{ phrase: "as discussed" }], approvers: [{ name: "Dana Ortiz", role: "Purchasing Manager" }] };
    const { deps, calls } = stubDeps();
    const loaded: string[] = [];
    deps.loadPolicyFile = (p) => {
      loaded.push(p);
      return { ok: true, policy };
    };
    const code = await runCli(["check", "--policy", "team-policy.json", "--kind", "first-lot", "clean.txt", "clean2.txt"], makeIO({ files }).io, deps);
    expect(code).toBe(0);
    expect(loaded).toEqual(["team-policy.json"]);
    expect(calls.map((c) => c.options)).toEqual([
      { kind: "first-lot", policy },
      { kind: "first-lot", policy },
    ]);
  });

  it("stops with exit 2 and the loader's message when the policy is invalid, checking nothing", async () => {
    const c = makeIO({ files });
    const { deps, calls } = stubDeps();
    deps.loadPolicyFile = () => ({ ok: false, message: "team-policy.json: approvers[0].name: must be a non-empty string" });
    expect(await runCli(["check", "--policy", "team-policy.json", "clean.txt"], c.io, deps)).toBe(2);
    expect(c.err()).toBe("release-guard: team-policy.json: approvers[0].name: must be a non-empty string\n");
    expect(c.out()).toBe("");
    expect(calls).toHaveLength(0);
  });

  it("reports a policy file that does not exist (real loader)", async () => {
    const c = makeIO({ files });
    const { deps } = stubDeps();
    const { loadPolicyFile } = await import("../../src/policy/load-node");
    deps.loadPolicyFile = loadPolicyFile;
    expect(await runCli(["check", "--policy", fx("no-such-policy.json"), "clean.txt"], c.io, deps)).toBe(2);
    expect(c.err()).toContain("no-such-policy.json");
  });
});

describe("--json", () => {
  it("writes one Report per input per line, in input order, each with its file", async () => {
    const c = makeIO({ files });
    const inputs = ["vague.txt", "clean.txt", "nar.txt", "incomplete.txt"];
    expect(await runCli(["check", "--json", ...inputs], c.io, stubDeps().deps)).toBe(1);
    const out = c.out();
    expect(out.endsWith("\n")).toBe(true);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    const reports = lines.map((l) => JSON.parse(l) as Report & { file: string });
    expect(reports.map((r) => [r.file, r.verdict])).toEqual([
      ["vague.txt", "vague"],
      ["clean.txt", "clean"],
      ["nar.txt", "not-a-release"],
      ["incomplete.txt", "incomplete"],
    ]);
    // The rest of each line is exactly the report analyze returned.
    for (const r of reports) {
      const { file, ...report } = r;
      expect(report).toEqual(fakeReport(files[file as keyof typeof files], report.verdict));
    }
    expect(Object.keys(reports[0])).toEqual(["file", "kind", "verdict", "details", "findings", "quantities"]);
    expect(c.err()).toBe("");
  });

  it("leaves an unreadable input out of stdout, names it on stderr, and still reports the others", async () => {
    const c = makeIO({ files });
    const code = await runCli(["check", "--json", "clean.txt", fx("missing.txt"), fx("logo.png"), "vague.txt"], c.io, stubDeps().deps);
    expect(code).toBe(2);
    const reports = c.out().trimEnd().split("\n").map((l) => JSON.parse(l) as { file: string; verdict: string });
    expect(reports.map((r) => r.file)).toEqual(["clean.txt", "vague.txt"]);
    expect(c.err()).toBe(
      `release-guard: ${fx("missing.txt")}: cannot read: no such file\n` +
        `release-guard: ${fx("logo.png")}: cannot check: binary file (contains NUL bytes)\n`,
    );
  });

  it("prints no summary line, so every line is a report", async () => {
    const c = makeIO({ files });
    await runCli(["check", "--json", "clean.txt"], c.io, stubDeps().deps);
    expect(c.out().split("\n").filter(Boolean).every((l) => l.startsWith("{"))).toBe(true);
  });
});

describe("unreadable inputs", () => {
  it.each<[string, string]>([
    ["missing.txt", "cannot read: no such file"],
    [".", "cannot read: is a directory, not a file"],
    ["logo.png", "cannot check: binary file (contains NUL bytes)"],
    ["latin1.txt", "cannot check: not UTF-8 text (binary file or another encoding)"],
  ])("%s: exit 2 with the file and the reason on stderr", async (name, reason) => {
    const c = makeIO({ files });
    const { deps, calls } = stubDeps();
    expect(await runCli(["check", fx(name), "clean.txt"], c.io, deps)).toBe(2);
    expect(c.err()).toBe(`release-guard: ${fx(name)}: ${reason}\n`);
    expect(calls.map((x) => x.text)).toEqual([files["clean.txt"]]);
    expect(c.out()).toContain("clean.txt\n  CLEAN");
    expect(c.out()).toContain("1 input checked: 1 clean, 0 incomplete, 0 vague, 0 not a release, 1 unreadable");
  });

  it("reports a checker crash as that input's failure and carries on", async () => {
    const c = makeIO({ files });
    const { deps } = stubDeps();
    const real = deps.analyze;
    deps.analyze = (text, o) => {
      if (text.startsWith("vague")) throw new Error("boom");
      return real(text, o);
    };
    expect(await runCli(["check", "vague.txt", "clean.txt"], c.io, deps)).toBe(2);
    expect(c.err()).toBe("release-guard: vague.txt: the checker failed: boom\n");
    expect(c.out()).toContain("clean.txt");
  });
});

describe("standard input", () => {
  it("reads '-' from stdin and sniffs its format", async () => {
    const c = makeIO({ stdin: "<div>clean</div><div>lot 1</div>" });
    const { deps, calls } = stubDeps();
    expect(await runCli(["check", "--json", "-"], c.io, deps)).toBe(0);
    expect(calls[0].text).toBe("clean\nlot 1");
    expect(JSON.parse(c.out()).file).toBe("-");
  });

  it("reads plain text from stdin as is", async () => {
    const c = makeIO({ stdin: "vague: go ahead with the first batch\r\n" });
    const { deps, calls } = stubDeps();
    await runCli(["check", "-"], c.io, deps);
    expect(calls[0].text).toBe("vague: go ahead with the first batch\r\n");
    expect(c.out().startsWith("<stdin>\n")).toBe(true);
  });

  it("reads stdin once even when '-' is given twice", async () => {
    let reads = 0;
    const c = makeIO();
    c.io.stdin = async () => {
      reads++;
      return Buffer.from("clean\n");
    };
    const { deps, calls } = stubDeps();
    await runCli(["check", "-", "-"], c.io, deps);
    expect(reads).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it("treats arguments after -- as files, even when they look like options", async () => {
    const c = makeIO({ files: { "--json": "clean file named --json\n" } });
    const { deps, calls } = stubDeps();
    expect(await runCli(["check", "--", "--json"], c.io, deps)).toBe(0);
    expect(calls[0].text).toBe("clean file named --json\n");
    expect(c.out()).toContain("--json\n  CLEAN");
  });
});

describe("human output", () => {
  it("shows the file, the verdict and kind, one line per detail with its status and quoted evidence, the findings and the quantities", async () => {
    const c = makeIO({ files: { "po-4418.txt": "Hi Marek,\nvague go ahead with the first batch\n" } });
    const { deps } = stubDeps();
    deps.analyze = (text) => {
      const start = text.indexOf("vague");
      const end = text.indexOf("\n", start);
      const r = fakeReport(text, "vague");
      r.details.lot = { status: "vague", evidence: [{ range: [start, end], text: text.slice(start, end) }], message: "Give the lot an exact quantity" };
      r.findings = [
        {
          ruleId: "vague-release",
          severity: "error",
          message: "“go ahead with the first batch” leaves the quantity to the shop",
          range: [start, end],
          text: text.slice(start, end),
          suggestions: [{ message: "Name the lot and its quantity", replacement: "release lot 1 for 25 units" }],
        },
      ];
      return r;
    };
    expect(await runCli(["check", "po-4418.txt"], c.io, deps)).toBe(1);
    expect(c.out().split("\n")).toEqual([
      "po-4418.txt",
      "  VAGUE  kind: first-lot",
      '  lot                vague   "vague go ahead with the first batch" (2:1) — Give the lot an exact quantity',
      "  balance            present — Rest on hold",
      "  trigger            missing — Name it",
      "  revision+material  missing — Name it",
      "  approver           missing — Name it",
      "  findings",
      "  2:1     error   “go ahead with the first batch” leaves the quantity to the shop  vague-release",
      '                  at "vague go ahead with the first batch"',
      '                  fix: Name the lot and its quantity → "release lot 1 for 25 units"',
      "  quantities: released 25 units · on hold 125 units · order total 150 units",
      "",
      "1 input checked: 0 clean, 0 incomplete, 1 vague, 0 not a release",
      "",
    ]);
  });

  it("keeps a not-a-release report short", async () => {
    const c = makeIO({ files });
    const { deps } = stubDeps();
    const real = deps.analyze;
    deps.analyze = (t, o) => ({ ...real(t, o), quantities: { released: null, onHold: null, total: null, unit: null } });
    await runCli(["check", "nar.txt"], c.io, deps);
    expect(c.out()).toBe(
      "nar.txt\n  NOT A RELEASE  kind: not-a-release\n  releases or approves no production\n\n1 input checked: 0 clean, 0 incomplete, 0 vague, 1 not a release\n",
    );
  });

  it("marks details the kind does not require", async () => {
    const c = makeIO({ files });
    const { deps } = stubDeps();
    deps.analyze = (t) => {
      const r = fakeReport(t, "clean", "full-production");
      for (const k of DETAIL_KEYS) r.details[k] = { ...r.details[k], required: k === "lot" || k === "revisionMaterial" };
      return r;
    };
    await runCli(["check", "clean.txt"], c.io, deps);
    expect(c.out()).toMatch(/ {2}approver +missing — Name it \(not required\)\n/);
    expect(c.out()).not.toMatch(/lot .*\(not required\)/);
  });

  it("separates several files with a blank line and ends with the tally", async () => {
    const c = makeIO({ files });
    await runCli(["check", "clean.txt", "incomplete.txt", "vague.txt"], c.io, stubDeps().deps);
    const out = c.out();
    expect(out.indexOf("clean.txt\n")).toBe(0);
    expect(out).toContain("\n\nincomplete.txt\n  INCOMPLETE  kind: first-lot\n");
    expect(out).toContain("\n\nvague.txt\n  VAGUE  kind: first-lot\n");
    expect(out.endsWith("\n\n3 inputs checked: 1 clean, 1 incomplete, 1 vague, 0 not a release\n")).toBe(true);
  });

  it("uses no colour when stdout is not a terminal", async () => {
    const c = makeIO({ files, isTTY: false });
    await runCli(["check", "clean.txt", "vague.txt", "incomplete.txt"], c.io, stubDeps().deps);
    expect(c.out()).not.toMatch(/\u001b\[/);
  });

  it("uses colour on a terminal", async () => {
    const c = makeIO({ files, isTTY: true });
    await runCli(["check", "vague.txt"], c.io, stubDeps().deps);
    expect(c.out()).toContain("\u001b[31m\u001b[1mVAGUE\u001b[22m\u001b[39m");
  });

  it("uses no colour on a terminal when NO_COLOR is set", async () => {
    const c = makeIO({ files, isTTY: true, env: { NO_COLOR: "1" } });
    await runCli(["check", "vague.txt"], c.io, stubDeps().deps);
    expect(c.out()).not.toMatch(/\u001b\[/);
  });

  it("never colours JSON output", async () => {
    const c = makeIO({ files, isTTY: true });
    await runCli(["check", "--json", "vague.txt"], c.io, stubDeps().deps);
    expect(c.out()).not.toMatch(/\u001b\[/);
  });
});

describe("with the real checker", () => {
  const fixtures = [
    "clean-first-lot.txt",
    "seed-example.txt",
    "tracking-question.txt",
    "vague-thread-crlf.txt",
    "quoted-thread.txt",
    "release-list.html",
    "outlook-reply.html",
    "gmail-quote.html",
    "multipart-release.eml",
    "html-only.eml",
    "latin1-thanks.eml",
    "message-no-extension",
    "body-no-extension",
    "note-no-extension",
  ];

  it("reports every fixture, and every range slices the analyzed text of its input", async () => {
    const c = makeIO();
    const code = await runCli(["check", "--json", ...fixtures.map(fx)], c.io);
    expect([0, 1]).toContain(code);
    const reports = c.out().trimEnd().split("\n").map((l) => JSON.parse(l) as Report & { file: string });
    expect(reports.map((r) => r.file)).toEqual(fixtures.map(fx));
    for (const r of reports) {
      const decoded = await decodeInput(r.file, await fsp.readFile(r.file));
      if (!decoded.ok) throw new Error(decoded.reason);
      for (const key of DETAIL_KEYS) {
        for (const e of r.details[key].evidence) expect(decoded.text.slice(e.range[0], e.range[1])).toBe(e.text);
      }
      for (const f of r.findings) expect(decoded.text.slice(f.range[0], f.range[1])).toBe(f.text);
    }
  });

  it("finds no release in a tracking question (exit 0)", async () => {
    const c = makeIO();
    expect(await runCli(["check", "--json", fx("tracking-question.txt")], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ kind: "not-a-release", verdict: "not-a-release" });
  });

  it("finds no release in a thank-you note from an ISO-8859-1 .eml (exit 0)", async () => {
    const c = makeIO();
    expect(await runCli(["check", "--json", fx("latin1-thanks.eml")], c.io)).toBe(0);
    expect(JSON.parse(c.out())).toMatchObject({ kind: "not-a-release", verdict: "not-a-release" });
  });

  it("holds the guide's own strong example to account: the next release is only 'we' (exit 1)", async () => {
    const c = makeIO();
    expect(await runCli(["check", "--json", fx("seed-example.txt")], c.io)).toBe(1);
    const r = JSON.parse(c.out()) as Report;
    expect(r).toMatchObject({ kind: "first-lot", verdict: "incomplete" });
    expect(r.details.approver.status).toBe("vague");
    expect(r.details.lot.status).toBe("present");
    expect(r.quantities).toMatchObject({ released: 25, onHold: 125 });
  });

  it("judges 'go ahead with the first batch' on a quoted thread vague (exit 1)", async () => {
    const c = makeIO();
    expect(await runCli(["check", "--json", fx("vague-thread-crlf.txt")], c.io)).toBe(1);
    expect(JSON.parse(c.out())).toMatchObject({ verdict: "vague" });
  });
});
