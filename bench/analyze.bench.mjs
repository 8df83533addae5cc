#!/usr/bin/env node
// npm run bench — times the built checker (dist/lib) on three realistic inputs and compares each
// with the floor: one toLowerCase() + indexOf pass over the same text, measured in the same run.
// Targets (issue 2): 2 KB under 0.5 ms, 1 MB under 50 ms, 1 MB at most 25× the floor.
// Prints a Markdown table with PASS/MISS; never exits non-zero on a miss (timings vary by machine).
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const here = dirname(fileURLToPath(import.meta.url));
const libPath = resolve(here, "../dist/lib/index.js");
if (!existsSync(libPath)) {
  console.error(`${libPath} is missing: run "npm run build:lib" first (or "npm run bench")`);
  process.exit(2);
}
const { analyze } = createRequire(import.meta.url)(libPath);

// ---------------------------------------------------------------------------------------------
// Deterministic, realistic inputs (mulberry32 with a fixed seed: the same text on every run).

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0x5eed2025);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const FIRST = ["Dana", "Marek", "Priya", "Hanne", "Tobias", "Amara", "Joost", "Beatriz", "Kenji", "Saoirse", "Ilias", "Greta", "Oona", "Rafael"];
const LAST = ["Ortiz", "Novak", "Natarajan", "Sørli", "Lindgren", "Okafor", "van Dijk", "Nunes", "Mori", "Kelly", "Petrakis", "Sandoval", "Virtanen", "Costa"];
const ROLES = ["Purchasing Manager", "Quality Lead", "Production Planner", "Buyer", "Supply Chain Lead", "Engineering Manager"];
const PARTS = ["cable guide CG-5", "hinge cover HC-12", "sensor bracket SB-3", "fan shroud FS-8", "drain cover DC-3", "knob K-9", "lever arm LA-6"];
const MATERIALS = ["black PETG", "PA12 natural", "grey SLA resin", "white PA11", "TPU 95A", "clear PC", "ASA grey"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October", "November"];

const person = () => `${pick(FIRST)} ${pick(LAST)}`;
const date = () => `${pick(DAYS)}, ${int(1, 28)} ${pick(MONTHS)} 2025 ${String(int(7, 18)).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}`;

const SENTENCES = [
  () => `The ${pick(PARTS)} samples arrived on ${pick(DAYS)} and passed our incoming inspection.`,
  () => `Could you confirm the lead time for the remaining ${int(50, 900)} pcs on PO ${int(1000, 9999)}?`,
  () => `Our line trial is booked for ${int(1, 28)} ${pick(MONTHS)}; we will share the results the same day.`,
  () => `The parts were printed in ${pick(MATERIALS)}, revision ${pick(["B", "C7", "D2", "v2.1", "R3"])}, as quoted.`,
  () => `Please keep the packaging the same as on the samples, ${int(10, 40)} pieces per bag with the label outside.`,
  () => `Accounts payable confirmed the proforma for lot ${int(1, 3)} was paid on ${pick(DAYS)}.`,
  () => `We noticed slight warping on ${int(1, 4)} of the ${int(5, 12)} test pieces; the fit was still fine on the assembly.`,
  () => `The customer review is scheduled for next ${pick(DAYS)} with ${person()} from their quality team.`,
  () => `Shipping to our Graz site works for us; the dock is open from 7:00 to 15:00.`,
  () => `Thanks for the quick turnaround, the team was impressed with the surface finish.`,
  () => `Let me know if the file ${pick(["bracket_revD.step", "cowl_RevB.stl", "impeller_v2.1.3mf", "hc12_revD.step"])} opens correctly on your side.`,
  () => `Nothing else changes on the order; quantities and prices stay as quoted.`,
];

const paragraph = () => Array.from({ length: int(1, 4) }, () => pick(SENTENCES)()).join(" ");

function signature(name) {
  return `Best regards,\n${name}\n${pick(ROLES)} | ${pick(["Northwind Fixtures", "Corvid Drones", "Helder Climate Systems", "Veldt Medical"])}\n+1 555 ${String(int(100, 999)).padStart(4, "0")}`;
}

function releaseBody(name) {
  const lot = int(10, 120);
  const rest = int(50, 900);
  return [
    `Hi ${pick(FIRST)},`,
    "",
    `Thanks for the sample report for PO ${int(1000, 9999)} (${pick(PARTS)}, ${lot + rest} pcs ordered). Our release:`,
    "",
    `- Lot 1: ${lot} pcs, released now`,
    `- Revision / material: rev ${pick(["C7", "D", "B2"])} (${pick(["bracket_revD.step", "cowl_RevB.stl", "hc12_revD.step"])}), ${pick(MATERIALS)}`,
    `- On hold: the remaining ${rest} pcs – not released; please don’t start them`,
    `- Next decision: after ${pick(["install feedback from lot 1", "fit validation on our assembly line", "the customer's first-article sign-off"])}`,
    `- Next-lot approver: ${name}, ${pick(ROLES)}`,
    "",
    paragraph(),
    "",
    signature(name),
  ].join("\n");
}

/** A plain reply-or-question message of a few paragraphs. */
function chatterBody(name) {
  return [`Hi ${pick(FIRST)},`, "", paragraph(), "", paragraph(), "", signature(name)].join("\n");
}

function quoteHeader(style, from) {
  switch (style) {
    case 0:
      return `________________________________\nFrom: ${from} <${from.split(" ")[0].toLowerCase()}@shop.example>\nSent: ${date()}\nTo: ${person()}\nSubject: RE: PO ${int(1000, 9999)}`;
    case 1:
      return `-----Original Message-----\nFrom: ${from}\nSent: ${date()}\nSubject: RE: release`;
    default:
      return `On ${date()}, ${from} <${from.split(" ")[0].toLowerCase()}@shop.example> wrote:`;
  }
}

/** A reply thread: a new message on top of older ones, older ones quoted deeper, to `size` characters. */
function thread(size) {
  const messages = [];
  let total = 0;
  while (total < size) {
    const name = person();
    // The newest message (on top) is the buyer's release; the quoted history below mixes both kinds.
    const body = messages.length === 0 || rand() < 0.3 ? releaseBody(name) : chatterBody(name);
    messages.push({ name, body });
    total += body.length + 120;
  }
  let text = messages[0].body;
  for (let i = 1; i < messages.length; i++) {
    const style = i % 3;
    const quoted = style === 2 ? messages[i].body.replace(/^/gm, "> ".repeat(Math.min(i, 4))) : messages[i].body;
    text += `\n\n${quoteHeader(style, messages[i].name)}\n\n${quoted}`;
  }
  return trimTo(text, size);
}

function trimTo(text, size) {
  if (text.length <= size) return text;
  const cut = text.lastIndexOf("\n", size);
  return text.slice(0, cut > size * 0.9 ? cut : size);
}

/** One long body: a release on top, then a very long pasted log of messages, lists and tables. */
function hugeBody(size) {
  const parts = [releaseBody(person())];
  let total = parts[0].length;
  while (total < size) {
    let piece;
    const r = rand();
    if (r < 0.55) piece = paragraph();
    else if (r < 0.75) piece = Array.from({ length: int(2, 6) }, () => `- ${pick(SENTENCES)()}`).join("\n");
    else if (r < 0.9) piece = `Part | Qty | Status\n${Array.from({ length: int(2, 5) }, () => `${pick(PARTS)} | ${int(5, 500)} pcs | ${pick(["on hold", "shipped", "in print", "quoted"])}`).join("\n")}`;
    else piece = signature(person());
    parts.push(piece);
    total += piece.length + 2;
  }
  return trimTo(parts.join("\n\n"), size);
}

/** A hand-written release email of about 2 KB: greeting, context, the release, signature, disclaimer. */
const RELEASE_EMAIL_2K = `Hi Marek,

Thanks for turning the samples around so quickly, and for the measurement report on the three
enclosure lids. Our quality team went through it yesterday: all critical dimensions are inside
tolerance, the snap fits engage cleanly, and the surface finish on the visible face is what we
hoped for. The one remark (light stringing inside the cable channel) is cosmetic and does not
need a change to the file.

Here is the release for PO 4418 (enclosure lid EL-7, 150 units ordered):

- Release now: lot 1 for 25 units, nothing beyond those 25
- Technical package: revision C7 (el7_revC7.step), black PETG, same slicer profile as the samples
- Balance: do not start the remaining 125 units – they stay on hold
- Next decision: after install feedback from lot 1 at our Graz site (installation planned for
  the week of 17 November)
- Next-lot approver: Dana Ortiz, Purchasing Manager – lot 2 is released only by her, in writing

Please pack the 25 units in the same cartons as the samples, ten per layer with the foam
separators, and put the PO number and "LOT 1" on the outside label. Delivery to our goods-in
dock in Graz works best Tuesday to Thursday between 7:00 and 14:00.

For planning on your side: if the install feedback is positive we expect to release the balance
in two further lots of roughly equal size, but that is a forecast only and nothing beyond lot 1
is committed by this e-mail. Please do not buy material for the balance yet either; the black
PETG for lot 1 is the only material purchase we are covering at this point.

If anything in the release is unclear, call me before you start rather than after.

Kind regards,
Dana Ortiz
Purchasing Manager | Northwind Fixtures GmbH
Industriestraße 14, 8020 Graz
+43 555 0107 | dana.ortiz@northwind.example

This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it. Northwind Fixtures GmbH,
registered office Graz, commercial register FN 000000x.
`;

const inputs = [
  { name: "2 KB release email", text: RELEASE_EMAIL_2K, targetMs: 0.5 },
  { name: "64 KB thread", text: thread(64 * 1024) },
  { name: "1 MB body", text: hugeBody(1024 * 1024), targetMs: 50, maxRatio: 25 },
];

// ---------------------------------------------------------------------------------------------

let sink = 0;
const bench = new Bench({ time: 400, iterations: 16, warmupTime: 100, warmupIterations: 4 });
for (const input of inputs) {
  // Sanity: analyze must accept the input at all before it is timed.
  const report = analyze(input.text);
  input.verdict = `${report.kind} / ${report.verdict}`;
  bench.add(`analyze: ${input.name}`, () => {
    sink ^= analyze(input.text).findings.length;
  });
  bench.add(`floor: ${input.name}`, () => {
    sink ^= input.text.toLowerCase().indexOf("\u0000no such needle\u0000");
  });
}
await bench.run();

const median = (taskName) => {
  const task = bench.tasks.find((t) => t.name === taskName);
  const result = task?.result;
  if (!result || !("latency" in result)) throw new Error(`${taskName}: ${result?.state ?? "no result"}${result && "error" in result ? ` (${result.error})` : ""}`);
  return result.latency.p50;
};

const fmt = (ms) => (ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1));
const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`);

const rows = inputs.map((input) => {
  const a = median(`analyze: ${input.name}`);
  const f = median(`floor: ${input.name}`);
  const ratio = f > 0 ? a / f : Infinity;
  const checks = [];
  if (input.targetMs !== undefined) checks.push(`< ${input.targetMs} ms: ${a < input.targetMs ? "PASS" : "MISS"}`);
  if (input.maxRatio !== undefined) checks.push(`≤ ${input.maxRatio}× floor: ${ratio <= input.maxRatio ? "PASS" : "MISS"}`);
  return `| ${input.name} | ${kb(input.text.length)} | ${fmt(a)} | ${fmt(f)} | ${ratio.toFixed(1)}× | ${checks.join("; ") || "—"} | ${input.verdict} |`;
});

console.log(`Release Guard analyze benchmark — Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, tinybench medians (p50)\n`);
console.log("| input | size | analyze median (ms) | floor median (ms) | ratio | target | report |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log("\nfloor = one toLowerCase() + indexOf pass over the same text, measured in the same run.");
if (sink === 0.5) console.log(""); // keep the results observable so no work is optimised away
