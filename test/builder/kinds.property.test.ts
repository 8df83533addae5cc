/**
 * Every kind's template keeps the first-lot guarantees:
 * - whatever valid values the buyer types, the block inserted into a realistic reply (greeting, the
 *   buyer's sentence, signature, a quoted thread with an older, vaguer message) makes the email a
 *   clean release of exactly that kind — in a plain-text body and in an Outlook HTML body;
 * - updating a block of any kind in place leaves every other byte of the body unchanged;
 * - the form refuses what the kind cannot say (after-cut ≥ before-cut, a window that is the whole order…).
 */
import fc from "fast-check";
import { analyze, buildKindBlock } from "../../src/checker";
import type { BlockKind, KindBlockFields } from "../../src/checker/types";
import { insertOrUpdateKindBlock } from "../../src/builder/insert";
import { TEMPLATES, TEMPLATE_KINDS, isRequired, templateFor, validateKind } from "../../src/builder/templates";
import type { FormValues } from "../../src/builder/types";
import { emptyFirstLotValues } from "../../src/builder/validate";
import { fakeItem, htmlToText } from "./fakeItem";
import { outlookHtml } from "./fixtures";

const NAMES = ["Dana Ortiz", "Priya Natarajan", "Marek Novak", "Hanne Lindgren", "Amara Okafor", "Joost van Dijk"];
const ROLES = ["", "Purchasing Manager", "Quality Lead", "Head of Operations"];
const MATERIALS = ["black PETG", "PA12 natural", "grey SLA resin", "white PA11, bead-blasted", "TPU 95A black"];
const REVISIONS = ["C7", "B", "v2.1", "R3", "D2"];
const TRIGGERS = [
  "install feedback from Lot 1 has been received",
  "our customer's review of Lot 1 is signed off",
  "our leak test on the manifold bench is passed",
  "the purchasing decision on 12 January 2027",
];
const PAYMENT_TRIGGERS = ["payment of the Lot 1 invoice has been received", "the Lot 1 invoice is paid"];
const HOLD_TRIGGERS = [
  "the ship-to address is confirmed in writing by our logistics team",
  "our carrier booking for the shipment is confirmed",
  "the ship date is confirmed by our planner",
];
const SAMPLE_TRIGGERS = ["our lab report on the samples is signed", "the fit check of the samples on our assembly line is passed"];
const WINDOWS = ["week 47", "17-21 November", "the first December window"];

/** Quantities typed the way buyers type them: "1500" or "1,500". */
const typed = (n: number, thousands: boolean): string => (thousands ? n.toLocaleString("en-US") : String(n));

/** Valid form values for a kind, as strings typed into the form; every other field keeps noise the buyer typed for another template. */
function formFor(kind: BlockKind): fc.Arbitrary<FormValues> {
  return fc
    .record({
      a: fc.integer({ min: 1, max: 4_000 }),
      b: fc.integer({ min: 1, max: 4_000 }),
      c: fc.integer({ min: 1, max: 4_000 }),
      samples: fc.integer({ min: 1, max: 20 }),
      thousands: fc.boolean(),
      unit: fc.constantFrom("pcs", "units", "parts", "pieces"),
      lotId: fc.constantFrom("Lot 1", "1", "Lot A", "LOT-2024-117"),
      revision: fc.constantFrom(...REVISIONS),
      material: fc.constantFrom(...MATERIALS),
      approverName: fc.constantFrom(...NAMES),
      approverRole: fc.constantFrom(...ROLES),
      orderRef: fc.option(fc.integer({ min: 1000, max: 99_999 }).map((n) => `PO ${n}`), { nil: "" }),
      needBy: fc.option(fc.constantFrom("2027-01-12", "2027-03-31", "2026-12-04"), { nil: "" }),
      trigger: fc.constantFrom(...TRIGGERS),
      payment: fc.constantFrom(...PAYMENT_TRIGGERS),
      hold: fc.constantFrom(...HOLD_TRIGGERS),
      sample: fc.constantFrom(...SAMPLE_TRIGGERS),
      window: fc.constantFrom(...WINDOWS),
      withTotal: fc.boolean(),
      withTech: fc.boolean(),
    })
    .map((r) => {
      const t = (n: number) => typed(n, r.thousands);
      const v: FormValues = {
        ...emptyFirstLotValues(),
        unit: r.unit,
        revision: r.revision,
        material: r.material,
        approverName: r.approverName,
        approverRole: r.approverRole,
        orderRef: r.orderRef,
        needBy: r.needBy,
        trigger: r.trigger,
      };
      switch (kind) {
        case "first-lot":
        case "payment-trigger":
          return { ...v, lotId: r.lotId, lotQuantity: t(r.a), orderTotal: t(r.a + r.b), balanceQuantity: String(r.b), trigger: kind === "payment-trigger" ? r.payment : r.trigger };
        case "sample-only":
          return { ...v, lotQuantity: String(r.samples), orderTotal: r.withTotal ? t(r.samples + r.a) : "", trigger: r.sample };
        case "full-production":
          return { ...v, lotQuantity: t(r.a), trigger: "" };
        case "hold":
          return { ...v, orderTotal: t(r.a), trigger: r.hold, revision: r.withTech ? r.revision : "", material: r.withTech ? r.material : "" };
        case "shipment-window":
          return { ...v, windowLabel: r.window, lotQuantity: t(r.a), orderTotal: r.withTotal ? t(r.a + r.b) : "" };
        case "pause":
          return { ...v, lotId: r.lotId, previousQuantity: t(r.a + r.b), lotQuantity: t(r.a), orderTotal: r.withTotal ? t(r.a + r.b + r.c) : "" };
      }
    });
}

function textBody(current: string): string {
  return [
    "Hi Sam,",
    "",
    "Thanks for the quick turnaround and the photos. Our decision is below.",
    current,
    "Best regards,",
    "Dana Ortiz",
    "Purchasing Manager | Acme Fixtures",
    "",
    "-----Original Message-----",
    "From: Sam Lee <sam@printfarm.example>",
    "Sent: Monday, November 2, 2026 9:14 AM",
    "Subject: RE: PO 4512 brackets",
    "",
    "Should we just go ahead with the whole batch and keep running unless told otherwise?",
    "Sam",
  ].join("\n");
}

/** The Outlook desktop reply of the fixtures, with a sentence that does not name a kind of release itself. */
function htmlBody(current: string, quoted?: string): string {
  return outlookHtml(current, quoted).replace("Please start the first lot as below &amp; keep me posted.", "Our decision is below &amp; I will keep you posted.");
}

function mustValidate(kind: BlockKind, values: FormValues): KindBlockFields {
  const v = validateKind(kind, values);
  if (!v.fields) throw new Error(`${kind} form refused valid values: ${JSON.stringify(v.messages)}`);
  expect(v.fields.kind).toBe(kind);
  return v.fields;
}

async function insertsClean(kind: BlockKind, values: FormValues, type: "text" | "html"): Promise<void> {
  const fields = mustValidate(kind, values);
  const before = type === "text" ? textBody("") : htmlBody("", "<p class=\"MsoNormal\">Go ahead with everything as discussed.</p>");
  const cursor = type === "text" ? before.indexOf("Best regards") : before.indexOf(`<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\r\n<p class="MsoNormal">Best regards`);
  const item = fakeItem(before, type, cursor);
  const result = await insertOrUpdateKindBlock(item, fields);
  expect(result.action).toBe("inserted");
  // Nothing of the buyer's was touched: the body is the old one with the block at the cursor.
  const inserted = item.calls.find((c) => c.method === "insertAtCursor")?.args[0] as string;
  expect(item.body).toBe(before.slice(0, cursor) + inserted + before.slice(cursor));
  const report = analyze(type === "text" ? item.body : htmlToText(item.body));
  expect([report.kind, report.verdict]).toEqual([kind, "clean"]);
  if (kind !== "hold" && kind !== "sample-only") expect(report.quantities.released).toBe(fields.lotQuantity);
}

describe.each(TEMPLATE_KINDS)("the %s template", (kind) => {
  it("turns any valid form into a block that makes a plain-text reply clean for its kind", async () => {
    await fc.assert(fc.asyncProperty(formFor(kind), (v) => insertsClean(kind, v, "text")), { numRuns: 40, seed: 4512 });
  });

  it("does the same in an Outlook HTML reply", async () => {
    await fc.assert(fc.asyncProperty(formFor(kind), (v) => insertsClean(kind, v, "html")), { numRuns: 25, seed: 4513 });
  });

  it("marks exactly the checker's required fields (plus the unit) as required", () => {
    const required = TEMPLATES[kind].groups.flatMap((g) => g.fields).filter((f) => f.required).map((f) => f.id).sort();
    const expected = [...new Set(["unit", ...(TEMPLATES[kind].fieldOrder.filter((id) => isRequired(kind, id)))])].sort();
    expect(required).toEqual(expected);
    // An empty form names every required field that is missing, and builds nothing.
    const empty = validateKind(kind, emptyFirstLotValues());
    expect(empty.fields).toBeNull();
    for (const id of required) expect(empty.messages[id as keyof typeof empty.messages]?.severity).toBe("error");
  });
});

describe("update in place for every kind", () => {
  const pair = fc.tuple(fc.constantFrom(...TEMPLATE_KINDS), fc.constantFrom(...TEMPLATE_KINDS)).chain(([from, to]) =>
    fc.tuple(fc.constant(from), formFor(from), fc.constant(to), formFor(to)),
  );

  it("replaces a block of any kind in a plain-text body and leaves every other byte unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ([fromKind, fromValues, toKind, toValues]) => {
        const old = buildKindBlock(mustValidate(fromKind, fromValues));
        const next = buildKindBlock(mustValidate(toKind, toValues));
        const before = textBody(`\n${old.text}\n`);
        const item = fakeItem(before, "text", 0);
        const result = await insertOrUpdateKindBlock(item, mustValidate(toKind, toValues));
        expect(result.action).toBe("updated");
        const at = before.indexOf(old.text);
        expect(item.body).toBe(before.slice(0, at) + next.text + before.slice(at + old.text.length));
        expect(analyze(item.body).kind).toBe(toKind);
      }),
      { numRuns: 60, seed: 77 },
    );
  });

  it("replaces a block of any kind in an Outlook HTML body and leaves every other byte unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ([fromKind, fromValues, toKind, toValues]) => {
        const old = buildKindBlock(mustValidate(fromKind, fromValues));
        const next = buildKindBlock(mustValidate(toKind, toValues));
        const before = htmlBody(old.html);
        const item = fakeItem(before, "html", 0);
        const result = await insertOrUpdateKindBlock(item, mustValidate(toKind, toValues));
        expect(result.action).toBe("updated");
        const at = before.indexOf(old.html);
        expect(item.body).toBe(before.slice(0, at) + next.html + before.slice(at + old.html.length));
      }),
      { numRuns: 60, seed: 78 },
    );
  });

  it("leaves a hand-edited sample-only block in place and says which one to delete", async () => {
    const old = buildKindBlock({ kind: "sample-only", lotQuantity: 3, unit: "pcs", orderTotal: 600, trigger: "our lab report on the samples is signed", revision: "B", material: "PEEK natural", approverName: "Yusra Malik" });
    const edited = old.text.replace("3 samples only", "5 samples only");
    const before = textBody(`\n${edited}\n`);
    const item = fakeItem(before, "text", before.indexOf("Best regards"));
    const values = { ...emptyFirstLotValues(), lotQuantity: "4", unit: "pcs", orderTotal: "600", trigger: "our lab report on the samples is signed", revision: "B", material: "PEEK natural", approverName: "Yusra Malik" };
    const result = await insertOrUpdateKindBlock(item, mustValidate("sample-only", values));
    expect(result.action).toBe("inserted-old-block-remains");
    expect(result.oldBlock).toBe("the old block for the samples – 3 pcs");
    expect(item.body).toContain(edited);
  });
});

describe("per-kind validation", () => {
  const base: FormValues = {
    ...emptyFirstLotValues(),
    unit: "pcs", revision: "C7", material: "black PETG", approverName: "Dana Ortiz", trigger: "our redesign of the clip is approved",
  };

  it("pause: the quantity after the cut must be less than before it, and before ≤ the order", () => {
    const v = validateKind("pause", { ...base, lotId: "Lot 1", previousQuantity: "60", lotQuantity: "60", orderTotal: "50" });
    expect(v.fields).toBeNull();
    expect(v.messages.lotQuantity?.text).toBe("After the cut (60 pcs) must be less than before it (60 pcs).");
    expect(v.messages.previousQuantity?.id).toBe("before-larger-than-total");
  });

  it("shipment window: a window that is the whole order, or more, is refused", () => {
    expect(validateKind("shipment-window", { ...base, windowLabel: "week 47", lotQuantity: "400", orderTotal: "400" }).messages.lotQuantity?.id).toBe("window-is-whole-order");
    expect(validateKind("shipment-window", { ...base, windowLabel: "week 47", lotQuantity: "500", orderTotal: "400" }).messages.lotQuantity?.id).toBe("lot-larger-than-total");
    expect(validateKind("shipment-window", { ...base, windowLabel: " ", lotQuantity: "40" }).messages.windowLabel?.id).toBe("window-required");
  });

  it("sample-only: more samples than the order is refused; quantities must be positive whole numbers", () => {
    expect(validateKind("sample-only", { ...base, lotQuantity: "700", orderTotal: "600" }).messages.lotQuantity?.id).toBe("samples-more-than-order");
    expect(validateKind("sample-only", { ...base, lotQuantity: "2.5" }).messages.lotQuantity?.id).toBe("quantity-fractional");
    expect(validateKind("sample-only", { ...base, lotQuantity: "0" }).messages.lotQuantity?.id).toBe("quantity-zero");
    expect(validateKind("sample-only", { ...base, lotQuantity: "-3" }).messages.lotQuantity?.id).toBe("quantity-negative");
  });

  it("hold: the revision and the material come together or not at all; the trigger must name something", () => {
    const v = validateKind("hold", { ...base, orderTotal: "150", material: "", trigger: "the ship date is confirmed" });
    expect(v.messages.material?.id).toBe("tech-both-or-neither");
    const bare = validateKind("hold", { ...base, orderTotal: "150", revision: "", material: "", trigger: "the ship date is confirmed" });
    expect(bare.fields).toEqual({ kind: "hold", unit: "pcs", orderTotal: 150, trigger: "the ship date is confirmed", approverName: "Dana Ortiz" });
    expect(validateKind("hold", { ...base, orderTotal: "150", trigger: "later" }).messages.trigger?.id).toBe("trigger-vague");
  });

  it("payment-triggered lot: the trigger must name a payment", () => {
    const v = validateKind("payment-trigger", { ...base, lotId: "Lot 1", lotQuantity: "25", orderTotal: "150", trigger: "install feedback from Lot 1" });
    expect(v.messages.trigger?.id).toBe("payment-trigger-not-payment");
    expect(v.fields).toBeNull();
  });

  it("full production needs no trigger and builds with the completion date", () => {
    const v = validateKind("full-production", { ...base, trigger: "", lotQuantity: "1,500", needBy: "2027-03-31" });
    expect(v.fields).toEqual({ kind: "full-production", unit: "pcs", lotQuantity: 1500, revision: "C7", material: "black PETG", approverName: "Dana Ortiz", needBy: "31 March 2027" });
  });

  it("offers first-lot when the email is not a release or has no kind", () => {
    expect(templateFor("not-a-release").kind).toBe("first-lot");
    expect(templateFor(null).kind).toBe("first-lot");
    expect(templateFor("pause").kind).toBe("pause");
  });
});
