/**
 * Properties of the checker that must hold for every input, not just the ones we thought of:
 *  - analyze returns a valid, JSON-serializable report for any string and never throws;
 *  - every range slices the input to its text;
 *  - buildBlock's text reads back clean with the same quantities, and its html escapes every value.
 * The seed is fixed so a run is repeatable; set FC_SEED to explore other seeds.
 */
import fc from "fast-check";
import { analyze, buildBlock } from "../src/checker";
import { DETAIL_KEYS, RELEASE_KINDS } from "../src/checker/types";
import type { BlockFields, Range, Report } from "../src/checker/types";

const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20251106;
const RUNS = 200;
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns });

const VERDICTS = ["clean", "incomplete", "vague", "not-a-release"];
const STATUSES = ["present", "vague", "missing"];
const SEVERITIES = ["error", "warning", "info"];

function describeRange(range: Range, input: string): string {
  return `[${range[0]}, ${range[1]}) of ${input.length}`;
}

/** Throws (via expect) with a precise message when the report breaks the report-format contract. */
function expectValidReport(report: Report, input: string): void {
  const checkRange = (range: unknown, text: unknown, where: string) => {
    expect(Array.isArray(range) && range.length === 2).toBe(true);
    const [start, end] = range as Range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
      throw new Error(`${where}: range ${describeRange(range as Range, input)} is out of bounds`);
    }
    if (input.slice(start, end) !== text) {
      throw new Error(`${where}: text ${JSON.stringify(text)} is not input.slice(${start}, ${end}) = ${JSON.stringify(input.slice(start, end))}`);
    }
  };

  expect(RELEASE_KINDS).toContain(report.kind);
  expect(VERDICTS).toContain(report.verdict);
  expect(Object.keys(report.details).sort()).toEqual([...DETAIL_KEYS].sort());
  for (const key of DETAIL_KEYS) {
    const d = report.details[key];
    expect(STATUSES).toContain(d.status);
    expect(typeof d.message).toBe("string");
    expect(Array.isArray(d.evidence)).toBe(true);
    d.evidence.forEach((e, i) => checkRange(e.range, e.text, `details.${key}.evidence[${i}]`));
  }
  expect(Array.isArray(report.findings)).toBe(true);
  report.findings.forEach((f, i) => {
    expect(typeof f.ruleId).toBe("string");
    expect(f.ruleId.length).toBeGreaterThan(0);
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.message).toBe("string");
    checkRange(f.range, f.text, `findings[${i}] (${f.ruleId})`);
    if (i > 0 && report.findings[i - 1].range[0] > f.range[0]) {
      throw new Error(`findings not sorted by range start: [${i - 1}] starts at ${report.findings[i - 1].range[0]}, [${i}] at ${f.range[0]}`);
    }
    for (const s of f.suggestions ?? []) {
      expect(typeof s.message).toBe("string");
      if (s.replacement !== undefined) expect(typeof s.replacement).toBe("string");
    }
  });
  const q = report.quantities;
  for (const k of ["released", "onHold", "total"] as const) {
    const v = q[k];
    if (v !== null && !(typeof v === "number" && Number.isFinite(v))) throw new Error(`quantities.${k} is ${String(v)}, not a finite number or null`);
  }
  if (q.unit !== null) expect(typeof q.unit).toBe("string");
  // Plain JSON: what the CLI prints and the add-in stores must be the same object.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

function analyzeChecked(input: string): Report {
  let report: Report;
  try {
    report = analyze(input);
  } catch (e) {
    throw new Error(`analyze threw on ${JSON.stringify(input.slice(0, 200))}${input.length > 200 ? "…" : ""}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  expectValidReport(report, input);
  return report;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const RELEASE_WORDS = [
  "Hi Dana,",
  "lot 1",
  "Lot A",
  "LOT-2024-117",
  "Lot 1/3",
  "25 units",
  "twenty-five (25)",
  "forty (40)",
  "a dozen",
  "roughly two dozen",
  "150 pcs",
  "8 ea",
  "rev C7",
  "Revision B",
  "R3",
  "v2.1",
  "index C",
  "bracket_revD.step",
  "black PETG",
  "PA12 natural",
  "grey SLA resin",
  "TPU 95A",
  "go ahead with the first batch",
  "Go ahead",
  "start a few and we will tell you later",
  "keep running unless told otherwise",
  "run what you can",
  "proceed as discussed",
  "same as last time",
  "approved",
  "do not start the remaining 125 units",
  "don't",
  "not",
  "the rest stays on hold",
  "on hold",
  "pending install feedback from lot 1",
  "after fit validation",
  "once the lot 1 invoice is paid",
  "we will issue a separate release for lot 2",
  "Dana Ortiz, Purchasing Manager",
  "only Priya (QE lead) can release lot 2",
  "sample",
  "first article",
  "full production",
  "pause",
  "tracking number",
  "Thanks,",
  "Best regards,",
  "-----Original Message-----",
  "On Mon, 3 Nov 2025 at 09:12, Marek Novak <marek@shop.example> wrote:",
  "From: Marek Novak <marek@shop.example>",
  "Sent: Monday, 3 November 2025 09:12",
  "To: Dana Ortiz",
  "Subject: RE: PO 4512",
  "Von:",
  "Gesendet:",
  "________________________________",
  ">",
  "> ",
  "P.S.",
  "1.",
  "-",
  "•",
  "*",
  "|",
  ":",
  "(",
  ")",
  "0",
  "1000000000000000000000",
  "1e309",
  "-5",
  "3.5",
  "½",
  "٣",
  "𝟐𝟓",
];

const SEPARATORS = [" ", "  ", "\n", "\r\n", "\r", "\n\n", "\t", "\u00a0", "\u2028", "\u2029", "", ". ", ", ", "\n> ", "\n- "];

const EMOJI = ["👍", "🚀", "👩‍🔧", "🇩🇪", "❤️", "✅", "🙏🏽", "\u{1F600}", "\uFE0F", "\u200D"];
const RTL = ["שלום דנה", "נא לשחרר 25 יחידות", "مرحبا", "الدفعة الأولى ٢٥ قطعة", "\u202E", "\u202C", "\u200F", "\u200E", "\u2067"];
const HTML_LIKE = ["<div>", "</div>", "<p>", "</p>", "<br/>", "<br>", "&nbsp;", "&amp;", "&#39;", "<b>Lot 1:</b>", "<li>", "<!--", "-->", "<script>alert(1)</script>", '<a href="https://x.example">', "<![CDATA[", "<"];

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 8 });

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...RELEASE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML_LIKE) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: loneSurrogates },
);

/** Text that looks like a release email: corpus-like words mixed with separators and noise. */
const releaseLike = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(""));

const withLineEnds = (eol: string) => releaseLike.map((s) => s.replace(/\r\n|\r|\n/g, eol));

// ---------------------------------------------------------------------------------------------

describe("analyze on any string", () => {
  it("returns a valid report for the empty string and white space", () => {
    for (const s of ["", " ", "\n", "\r\n", "\t", "\u00a0", "\uFEFF", "\u2028"]) {
      const r = analyzeChecked(s);
      expect(r.findings).toEqual(r.findings.filter((f) => f.range[1] <= s.length));
    }
    expect(analyzeChecked("").verdict).toBe("not-a-release");
  });

  it("returns a valid report for arbitrary short strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void analyzeChecked(s)), params());
  });

  it("returns a valid report for arbitrary Unicode (all planes, graphemes, lone surrogates)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), loneSurrogates),
        (s) => void analyzeChecked(s),
      ),
      params(),
    );
  });

  it("returns a valid report for release-like text with emoji, RTL, HTML-like pieces and mixed line ends", () => {
    fc.assert(fc.property(releaseLike, (s) => void analyzeChecked(s)), params(RUNS * 2));
  });

  it.each([
    ["CRLF", "\r\n"],
    ["CR", "\r"],
    ["LINE SEPARATOR", "\u2028"],
  ])("returns a valid report when every line ends in %s", (_name, eol) => {
    fc.assert(fc.property(withLineEnds(eol), (s) => void analyzeChecked(s)), params(RUNS / 2));
  });

  it("returns a valid report for HTML-like markup", () => {
    const html = fc
      .array(fc.oneof(fc.constantFrom(...HTML_LIKE), fc.constantFrom(...RELEASE_WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
      .map((p) => p.join(""));
    fc.assert(fc.property(html, (s) => void analyzeChecked(s)), params());
  });

  it("returns a valid report for huge inputs (~200 KB)", () => {
    const huge = fc.tuple(releaseLike, fc.string({ unit: "binary", maxLength: 50 })).map(([a, b]) => {
      const chunk = `${a}\n${b}\n`.length > 1 ? `${a}\n${b}\n` : "lot 1 for 25 units\n";
      return chunk.repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000);
    });
    fc.assert(
      fc.property(huge, (s) => {
        expect(s.length).toBe(200_000);
        analyzeChecked(s);
      }),
      params(8),
    );
  });

  it("returns a valid report for a huge single line and a huge run of one character", () => {
    for (const s of ["a".repeat(200_000), " ".repeat(200_000), "\n".repeat(200_000), "9".repeat(200_000), "lot ".repeat(50_000), "<".repeat(200_000), "😀".repeat(100_000)]) {
      analyzeChecked(s);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// buildBlock

const FIRST = ["Dana", "Priya", "Marek", "Hanne", "Tobias", "Amara", "Joost", "Beatriz", "Kenji", "Saoirse", "Ilias", "Greta"];
const LAST = ["Ortiz", "Natarajan", "Novak", "Sørli", "Lindgren", "Okafor", "van Dijk", "Nunes", "Mori", "Kelly", "Petrakis", "Sandoval"];
const ROLES = ["Purchasing Manager", "Quality Lead", "Head of Operations", "Buyer", "Supply Chain Lead", "Engineering Manager", "Procurement Lead"];
const UNITS = ["pcs", "units", "parts", "pieces", "ea"];
const TRIGGERS = [
  "install feedback from lot 1",
  "fit validation on the assembly line",
  "customer review of lot 1",
  "payment of the lot 1 invoice received",
  "purchasing decision on 12 January 2027",
  "the IP67 immersion test of lot 1 passed in our lab",
  "first-article inspection report for lot 1 signed off",
];
const MATERIALS = ["black PETG", "PA12 natural", "grey SLA resin", "white PA11", "TPU 95A black", "clear PC", "ASA grey", "CF-nylon", "PLA white"];

const lotId = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map((n) => `Lot ${n}`),
  fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `LOT-${y}-${String(n).padStart(3, "0")}`),
  fc.constantFrom("Lot A", "Lot B1", "Lot 1/3"),
);
const revision = fc.oneof(
  fc.constantFrom("C7", "B", "v2.1", "R3", "D2", "A", "E"),
  fc.tuple(fc.constantFrom(..."ABCDEFGH"), fc.integer({ min: 1, max: 12 })).map(([l, n]) => `${l}${n}`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `v${a}.${b}`),
);

interface Numbers {
  lot: number;
  orderTotal?: number;
  balance?: number;
  variant: "total" | "total+balance" | "balance" | "none";
}

const numbers: fc.Arbitrary<Numbers> = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 50_000 }), fc.constantFrom("total", "total+balance", "balance", "none"))
  .map(([lot, rest, variant]): Numbers => {
    switch (variant) {
      case "total":
        return { lot, orderTotal: lot + rest, variant };
      case "total+balance":
        return { lot, orderTotal: lot + rest, balance: rest, variant };
      case "balance":
        return { lot, balance: rest, variant };
      default:
        return { lot, variant };
    }
  });

const validFields: fc.Arbitrary<BlockFields> = fc
  .record({
    lotId,
    numbers,
    unit: fc.constantFrom(...UNITS),
    orderRef: fc.option(fc.integer({ min: 1000, max: 99999 }).map((n) => `PO ${n}`), { nil: undefined }),
    trigger: fc.constantFrom(...TRIGGERS),
    revision,
    material: fc.constantFrom(...MATERIALS),
    approverName: fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
    approverRole: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
    needBy: fc.option(fc.constantFrom("12 January 2027", "2027-03-31", "end of March", "Friday 14 November"), { nil: undefined }),
  })
  .map(({ numbers: n, ...rest }) => {
    const f: BlockFields = { ...rest, lotQuantity: n.lot };
    if (n.orderTotal !== undefined) f.orderTotal = n.orderTotal;
    if (n.balance !== undefined) f.balanceQuantity = n.balance;
    for (const k of ["orderRef", "approverRole", "needBy"] as const) if (f[k] === undefined) delete f[k];
    return f;
  });

describe("buildBlock round trip", () => {
  it("reads back clean, as a staged first lot, with the fields' quantities", () => {
    fc.assert(
      fc.property(validFields, (f) => {
        const block = buildBlock(f);
        const report = analyzeChecked(block.text);
        const balance = f.balanceQuantity ?? (f.orderTotal !== undefined ? f.orderTotal - f.lotQuantity : null);
        const summary = {
          verdict: report.verdict,
          released: report.quantities.released,
          onHold: report.quantities.onHold,
        };
        expect(summary).toEqual({ verdict: "clean", released: f.lotQuantity, onHold: balance });
        // A staged first lot; when the trigger is a payment the kind may say so.
        expect(["first-lot", "payment-trigger"]).toContain(report.kind);
        if (f.orderTotal !== undefined) {
          expect(report.quantities.total).toBe(f.orderTotal);
        } else if (balance !== null) {
          // No total typed: the report may leave it unknown or infer lot + balance, nothing else.
          expect([null, f.lotQuantity + balance]).toContain(report.quantities.total);
        } else {
          expect(report.quantities.total).toBeNull();
        }
        expect(typeof report.quantities.unit).toBe("string");
        for (const key of DETAIL_KEYS) expect(`${key}: ${report.details[key].status}`).toBe(`${key}: present`);
        expect(report.findings.filter((x) => x.severity === "error")).toEqual([]);
      }),
      params(),
    );
  });

  const HOSTILE = [
    '<script>alert("x")</script>',
    "</td></tr></table><img src=x onerror=alert(1)>",
    'C7" onmouseover="alert(1)',
    "Tom & Jerry <tj@labs.example>",
    "&amp; already &lt;escaped&gt;",
    "a<b>c</b>",
    '"quoted"',
    "<!-- comment -->",
    "x > y & y < z",
  ];
  const hostile = fc.tuple(fc.constantFrom("", "black PETG ", "Dana ", "Lot 1 "), fc.constantFrom(...HOSTILE)).map(([a, b]) => a + b);
  const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

  it("escapes every typed value in the html", () => {
    const fields = fc
      .tuple(validFields, fc.record({ lotId: hostile, unit: hostile, orderRef: hostile, trigger: hostile, revision: hostile, material: hostile, approverName: hostile, approverRole: hostile, needBy: hostile }), fc.subarray(["lotId", "unit", "orderRef", "trigger", "revision", "material", "approverName", "approverRole", "needBy"] as const, { minLength: 1 }))
      .map(([base, bad, which]) => {
        const f: BlockFields = { ...base };
        for (const k of which) f[k] = bad[k];
        return { f, which: which as readonly (keyof typeof bad)[] };
      });
    fc.assert(
      fc.property(fields, ({ f, which }) => {
        const { html } = buildBlock(f);
        // No markup from a value: every tag in the html is the builder's own.
        const tags = html.match(/<[^>]*>?/g) ?? [];
        expect(tags.filter((t) => /^<\/?\s*(script|img|iframe|object|embed)\b|^<!--|\son\w+\s*=/i.test(t))).toEqual([]);
        for (const k of which) {
          const v = f[k] as string;
          // The raw value never appears; its escaped form does.
          expect({ field: k, raw: html.includes(v) }).toEqual({ field: k, raw: false });
          const escaped = escapeHtml(v).replace(/'/g, "");
          expect({ field: k, escapedPresent: html.replace(/&#39;|&#x27;|&apos;/g, "").includes(escaped) }).toEqual({ field: k, escapedPresent: true });
        }
      }),
      params(),
    );
  });
});
