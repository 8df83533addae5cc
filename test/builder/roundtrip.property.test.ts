/**
 * Property: whatever valid values the buyer types into the form, the block the builder inserts
 * makes the email a clean first-lot release with exactly the form's quantities, on a realistic
 * body (greeting, the buyer's sentences, signature, a quoted thread holding older, vaguer text),
 * both when inserting and when updating an earlier block.
 */
import fc from "fast-check";
import { analyze } from "../../src/checker";
import { insertOrUpdateBlock } from "../../src/builder/insert";
import { TRIGGER_PRESETS, UNIT_OPTIONS } from "../../src/builder/presets";
import type { FirstLotValues } from "../../src/builder/types";
import { emptyFirstLotValues, validateFirstLot } from "../../src/builder/validate";
import { fakeItem } from "./fakeItem";
import { oldBlock } from "./fixtures";

const FIRST = ["Dana", "Priya", "Marek", "Hanne", "Amara", "Joost", "Kenji", "Saoirse"];
const LAST = ["Ortiz", "Natarajan", "Novak", "Lindgren", "Okafor", "van Dijk", "Mori", "Kelly"];
const ROLES = ["", "Purchasing Manager", "Quality Lead", "Head of Operations", "Buyer"];
const MATERIALS = ["black PETG", "PA12 natural", "grey SLA resin", "white PA11, bead-blasted", "TPU 95A black", "matte black PA12"];

const formValues: fc.Arbitrary<FirstLotValues> = fc
  .record({
    lotNumber: fc.integer({ min: 1, max: 9 }),
    bareLot: fc.boolean(),
    lot: fc.integer({ min: 1, max: 5_000 }),
    rest: fc.integer({ min: 1, max: 20_000 }),
    thousands: fc.boolean(),
    typedBalance: fc.boolean(),
    unit: fc.constantFrom(...UNIT_OPTIONS),
    preset: fc.constantFrom(...TRIGGER_PRESETS.map((p) => p.id)),
    triggerDate: fc.date({ min: new Date("2026-01-01"), max: new Date("2028-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    revision: fc.oneof(fc.constantFrom("C7", "B", "v2.1", "R3"), fc.tuple(fc.constantFrom(..."ABCDEFGH"), fc.integer({ min: 1, max: 12 })).map(([l, n]) => `${l}${n}`)),
    material: fc.constantFrom(...MATERIALS),
    first: fc.constantFrom(...FIRST),
    last: fc.constantFrom(...LAST),
    role: fc.constantFrom(...ROLES),
    orderRef: fc.option(fc.integer({ min: 1000, max: 99999 }).map((n) => `PO ${n}`), { nil: "" }),
    needBy: fc.option(fc.constantFrom("2027-01-12", "2027-03-31", "2026-12-04"), { nil: "" }),
  })
  .map((r) => {
    const total = r.lot + r.rest;
    const fmt = (n: number) => (r.thousands ? n.toLocaleString("en-US") : String(n));
    const v: FirstLotValues = {
      ...emptyFirstLotValues(),
      lotId: r.bareLot ? String(r.lotNumber) : `Lot ${r.lotNumber}`,
      lotQuantity: fmt(r.lot),
      orderTotal: fmt(total),
      balanceAuto: !r.typedBalance,
      balanceQuantity: r.typedBalance ? fmt(r.rest) : String(r.rest),
      unit: r.unit,
      triggerPreset: r.preset,
      triggerDate: r.triggerDate,
      revision: r.revision,
      material: r.material,
      approverName: `${r.first} ${r.last}`,
      approverRole: r.role,
      orderRef: r.orderRef,
      needBy: r.needBy,
    };
    v.trigger = TRIGGER_PRESETS.find((p) => p.id === r.preset)?.text(v) ?? "";
    return v;
  });

function body(current: string): string {
  return [
    "Hi Sam,",
    "",
    "Thanks for the quick turnaround on the samples, they fit well.",
    current,
    "Best regards,",
    "Dana",
    "",
    "-----Original Message-----",
    "From: Sam Lee <sam@printfarm.example>",
    "Sent: Monday, November 2, 2026 9:14 AM",
    "Subject: RE: brackets",
    "",
    "Should we just go ahead with the first batch and keep running unless told otherwise?",
    "Sam",
  ].join("\n");
}

async function check(values: FirstLotValues, start: string): Promise<void> {
  const v = validateFirstLot(values);
  if (!v.fields) throw new Error(`form refused valid values: ${JSON.stringify(v.messages)}`);
  const before = body(start);
  const item = fakeItem(before, "text", before.indexOf("Best regards"));
  const result = await insertOrUpdateBlock(item, v.fields);
  expect(result.action).toBe(start === "" ? "inserted" : "updated");
  const report = analyze(item.body);
  // A lot released until a payment arrives is the checker's "payment-trigger" kind; every other preset is a first lot.
  const kind = values.triggerPreset === "payment-received" ? "payment-trigger" : "first-lot";
  expect({
    verdict: report.verdict,
    kind: report.kind,
    released: report.quantities.released,
    onHold: report.quantities.onHold,
    total: report.quantities.total,
  }).toEqual({
    verdict: "clean",
    kind,
    released: v.fields.lotQuantity,
    onHold: v.fields.balanceQuantity,
    total: v.fields.orderTotal,
  });
}

describe("a block from the form makes the email clean with the form's quantities", () => {
  it("when inserted into a plain-text reply", async () => {
    await fc.assert(fc.asyncProperty(formValues, (values) => check(values, "")), { numRuns: 150, seed: 4512 });
  });

  it("when it replaces an earlier block", async () => {
    await fc.assert(fc.asyncProperty(formValues, (values) => check(values, `${oldBlock.text}\n`)), { numRuns: 100, seed: 4513 });
  });
});
