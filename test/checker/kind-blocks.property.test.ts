import fc from "fast-check";
import { analyze, buildKindBlock, KIND_BLOCK_FIELDS, missingBlockFields, parseKindSummaryLine, SUMMARY_PREFIX } from "../../src/checker";
import type { BlockKind, KindBlockFields } from "../../src/checker";

const word = fc.constantFrom("Dana Ortiz", "Priya Natarajan", "Gideon Forsberg", "Zuzana Bene\u0161ov\u00e1", "Bj\u00f6rn S\u00f8rensen", "\u05d3\u05e0\u05d4 \u05db\u05d4\u05df");
const role = fc.option(fc.constantFrom("Purchasing Manager", "QE lead", "Head of Operations", "Supply Planner"), { nil: undefined });
const unit = fc.constantFrom("pcs", "units", "parts", "pieces", "ea");
const revision = fc.constantFrom("C7", "B", "v2.1", "R3", "index C", "D2");
const material = fc.constantFrom("black PETG", "PA12 natural", "grey SLA resin", "TPU 95A black", "ASA white", "CF-nylon");
const trigger = fc.constantFrom(
  "install feedback from lot 1 has been received",
  "lot 1 has passed fit validation on the assembly line",
  "our customer's review of lot 1 is signed off",
  "the purchasing decision on 12 January 2027",
  "our leak test on the manifold bench is passed",
);
const paymentTrigger = fc.constantFrom("payment of the lot 1 invoice has been received", "the lot 1 invoice is paid");
const orderRef = fc.option(fc.constantFrom("PO 4512", "PO 905512", "order 27-5530"), { nil: undefined });

function fieldsFor(kind: BlockKind): fc.Arbitrary<KindBlockFields> {
  return fc
    .record({
      lot: fc.integer({ min: 1, max: 5000 }),
      extra: fc.integer({ min: 1, max: 5000 }),
      unit, revision, material, approverName: word, approverRole: role, orderRef,
      trigger: kind === "payment-trigger" ? paymentTrigger : trigger,
      lotId: fc.constantFrom("Lot 1", "Lot A", "LOT-2024-117", "Lot 1/3", "lot 2"),
      windowLabel: fc.constantFrom("week 47", "17-21 November", "1"),
    })
    .map((r): KindBlockFields => {
      const common = { kind, unit: r.unit, revision: r.revision, material: r.material, approverName: r.approverName, approverRole: r.approverRole, orderRef: r.orderRef, trigger: r.trigger };
      switch (kind) {
        case "sample-only": return { ...common, lotQuantity: Math.min(r.lot, 20), orderTotal: r.lot + r.extra };
        case "full-production": return { ...common, lotQuantity: r.lot };
        case "hold": return { ...common, orderTotal: r.lot };
        case "pause": return { ...common, lotId: r.lotId, previousQuantity: r.lot + r.extra, lotQuantity: r.lot, orderTotal: r.lot + r.extra + r.extra };
        case "shipment-window": return { ...common, windowLabel: r.windowLabel, lotQuantity: r.lot, orderTotal: r.lot + r.extra };
        default: return { ...common, lotId: r.lotId, lotQuantity: r.lot, orderTotal: r.lot + r.extra };
      }
    });
}

describe("every kind's block reads back clean for its kind", () => {
  const kinds = Object.keys(KIND_BLOCK_FIELDS) as BlockKind[];
  it.each(kinds)("%s", (kind) => {
    fc.assert(
      fc.property(fieldsFor(kind), (f) => {
        expect(missingBlockFields(f)).toEqual([]);
        const { text } = buildKindBlock(f);
        const r = analyze(text);
        expect([r.kind, r.verdict]).toEqual([kind, "clean"]);
        if (kind !== "hold" && kind !== "sample-only") expect(r.quantities.released).toBe(f.lotQuantity);
        const summary = text.split("\n").find((l) => l.startsWith(SUMMARY_PREFIX)) as string;
        const back = parseKindSummaryLine(summary);
        expect(back?.kind).toBe(kind);
        expect(back?.lotQuantity).toBe(f.lotQuantity);
        expect(back?.approverName).toBe(f.approverName);
      }),
      { numRuns: 60 },
    );
  });

  it("lists what a kind's block still lacks", () => {
    expect(missingBlockFields({ kind: "hold", unit: "pcs" })).toEqual(["orderTotal", "trigger", "approverName"]);
    expect(missingBlockFields({ kind: "first-lot", unit: "pcs", lotId: " ", lotQuantity: Number.NaN })).toContain("lotId");
  });
});
